"""Table-driven event cases in the four languages (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (lang, text, type, actors that must be in actor+recipient, aux that must be present, date prefix or None)
CASES = [
    # French: meeting with a date, visit, host swap, passive, negation, future, reported speech
    (
        "fr",
        "Staffan de Mistura a rencontré Sergueï Lavrov lundi 11 mars à Moscou.",
        "CONSULT",
        {"Staffan_de_Mistura", "Sergey_Lavrov"},
        set(),
        "2024-03-11",
    ),
    (
        "fr",
        "Ahmed Attaf a reçu mardi Staffan de Mistura à Alger.",
        "CONSULT",
        {"Staffan_de_Mistura", "Ahmed_Attaf"},
        set(),
        "2024-03-12",
    ),
    (
        "fr",
        "Staffan de Mistura a été reçu par Ahmed Attaf.",
        "CONSULT",
        {"Staffan_de_Mistura", "Ahmed_Attaf"},
        set(),
        None,
    ),
    ("fr", "Le Maroc a dénoncé la visite de Staffan de Mistura.", "ACCUSE", {"Morocco"}, set(), None),
    ("fr", "La Russie n'a pas condamné le Polisario.", "ACCUSE", {"Russia"}, {"negation"}, None),
    (
        "fr",
        "Staffan de Mistura se rendra bientôt en Algérie.",
        "AGREE",
        {"Staffan_de_Mistura", "Algeria"},
        {"future"},
        None,
    ),
    (
        "fr",
        "Omar Hilale a déclaré que Nasser Bourita a rencontré Sergueï Lavrov.",
        "CONSULT",
        {"Nasser_Bourita", "Sergey_Lavrov"},
        set(),
        None,
    ),
    (
        "fr",
        "Le Conseil de sécurité a appelé le Maroc et le Polisario à reprendre les négociations.",
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco", "Polisario_Front"},
        set(),
        None,
    ),
    ("fr", "L'Algérie a rappelé son ambassadeur en Espagne.", "SANCTION", {"Algeria"}, set(), None),
    # English
    (
        "en",
        "Staffan de Mistura held talks with Nasser Bourita in Rabat on Saturday.",
        "CONSULT",
        {"Staffan_de_Mistura", "Nasser_Bourita"},
        set(),
        "2024-03-09",
    ),
    ("en", "Russia did not condemn the attack.", "ACCUSE", {"Russia"}, {"negation"}, None),
    (
        "en",
        "De Mistura will visit Algeria next week.",
        "AGREE",
        {"Staffan_de_Mistura", "Algeria"},
        {"future"},
        None,
    ),
    ("en", "Algeria welcomed the statement by Spain.", "SUPPORT", {"Algeria"}, set(), None),
    (
        "en",
        "If Morocco rejects the plan, Algeria would protest.",
        "REJECT",
        {"Morocco"},
        {"hypothetical"},
        None,
    ),
    ("en", "Algeria and Morocco agreed to resume talks.", "AGREE", {"Algeria", "Morocco"}, set(), None),
    (
        "en",
        "Morocco threatened to suspend its cooperation with the Polisario.",
        "THREATEN",
        {"Morocco"},
        set(),
        None,
    ),
    # Spanish
    (
        "es",
        "Staffan de Mistura se reunió con Ahmed Attaf el lunes en Argel.",
        "CONSULT",
        {"Staffan_de_Mistura", "Ahmed_Attaf"},
        set(),
        "2024-03-11",
    ),
    ("es", "Argelia condenó la decisión de España.", "ACCUSE", {"Algeria", "Spain"}, set(), None),
    ("es", "Marruecos no ha rechazado la propuesta.", "REJECT", {"Morocco"}, {"negation"}, None),
    ("es", "España va a apoyar a Marruecos.", "SUPPORT", {"Spain", "Morocco"}, {"future"}, None),
    # Arabic (no parser: proximity and the KB)
    (
        "ar",
        "التقى ستيفان دي ميستورا وزير الخارجية أحمد عطاف في الجزائر العاصمة.",
        "CONSULT",
        {"Staffan_de_Mistura", "Ahmed_Attaf"},
        set(),
        None,
    ),
    ("ar", "ندد المغرب بالهجوم على السمارة.", "ACCUSE", {"Morocco"}, set(), None),
    ("ar", "لم تندد روسيا بالهجوم.", "ACCUSE", {"Russia"}, {"negation"}, None),
    ("ar", "سيزور دي ميستورا موسكو.", "AGREE", {"Staffan_de_Mistura"}, {"future"}, None),
    (
        "ar",
        "دعا مجلس الأمن المغرب والبوليساريو إلى استئناف المفاوضات.",
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco", "Polisario_Front"},
        set(),
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who", "aux", "day"), CASES, ids=[c[1][:40] for c in CASES])
def test_events_cases(code, lang, text, kind, who, aux, day):
    events = [e for e in code(text, lang) if e.type == kind]
    assert events, f"no {kind} in {[(e.type, e.actor, e.recipient) for e in code(text, lang)]}"
    best = max(events, key=lambda e: len(who & (set(e.actor) | set(e.recipient))))
    assert who <= set(best.actor) | set(best.recipient)
    assert aux <= set(best.aux)
    if day:
        assert best.date is not None and best.date.value.startswith(day)
    assert best.evidence.text and text[best.evidence.start : best.evidence.end] == best.evidence.text
    assert 0.0 < best.confidence <= 1.0


@pytest.mark.slow
def test_events_visit_is_visit_mode_with_host_as_recipient(code):
    [event] = [e for e in code("Ahmed Attaf a reçu Staffan de Mistura à Alger.", "fr") if e.type == "CONSULT"]
    assert event.actor == ("Staffan_de_Mistura",) and "Ahmed_Attaf" in event.recipient
    assert event.mode == ("visit",)
    assert event.location is not None and event.location.id == "Algiers"


@pytest.mark.slow
def test_events_compound_subject_is_all_actors(code):
    [event] = [
        e for e in code("L'Algérie et la Russie se sont rencontrées à Moscou.", "fr") if e.type == "CONSULT"
    ]
    assert {"Algeria", "Russia"} <= set(event.actor)
    assert event.recipient == ()


@pytest.mark.slow
def test_events_reported_speech_does_not_code_the_speaker(code):
    events = code("Omar Hilale a déclaré que Nasser Bourita a rencontré Sergueï Lavrov.", "fr")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and all("Omar_Hilale" not in e.actor for e in consult)


@pytest.mark.slow
def test_events_negated_event_kept_but_not_real(code):
    events = code("Moscou n'a pas condamné les tirs sur Smara, au sud du Maroc.", "fr")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and all("negation" in e.aux for e in accuse)
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and all("negation" not in e.aux and "Russia" not in e.actor for e in assault)


@pytest.mark.slow
def test_events_repeats_merge_into_one_event_with_every_span(code):
    text = (
        "De Mistura rencontre Lavrov à Moscou. Staffan de Mistura a rencontré lundi Sergueï Lavrov. "
        "La rencontre entre de Mistura et Lavrov a duré deux heures."
    )
    consult = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert len(consult) == 1
    spans = [text[e.start : e.end] for e in consult[0].evidence_spans]  # every telling is kept
    assert len(spans) == 3 and spans[0].startswith("De Mistura rencontre") and "deux heures" in spans[-1]


@pytest.mark.slow
def test_events_two_persons_met_are_two_meetings(code):
    text = "Staffan de Mistura a rencontré lundi Sergueï Lavrov et Verchinine."
    consult = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert {r for e in consult for r in e.recipient} >= {"Sergey_Lavrov", "Sergey_Vershinin"}
    assert len(consult) == 2


@pytest.mark.slow
def test_events_no_date_in_text_falls_back_to_publication(code):
    [event] = [
        e
        for e in code("Staffan de Mistura a rencontré Ahmed Attaf.", "fr", "2024-05-02")
        if e.type == "CONSULT"
    ]
    assert event.date is not None and event.date.value == "2024-05-02" and event.date.approximate


@pytest.mark.slow
def test_events_old_date_is_historical(code):
    events = code("En 2018, le Maroc a rencontré le Polisario.", "fr", "2024-05-02")
    assert any("historical" in e.aux for e in events if e.type == "CONSULT")
