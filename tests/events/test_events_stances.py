"""Stances told indirectly (sentences written for these tests): a reported obligation is the
speaker's REQUEST, a stated readiness is an offer or a threat, a resignation is a RETREAT."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, text, type, actor ids, recipient ids that must be among actor+recipient)
OBLIGATIONS = [
    ("en", "Russia said on Tuesday that Algeria must withdraw its troops.", {"Russia"}, {"Algeria"}),
    ("fr", "Le Maroc a affirmé que l'Algérie doit retirer ses troupes.", {"Morocco"}, {"Algeria"}),
    ("es", "Rusia dijo el martes que Marruecos debe liberar a los presos.", {"Russia"}, {"Morocco"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"), OBLIGATIONS, ids=[c[1][:40] for c in OBLIGATIONS]
)
def test_events_reported_obligation_is_the_speakers_request(code, lang, text, actor, recipient):
    found = code(text, lang)
    requests = [e for e in found if e.type == "REQUEST" and actor <= set(e.actor)]
    assert requests, [(e.type, e.actor, e.recipient) for e in found]
    assert recipient <= set(requests[0].recipient)
    # What must be done has not been done: the withdrawal or release is no real event.
    assert not real_events(found, "RETREAT")


@pytest.mark.slow
def test_events_obligation_without_a_speaker_is_no_request(code):
    """ "Algeria must withdraw" with nobody saying so in the sentence or before: no actor to demand it."""
    assert not [e for e in code("Algeria must withdraw its troops.", "en") if e.type == "REQUEST"]


READINESS = [
    ("en", "Morocco is ready to host talks with Algeria.", "AGREE"),
    ("en", "Russia said it was prepared to impose sanctions on Algeria.", "THREATEN"),
    ("fr", "L'Algérie s'est dite prête à accueillir une rencontre avec le Maroc.", "AGREE"),
    ("es", "Marruecos está dispuesto a apoyar a Argelia.", "AGREE"),
]

# A readiness told by a noun ("his readiness to meet X") offers the meeting: no meeting was held.
READINESS_NOUNS = [
    ("en", "Nasser Bourita reiterated on Monday his readiness to meet Ahmed Attaf."),
    ("fr", "Nasser Bourita a réitéré lundi sa disponibilité à rencontrer Ahmed Attaf."),
    ("es", "Nasser Bourita reiteró el lunes su disposición a reunirse con Ahmed Attaf."),
    ("ar", "وجدد ناصر بوريطة يوم الاثنين استعداده للقاء أحمد عطاف."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), READINESS_NOUNS, ids=[c[0] for c in READINESS_NOUNS])
def test_events_a_readiness_noun_offers_the_meeting(code, lang, text):
    found = code(text, lang)
    assert "AGREE" in {e.type for e in found}, [(e.type, e.actor, e.recipient, e.aux) for e in found]
    assert not real_events(found, "CONSULT"), [(e.type, e.actor, e.recipient, e.aux) for e in found]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), READINESS, ids=[c[1][:40] for c in READINESS])
def test_events_readiness_is_an_offer_or_a_threat(code, lang, text, kind):
    found = code(text, lang)
    assert kind in {e.type for e in found}, [(e.type, e.actor, e.recipient) for e in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Staffan de Mistura resigned on Monday."),
        ("fr", "Staffan de Mistura a démissionné lundi."),
        ("es", "Staffan de Mistura dimitió el lunes."),
        ("en", "The Polisario surrendered to Morocco on Monday."),
    ],
)
def test_events_resignation_or_surrender_is_a_retreat(code, lang, text):
    assert [e.type for e in code(text, lang)] == ["RETREAT"]


@pytest.mark.slow
def test_events_a_welcome_given_to_a_visitor_is_a_meeting(code):
    found = code("Nasser Bourita gave a warm welcome to Sergey Lavrov on Monday.", "en")
    assert (
        found
        and found[0].type == "CONSULT"
        and {"Nasser_Bourita", "Sergey_Lavrov"} <= set(found[0].actor + found[0].recipient)
    )


HOLDERS = [
    ("en", "Algiers was surprised by Spain's support for Morocco.", "SUPPORT", "Spain", "Morocco"),
    ("fr", "Alger a dénoncé le soutien de l'Espagne au Maroc.", "SUPPORT", "Spain", "Morocco"),
    (
        "es",
        "Argelia se mostró sorprendida por el apoyo de España a Marruecos.",
        "SUPPORT",
        "Spain",
        "Morocco",
    ),
    ("fr", "La colère de la Russie contre l'Algérie a surpris.", "ACCUSE", "Russia", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"), HOLDERS, ids=[c[1][:40] for c in HOLDERS]
)
def test_events_stance_noun_names_its_holder(code, lang, text, kind, actor, recipient):
    found = [e for e in code(text, lang) if e.type == kind and actor in e.actor]
    assert found and recipient in found[0].recipient


@pytest.mark.slow
def test_events_stance_noun_of_the_speakers_own_state_stays_the_verbs(code):
    """ "Attaf reaffirmed Algeria's support": the minister's own event (his state beside him, as the one
    he speaks for), not a separate one of Algeria's, and Algeria is no counterpart of it."""
    found = [
        e
        for e in code("Ahmed Attaf reaffirmed Algeria's support for Staffan de Mistura.", "en")
        if e.type == "SUPPORT"
    ]
    assert [e.actor for e in found] == [("Ahmed_Attaf", "Algeria")]
    assert "Staffan_de_Mistura" in found[0].recipient and "Algeria" not in found[0].recipient


