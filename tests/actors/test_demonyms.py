"""A demonym stands for its state, for a person of that nationality, or for nothing (actors.demonyms)."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article


def _country(entry_id: str, iso3: str, names: dict, demonyms: dict) -> dict:
    return {
        "id": entry_id,
        "kind": "country",
        "name": entry_id,
        "country": iso3,
        "names": names,
        "demonyms": demonyms,
    }


ENTRIES = [
    _country(
        "Germany",
        "DEU",
        {"fr": ["Allemagne"], "en": ["Germany"], "es": ["Alemania"], "ar": ["ألمانيا"]},
        {"fr": ["allemand", "Allemand", "Allemands"], "en": ["German"], "es": ["alemán"], "ar": ["الألماني"]},
    ),
    _country(
        "Sweden",
        "SWE",
        {"fr": ["Suède"], "en": ["Sweden"]},
        {"fr": ["suédois", "Suédois"], "en": ["Swedish", "Swede"]},
    ),
    _country(
        "Spain",
        "ESP",
        {"fr": ["Espagne"], "en": ["Spain"], "es": ["España"]},
        {"fr": ["espagnole", "espagnol"], "en": ["Spanish"], "es": ["español", "española"]},
    ),
    _country(
        "Algeria",
        "DZA",
        {"fr": ["Algérie"], "en": ["Algeria"], "ar": ["الجزائر"]},
        {"fr": ["algérien", "Algérien"], "en": ["Algerian"], "ar": ["جزائرية", "الجزائري"]},
    ),
    _country(
        "Switzerland",
        "CHE",
        {"fr": ["Suisse"], "en": ["Switzerland"], "ar": ["سويسرا"]},
        {"fr": ["suisse"], "en": ["Swiss"], "ar": ["السويسرية"]},
    ),
    {"id": "Geneva", "kind": "place", "name": "Geneva", "country": "CHE", "names": {"ar": ["جنيف"]}},
    {
        "id": "Gerd_Kohlmann",
        "kind": "person",
        "name": "Gerd Kohlmann",
        "sector": "IGO",
        "names": {"xx": ["Gerd Kohlmann", "Kohlmann"], "ar": ["غيرد كولمان"]},
        "roles": [
            {"role": "president", "country": "DEU", "start": date(2001, 1, 1), "end": date(2006, 1, 1)},
            {"role": "un_envoy", "country": "ESH", "start": date(2020, 1, 1), "end": None},
        ],
    },
    {
        "id": "Lars_Bellini",
        "kind": "person",
        "name": "Lars Bellini",
        "sector": "IGO",
        "names": {"xx": ["Lars Bellini", "Bellini"]},
        "descriptions": {"fr": ["diplomate italo-suédois"], "en": ["Italian-Swedish diplomat"]},
    },
]
ROLES = [
    {"role": "president", "needs_country": True, "phrases": {"fr": ["président"], "en": ["president"]}},
    {"role": "un_envoy", "org": "United_Nations", "needs_country": True, "phrases": {"en": ["UN envoy"]}},
]


@pytest.fixture(scope="module")
def kb() -> KB:
    return kb_from_dicts(ENTRIES, ROLES)


@pytest.fixture(scope="module")
def link(kb: KB):
    chain = Chain(Parser(), ActorLinker(kb))

    def run(text: str, lang: str) -> dict[str, list[str]]:
        article = chain(make_article(text, lang, "2024-05-02"))
        return {a.id or a.name: [article.body[m.start : m.end] for m in a.mentions] for a in article.actors}

    return run


PERSON_BY_NATIONALITY = [
    (
        "fr",
        "Gerd Kohlmann est arrivé mardi. L'Allemand a rencontré plusieurs ministres.",
        "Gerd_Kohlmann",
        "Germany",
    ),
    ("en", "Gerd Kohlmann arrived on Tuesday. The German met several ministers.", "Gerd_Kohlmann", "Germany"),
    (
        "es",
        "Gerd Kohlmann llegó el martes. El alemán se reunió con varios ministros.",
        "Gerd_Kohlmann",
        "Germany",
    ),
    ("fr", "Lars Bellini est arrivé mardi. L'Italo-Suédois a vu le ministre.", "Lars_Bellini", "Sweden"),
    # right before the person's name: the demonym describes them
    ("es", "La misión del alemán Gerd Kohlmann terminó en mayo.", "Gerd_Kohlmann", "Germany"),
    ("ar", "أعلنت المنظمة رحيل رئيسها السابق الألماني غيرد كولمان.", "Gerd_Kohlmann", "Germany"),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, person, state", PERSON_BY_NATIONALITY)
def test_a_nationality_noun_is_the_person_not_the_state(link, lang, text, person, state):
    found = link(text, lang)
    assert len(found[person]) == 2
    assert state not in found


# (lang, text, state, whether the state is an actor)
STATE_OR_NOTHING = [
    # a people or an institution: the state
    ("fr", "Gerd Kohlmann est arrivé. Les Allemands ont voté contre le texte.", "Germany", True),
    ("en", "Gerd Kohlmann arrived. The German government voted against the text.", "Germany", True),
    ("fr", "Gerd Kohlmann est arrivé. La diplomatie espagnole a salué sa venue.", "Spain", True),
    # a place, a vehicle or a medium: nothing
    ("fr", "Le diplomate a visité l'ancienne colonie espagnole la semaine dernière.", "Spain", False),
    ("en", "The talks on the former Spanish colony resumed.", "Spain", False),
    ("en", "He arrived in the Swiss city of Geneva on Monday.", "Switzerland", False),
    ("fr", "Il est arrivé à bord d'un avion algérien.", "Algeria", False),
    ("ar", "وصل على متن طائرة مدنية جزائرية قادمة من الشرق.", "Algeria", False),
    ("ar", "تنطلق المحادثات بجنيف السويسرية يوم الخميس.", "Switzerland", False),
    # a company: the company acts, not its state; an office of the state stays the state's
    ("en", "The minister criticised the Spanish firm Lombardi Costruzioni on Monday.", "Spain", False),
    ("en", "The Algerian energy minister arrived on Monday.", "Algeria", True),
    ("fr", "Le ministre a mis en cause la compagnie pétrolière espagnole Ibergas.", "Spain", False),
    ("fr", "Le ministre a mis en cause le groupe espagnol Construcciones Lombardi.", "Spain", False),
    ("es", "El ministro criticó a la petrolera española Ibergas el lunes.", "Spain", False),
    ("es", "El ministro criticó a la empresa española Ibergas.", "Spain", False),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, state, acts", STATE_OR_NOTHING)
def test_a_demonym_is_its_state_unless_it_describes_a_place_or_a_vehicle(link, lang, text, state, acts):
    assert (state in link(text, lang)) == acts


@pytest.mark.slow
def test_a_nationality_noun_the_parser_reads_as_a_pronoun_still_acts(kb):
    text = (
        "Lars Bellini est arrivé à Alger mardi. L'Italo-Suédois a rencontré le président algérien mercredi."
    )
    article = Chain(Parser(), ActorLinker(kb), EventCoder())(make_article(text, "fr", "2024-05-02"))
    meetings = [e for e in article.events if e.type == "CONSULT" and "mercredi" in e.evidence.text]
    assert meetings and all(m.actor == ("Lars_Bellini",) for m in meetings)
