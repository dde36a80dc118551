"""Meetings told as before another meeting or trip, on sentences written for these tests: "After talks
with X in Algiers, Y travelled to Rabat", "Après une visite à Alger et une escale à Nouakchott, Y s'est
rendu à Rabat", "Tras reunirse con X en Argel, Y viajó a Rabat" are two or three happenings, each with its
own counterpart, and the later one's day does not date the earlier (events.scenes, events.arguments
`meetings_before`); "during his visit to Algiers, Y met X" stays one. Also the name right after an
opening phrase, which the parsers swallow into it (text/fronted_subjects.py), a participle read as a
verb where it is a preposition ("Following talks with X"), and the plans told by an intention ("a
annoncé son intention d'organiser")."""

from __future__ import annotations

import pytest

from diplowatch.text.fronted_subjects import fronted_subject_restored
from diplowatch.text.normalise import Token
from tests.events.conftest import ENTRIES, by_language, coder_with, real_events, shown

pytestmark = pytest.mark.slow

MAURITANIA = [
    {
        "id": "Mauritania",
        "kind": "country",
        "name": "Mauritania",
        "country": "MRT",
        "names": {"fr": ["Mauritanie"], "es": ["Mauritania"], "en": ["Mauritania"]},
    },
    {
        "id": "Nouakchott",
        "kind": "place",
        "name": "Nouakchott",
        "country": "MRT",
        "metonym_for": "Mauritania",
        "names": {"xx": ["Nouakchott"], "es": ["Nuakchot"]},
    },
]


@pytest.fixture(scope="module")
def code_tour():
    return coder_with([*ENTRIES, *MAURITANIA])


def _met(events) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(e.recipient)) for e in real_events(events, "CONSULT"))


TWO_MEETINGS = [
    ("en", "After his talks with Attaf in Algiers, de Mistura travelled to Rabat."),
    ("en", "After meeting Attaf in Algiers, Staffan de Mistura travelled to Rabat."),
    ("fr", "Après avoir rencontré Attaf à Alger, Staffan de Mistura s'est rendu à Rabat."),
    ("fr", "Staffan de Mistura s'est rendu à Rabat après avoir rencontré Attaf à Alger."),
    ("es", "Tras reunirse con Attaf en Argel, Staffan de Mistura viajó a Rabat."),
]


@by_language(TWO_MEETINGS)
def test_a_meeting_told_before_a_trip_is_a_happening_of_its_own(code_tour, lang: str, text: str) -> None:
    events = code_tour(text, lang)
    assert _met(events) == [("Ahmed_Attaf",), ("Morocco",)], shown(events)
    assert all(e.actor == ("Staffan_de_Mistura",) for e in real_events(events, "CONSULT")), shown(events)


STOPS = [
    (
        "en",
        "After a two-day visit to Algiers and a brief stopover in Nouakchott, Staffan de Mistura travelled "
        "to Rabat on Tuesday.",
    ),
    (
        "fr",
        "Après une visite de deux jours à Alger et une escale de quelques heures à Nouakchott, l'envoyé de "
        "l'ONU Staffan de Mistura s'est rendu mardi à Rabat.",
    ),
]


@by_language(STOPS)
def test_each_stop_before_the_trip_is_a_visit_dated_apart(code_tour, lang: str, text: str) -> None:
    events = code_tour(text, lang)
    assert _met(events) == [("Algeria",), ("Mauritania",), ("Morocco",)], shown(events)
    dated = {e.recipient: e.date.value for e in real_events(events, "CONSULT") if e.date}
    assert dated.get(("Morocco",)) == "2024-03-12", dated
    assert dated.get(("Algeria",)) != "2024-03-12", dated  # Tuesday is the trip to Rabat's


DURING = [
    ("en", "During his visit to Algiers, Staffan de Mistura met Attaf."),
    ("fr", "Lors de sa visite à Alger, Staffan de Mistura a rencontré Attaf."),
]


@by_language(DURING)
def test_a_meeting_during_a_visit_stays_one(code_tour, lang: str, text: str) -> None:
    events = real_events(code_tour(text, lang), "CONSULT")
    assert len(events) == 1 and "Ahmed_Attaf" in events[0].recipient, shown(events)


def test_a_host_after_a_meeting_met_its_partners_and_receives_its_guest(code_tour) -> None:
    text = "Following a meeting with Polisario officials, Nasser Bourita received the Algerian minister on Monday."
    events = real_events(code_tour(text, "en"), "CONSULT")
    pairs = sorted((tuple(sorted(e.actor)), tuple(sorted(e.recipient))) for e in events)
    assert (("Nasser_Bourita",), ("Polisario_Front",)) in pairs, shown(events)
    assert not any(
        "Polisario_Front" in e.actor + e.recipient and "Algeria" in e.actor + e.recipient for e in events
    )


def test_following_opens_a_scene_not_an_act(code_tour) -> None:
    events = code_tour(
        "Following talks with Attaf, Staffan de Mistura called on Morocco to resume talks.", "en"
    )
    calls = real_events(events, "REQUEST")
    assert calls and all("Ahmed_Attaf" not in e.recipient for e in calls), shown(events)
    assert [e.recipient for e in real_events(events, "CONSULT")] == [("Ahmed_Attaf",)], shown(events)


BRIEFINGS = [
    ("fr", "Staffan de Mistura a présenté mardi un briefing devant le Conseil de sécurité."),
    ("en", "Staffan de Mistura gave a briefing to the Security Council on Tuesday."),
]


@by_language(BRIEFINGS)
def test_a_briefing_given_to_a_body_is_a_meeting_with_it(code_tour, lang: str, text: str) -> None:
    events = real_events(code_tour(text, lang), "CONSULT")
    assert [e.recipient for e in events] == [("United_Nations_Security_Council",)], shown(events)


