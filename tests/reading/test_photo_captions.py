"""A photo's caption opening on its label ("صورة أرشيفية: ...", "Photo d'archives : ...", "File photo: ...",
"Foto de archivo: ...") is no sentence of the article: it stays out of the body, and the paragraphs around it
stay in (pages written for these tests)."""

import pytest

from diplowatch.reading.boilerplate import clean_text

PARAGRAPH = {
    "ar": "أعلن الديوان الملكي المغربي أمس أن الملك تلقى رسالة من رئيس الوزراء الإسرائيلي يعلن فيها الاعتراف بسيادة المغرب.",
    "fr": "Le cabinet royal a annoncé lundi que le roi avait reçu une lettre du Premier ministre israélien reconnaissant la souveraineté du Maroc.",
    "en": "The royal cabinet said on Monday that the king had received a letter from the Israeli prime minister recognising Morocco's sovereignty.",
    "es": "El gabinete real anunció el lunes que el rey había recibido una carta del primer ministro israelí que reconoce la soberanía de Marruecos.",
}
AFTER = {
    "ar": "ورحب وزير الخارجية الإسرائيلي بالقرار وكتب على حسابه أن الخطوة ستعزز العلاقات بين البلدين.",
    "fr": "Le ministre israélien des Affaires étrangères a salué la décision, qui renforcera selon lui les relations entre les deux pays.",
    "en": "The Israeli foreign minister welcomed the decision, which he said would strengthen relations between the two countries.",
    "es": "El ministro israelí de Exteriores celebró la decisión, que según él reforzará las relaciones entre los dos países.",
}
CAPTIONS = [
    ("ar", "صورة أرشيفية: العلمان المغربي والإسرائيلي في الرباط خلال زيارة سابقة لمسؤول إسرائيلي (أرشيف)"),
    ("fr", "Photo d'archives : les drapeaux marocain et israélien à Rabat lors d'une visite précédente."),
    ("en", "File photo: Moroccan and Israeli flags in Rabat during an earlier visit by an Israeli official."),
    ("es", "Foto de archivo: banderas marroquí e israelí en Rabat durante una visita anterior."),
]


@pytest.mark.parametrize(("lang", "caption"), CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_a_labelled_caption_is_no_sentence_of_the_article(lang: str, caption: str) -> None:
    page = "\n\n".join(["Maghreb Wire", PARAGRAPH[lang], caption, AFTER[lang], PARAGRAPH[lang][:60] + " ..."])
    body = clean_text(page).body
    assert caption[:30] not in body
    assert PARAGRAPH[lang][:40] in body and AFTER[lang][:40] in body
