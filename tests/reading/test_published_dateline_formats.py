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