INTENTIONS = [
    (
        "fr",
        "Staffan de Mistura a annoncé mardi son intention d'organiser une nouvelle réunion avec le Maroc.",
    ),
    ("en", "Staffan de Mistura announced on Tuesday his intention to convene new talks with Morocco."),
    ("es", "Staffan de Mistura anunció el martes su intención de convocar una nueva reunión con Marruecos."),
]


@by_language(INTENTIONS)
def test_an_intention_to_meet_is_a_plan(code_tour, lang: str, text: str) -> None:
    events = code_tour(text, lang)
    assert not real_events(events, "CONSULT") or all(
        "future" in e.aux for e in real_events(events, "CONSULT")
    )
    planned = [e for e in real_events(events, "AGREE") if "future" in e.aux]
    assert planned and "Morocco" in planned[0].recipient, shown(events)


def _tok(text: str, pos: str, dep: str, head: int) -> Token:
    return Token(0, len(text), text, text.lower(), text.lower(), pos, dep, head)


def test_the_name_after_an_opening_phrase_is_the_verbs_subject() -> None:
    # "Après sa visite à Tindouf, Staffan de Mistura s'est rendu à Nouakchott", parsed as the name an
    # apposition of the phrase's noun
    toks = (
        _tok("Après", "ADP", "case", 2),
        _tok("sa", "DET", "det", 2),
        _tok("visite", "NOUN", "obl:mod", 10),
        _tok("à", "ADP", "case", 4),
        _tok("Tindouf", "PROPN", "nmod", 2),
        _tok(",", "PUNCT", "punct", 4),
        _tok("Staffan", "PROPN", "appos", 4),
        _tok("de", "ADP", "case", 8),
        _tok("Mistura", "PROPN", "nmod", 6),
        _tok("est", "AUX", "aux:tense", 10),
        _tok("rendu", "VERB", "ROOT", -1),
    )
    out = fronted_subject_restored(toks, "obl:mod")
    assert (out[6].dep, out[6].head) == ("nsubj", 10)
    assert out[2] == toks[2] and out[8] == toks[8]


def test_a_verb_hung_inside_the_opening_phrase_is_the_root_again() -> None:
    # "À l'issue de son séjour, Staffan Mistura est rendu...": the verb an acl of the phrase's noun
    toks = (
        _tok("À", "ADP", "case", 1),
        _tok("issue", "NOUN", "ROOT", -1),
        _tok("de", "ADP", "case", 3),
        _tok("séjour", "NOUN", "nmod", 1),
        _tok(",", "PUNCT", "punct", 3),
        _tok("Staffan", "PROPN", "nmod", 3),
        _tok("Mistura", "PROPN", "flat:name", 5),
        _tok("est", "AUX", "aux:tense", 8),
        _tok("rendu", "VERB", "acl", 3),
    )
    out = fronted_subject_restored(toks, "obl:mod")
    assert (out[8].dep, out[8].head) == ("ROOT", -1)
    assert (out[5].dep, out[5].head) == ("nsubj", 8)
    assert (out[1].dep, out[1].head) == ("obl:mod", 8)


def test_a_name_the_verb_already_has_as_subject_is_left_alone() -> None:
    toks = (
        _tok("Après", "ADP", "case", 1),
        _tok("visite", "NOUN", "obl:mod", 5),
        _tok(",", "PUNCT", "punct", 1),
        _tok("Attaf", "PROPN", "appos", 1),
        _tok("Bourita", "PROPN", "nsubj", 5),
        _tok("part", "VERB", "ROOT", -1),
    )
    assert fronted_subject_restored(toks, "obl:mod") == toks


ARABIC_BEFORE = [
    "وبعد لقائه مع عطاف في الجزائر، توجه دي ميستورا إلى الرباط حيث التقى بوريطة.",
    "عقب زيارته إلى الجزائر، توجه دي ميستورا إلى الرباط.",
]


@pytest.mark.parametrize("text", ARABIC_BEFORE, ids=["talks", "visit"])
def test_an_arabic_meeting_told_before_a_trip_is_its_own(code_tour, text: str) -> None:
    events = real_events(code_tour(text, "ar"), "CONSULT")
    assert len(events) == 2, shown(events)
    assert all(e.actor == ("Staffan_de_Mistura",) for e in events), shown(events)
    assert not any(
        {"Ahmed_Attaf", "Algeria"} & set(e.recipient) and {"Nasser_Bourita", "Morocco"} & set(e.recipient)
        for e in events
    ), shown(events)


def test_after_talks_a_short_name_is_the_next_meetings_subject(world_code) -> None:
    text = "À l'issue de son entretien avec Attaf, de Mistura a rencontré le président Tebboune."
    pairs = sorted((e.actor, e.recipient) for e in real_events(world_code(text, "fr"), "CONSULT"))
    assert pairs == [
        (("Staffan_de_Mistura",), ("Abdelmadjid_Tebboune",)),
        (("Staffan_de_Mistura",), ("Ahmed_Attaf",)),
    ], pairs


def test_the_opening_phrase_may_hold_commas_of_its_own(world_code) -> None:
    text = (
        "Après une visite de deux jours chez le Polisario, dans les camps de Tindouf, et une escale de "
        "quelques heures en Algérie, Staffan de Mistura a rencontré Nasser Bourita à Rabat."
    )
    events = real_events(world_code(text, "fr"), "CONSULT")
    assert events and all(e.actor == ("Staffan_de_Mistura",) for e in events), shown(events)
    assert any("Nasser_Bourita" in e.recipient for e in events), shown(events)
