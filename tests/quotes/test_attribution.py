"""Who said each quotation: one table per class of attribution, in the four languages.

French, English and Spanish go through the spaCy parse (slow: the pipelines load once per
session); Arabic has no pipeline and uses the cue-distance fallback.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def speakers(quotes_of, text: str, lang: str) -> list[str | None]:
    quotes = quotes_of(text, lang)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    return [q.speaker for q in quotes]


# The subject of the reporting verb, not the last name before the quotation.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Nasser Bourita a répondu hier, après sa rencontre avec Ahmed Attaf, que « rien ne changera ».",
            "fr",
            "Nasser_Bourita",
        ),
        (
            "Nasser Bourita told reporters after meeting Ahmed Attaf that “nothing will change”.",
            "en",
            "Nasser_Bourita",
        ),
        ("Nasser Bourita afirmó tras reunirse con Ahmed Attaf que «nada cambiará».", "es", "Nasser_Bourita"),
        ("وقال ناصر بوريطة إن «الموقف لن يتغير».", "ar", "Nasser_Bourita"),
        # No reporting verb: the subject of the verb governing the quotation.
        (
            "Ahmed Attaf a exhorté Staffan de Mistura à lancer « des négociations directes ».",
            "fr",
            "Ahmed_Attaf",
        ),
        ("Ahmed Attaf urged Staffan de Mistura to launch “direct negotiations”.", "en", "Ahmed_Attaf"),
    ],
)
def test_subject_of_the_reporting_verb(quotes_of, text, lang, speaker):
    assert speakers(quotes_of, text, lang) == [speaker]


# Attribution after the quotation, with a role phrase: the person it names, not the country.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "« Rabat n'a pas été consulté », a déploré l'ambassadeur du Maroc auprès des Nations unies, Omar Hilale.",
            "fr",
            "Omar_Hilale",
        ),
        (
            "“We were not consulted,” said the Moroccan ambassador to the United Nations, Omar Hilale.",
            "en",
            "Omar_Hilale",
        ),
        (
            "“We were not consulted,” Omar Hilale said after the meeting with Ahmed Attaf.",
            "en",
            "Omar_Hilale",
        ),
        (
            "«No fuimos consultados», lamentó el embajador de Marruecos ante Naciones Unidas, Omar Hilale.",
            "es",
            "Omar_Hilale",
        ),
        ("«لم تتم استشارتنا»، قال سفير المغرب لدى الأمم المتحدة عمر هلال.", "ar", "Omar_Hilale"),
        # It names the source even when a verb before the quotation has another subject.
        ("Ahmed Attaf a réaffirmé « son soutien à l'envoyé », a indiqué Omar Hilale.", "fr", "Omar_Hilale"),
    ],
)
def test_inverted_attribution(quotes_of, text, lang, speaker):
    assert speakers(quotes_of, text, lang) == [speaker]


# "selon X" names the speaker when nobody else does; after a subject it is only the medium.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Selon Ahmed Attaf, la solution est « politique et négociée ».", "fr", "Ahmed_Attaf"),
        ("According to Ahmed Attaf, the solution must be “political and negotiated”.", "en", "Ahmed_Attaf"),
        ("Según Ahmed Attaf, la solución debe ser «política y negociada».", "es", "Ahmed_Attaf"),
        ("وحسب أحمد عطاف، فإن الحل يجب أن يكون «سياسيا وتفاوضيا».", "ar", "Ahmed_Attaf"),
        (
            "Nasser Bourita a plaidé pour une « solution réaliste », selon les Nations unies.",
            "fr",
            "Nasser_Bourita",
        ),
        (
            "Nasser Bourita called for a “realistic solution”, according to the United Nations.",
            "en",
            "Nasser_Bourita",
        ),
        ("Nasser Bourita abogó por una «solución realista», según Naciones Unidas.", "es", "Nasser_Bourita"),
    ],
)
def test_according_to(quotes_of, text, lang, speaker):
    assert speakers(quotes_of, text, lang) == [speaker]


# A ministry speaks for its state when the article names the state; otherwise it stays itself.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "L'Algérie rappelle son ambassadeur. « La décision est immédiate », annonce la diplomatie algérienne.",
            "fr",
            "Algeria",
        ),
        (
            "Algeria recalled its ambassador. “The decision is immediate,” the Algerian Foreign Ministry said.",
            "en",
            "Algeria",
        ),
        (
            "Argelia llama a su embajador. «La decisión es inmediata», anunció la diplomacia argelina.",
            "es",
            "Algeria",
        ),
        ("استدعت الجزائر سفيرها. وقالت الخارجية الجزائرية إن «القرار فوري».", "ar", "Algeria"),
        (
            "« La décision est immédiate », annonce la diplomatie algérienne.",
            "fr",
            "Ministry_of_Foreign_Affairs_(Algeria)",
        ),
    ],
)
def test_ministry_speaks_for_its_state(quotes_of, text, lang, speaker):
    [quote] = quotes_of(text, lang)
    assert quote.speaker == speaker
    assert quote.speaker_text in text and quote.speaker_text != "Algérie"


# "poursuit le communiqué", "added the statement", a bare "añadió": the source goes on.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "« Nous refusons », a déclaré Ahmed Attaf. « Cette décision est grave », poursuit le communiqué.",
            "fr",
        ),
        (
            "« Nous refusons », a déclaré Ahmed Attaf. Les deux pays « restent en contact », ajoute la même source.",
            "fr",
        ),
        ("“We refuse,” Ahmed Attaf said. “This decision is serious,” the statement added.", "en"),
        ("«Rechazamos», dijo Ahmed Attaf. «Esta decisión es grave», añadió el comunicado.", "es"),
        ("قال أحمد عطاف: «نرفض هذا القرار». «هذا القرار خطير».", "ar"),
    ],
)
def test_the_same_source_continues(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Ahmed_Attaf", "Ahmed_Attaf"]


# Pronouns, dropped subjects and "ce dernier": the person named before (a subject first).
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Ahmed Attaf a reçu Staffan de Mistura mardi. « Nous soutenons l'envoyé », a-t-il déclaré.",
            "fr",
            "Ahmed_Attaf",
        ),
        (
            "Ahmed Attaf received Staffan de Mistura on Tuesday. “We support the envoy,” he said.",
            "en",
            "Ahmed_Attaf",
        ),
        (
            "Ahmed Attaf recibió a Staffan de Mistura el martes. «Apoyamos al enviado», añadió.",
            "es",
            "Ahmed_Attaf",
        ),
        (
            "Staffan de Mistura a rencontré Ahmed Attaf. Ce dernier a souligné « le rôle central de l'ONU ».",
            "fr",
            "Ahmed_Attaf",
        ),
        (
            "Staffan de Mistura met Ahmed Attaf. The latter stressed “the central role of the UN”.",
            "en",
            "Ahmed_Attaf",
        ),
        (
            "Staffan de Mistura se reunió con Ahmed Attaf. Este último subrayó «el papel central de la ONU».",
            "es",
            "Ahmed_Attaf",
        ),
        # A relative pronoun is the noun its clause describes.
        (
            "Staffan de Mistura a vu Ahmed Attaf, qui lui a exprimé « le soutien de son pays ».",
            "fr",
            "Ahmed_Attaf",
        ),
        (
            "Staffan de Mistura met Ahmed Attaf, who told him “his country supports the process”.",
            "en",
            "Ahmed_Attaf",
        ),
        (
            "Staffan de Mistura se reunió con Ahmed Attaf, quien le expresó «el apoyo de su país».",
            "es",
            "Ahmed_Attaf",
        ),
    ],
)
def test_someone_named_before(quotes_of, text, lang, speaker):
    assert speakers(quotes_of, text, lang) == [speaker]


# "l'ambassadeur du Maroc": a person known by nationality is the person of that country named before.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Omar Hilale a rencontré Staffan de Mistura. L'ambassadeur du Maroc estime que « le processus est bloqué ».",
            "fr",
        ),
        (
            "Omar Hilale met Staffan de Mistura. The Moroccan diplomat believes that “the process is blocked”.",
            "en",
        ),
        (
            "Omar Hilale se reunió con Staffan de Mistura. El embajador de Marruecos considera que «el proceso está "
            "bloqueado».",
            "es",
        ),
    ],
)
def test_person_by_nationality(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Omar_Hilale"]


# A gerund after the quotation continues the sentence: it is not an attribution clause.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ahmed Attaf a souligné « le rôle central de l'ONU », insistant sur la nécessité pour le Maroc de négocier.",
            "fr",
        ),
        ("Ahmed Attaf stressed “the central role of the UN”, saying that Morocco must negotiate.", "en"),
        (
            "Ahmed Attaf subrayó «el papel central de la ONU», insistiendo en la necesidad de que Marruecos negocie.",
            "es",
        ),
    ],
)
def test_gerund_is_not_an_attribution(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Ahmed_Attaf"]
