"""Event dates (our own sentences, four languages): years inside noun phrases and bounds never
date an event, weekdays resolve against the publication date, cited reference events date the
sentences that cite them, an undated event takes the day of the story it belongs to."""

from __future__ import annotations

import pytest

# (lang, text, publication date, event type, expected date prefix, a date prefix it must not take)
CASES = [
    # a year inside a noun phrase
    (
        "en",
        "The Security Council reaffirmed its support for Morocco's 2007 autonomy plan.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2007",
    ),
    (
        "fr",
        "Le Conseil de sécurité a réaffirmé son soutien au plan d'autonomie de 2007 du Maroc.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2007",
    ),
    (
        "es",
        "El Consejo de Seguridad reiteró su apoyo al plan de autonomía de 2007 de Marruecos.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2007",
    ),
    # ... also when an undated event takes the previous sentence's date
    (
        "fr",
        "Le Conseil de sécurité a salué l'initiative du Maroc présentée en 2007 comme base sérieuse. "
        "Les membres du Conseil de sécurité ont aussi réitéré leur soutien à Staffan de Mistura.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2007",
    ),
    # a bound, with an article between ("jusqu'à la fin ...")
    (
        "fr",
        "Le Conseil de sécurité a soutenu Staffan de Mistura jusqu'à la fin avril 2025.",
        "2024-04-20",
        "SUPPORT",
        "2024-04-20",
        "2025",
    ),
    (
        "ar",
        "أيد مجلس الأمن دي ميستورا إلى غاية 31 أكتوبر 2025.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2025",
    ),
    # "since": a bound, not the day
    (
        "en",
        "Morocco has supported Staffan de Mistura since 2021.",
        "2024-10-30",
        "SUPPORT",
        "2024-10-30",
        "2021",
    ),
    ("es", "Marruecos apoya a Staffan de Mistura desde 2021.", "2024-10-30", "SUPPORT", "2024-10-30", "2021"),
    ("ar", "أيد المغرب دي ميستورا منذ 2021.", "2024-10-30", "SUPPORT", "2024-10-30", "2021"),
    # weekdays against the publication date (a Wednesday)
    (
        "es",
        "El viernes, Staffan de Mistura se reunió con Sergey Lavrov en Moscú.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    ("ar", "التقى دي ميستورا يوم الجمعة مع لافروف في موسكو.", "2024-03-13", "CONSULT", "2024-03-08", None),
    (
        "en",
        "On Friday, Staffan de Mistura met Sergey Lavrov in Moscow.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    (
        "fr",
        "Vendredi, Staffan de Mistura a rencontré Sergueï Lavrov à Moscou.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    # ... also when the wire dateline opening the body is the only other date
    (
        "ar",
        "الجزائر، 13 مارس 2024 (واج) - استقبل وزير الخارجية أحمد عطاف يوم الجمعة المبعوث الأممي ستيفان دي ميستورا.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    (
        "en",
        "ALGIERS, March 13, 2024 (Reuters) - Ahmed Attaf met Staffan de Mistura on Friday.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    (
        "es",
        "ARGEL, 13 de marzo de 2024 (EFE) - Ahmed Attaf se reunió el viernes con Staffan de Mistura.",
        "2024-03-13",
        "CONSULT",
        "2024-03-08",
        None,
    ),
    # a cited resolution or mandate renewal dates its sentence when it writes no date
    (
        "fr",
        "Dans sa résolution 2703, le Conseil de sécurité a soutenu Staffan de Mistura.",
        "2024-03-13",
        "SUPPORT",
        "2023-10-30",
        "2024-03-13",
    ),
    (
        "en",
        "In resolution 2703, the Security Council backed Staffan de Mistura.",
        "2024-03-13",
        "SUPPORT",
        "2023-10-30",
        "2024-03-13",
    ),
    (
        "es",
        "En su resolución 2703, el Consejo de Seguridad apoyó a Staffan de Mistura.",
        "2024-03-13",
        "SUPPORT",
        "2023-10-30",
        "2024-03-13",
    ),
    (
        "fr",
        "Le Conseil de sécurité a soutenu Staffan de Mistura en prorogeant le mandat de la MINURSO jusqu'au "
        "31 octobre 2024.",
        "2024-03-13",
        "SUPPORT",
        "2023-10",
        "2024-10",
    ),
    # the date the text gives the document beats the table's
    (
        "en",
        "The Security Council backed Staffan de Mistura in resolution 2703, adopted on October 27, 2023.",
        "2024-03-13",
        "SUPPORT",
        "2023-10-27",
        None,
    ),
    # a document the previous sentence cites is background, not the next event's day
    (
        "es",
        "La resolución 2703 sigue vigente. Sergey Lavrov se reunió con Staffan de Mistura en Moscú.",
        "2024-03-13",
        "CONSULT",
        "2024-03-13",
        "2023",
    ),
    # an undated event takes the day of the story it shares participants with, not the latest day told
    (
        "en",
        "Sergey Lavrov met Nasser Bourita in Moscow on Monday. Spain criticised Algeria on Tuesday. The tone "
        "was tense, officials said. Lavrov also held talks with Omar Hilale.",
        "2024-03-13",
        "CONSULT",
        "2024-03-11",
        None,
    ),
    (
        "es",
        "Sergey Lavrov se reunió con Nasser Bourita en Moscú el lunes. España criticó a Argelia el martes. "
        "El tono fue tenso, según fuentes oficiales. Lavrov también conversó con Omar Hilale.",
        "2024-03-13",
        "CONSULT",
        "2024-03-11",
        None,
    ),
    # what a relative clause of the previous sentence tells of a noun is not the next event's day
    (
        "en",
        "Sergey Lavrov denounced the march that was held in Rabat on Sunday. He also held talks with Nasser "
        "Bourita.",
        "2024-03-13",
        "CONSULT",
        "2024-03-13",
        None,
    ),
    (
        "fr",
        "Sergueï Lavrov a dénoncé la manifestation qui s'est tenue dimanche à Rabat. Il s'est aussi entretenu "
        "avec Nasser Bourita.",
        "2024-03-13",
        "CONSULT",
        "2024-03-13",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "anchor", "kind", "right", "wrong"), CASES, ids=[c[1][:40] for c in CASES]
)
def test_event_dates(
    code, lang: str, text: str, anchor: str, kind: str, right: str, wrong: str | None
) -> None:
    events = [e for e in code(text, lang, anchor) if e.type == kind]
    assert events, f"no {kind} event"
    for event in events:
        assert event.date is not None and event.date.value.startswith(right), event.date
        if wrong:
            assert not event.date.value.startswith(wrong)
