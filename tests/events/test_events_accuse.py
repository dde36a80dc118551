"""Criticism and accusations (PLOVER ACCUSE) in fr/en/es/ar, on sentences written for these tests:
a regret whose complement clause names whom it is about ("regretted that the Council ignored"),
criticism "for failing to act" (the failure is the target's, not a negated criticism), a retort
("hit back at"), common misspellings of "criticize", the French present "reproche" the tagger reads
as a noun, a stance noun whose decline is denied ("la colère de Rabat contre Madrid ne faiblit pas"),
a ministry told by its usual noun at the end of a sentence ("reza el texto de la Cancillería."),
concern about a text another drafted ("su preocupación por el borrador preparado por X", "a manifesté
sa préoccupation"), anger voiced in Arabic and a protest lodged with a government ("احتج لدى").

Each sentence runs as its own document through the whole pipeline with the packaged KB.
"""

from __future__ import annotations

import pytest

from diplowatch.model import UNREAL_AUX, Article, RawDocument
from diplowatch.pipeline import Options, Pipeline

# (lang, text, actors (any of), recipients (any of))
CASES = [
    # a regret or complaint about what another did: the subject of the complement clause is the target
    (
        "en",
        "Russia said it regretted that the Security Council had ignored its amendments.",
        {"Russia"},
        {"United_Nations_Security_Council"},
    ),
    (
        "en",
        "Algeria complained that Spain had changed its position without consulting anyone.",
        {"Algeria"},
        {"Spain"},
    ),
    (
        "fr",
        "Le Front Polisario regrette que le Conseil de sécurité ait ignoré ses propositions.",
        {"Polisario_Front"},
        {"United_Nations_Security_Council"},
    ),
    (
        "fr",
        "L'Algérie a déploré que l'Espagne ait changé de position sans la consulter.",
        {"Algeria"},
        {"Spain"},
    ),
    (
        "es",
        "Rusia lamentó que el Consejo de Seguridad ignorara sus propuestas.",
        {"Russia"},
        {"United_Nations_Security_Council"},
    ),
    ("es", "Argelia deploró que España hubiera cambiado de postura sin consultarla.", {"Algeria"}, {"Spain"}),
    # the failure belongs to the one criticised: the criticism itself is asserted
    (
        "en",
        "Morocco criticised Staffan de Mistura for failing to act with authority.",
        {"Morocco"},
        {"Staffan_de_Mistura"},
    ),
    ("en", "Algeria blamed Morocco for failing to respect the ceasefire.", {"Algeria"}, {"Morocco"}),
    (
        "fr",
        "Omar Hilale a critiqué Staffan de Mistura pour ne pas avoir agi avec autorité.",
        {"Omar_Hilale", "Morocco"},
        {"Staffan_de_Mistura"},
    ),
    (
        "es",
        "Omar Hilale criticó a Staffan de Mistura por no actuar con autoridad.",
        {"Omar_Hilale", "Morocco"},
        {"Staffan_de_Mistura"},
    ),
    # a retort is criticism, not backing; a misspelt "criticized" is still criticism
    ("en", "Algeria hit back at Morocco on Thursday, accusing it of hostile acts.", {"Algeria"}, {"Morocco"}),
    (
        "en",
        "The Polisario Front critized the European Union for its trade agreements with Rabat.",
        {"Polisario_Front"},
        {"European_Union"},
    ),
    # "reproche" in the present, which the French tagger lemmatises as the noun
    (
        "fr",
        "La Russie reproche au Conseil de sécurité son silence sur la question.",
        {"Russia"},
        {"United_Nations_Security_Council"},
    ),
    ("fr", "Alger reproche à Madrid d'avoir changé de position.", {"Algeria"}, {"Spain"}),
    # anger voiced at another, and a protest lodged with a government, in Arabic
    ("ar", "عبر المغرب عن غضبه من إسبانيا يوم الأربعاء.", {"Morocco"}, {"Spain"}),
    ("ar", "أعربت الجزائر عن غضبها الشديد من قرار فرنسا.", {"Algeria"}, {"France"}),
    ("ar", "احتجت الجزائر رسميا لدى المغرب على الحادث الحدودي.", {"Algeria"}, {"Morocco"}),
]
# a ministry told by its usual noun at the end of a sentence speaks the quote before it
CASES += [
    (
        "es",
        "Argelia llamó a consultas a su embajador, según un comunicado del Ministerio de Asuntos Exteriores"
        ' argelino. "El Gobierno francés viola la legalidad internacional", reza el texto de la Cancillería.'
        " Asimismo, el texto pide una solución política.",
        {"Algeria", "Ministry_of_Foreign_Affairs_(Algeria)"},
        {"France"},
    ),
]
# concern about a text someone drafted: the drafter is its target, not the holder of the concern
# ("por" after a possessive is no agent), and "manifester sa préoccupation" expresses it (no protest)
CASES += [
    (
        "es",
        "El Frente Polisario expresó su preocupación por el borrador preparado por Estados Unidos.",
        {"Polisario_Front"},
        {"United_States"},
    ),
    (
        "fr",
        "L'Algérie a manifesté mardi son mécontentement face à la décision de la France.",
        {"Algeria"},
        {"France"},
    ),
    (
        "fr",
        "Sidi Mohamed Omar a manifesté la préoccupation des autorités sahraouies quant à l'orientation du"
        " texte préparé par les Etats-Unis.",
        {"Sidi_Mohamed_Omar", "Polisario_Front"},
        {"United_States"},
    ),
]
# idioms of criticism, and "s'indigne" in the present (read as the adjective)
CASES += [
    (
        "en",
        "Russia took issue with the Security Council resolution.",
        {"Russia"},
        {"United_Nations_Security_Council"},
    ),
    ("en", "Russia took aim at the United States over the draft resolution.", {"Russia"}, {"United_States"}),
    (
        "fr",
        "Le Maroc s'indigne de l'accueil réservé par l'Espagne au chef du Polisario.",
        {"Morocco"},
        {"Spain"},
    ),
]
# a stance noun whose decline is denied goes on; the target the parser hangs under the holder is aimed at
CASES += [
    ("fr", "La colère de Rabat contre Madrid ne faiblit pas.", {"Morocco"}, {"Spain"}),
    ("fr", "La colère des autorités d'Alger contre Paris a redoublé mardi.", {"Algeria"}, {"France"}),
    ("es", "El malestar de Rabat con Madrid no cesa.", {"Morocco"}, {"Spain"}),
    ("en", "Rabat's anger at Madrid did not abate on Tuesday.", {"Morocco"}, {"Spain"}),
]
# (lang, text, category that must not be asserted)
NOT_EVENTS = [
    ("fr", "L'Algérie a manifesté mardi son mécontentement face à la décision de la France.", "PROTEST"),
    ("en", "Algeria hit back at Morocco on Thursday, accusing it of hostile acts.", "SUPPORT"),
    ("ar", "احتجت الجزائر رسميا لدى المغرب على الحادث الحدودي.", "PROTEST"),
]


