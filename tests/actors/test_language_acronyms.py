"""An acronym listed for one language is matched in text of that language only: "AU" is the African Union
in English ("an AU proposal", "AU troops"), but "AU" in a French headline in capitals is "au" (actors.matcher).
Sentences written for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article


@pytest.fixture(scope="module")
def linked():
    chain = Chain(Parser(), ActorLinker(load_kb()))

    def ids(text: str, lang: str) -> dict[str, str]:
        article = chain(make_article(text, lang, "2025-04-06"))
        return {text[m.start : m.end]: a.id or a.name for a in article.actors for m in a.mentions}

    return ids


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["Eritrea turned down an AU proposal on Tuesday.", "AU troops left the town on Monday."]
)
def test_a_bare_english_acronym_names_its_body_in_english(linked, text):
    assert linked(text, "en").get("AU") == "African_Union"


@pytest.mark.slow
def test_an_english_acronym_is_no_name_in_french_capitals(linked):
    found = linked("RETOUR AU CALME À TRIPOLI APRÈS LES AFFRONTEMENTS", "fr")
    assert "AU" not in found, found
