"""Who said a quotation when the speaker phrase is not a plain name: unnamed sources, resolutions,
letters and posts, government bodies, attribution clauses that name nobody. One table per class,
in the four languages (French, English and Spanish through the parse, Arabic through the cues).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

COUNCIL = "United_Nations_Security_Council"


def speakers(quotes_of, text: str, lang: str) -> list[str | None]:
    quotes = quotes_of(text, lang)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    return [q.speaker for q in quotes]


# An unnamed source is nobody, even next to a named actor or naming a country; its words stay.
@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Ahmed Attaf a reçu Staffan de Mistura. « Rien n'a bougé », confie une source proche du ministère algérien.",
            "fr",
            "source",
        ),
        (
            (
                "Nasser Bourita a rencontré Staffan de Mistura. « Le climat a changé », a confié à la presse un diplomate "
                "marocain."
            ),
            "fr",
            "diplomate",
        ),
        (
            "Nasser Bourita met Staffan de Mistura. “Nothing has moved,” said a Moroccan official familiar with the talks.",
            "en",
            "official",
        ),
        (
            "Nasser Bourita recibió a Staffan de Mistura. «Nada se ha movido», aseguró un diplomático marroquí.",
            "es",
            "diplomático",
        ),
        (
            "Nasser Bourita recibió a Staffan de Mistura. Según fuentes diplomáticas, el clima es «más tenso».",
            "es",
            "fuentes",
        ),
        ("استقبل عطاف ستيفان دي ميستورا. وقال مصدر دبلوماسي مغربي إن «شيئا لم يتغير».", "ar", "مصدر"),
    ],
)
def test_unnamed_source_has_no_speaker(quotes_of, text, lang, words):
    [quote] = quotes_of(text, lang)
    assert quote.speaker is None
    assert words in quote.speaker_text


# ...but "the same source" goes on, "les deux responsables" are people named before, and plural
# sources of a named country are that government's voice.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Des sources proches du gouvernement de l'Algérie ont qualifié la décision de « faute grave ».",
            "fr",
            ["Algeria"],
        ),
        ("Fuentes del Gobierno de Argelia calificaron la decisión de «error grave».", "es", ["Algeria"]),
        (
            "« Nous refusons », a déclaré Ahmed Attaf. « La porte reste ouverte », précise la même source.",
            "fr",
            ["Ahmed_Attaf", "Ahmed_Attaf"],
        ),
    ],
)
def test_sources_that_are_someone(quotes_of, text, lang, expected):
    assert speakers(quotes_of, text, lang) == expected


# A resolution's words are the Security Council's, not those of the envoy the sentence names;
# "le texte" is the resolution when that is the last document named, else the source goes on.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            (
                "La résolution exhorte le Maroc et l'Algérie à soutenir Staffan de Mistura en vue d'une solution "
                "« pragmatique et durable »."
            ),
            "fr",
            [COUNCIL],
        ),
        (
            (
                "Le Conseil a prorogé la mission par une résolution. Le texte appelle les parties à coopérer avec l'envoyé, "
                "Staffan de Mistura, pour une issue « réaliste »."
            ),
            "fr",
            [COUNCIL],
        ),
        (
            (
                "The resolution urges Morocco and Algeria to work with the envoy, Staffan de Mistura, towards a "
                "“realistic and lasting” settlement."
            ),
            "en",
            [COUNCIL],
        ),
        (
            "The resolution again calls on Morocco and Algeria to engage with Staffan de Mistura “in good faith”.",
            "en",
            [COUNCIL],
        ),
        (
            (
                "La resolución insta a Marruecos y Argelia a colaborar con Staffan de Mistura para alcanzar una salida "
                "«realista y duradera»."
            ),
            "es",
            [COUNCIL],
        ),
        (
            "ويدعو القرار المغرب والجزائر إلى التعاون مع ستيفان دي ميستورا من أجل «حل سياسي دائم».",
            "ar",
            [COUNCIL],
        ),
        (
            "« Nous refusons », a déclaré Ahmed Attaf dans une lettre. « La décision est grave », poursuit le texte.",
            "fr",
            ["Ahmed_Attaf", "Ahmed_Attaf"],
        ),
    ],
)
def test_resolution_speaks_for_the_council(quotes_of, text, lang, expected):
    assert speakers(quotes_of, text, lang) == expected


# A letter or a post: the writer, not the country their clause talks about.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dans sa lettre, Ahmed Attaf écrit que l'Algérie estime la démarche « contraire au droit ».", "fr"),
        ("Sur X, Ahmed Attaf a écrit que l'Algérie jugeait la décision « inacceptable ».", "fr"),
        ("In his letter, Ahmed Attaf wrote that Algeria considers the move “contrary to the law”.", "en"),
        ("Ahmed Attaf wrote on X that Algeria regards the decision as “unacceptable”.", "en"),
        ("En su carta, Ahmed Attaf escribió que Argelia considera la decisión «contraria al derecho».", "es"),
        ("وكتب أحمد عطاف في رسالته أن الجزائر تعتبر الخطوة «مخالفة للقانون».", "ar"),
    ],
)
def test_writer_of_a_letter_or_post(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Ahmed_Attaf"]


# A government body described by nationality is its country, not a person of that country.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ahmed Attaf a reçu Staffan de Mistura.\n\nLe gouvernement de l'Algérie a affirmé que « rien n'a changé ».",
            "fr",
        ),
        (
            "Ahmed Attaf received Staffan de Mistura.\n\nThe government of Algeria said that “nothing has changed”.",
            "en",
        ),
        (
            (
                "Ahmed Attaf recibió a Staffan de Mistura.\n\nEl Gobierno de Argelia afirmó en un comunicado que «nada ha "
                "cambiado»."
            ),
            "es",
        ),
    ],
)
def test_government_body_is_its_country(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Algeria"]


# An attribution clause naming nobody ("a indiqué le ministère") yields to the named subject; one
# closing the sentence with a name wins even far from the quotation; "y que subrayaron"
# continues the sentence and is no attribution clause.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            (
                "Ahmed Attaf a plaidé pour « une solution juste et durable », fondée sur le droit international, a indiqué "
                "le ministère dans un communiqué."
            ),
            "fr",
            "Ahmed_Attaf",
        ),
        (
            (
                "Nasser Bourita stressed the kingdom's “firm commitment” to the political process led by the United Nations "
                "on the question, ambassador Omar Hilale said in a statement."
            ),
            "en",
            "Omar_Hilale",
        ),
        (
            (
                "Argelia recibió a Staffan de Mistura. La diplomacia argelina afirmó en un comunicado que ambos repasaron "
                "«la situación regional» y que subrayaron el papel de la ONU."
            ),
            "es",
            "Algeria",
        ),
    ],
)
def test_attribution_clauses(quotes_of, text, lang, speaker):
    assert speakers(quotes_of, text, lang) == [speaker]


# "Pour X, «...»" opening a sentence gives X's view.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour Omar Hilale, « le processus est dans l'impasse ».", "fr"),
        ("Para Omar Hilale, «el proceso está en un callejón sin salida».", "es"),
        ("For Omar Hilale, the process is “at a dead end”.", "en"),
    ],
)
def test_framing_preposition(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Omar_Hilale"]
