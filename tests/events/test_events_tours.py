"""A tour told in one sentence: one meeting per stop, each with its own day and place; an event whose
sentence names no place happens where its story does (issue 9; sentences written for these tests).
Publication date: Friday 2024-03-15."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language

TOURS = [
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday, then Ahmed Attaf in Algiers on Tuesday.",
    ),
    ("fr", "Staffan de Mistura a rencontré Nasser Bourita lundi à Rabat, puis Ahmed Attaf mardi à Alger."),
    ("ar", "التقى دي ميستورا بوريطة في الرباط يوم الاثنين ثم عطاف في الجزائر العاصمة يوم الثلاثاء."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TOURS, ids=[t[0] for t in TOURS])
def test_tours_one_meeting_per_stop_with_its_day_and_place(code, lang: str, text: str) -> None:
    bourita, attaf = _bourita_and_attaf_met(code, text, lang)
    assert bourita is not attaf
    assert bourita.date is not None and bourita.date.value == "2024-03-11"
    assert attaf.date is not None and attaf.date.value == "2024-03-12"
    assert bourita.location is not None and bourita.location.id == "Rabat"
    assert attaf.location is not None and attaf.location.id == "Algiers"


@pytest.mark.slow
def test_tours_two_persons_met_at_one_stop_share_its_day_and_place(code) -> None:
    text = "Staffan de Mistura met Nasser Bourita and Ahmed Attaf in Rabat on Monday."
    meetings = [e for e in code(text, "en", "2024-03-15") if e.type == "CONSULT"]
    assert len(meetings) == 2
    assert {e.date.value for e in meetings if e.date} == {"2024-03-11"}
    assert {e.location.id for e in meetings if e.location} == {"Rabat"}


SCENES = [
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. "
        "Bourita welcomed the commitment of Staffan de Mistura to the political process.",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré Nasser Bourita lundi à Rabat. "
        "Bourita a salué l'engagement de Staffan de Mistura en faveur du processus politique.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió con Nasser Bourita el lunes en Rabat. "
        "Bourita elogió el compromiso de Staffan de Mistura con el proceso político.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SCENES, ids=[s[0] for s in SCENES])
def test_scene_an_unplaced_event_of_the_same_story_takes_its_place(code, lang: str, text: str) -> None:
    praise = [e for e in code(text, lang, "2024-03-15") if e.type == "SUPPORT"]
    assert praise and all(e.location is not None and e.location.id == "Rabat" for e in praise)


@pytest.mark.slow
def test_scene_an_event_of_other_participants_keeps_no_place(code) -> None:
    text = (
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. "
        "Sergey Lavrov welcomed the Polisario's commitment to the political process."
    )
    praise = [e for e in code(text, "en", "2024-03-15") if e.type == "SUPPORT"]
    assert praise and all(e.location is None for e in praise)


def _meetings(code, lang: str, text: str) -> list:
    return [e for e in code(text, lang, "2024-03-15") if e.type == "CONSULT"]


def _only(meetings: list, key: str):
    """The one meeting with `key` among its counterparts."""
    [found] = [e for e in meetings if key in e.recipient]
    return found


def _met(code, lang: str, text: str, *keys: str) -> list:
    """For each key, the one meeting of the text with it among its counterparts."""
    meetings = _meetings(code, lang, text)
    return [_only(meetings, key) for key in keys]


def _day(event) -> str | None:
    return event.date.value if event.date else None


# Two meetings told by one sentence, each with its own counterparts and day: a second meeting verb
# ("s'est réuni"), or a verb of sequence ("before meeting"), tells them apart.
OTHER_MEETINGS = [
    (
        "en",
        "Besides his talks with Nasser Bourita and Ahmed Attaf, Staffan de Mistura met a Polisario "
        "delegation on Thursday.",
    ),
    (
        "fr",
        "Outre ses entretiens avec Bourita et Attaf, Staffan de Mistura s'est réuni jeudi avec une "
        "délégation du Front Polisario.",
    ),
    (
        "es",
        "Además de sus conversaciones con Bourita y Attaf, Staffan de Mistura se reunió el jueves con una "
        "delegación del Polisario.",
    ),
]


@pytest.mark.slow
@by_language(OTHER_MEETINGS)
def test_tours_talks_besides_another_meeting_are_other_meetings(code, lang: str, text: str) -> None:
    """The talks are not dated by the other meeting's day, and their persons are not its counterparts."""
    polisario, bourita = _met(code, lang, text, "Polisario_Front", "Nasser_Bourita")
    assert {"Nasser_Bourita", "Ahmed_Attaf"}.isdisjoint(polisario.actor + polisario.recipient)
    assert _day(polisario) == "2024-03-14"
    assert "Staffan_de_Mistura" in bourita.actor and _day(bourita) != "2024-03-14"


