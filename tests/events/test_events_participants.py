"""Who takes part: one meeting per side when the text says the meetings were separate, never one event for
two meetings held in two countries, and no participant named only inside a title (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

SEPARATE = [
    (
        "fr",
        "Staffan de Mistura a rencontré séparément les délégations du Maroc, de l'Algérie et du Polisario.",
    ),
    ("en", "Staffan de Mistura separately met the delegations of Morocco, Algeria and the Polisario."),
    (
        "es",
        "Staffan de Mistura se reunió por separado con las delegaciones de Marruecos, Argelia y el Polisario.",
    ),
    ("ar", "التقى دي ميستورا كل على حدة وفود المغرب والجزائر والبوليساريو."),
    ("ar", "عقد دي ميستورا اجتماعات منفصلة مع وفود المغرب والجزائر والبوليساريو."),
    (
        "en",
        "Staffan de Mistura held separate meetings with the delegations of Morocco, Algeria and the Polisario.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SEPARATE, ids=[s[0] for s in SEPARATE])
def test_separate_meetings_give_one_event_per_side(code, lang: str, text: str) -> None:
    meetings = [e for e in code(text, lang) if e.type == "CONSULT"]
    sides = [set(e.actor) | set(e.recipient) for e in meetings]
    for side in ("Morocco", "Algeria", "Polisario_Front"):
        assert sum(side in s for s in sides) == 1, f"{side} in {sides}"
    assert len(meetings) == 3


@pytest.mark.slow
def test_meetings_without_separate_cue_stay_one_event(code) -> None:
    text = "Staffan de Mistura a rencontré le Maroc et l'Algérie à Genève."
    meetings = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert len(meetings) == 1


@pytest.mark.slow
def test_meetings_in_two_countries_are_two_events(code) -> None:
    text = (
        "Staffan de Mistura a rencontré Sergueï Lavrov à Moscou. "
        "Staffan de Mistura a aussi rencontré Sergueï Lavrov à Madrid."
    )
    meetings = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert {e.location.id for e in meetings if e.location} == {"Moscow", "Madrid"}
    assert len(meetings) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("fr", "L'émissaire de l'Espagne, Staffan de Mistura, a rencontré Nasser Bourita.", "Spain"),
        ("en", "The Spanish envoy, Staffan de Mistura, met Nasser Bourita.", "Spain"),
        ("es", "El emisario de España, Staffan de Mistura, se reunió con Nasser Bourita.", "Spain"),
    ],
)
def test_nested_mention_is_not_a_participant(code, lang: str, text: str, absent: str) -> None:
    meetings = [e for e in code(text, lang) if e.type == "CONSULT"]
    assert meetings and all(absent not in set(e.actor) | set(e.recipient) for e in meetings)


def test_outermost_drops_a_mention_inside_another_actors_mention() -> None:
    from diplowatch.text.mentions import ActorMention, outermost

    text = "le chef de la diplomatie russe et la Russie"
    role = ActorMention(0, 30, "Sergey_Lavrov", "person")
    nested = ActorMention(25, 30, "Russia", "country")
    alone = ActorMention(37, 43, "Russia", "country")
    assert text[nested.start : nested.end] == "russe"
    assert outermost((role, nested, alone)) == (role, alone)


def _draft(kind: str, actor: tuple[str, ...], recipient: tuple[str, ...], start: int):
    from diplowatch.events.draft import Draft
    from diplowatch.model import Evidence

    return Draft(
        kind,
        (),
        actor,
        recipient,
        None,
        None,
        "published",
        (),
        (Evidence(start, start + 5, "x"),),
        0.9,
        "test",
    )


def test_two_triggers_of_one_category_and_actor_in_a_sentence_are_one_happening() -> None:
    from diplowatch.events.same_sentence import same_sentence_merged

    arrived = _draft("CONSULT", ("Staffan_de_Mistura",), ("Morocco",), 0)
    visit = _draft("CONSULT", ("Staffan_de_Mistura", "United_Nations"), ("Spain",), 40)
    other = _draft("CONSULT", ("Nasser_Bourita",), ("Spain",), 80)
    merged = same_sentence_merged([arrived, visit, other])
    assert len(merged) == 2
    assert set(merged[0].recipient) == {"Morocco", "Spain"} and len(merged[0].evidence) == 2


# (lang, text, person, whether that person acts in the last sentence's meeting)
PRONOUNS = [
    # a personal pronoun: the person the article names most around it (its protagonist)
    (
        "fr",
        "Nasser Bourita a été nommé par le roi. Il a ensuite rencontré Sergueï Lavrov à Moscou.",
        "Nasser_Bourita",
        True,
    ),
    (
        "en",
        "Nasser Bourita spoke to reporters on Monday. Then he met Sergey Lavrov in Moscow.",
        "Nasser_Bourita",
        True,
    ),
    # a pronoun opening its sentence: the person the sentence before has as its subject, even when
    # another was named more often (a host's guest acts in the convention of a visit)
    (
        "fr",
        "Sergueï Lavrov a critiqué lundi le Maroc. Pour Sergueï Lavrov, le dossier est bloqué. Mardi, "
        "Nasser Bourita a reçu Sergueï Lavrov à Rabat. Le lendemain, il a rencontré Ahmed Attaf.",
        "Nasser_Bourita",
        True,
    ),
    (
        "en",
        "Sergey Lavrov criticised Morocco on Monday. Sergey Lavrov also spoke to reporters. On Tuesday, "
        "Nasser Bourita received Sergey Lavrov in Rabat. The next day, he met Ahmed Attaf.",
        "Nasser_Bourita",
        True,
    ),
    # a demonstrative: the person named last ("celui-ci", the latter)
    (
        "fr",
        "Sergueï Lavrov a reçu lundi Ahmed Attaf. Celui-ci a ensuite rencontré Nasser Bourita.",
        "Ahmed_Attaf",
        True,
    ),
    # a feminine pronoun after a more prominent state stands for no person
    (
        "fr",
        "Sergueï Lavrov a parlé à la presse lundi. La Russie a salué le Maroc, et la Russie a salué "
        "l'Algérie. Elle a ensuite rencontré Nasser Bourita.",
        "Sergey_Lavrov",
        False,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "person", "acts"), PRONOUNS, ids=[p[0] + str(i) for i, p in enumerate(PRONOUNS)]
)
def test_a_pronoun_subject_acts_for_the_person_it_refers_to(
    code, lang: str, text: str, person: str, acts: bool
) -> None:
    last = text.split(". ")[-1][:12]
    meetings = [e for e in code(text, lang) if e.type == "CONSULT" and last in e.evidence.text]
    assert meetings and all((person in e.actor) == acts for e in meetings), meetings


RELATIVES = [
    ("en", "Nasser Bourita met Sergey Lavrov, who praised Algeria on Monday."),
    ("es", "Nasser Bourita se reunió con Sergey Lavrov, quien elogió a Argelia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVES, ids=[r[0] for r in RELATIVES])
def test_a_relative_clause_acts_for_the_noun_it_modifies(code, lang: str, text: str) -> None:
    support = [e for e in code(text, lang) if e.type == "SUPPORT"]
    assert [e.actor for e in support] == [("Sergey_Lavrov",)]


# "X a rencontré lundi Y": the French parser cuts the sentence after the weekday and reads the name
# that follows as a verb; the one met stays the meeting's participant, and the next sentence's
# actor never becomes the meeting's.
MET_AFTER_A_DAY = [
    ("fr", "Sergueï Lavrov a rencontré lundi Nasser Bourita à Moscou. L'Espagne a critiqué la décision."),
    ("fr", "Sergueï Lavrov a accueilli vendredi Nasser Bourita à Moscou. L'Espagne n'a pas réagi."),
    ("en", "Sergey Lavrov met on Monday Nasser Bourita in Moscow. Spain criticised the decision."),
    ("es", "Sergey Lavrov recibió el lunes a Nasser Bourita en Moscú. España criticó la decisión."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), MET_AFTER_A_DAY, ids=[m[1][:32] for m in MET_AFTER_A_DAY])
def test_the_one_met_after_a_weekday_takes_part(code, lang: str, text: str) -> None:
    met = real_events(code(text, lang), "CONSULT")
    assert len(met) == 1
    assert {"Sergey_Lavrov", "Nasser_Bourita"} <= set(met[0].actor + met[0].recipient)
    assert "Spain" not in met[0].actor + met[0].recipient
    assert met[0].location is not None and met[0].location.id == "Moscow"


# A noun phrase working as a pronoun ("ce dernier", "the latter", "este último") is the person named
# last, not the subject of the sentence before.
LATTER = [
    (
        "fr",
        "Lundi, Sergueï Lavrov s'est entretenu à Moscou avec le ministre algérien, Ahmed Attaf. Ce dernier "
        "a accusé le Maroc de bloquer le processus.",
    ),
    (
        "en",
        "On Monday, Sergey Lavrov held talks in Moscow with the Algerian minister, Ahmed Attaf. The latter "
        "accused Morocco of blocking the process.",
    ),
    (
        "es",
        "El lunes, Serguéi Lavrov se reunió en Moscú con el ministro argelino, Ahmed Attaf. Este último "
        "acusó a Marruecos de bloquear el proceso.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LATTER, ids=[x[0] for x in LATTER])
def test_the_latter_is_the_person_named_last(code, lang: str, text: str) -> None:
    accusations = [e for e in code(text, lang) if e.type == "ACCUSE"]
    assert [e.actor for e in accusations] == [("Ahmed_Attaf",)], accusations


# A pronoun opening its sentence after a quotation stands for the speaker the quotation's verb names
# after it ("« ... », a affirmé mardi le ministre algérien"), not for the person named most.
AFTER_QUOTE = (
    "Sergueï Lavrov a été reçu lundi à Alger par Ahmed Attaf. Sergueï Lavrov a ensuite rencontré Nasser "
    "Bourita à Rabat, puis Sergueï Lavrov a quitté le Maghreb. « La région a besoin de stabilité », a affirmé "
    "mardi le ministre algérien devant la presse. Il a exhorté le Maroc à reprendre le dialogue."
)


@pytest.mark.slow
def test_a_pronoun_after_a_quotation_is_its_speaker(world_code) -> None:
    requests = [e for e in world_code(AFTER_QUOTE, "fr") if e.type == "REQUEST"]
    assert [e.actor for e in requests] == [("Ahmed_Attaf",)], requests
