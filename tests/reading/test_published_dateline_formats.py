"""Dateline formats of the real world that dated no page (pages written for this test): the month first
in Spanish ("Bogotá D.C., septiembre 27 de 2016 - 6:10 a.m.", whose closing meridiem made the line read
as a sentence of the article), an abbreviated month between slashes ("28/ene/2014 07:32 h"), a
numeric date with spaced separators ("نيويورك – 12 - 4 - 2007"), and a date of the Hijri calendar."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.model import Article, RawDocument
from diplowatch.reading.read import read

LEAD = {
    "es": "El presidente firmó ayer en Cartagena el acuerdo con la guerrilla, ante quince jefes de Estado.\n\n"
    "El canciller dijo que el texto será sometido a plebiscito el próximo domingo en todo el país.",
    "ar": "سلّم المندوب الدائم للمغرب لدى الأمم المتحدة، أمس الأربعاء، الأمين العام وثيقة المبادرة.\n\n"
    "وقال المندوب في تصريحات صحفية عقب اللقاء إن بلاده تدعم حلا سياسيا نهائيا للنزاع.",
}
HEADLINE = {"es": "Titular de la página de prueba", "ar": "عنوان صفحة الاختبار"}
PAGES = [
    ("es", "Bogotá D.C., septiembre 27 de 2016 - 6:10 a.m.", "2016-09-27"),
    ("es", "28/ene/2014 07:32 h", "2014-01-28"),
    ("ar", "نيويورك – «صدى الأطلس» – 12 - 4 - 2007", "2007-04-12"),
]


@pytest.mark.parametrize(("lang", "dateline", "day"), PAGES, ids=[p[2] for p in PAGES])
def test_the_dateline_dates_the_page(lang, dateline, day):
    text = f"{HEADLINE[lang]}\n\n{dateline}\n\n{LEAD[lang]}"
    article = read(
        RawDocument(source=f"page-{lang}", text=text, given={"language": lang}), today=date(2026, 12, 1)
    )
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == day
    assert dateline not in article.body  # the dateline is no line of the article


def test_a_hijri_date_line_dates_the_page():
    """A header dated by the Hijri calendar alone ("السبت 14 شوال 1438 هـ", Umm al-Qura) is that Gregorian
    day (8 July 2017), as the Gulf's press dates its pages."""
    text = f"عنوان صفحة الاختبار\n\nبقلم: محرر - جنيف\nالسبت 14 شوال 1438 هـ\n\n{LEAD['ar']}"
    article = read(
        RawDocument(source="page-hijri", text=text, given={"language": "ar"}), today=date(2026, 12, 1)
    )
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == "2017-07-08"


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 14 شوال 1438 هـ الموافق 9 يوليو 2017 م",
        "الأحد 14 شوال 1438 هـ - الموافق 09/07/2017",
        "9 يوليوز 2017 م الموافق 14 شوال 1438 هـ",
    ],
)
def test_a_line_giving_both_calendars_is_dated_by_its_gregorian_day(line):
    """A header giving a Hijri day with its Gregorian equivalent ("الموافق") is the Gregorian day it
    states. Calendars differ by a day from one country to the next: 14 Shawwal 1438 is 8 July 2017 in the
    Umm al-Qura calendar, but Morocco's press, a day behind, wrote Sunday 9 July beside it."""
    text = f"عنوان صفحة الاختبار\n\nبقلم: محرر - جنيف\n{line}\n\n{LEAD['ar']}"
    article = read(
        RawDocument(source="page-two-calendars", text=text, given={"language": "ar"}), today=date(2026, 12, 1)
    )
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == "2017-07-09"


AGO_PAGES = [
    (
        "fr",
        "Publié il y a 2 jours · Mis à jour il y a 1 jour",
        "Le traité a été signé ce dimanche 17 juin au bord du lac, devant les deux gouvernements.\n\n"
        "La Cour avait jugé, le 5 décembre 2011, que l'accord intérimaire avait été violé.",
    ),
    (
        "es",
        "Publicado hace 3 días",
        "El tratado se firmó este domingo 17 de junio junto al lago, ante los dos gobiernos.\n\n"
        "La Corte había fallado el 5 de diciembre de 2011 que el acuerdo provisional fue violado.",
    ),
    (
        "en",
        "Posted 2 days ago",
        "The treaty was signed this Sunday, June 17, by the lake, before both governments.\n\n"
        "The Court had ruled on December 5, 2011 that the interim accord was breached.",
    ),
]


@pytest.mark.parametrize(("lang", "header", "lead"), AGO_PAGES, ids=[p[0] for p in AGO_PAGES])
def test_days_ago_in_a_header_is_no_day_and_month_to_complete(lang, header, lead):
    """ "il y a 2 jours" counts days back from whenever the page is read: no day and month the page was
    written on (it was completed with the year of the text's latest date, 5 December 2011, as if it
    were a yearless dateline of 5 December). The day the lead calls "ce dimanche 17 juin" dates it."""
    text = f"Titre de la page\n\n{header}\n\n{lead}"
    article = read(
        RawDocument(source=f"ago-{lang}", text=text, given={"language": lang}), today=date(2026, 12, 7)
    )
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == "2012-06-17"