BEFORE_MEETING = [
    (
        "en",
        "Staffan de Mistura held talks with Nasser Bourita on Tuesday before meeting Sergey Lavrov in Moscow "
        "on Thursday.",
    ),
    (
        "fr",
        "Staffan de Mistura s'est entretenu mardi avec Bourita avant de rencontrer jeudi Lavrov à Moscou.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el martes con Nasser Bourita antes de entrevistarse el jueves en Moscú "
        "con Sergey Lavrov.",
    ),
    ("ar", "التقى دي ميستورا يوم الثلاثاء بوريطة قبل أن يجتمع يوم الخميس في موسكو مع لافروف."),
]


@pytest.mark.slow
@by_language(BEFORE_MEETING)
def test_tours_a_meeting_before_another_keeps_its_own_day_and_place(code, lang: str, text: str) -> None:
    meetings = _meetings(code, lang, text)
    assert all("Staffan_de_Mistura" in e.actor for e in meetings)
    bourita, lavrov = _only(meetings, "Nasser_Bourita"), _only(meetings, "Sergey_Lavrov")
    assert (_day(bourita), _day(lavrov)) == ("2024-03-12", "2024-03-14")
    assert bourita.location is None or bourita.location.id != "Moscow"


TOUR_THEN_MEETING = [
    (
        "en",
        "After his tour of Morocco and Algeria in January, Staffan de Mistura met Sergey Lavrov in Moscow on "
        "Thursday.",
    ),
    (
        "fr",
        "Après sa tournée en janvier au Maroc et en Algérie, Staffan de Mistura a rencontré jeudi à Madrid "
        "Sergueï Lavrov.",
    ),
    (  # the parser hangs the comma-set adjunct on the subject noun: the states are still met, not acting
        "fr",
        "Après sa tournée, en janvier dernier au Maroc, en Algérie, en Mauritanie et en Espagne, l'envoyé "
        "personnel de l'ONU Staffan de Mistura a rencontré jeudi à Moscou le ministre Sergueï Lavrov.",
    ),
]


@pytest.mark.slow
@by_language(TOUR_THEN_MEETING)
def test_tours_an_earlier_tour_of_states_is_its_own_event(code, lang: str, text: str) -> None:
    """States toured in January and a minister met on Thursday: two happenings, two days (a meeting
    verb lies between them and their days differ)."""
    tour, lavrov = _met(code, lang, text, "Morocco", "Sergey_Lavrov")
    assert "Algeria" in tour.recipient and "Sergey_Lavrov" not in tour.recipient
    assert (_day(tour), _day(lavrov)) == ("2024-01", "2024-03-14")


ONE_VISIT = [
    ("en", "Staffan de Mistura ended his visit to Algeria and met a Polisario delegation on Sunday."),
    (
        "es",
        "Staffan de Mistura terminó su visita a Argelia y se reunió el domingo con una delegación del Polisario.",
    ),
]


@pytest.mark.slow
@by_language(ONE_VISIT)
def test_tours_a_state_visited_and_a_party_met_there_are_one_happening(code, lang: str, text: str) -> None:
    meetings = _meetings(code, lang, text)
    assert len(meetings) == 1
    assert {"Algeria", "Polisario_Front"} <= set(meetings[0].recipient)


COMPANIONS = [
    ("en", "Nasser Bourita travelled to Moscow on Thursday with Omar Hilale to meet Sergey Lavrov."),
    ("es", "Nasser Bourita viajó el jueves a Moscú junto a Omar Hilale para reunirse con Sergey Lavrov."),
]