@pytest.fixture(scope="module")
def coded() -> dict[tuple[str, str], list]:
    texts = sorted({(lang, text) for lang, text, *_ in CASES + NOT_EVENTS})
    raws = [
        RawDocument(source=f"accuse:{i}", text=text, given={"published": "2024-03-13", "language": lang})
        for i, (lang, text) in enumerate(texts)
    ]
    out = {}
    for key, article in zip(texts, Pipeline(Options()).process_batch(raws), strict=True):
        assert isinstance(article, Article), article
        out[key] = [e for e in article.events if not UNREAL_AUX & set(e.aux)]
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actors", "recipients"), CASES)
def test_criticism_is_coded_with_its_target(
    coded: dict, lang: str, text: str, actors: set[str], recipients: set[str]
) -> None:
    events = coded[lang, text]
    assert any(
        e.type == "ACCUSE" and actors & set(e.actor) and recipients & set(e.recipient) for e in events
    ), [(e.type, e.actor, e.recipient) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), NOT_EVENTS)
def test_criticism_is_not_another_category(coded: dict, lang: str, text: str, kind: str) -> None:
    assert not [e for e in coded[lang, text] if e.type == kind]


@pytest.mark.slow
def test_the_target_hung_under_the_holder_is_no_holder(coded: dict) -> None:
    events = coded["fr", "La colère de Rabat contre Madrid ne faiblit pas."]
    assert all("Spain" not in e.actor for e in events if e.type == "ACCUSE"), events
