"""What kind of clause tells an act decides whose it is and whether it happened; sentences written for
these tests, after a first sentence whose meeting is kept anyway (a document's only event is kept
whatever its confidence):
- a relative clause tells what its antecedent did, whatever the main clause says ("Maduro has not
  accepted the ban on Machado, who asked Washington..."): asserted, with the antecedent as actor;
- a state's stance told by its minister ("Attaf reaffirmed Algeria's support for X") is the minister's
  and the state's, with X as recipient: the state is no counterpart of its own minister;
- "X est attendu à Tripoli": the one awaited is who travels."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

MACHADO = "María_Corina_Machado"

# (lang, sentence, category, actor, recipient)
RELATIVE = [
    (
        "en",
        "Maduro has not accepted the ban on María Corina Machado, who asked Washington on Tuesday to keep up the pressure.",
        "REQUEST",
        MACHADO,
        "United_States",
    ),
    (
        "fr",
        "Maduro n'a pas accepté l'exclusion de María Corina Machado, qui a demandé mardi à Washington de maintenir la pression.",
        "REQUEST",
        MACHADO,
        "United_States",
    ),
    (
        "es",
        "Maduro no ha aceptado la inhabilitación de María Corina Machado, que pidió el martes a Washington mantener la presión.",
        "REQUEST",
        MACHADO,
        "United_States",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"), RELATIVE, ids=[r[0] for r in RELATIVE]
)
def test_events_relative_clause_act_is_its_antecedents(world_code, lang, text, kind, actor, recipient):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    assert [e for e in real_events(found, kind) if actor in e.actor and recipient in e.recipient], shown(
        found
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El canciller colombiano Álvaro Leyva respaldó el martes el pacto y ofreció el apoyo de Colombia.",
        ),
        ("en", "Attaf reaffirmed on Tuesday Algeria's support for the UN envoy Staffan de Mistura."),
    ],
)
def test_events_own_state_is_no_counterpart(world_code, lang, text):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    support = real_events(found, "SUPPORT")
    assert support, shown(found)
    assert all(not {"Colombia", "Algeria"} & set(e.recipient) for e in support), shown(found)


@pytest.mark.slow
def test_events_the_one_awaited_travels(world_code):
    text = "Le ministre turc des Affaires étrangères, Hakan Fidan, est attendu jeudi à Tripoli."
    found = world_code(AFTER_MEETING["fr"] + text, "fr")
    assert [e for e in real_events(found) if e.type == "AGREE" and "Hakan_Fidan" in e.actor], shown(found)


# a call received is a phone call, unless it asks for an act ("received a call from X to withdraw")
CALLS = [
    ("en", "Attaf received a call from South African Foreign Minister Naledi Pandor on Sunday.", "CONSULT"),
    ("fr", "M. Attaf a reçu dimanche un appel de la ministre sud-africaine Naledi Pandor.", "CONSULT"),
    ("en", "Attaf received a call from Naledi Pandor on Sunday to withdraw the complaint.", "REQUEST"),
    ("fr", "M. Attaf a reçu dimanche un appel de Naledi Pandor à retirer la plainte.", "REQUEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), CALLS, ids=[f"{r[0]}-{r[2]}" for r in CALLS])
def test_events_call_received(world_code, lang, text, kind):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    calls = [e for e in real_events(found) if "Naledi_Pandor" in e.actor and "Ahmed_Attaf" in e.recipient]
    assert [e.type for e in calls] == [kind], shown(found)


# a compound tense split by an adverbial phrase (the parser hangs the participle on the phrase's noun)
SPLIT_TENSES = [
    (
        "fr",
        "L'Union européenne a pour sa part appelé le Maroc à la retenue.",
        "REQUEST",
        "European_Union",
        "Morocco",
    ),
    (
        "fr",
        "L'Union européenne a de son côté appelé le Maroc à la retenue.",
        "REQUEST",
        "European_Union",
        "Morocco",
    ),
    ("fr", "L'Algérie a, de son côté, dénoncé mardi l'attitude du Maroc.", "ACCUSE", "Algeria", "Morocco"),
    # the parser also hangs the subject on the auxiliary (text/auxiliary_subjects.py), makes the phrase's
    # noun the root, or reads a first name as the root verb before the split is seen
    (
        "fr",
        "Le secrétaire général de l'ONU, António Guterres, a de son côté exhorté le Maroc à la retenue.",
        "REQUEST",
        "António_Guterres",
        "Morocco",
    ),
    (
        "fr",
        "Le ministre algérien Ahmed Attaf a de son côté appelé le Conseil de sécurité à agir.",
        "REQUEST",
        "Ahmed_Attaf",
        "United_Nations_Security_Council",
    ),
    (
        "fr",
        "Nasser Bourita a de son côté salué les efforts de Staffan de Mistura.",
        "SUPPORT",
        "Nasser_Bourita",
        "Staffan_de_Mistura",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    SPLIT_TENSES,
    ids=[f"fr-{i}" for i in range(len(SPLIT_TENSES))],
)
def test_events_split_compound_tense(world_code, lang, text, kind, actor, recipient):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    assert [e for e in real_events(found, kind) if actor in e.actor and recipient in e.recipient], shown(
        found
    )


@pytest.mark.slow
def test_events_role_before_a_name_is_its_title(world_code):
    """ "le ministre algérien Ahmed Attaf": the role titles the name after it, it is no reference back to
    the minister named before (who would join the meeting); a bare "le ministre" still is one."""
    first = "Le ministre des Affaires étrangères Nasser Bourita a reçu jeudi l'envoyé Staffan de Mistura. "
    found = world_code(
        first + "Vendredi, M. de Mistura s'est entretenu avec le ministre algérien Ahmed Attaf.", "fr"
    )
    met_bourita = [e for e in real_events(found, "CONSULT") if "Nasser_Bourita" in e.actor + e.recipient]
    assert len(met_bourita) == 1, shown(found)  # Thursday's meeting only, not "la veille"'s too
    found = world_code(first + "Le ministre a ensuite reçu vendredi Ahmed Attaf.", "fr")
    assert [
        e
        for e in real_events(found, "CONSULT")
        if {"Ahmed_Attaf", "Nasser_Bourita"} <= set(e.actor + e.recipient)
    ], shown(found)


# a sentence opening with a participle clause: the parser may make the participle the root and hang
# the main clause on one of its nouns (text.sentences._main_clause_restored)
OPENED = [
    (
        "fr",
        "Saluant les efforts de l'envoyé onusien, Nasser Bourita a appelé mardi l'Algérie à reprendre les pourparlers.",
        "REQUEST",
        "Nasser_Bourita",
        "Algeria",
    ),
    (
        "fr",
        "Estimant que le texte était déséquilibré, la Russie s'est abstenue mercredi lors du vote au Conseil de sécurité.",
        "REJECT",
        "Russia",
        "United_Nations_Security_Council",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "actor", "recipient"), OPENED, ids=["fr-0", "fr-1"])
def test_events_sentence_opened_by_a_participle(world_code, lang, text, kind, actor, recipient):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    assert [e for e in real_events(found, kind) if actor in e.actor and recipient in e.recipient], shown(
        found
    )