@pytest.mark.slow
@by_language(COMPANIONS)
def test_tours_a_compatriot_travelling_with_the_actor_is_no_meeting_of_his(
    code, lang: str, text: str
) -> None:
    meetings = _meetings(code, lang, text)
    assert meetings and all("Sergey_Lavrov" in e.actor + e.recipient for e in meetings)
    assert all("Omar_Hilale" not in e.recipient for e in meetings)


LAST_WEEK_AND_THIS_WEEK = [
    (
        "en",
        "Last week Staffan de Mistura met Nasser Bourita in Rabat. On Thursday Staffan de Mistura met Nasser "
        "Bourita again in Rabat.",
    ),
    (
        "es",
        "La semana pasada, Staffan de Mistura se reunió con Nasser Bourita en Rabat. Staffan de Mistura se "
        "reunió de nuevo con Nasser Bourita el jueves en Rabat.",
    ),
    (
        "ar",
        "التقى دي ميستورا بوريطة في الرباط الأسبوع الماضي. والتقى دي ميستورا بوريطة مجددا في الرباط يوم الخميس.",
    ),
]


@pytest.mark.slow
@by_language(LAST_WEEK_AND_THIS_WEEK)
def test_last_week_and_this_thursday_are_two_meetings(code, lang: str, text: str) -> None:
    """ "Last week" is written as its month (spec: day, month or year) but compared as a week: the
    meeting of last week is not Thursday's."""
    days = sorted(_day(e) or "" for e in _meetings(code, lang, text))
    assert days == ["2024-03", "2024-03-14"]


# a traveller's stops told by a word of sequence and a destination each: the meeting at each stop is
# placed there ("then to Algiers, where X received him"), not at the first stop
STOPS_BY_DESTINATION = [
    "Sergey Lavrov first went to Rabat, where he met Nasser Bourita, then to Algiers, where Ahmed Attaf received him.",
    "Sergey Lavrov met Nasser Bourita in Rabat on Monday and then flew to Algiers for talks with Ahmed Attaf.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", STOPS_BY_DESTINATION, ids=["relative", "flew"])
def test_tours_a_stop_reached_by_travel_is_placed_at_its_destination(code, text: str) -> None:
    meetings = _meetings(code, "en", text)
    assert _only(meetings, "Nasser_Bourita").location.id == "Rabat"
    assert _only(meetings, "Ahmed_Attaf").location.id == "Algiers"


@pytest.mark.slow
def test_places_a_relative_clause_places_its_noun_not_the_meeting(code) -> None:
    text = "Ahmed Attaf had met Nasser Bourita in March, during a regional tour which ended in Moscow."
    meetings = _meetings(code, "en", text)
    assert meetings and all(e.location is None for e in meetings), meetings
    # a relative clause that holds the meeting places it
    held = _meetings(code, "en", "Ahmed Attaf went to Moscow, where he held talks with Nasser Bourita.")
    assert any(e.location is not None and e.location.id == "Moscow" for e in held), held


