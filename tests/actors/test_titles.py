"""A title before an unknown person gives their country and sector, in four languages; the state the
holder of a title acts for is named too, nested in the title (never a participant on its own)."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.stage import Chain
from diplowatch.text.mentions import mentions, outermost
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article

SUDAN = {
    "id": "Sudan",
    "kind": "country",
    "name": "Sudan",
    "country": "SDN",
    "names": {"fr": ["Soudan"], "en": ["Sudan"], "es": ["Sudán"], "ar": ["السودان"]},
    "demonyms": {
        "fr": ["soudanais"],
        "en": ["Sudanese"],
        "es": ["sudanés"],
        "ar": ["السوداني", "سوداني"],
    },
}
FOREIGN_MINISTER = {
    "role": "foreign_minister",
    "needs_country": True,
    "phrases": {
        "fr": ["ministre des Affaires étrangères"],
        "en": ["foreign minister"],
        "es": ["ministro de Asuntos Exteriores"],
        "ar": ["وزير الخارجية"],
    },
}


@pytest.fixture(scope="module")
def kb() -> KB:
    return kb_from_dicts([SUDAN], [FOREIGN_MINISTER])


CASES = [
    ("fr", "Le ministre soudanais Kamal Testadiq a rencontré ses homologues à Genève."),
    ("fr", "Le ministre soudanais des Affaires étrangères, Kamal Testadiq, a rencontré ses homologues."),
    ("en", "The Sudanese minister Kamal Testadiq met his counterparts in Geneva."),
    ("en", "Sudan's foreign minister Kamal Testadiq met his counterparts in Geneva."),
    ("es", "El ministro sudanés Kamal Testadiq se reunió con sus homólogos en Ginebra."),
    ("ar", "التقى الوزير السوداني كمال تستادق نظراءه في جنيف."),
    ("ar", "التقى وزير الخارجية السوداني كمال تستادق نظراءه في جنيف."),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text", CASES)
def test_a_title_gives_an_unknown_person_country_and_sector(kb, lang, text):
    actors = Chain(Parser(), ActorLinker(kb))(make_article(text, lang, "2024-05-02")).actors
    (person,) = [a for a in actors if a.kind == "person"]
    assert person.id is None and (person.country, person.sector) == ("SDN", "GOV")
    assert "Testadiq" in person.name or "تستادق" in person.name  # named by its name, not its title


def test_arabic_words_after_a_title_that_are_no_name_are_left_alone(kb):
    text = "قال الوزير السوداني في جنيف إن المحادثات مستمرة."
    actors = ActorLinker(kb, use_spacy=False)(make_article(text, "ar", "2024-05-02")).actors
    assert not [a for a in actors if a.kind == "person"]


def test_the_state_of_a_title_is_named_but_is_no_participant():
    holder = {
        "id": "Ali_Testsadiq",
        "kind": "person",
        "name": "Ali Testsadiq",
        "country": "SDN",
        "roles": [{"role": "foreign_minister", "country": "SDN", "start": date(2023, 1, 1), "end": None}],
    }
    linker = ActorLinker(kb_from_dicts([SUDAN, holder], [FOREIGN_MINISTER]), use_spacy=False)
    article = linker(
        make_article("Le ministre soudanais des Affaires étrangères a parlé.", "fr", "2024-05-02")
    )
    assert {a.id for a in article.actors} == {"Ali_Testsadiq", "Sudan"}
    assert [m.key for m in outermost(mentions(article))] == ["Ali_Testsadiq"]
