"""Each happening keeps its own time (our own sentences, four languages): the date attached to the
trigger itself ("his meeting with X last January", "sa rencontre de janvier dernier") beats the other
dates of its clause ("On Monday, ... told reporters"), and a year after a time word ("en 2015") dates
its clause even where the parse hangs it on the object noun; "le plan de 2007" still names a noun."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, publication date, event type, a participant, expected date prefix, a date prefix it must not take)
CASES = [
    # the trigger noun's own date, not the reporting verb's
    (
        "en",
        "On Monday, Ahmed Attaf told reporters about his meeting with Nasser Bourita last January.",
        "2024-03-13",
        "CONSULT",
        "Nasser_Bourita",
        "2024-01",
        "2024-03",
    ),
    (
        "fr",
        "Ahmed Attaf a rappelé mardi sa rencontre de janvier dernier avec Nasser Bourita.",
        "2024-03-13",
        "CONSULT",
        "Ahmed_Attaf",
        "2024-01",
        "2024-03",
    ),
    (
        "es",
        "El lunes, Ahmed Attaf recordó su encuentro de enero pasado con Nasser Bourita.",
        "2024-03-13",
        "CONSULT",
        "Nasser_Bourita",
        "2024-01",
        "2024-03",
    ),
    (
        "ar",
        "تحدث أحمد عطاف يوم الاثنين للصحافة عن لقائه مع ناصر بوريطة في يناير الماضي.",
        "2024-03-13",
        "CONSULT",
        "Nasser_Bourita",
        "2024-01",
        "2024-03",
    ),
    # ... while the verb keeps its own day
    (
        "ar",
        "رحب المغرب يوم الخميس بزيارة دي ميستورا إلى الرباط في نوفمبر الماضي.",
        "2024-03-13",
        "CONSULT",
        "Staffan_de_Mistura",
        "2023-11",
        "2024-03",
    ),
    (
        "ar",
        "رحب المغرب يوم الخميس بزيارة دي ميستورا إلى الرباط في نوفمبر الماضي.",
        "2024-03-13",
        "SUPPORT",
        "Morocco",
        "2024-03-07",
        "2023",
    ),
    # a year after a time word dates the clause, wherever the parse hangs it
    (
        "fr",
        "L'Algérie a rappelé son ambassadeur en 2015 avant de revenir sur sa décision.",
        "2017-10-25",
        "SANCTION",
        "Algeria",
        "2015",
        "2017",
    ),
    (
        "fr",
        "Alger a retiré sa confiance à Staffan de Mistura en 2015.",
        "2017-10-25",
        "SANCTION",
        "Staffan_de_Mistura",
        "2015",
        "2017",
    ),
    (
        "en",
        "Algeria withdrew its support for Staffan de Mistura in 2015 before reversing its decision.",
        "2017-10-25",
        "RETREAT",
        "Staffan_de_Mistura",
        "2015",
        "2017",
    ),
    (
        "es",
        "Argelia retiró su apoyo a Staffan de Mistura en 2015 antes de cambiar de opinión.",
        "2017-10-25",
        "RETREAT",
        "Staffan_de_Mistura",
        "2015",
        "2017",
    ),
    # a participle's date the parser hung on a name ("par X en mai 2023") is the trigger noun's own
    (
        "fr",
        "Une trêve négociée par Staffan de Mistura en mai 2023 a rapidement échoué.",
        "2024-03-13",
        "AGREE",
        "Staffan_de_Mistura",
        "2023-05",
        "2024",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "who", "right", "wrong"),
    CASES,
    ids=[f"{c[0]}-{c[3]}-{c[5]}" for c in CASES],
)
def test_each_happening_keeps_its_own_date(
    code, lang: str, text: str, anchor: str, kind: str, who: str, right: str, wrong: str
) -> None:
    events = code(text, lang, anchor)
    found = [e for e in real_events(events, kind) if who in set(e.actor) | set(e.recipient)]
    assert found, shown(events)
    for event in found:
        assert event.date is not None and event.date.value.startswith(right), event.date
        assert not event.date.value.startswith(wrong), event.date


# A year that names a noun still never dates the event, even after a time word once removed
NOUN_YEARS = [
    ("fr", "Le Maroc a réaffirmé jeudi son soutien au plan présenté en 2007 par Rabat.", "2024-03-07"),
    ("es", "Marruecos reiteró el jueves su apoyo al plan de autonomía propuesto en 2007.", "2024-03-07"),
    ("en", "Morocco on Thursday reaffirmed its support for the 2007 autonomy plan.", "2024-03-07"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "right"), NOUN_YEARS, ids=[c[0] for c in NOUN_YEARS])
def test_a_year_naming_a_noun_stays_with_the_noun(code, lang: str, text: str, right: str) -> None:
    events = real_events(code(text, lang, "2024-03-13"), "SUPPORT")
    assert events, "no SUPPORT event"
    assert all(e.date is not None and e.date.value == right for e in events), [e.date for e in events]