# the tour told in a relative clause of the speaker: the next stop is still his meeting
RELATIVE_TOURS = [
    (
        "en",
        '"Talks must resume", said Staffan de Mistura, who met Nasser Bourita in Rabat on Monday, then Ahmed '
        "Attaf in Algiers on Tuesday.",
    ),
    (
        "fr",
        "« Les pourparlers doivent reprendre », a déclaré Staffan de Mistura, qui a rencontré lundi à Rabat "
        "Nasser Bourita, puis mardi à Alger Ahmed Attaf.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVE_TOURS, ids=[t[0] for t in RELATIVE_TOURS])
def test_tours_in_a_relative_clause_the_next_stop_is_met_not_a_speaker(code, lang: str, text: str) -> None:
    meetings = [e for e in code(text, lang, "2024-03-15") if e.type == "CONSULT" and "negation" not in e.aux]
    attaf = [e for e in meetings if "Ahmed_Attaf" in e.actor + e.recipient]
    assert attaf and all("Nasser_Bourita" not in e.actor + e.recipient for e in attaf), meetings
    assert all("Ahmed_Attaf" not in e.actor for e in attaf), meetings
    assert all(e.date is not None and e.date.value == "2024-03-12" for e in attaf), meetings


@pytest.mark.slow
def test_tours_in_a_relative_clause_french_parse_hung_on_the_speaker(world_code) -> None:
    """The French parser hangs "puis à Tripoli le Premier ministre X" on the speaker's noun "M.": X became
    a second speaker and a participant of the first meeting."""
    text = (
        "« Le statu quo ne peut plus durer », a déclaré M. Bathily, qui a rencontré la semaine dernière à "
        "Benghazi le maréchal Khalifa Haftar, puis à Tripoli le Premier ministre Abdelhamid Dbeibah."
    )
    meetings = [e for e in world_code(text, "fr") if e.type == "CONSULT"]
    haftar = [e for e in meetings if "Khalifa_Haftar" in e.actor + e.recipient]
    dbeibah = [e for e in meetings if "Abdul_Hamid_Dbeibeh" in e.actor + e.recipient]
    assert haftar and dbeibah, meetings
    assert all("Abdul_Hamid_Dbeibeh" not in e.actor + e.recipient for e in haftar), meetings
    assert all("Abdoulaye_Bathily" in e.actor for e in haftar + dbeibah), meetings


# A plain list of stops with one day at its end: the day dates every stop ("met A in X and B in Y on
# Monday"); after a word of sequence the earlier stop keeps no day of the later one.
CLOSING_DAY = [
    ("en", "Staffan de Mistura met Nasser Bourita in Rabat and Ahmed Attaf in Algiers on Monday.", True),
    ("fr", "Staffan de Mistura a rencontré Nasser Bourita à Rabat et Ahmed Attaf à Alger lundi.", True),
    # a meeting word after the last stop ("the negotiating table") does not tell the stops apart
    (
        "en",
        "Staffan de Mistura said he met Nasser Bourita in Rabat and Ahmed Attaf in Algiers on Monday, and urged "
        "both to return to the negotiating table.",
        True,
    ),
    ("en", "Staffan de Mistura met Nasser Bourita in Rabat, then Ahmed Attaf in Algiers on Monday.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "shared"), CLOSING_DAY, ids=[c[1][-30:] for c in CLOSING_DAY])
def test_tours_a_closing_day_dates_every_stop_of_a_plain_list(
    code, lang: str, text: str, shared: bool
) -> None:
    bourita, attaf = _bourita_and_attaf_met(code, text, lang)
    assert attaf.date is not None and attaf.date.value == "2024-03-11"
    assert (bourita.date is not None and bourita.date.value == "2024-03-11") == shared, bourita.date
    assert bourita.location is not None and bourita.location.id == "Rabat"


ARRIVED_THE_DAY_BEFORE = [
    (
        "fr",
        "Arrivé dimanche soir à Rabat, Staffan de Mistura a été reçu lundi par Nasser Bourita, avant de "
        "rencontrer mardi Ahmed Attaf.",
    ),
    (
        "en",
        "Having arrived in Rabat on Sunday evening, Staffan de Mistura was received on Monday by Nasser "
        "Bourita before meeting Ahmed Attaf on Tuesday.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ARRIVED_THE_DAY_BEFORE, ids=[a[0] for a in ARRIVED_THE_DAY_BEFORE])
def test_tours_the_first_stop_keeps_its_verbs_day_not_an_arrivals(code, lang: str, text: str) -> None:
    bourita, attaf = _bourita_and_attaf_met(code, text, lang)
    assert bourita.date is not None and bourita.date.value == "2024-03-11", bourita.date
    assert attaf.date is not None and attaf.date.value == "2024-03-12", attaf.date


def _bourita_and_attaf_met(code, text: str, lang: str) -> tuple:
    """The meetings with Bourita and with Attaf the text tells (published Friday 2024-03-15)."""
    meetings = {
        person: e
        for e in code(text, lang, "2024-03-15")
        if e.type == "CONSULT"
        for person in ("Nasser_Bourita", "Ahmed_Attaf")
        if person in e.recipient
    }
    return meetings["Nasser_Bourita"], meetings["Ahmed_Attaf"]
