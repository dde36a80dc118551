"""The publication date of a page whose headline the reader could take for running text: a headline
in parts ("X.. Y «Z»") or ending as a sentence does, with the dateline on the next line (pages written
for this test). Both came out undated, so every relative date of the article was lost."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.model import Article, RawDocument
from diplowatch.reading.read import read

# the article's two paragraphs in each language
LEAD = {
    "ar": "استقبل وزير الخارجية، أمس الاثنين، المبعوث الأمريكي الخاص، وبحث الجانبان ملف الاتفاق الأمني المرتقب.\n\n"
    "وقال المبعوث في تصريحات صحفية عقب اللقاء إن بلاده تدعم سوريا موحدة ومستقرة وذات سيادة.",
    "en": "Morocco on Friday welcomed the adoption of the resolution, while Algeria criticised the text.\n\n"
    "The resolution was adopted on Thursday by twelve votes, with Russia and Mozambique abstaining.",
    "fr": "Le Maroc a salué vendredi l'adoption de la résolution, tandis qu'Alger a critiqué le texte.\n\n"
    "La résolution a été adoptée jeudi par douze voix, avec les abstentions de la Russie et du Mozambique.",
}

PAGES = [
    ("ar", 'باراك في دمشق.. وأنقرة تحذر من "مخطط لزعزعة الاستقرار"', "دمشق - 16 سبتمبر 2025", "2025-09-16"),
    (
        "en",
        "Morocco hails the vote. Algeria slams a biased text.",
        "RABAT, Nov 1, 2024 (Reuters) -",
        "2024-11-01",
    ),
    (
        "fr",
        "Le Maroc salue le vote, Alger dénonce un texte.",
        "Rabat, 1er novembre 2024 (AFP) -",
        "2024-11-01",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "dateline", "day"), PAGES, ids=[p[0] for p in PAGES])
def test_the_dateline_under_the_headline_dates_the_page(lang, headline, dateline, day):
    text = f"{headline}\n\n{dateline}\n\n{LEAD[lang]}"
    article = read(
        RawDocument(source=f"page-{lang}", text=text, given={"language": lang}), today=date(2026, 12, 1)
    )
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == day
