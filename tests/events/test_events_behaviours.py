"""Behaviours of the rule coder added for precision and PLOVER fidelity (sentences written for
these tests): negation scope, reported future, promised/threatened acts, paragraph breaks,
dates that belong to other clauses, participles, inverted subjects, host countries, references."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, text, type, actor that must not be asserted doing it)
NEGATED = [
    (
        "fr",
        "Le Maroc affirme que Rabat n'a, à aucun moment, été consulté par Staffan de Mistura.",
        "CONSULT",
        "Morocco",
    ),
    ("fr", "L'Algérie n'a jamais condamné le Polisario.", "ACCUSE", "Algeria"),
    ("en", "Morocco said that at no point was Rabat consulted by Staffan de Mistura.", "CONSULT", "Morocco"),
    ("en", "Russia never condemned the Polisario.", "ACCUSE", "Russia"),
    ("en", "Algeria did not reject the proposal of Spain.", "REJECT", "Algeria"),
    ("es", "Argelia no ha condenado al Polisario.", "ACCUSE", "Algeria"),
    ("ar", "لم تندد الجزائر بالبوليساريو.", "ACCUSE", "Algeria"),
    ("ar", "لن يرفض المغرب المقترح.", "REJECT", "Morocco"),
    ("ar", "ما رفض المغرب المقترح.", "REJECT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), NEGATED, ids=[c[1][:40] for c in NEGATED])
def test_events_negation_scope(code, lang, text, kind, who):
    events = code(text, lang)
    assert not [e for e in real_events(events, kind) if who in e.actor]
    assert any("negation" in e.aux for e in events if e.type == kind)


# (lang, text, type the event is coded as, aux it carries)
FUTURES = [
    ("en", "Algeria said it would withdraw its troops from the border with Morocco.", "AGREE", "future"),
    ("en", "Russia will release the prisoners held by the Polisario.", "AGREE", "future"),
    ("en", "The Polisario will boycott the talks with Morocco.", "THREATEN", "future"),
    ("fr", "L'Algérie retirera ses troupes de la frontière avec le Maroc.", "AGREE", "future"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "aux"), FUTURES, ids=[c[1][:40] for c in FUTURES])
def test_events_stated_future_acts_are_promises_or_threats(code, lang, text, kind, aux):
    events = [e for e in code(text, lang) if e.type == kind]
    assert events and aux in events[0].aux and "hypothetical" not in events[0].aux


@pytest.mark.slow
def test_events_conditional_with_if_stays_hypothetical(code):
    events = code("Morocco said it would withdraw from the talks if Algeria refused to take part.", "en")
    assert all("hypothetical" in e.aux for e in events if e.type in ("RETREAT", "AGREE"))


@pytest.mark.slow
def test_events_sentence_stops_at_paragraph_break(code):
    text = (
        "Staffan de Mistura a rencontré Sergueï Lavrov lundi\n\n"
        "Le Maroc a dénoncé la visite de Staffan de Mistura."
    )
    consult = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert consult and all(
        "\n\n" not in e.evidence.text and "dénoncé" not in e.evidence.text for e in consult
    )


# (lang, text, anchor, type, date prefix the event must NOT take, date prefix it must take or None)
DATES = [
    (
        "fr",
        "Le Conseil de sécurité a soutenu le Maroc jusqu'au 31 octobre 2025.",
        "2024-10-30",
        "SUPPORT",
        "2025-10-31",
        "2024-10-30",
    ),
    (
        "fr",
        "Le Conseil de sécurité a réaffirmé son soutien au Maroc, dont le plan a été présenté en 2007.",
        "2024-10-30",
        "SUPPORT",
        "2007",
        None,
    ),
    (
        "en",
        "The Security Council backed Morocco until 31 October 2025.",
        "2024-10-30",
        "SUPPORT",
        "2025",
        "2024-10-30",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "wrong", "right"), DATES, ids=[c[1][:40] for c in DATES]
)
def test_events_dates_owned_by_other_clauses_or_bounds_are_not_the_event_date(
    code, lang, text, anchor, kind, wrong, right
):
    [event] = [e for e in code(text, lang, anchor) if e.type == kind][:1]
    assert event.date is not None and not event.date.value.startswith(wrong)
    if right:
        assert event.date.value.startswith(right)


@pytest.mark.slow
def test_events_undated_event_takes_the_report_date(code):
    text = (
        "Lundi 11 mars, Staffan de Mistura a rencontré Sergueï Lavrov à Moscou. "
        "Sergueï Lavrov a réaffirmé le soutien de la Russie à Staffan de Mistura."
    )
    [support] = [e for e in code(text, "fr", "2024-03-13") if e.type == "SUPPORT"]
    assert support.date is not None and support.date.value == "2024-03-11"


@pytest.mark.slow
def test_events_participle_of_a_resolution_acts_for_the_council_not_the_voter(code):
    text = "La Russie n'a pas voté la résolution du Conseil de sécurité soutenant Staffan de Mistura."
    support = real_events(code(text, "fr"), "SUPPORT")
    assert all("Russia" not in e.actor for e in support)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Le Maroc ne négociera jamais », a déploré Omar Hilale devant Staffan de Mistura."),
        ("fr", "« Rien n'a changé » avait dénoncé Omar Hilale face à Staffan de Mistura."),
    ],
)
def test_events_inverted_subject_after_a_quote_is_the_actor(code, lang, text):
    accuse = [e for e in code(text, lang) if e.type == "ACCUSE"]
    assert accuse and "Omar_Hilale" in accuse[0].actor


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "L'Algérie a rappelé son ambassadeur à Madrid.", "SANCTION"),
        ("en", "Algeria recalled its ambassador in Madrid.", "SANCTION"),
    ],
)
def test_events_place_country_is_the_recipient_when_none_is_named(code, lang, text, kind):
    [event] = [e for e in code(text, lang) if e.type == kind]
    assert event.actor == ("Algeria",) and "Spain" in event.recipient


@pytest.mark.slow
def test_events_event_noun_as_subject_or_scenery_is_not_a_new_event(code):
    text = (
        "Ahmed Attaf a reçu Staffan de Mistura à Alger. "
        "La rencontre entre Sergueï Lavrov et Nasser Bourita s'inscrit dans le cadre d'une tournée."
    )
    consult = real_events(code(text, "fr"), "CONSULT")
    assert consult and all("Nasser_Bourita" not in set(e.actor) | set(e.recipient) for e in consult)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Thousands of Algerians rallied in Algiers on Sunday, demanding the release of activists.",
            "PROTEST",
        ),
        ("Students blocked roads in Rabat to demand reforms from Morocco.", "PROTEST"),
        ("Morocco arrested three activists of the Polisario, calling them a threat.", "COERCE"),
        ("Russia agreed to sign a cooperation deal with Algeria, officials said.", "AGREE"),
        ("Spain lifted the curfew it had imposed on the enclave, the ministry of Morocco said.", "CONCEDE"),
    ],
)
def test_events_main_event_of_a_sentence_ranks_first(code, text, kind):
    events = real_events(code(text, "en"))
    assert events and max(events, key=lambda e: e.confidence).type == kind


@pytest.mark.slow
def test_events_year_naming_a_document_is_not_a_date(code):
    text = (
        "Lundi 30 octobre, le Conseil de sécurité a adopté une résolution sur le Sahara. "
        "Le Conseil de sécurité a appelé dans sa résolution 2703 (2023) le Maroc et le Polisario à négocier."
    )
    requests = [e for e in code(text, "fr", "2023-11-02") if e.type == "REQUEST"]
    assert requests and all(e.date is not None and e.date.value != "2023" for e in requests)


@pytest.mark.slow
def test_events_undated_event_takes_a_month_only_publication_date(code) -> None:
    events = code(
        "Le ministre Nasser Bourita a rencontré Staffan de Mistura à Rabat.", "fr", anchor="2023-10"
    )
    dated = [e.date for e in events if e.type == "CONSULT"]
    assert dated and dated[0].value == "2023-10" and dated[0].granularity == "month" and dated[0].approximate