ASKS = [
    (
        "fr",
        "Le Conseil de sécurité a encouragé le Maroc, l'Algérie et le Polisario à reprendre les négociations.",
        "REQUEST",
    ),
    ("fr", "Le Maroc a encouragé les efforts de Staffan de Mistura.", "SUPPORT"),
    ("en", "The Security Council encouraged Morocco and the Polisario to resume negotiations.", "REQUEST"),
    ("en", "Spain encouraged the efforts of Staffan de Mistura.", "SUPPORT"),
    (
        "es",
        "El Consejo de Seguridad alentó a Marruecos y al Polisario a reanudar las negociaciones.",
        "REQUEST",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), ASKS, ids=[c[1][:40] for c in ASKS])
def test_events_encouraging_an_act_is_a_request(code, lang, text, kind):
    assert kind in {e.type for e in code(text, lang)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La résolution 2440, adoptée le 29 octobre 2018, appelle le Maroc et l'Algérie à reprendre le dialogue.",
        ),
        (
            "fr",
            "Dans sa résolution 2440, adoptée le 29 octobre 2018, le Conseil de sécurité a appelé le Maroc à négocier.",
        ),
    ],
)
def test_events_text_acts_on_its_adoption_date(code, lang, text):
    requests = [e for e in code(text, lang, "2018-11-02") if e.type == "REQUEST"]
    assert requests and requests[0].date is not None and requests[0].date.value == "2018-10-29"


@pytest.mark.slow
def test_events_reaction_to_a_text_keeps_its_own_date(code):
    """The vote date of the text a reaction is about does not date the reaction."""
    found = [
        e
        for e in code("Morocco welcomed the resolution adopted on 29 October 2018.", "en", "2018-11-08")
        if e.type == "SUPPORT"
    ]
    assert found and (found[0].date is None or found[0].date.value != "2018-10-29")


@pytest.mark.slow
def test_events_extension_end_is_no_date(code):
    """ "jusqu'à la fin avril 2018" bounds the mandate: the extension is not dated April 2018."""
    found = [
        e
        for e in code(
            "Le Conseil de sécurité a prolongé jusqu'à la fin avril 2018 le mandat de la mission.",
            "fr",
            "2017-04-29",
        )
        if e.type == "SUPPORT"
    ]
    assert found and found[0].date is not None and not found[0].date.value.startswith("2018")


PRAISE = [
    ("fr", "Staffan de Mistura s'est montré satisfait de l'attitude du Maroc.", {"Staffan_de_Mistura"}),
    ("en", "Staffan de Mistura expressed his satisfaction with Morocco.", {"Staffan_de_Mistura"}),
    ("ar", "أشاد المغرب بجهود دي ميستورا.", {"Morocco"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actor"), PRAISE, ids=[c[1][:40] for c in PRAISE])
def test_events_praise_and_satisfaction_are_support(code, lang, text, actor):
    found = [e for e in code(text, lang) if e.type == "SUPPORT"]
    assert found and actor <= set(found[0].actor), [(e.type, e.actor) for e in code(text, lang)]


@pytest.mark.slow
def test_events_participle_of_a_voted_text_acts_for_the_assembly_not_its_object(code):
    """ "la résolution prolongeant la mission de X": the Council extends, X is what is extended."""
    text = (
        "Lors de la séance du Conseil de sécurité, la Russie n'a pas soutenu la résolution 2703 "
        "prolongeant le mandat de Staffan de Mistura."
    )
    found = [e for e in code(text, "fr") if e.type == "SUPPORT" and "negation" not in e.aux]
    assert [e.actor for e in found] == [("United_Nations_Security_Council",)]
    assert "Staffan_de_Mistura" in found[0].recipient


@pytest.mark.slow
def test_events_trigger_word_inside_a_name_is_no_event(code):
    """ "Ban" in "Ban Ki-moon" is a name, not a ban."""
    found = code("Ban Ki-moon told Nasser Bourita on Monday that he was disappointed.", "en")
    assert "COERCE" not in {e.type for e in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sanction"),
    [
        ("وتعليقا على لقائها بدي ميستورا، قالت البوليساريو إنها منخرطة في المفاوضات.", False),
        ("علقت الجزائر مشاركتها في المفاوضات مع المغرب.", True),
    ],
)
def test_events_arabic_comment_is_no_suspension(code, text, sanction):
    assert ("SANCTION" in {e.type for e in code(text, "ar")}) is sanction


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    [
        (
            "fr",
            "Staffan de Mistura s'est rendu à Madrid, une visite que le Maroc a dénoncée.",
            "ACCUSE",
            "Morocco",
            "Staffan_de_Mistura",
        ),
        ("en", "Algeria announced a plan that Morocco rejected on Monday.", "REJECT", "Morocco", "Algeria"),
    ],
)
def test_events_relative_clause_reacts_to_its_antecedent(code, lang, text, kind, actor, recipient):
    found = [e for e in code(text, lang) if e.type == kind and actor in e.actor]
    assert found and recipient in found[0].recipient


# a stance and the answer to it (each actor's side among the other's recipients) are two acts
ANSWERS = [
    ("en", "Sergey Lavrov backed Morocco's autonomy plan on Monday. Morocco welcomed the support of Russia."),
    ("ar", "أيد لافروف يوم الاثنين مخطط المغرب. ورحب المغرب بموقف روسيا."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ANSWERS, ids=[c[0] for c in ANSWERS])
def test_events_a_stance_and_its_answer_stay_two_events(code, lang, text):
    support = real_events(code(text, lang), "SUPPORT")
    assert any("Sergey_Lavrov" in e.actor and "Morocco" in e.recipient for e in support), support
    assert any("Morocco" in e.actor and "Sergey_Lavrov" not in e.actor for e in support), support
