"""A role noun and a demonym right before a name are that name's title ("l'émissaire français Jean-Yves Le
Drian"), not the last person of that nationality named before (actors.stage). Sentences written for this
test, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article

TEXT = (
    "Le ministre français des Affaires étrangères, Jean-Noël Barrot, s'est entretenu avec son homologue "
    "vendredi. L'émissaire français Jean-Yves Le Drian pourrait se rendre à Beyrouth."
)


@pytest.mark.slow
def test_a_national_title_before_a_name_is_that_names():
    linked = Chain(Parser(), ActorLinker(load_kb()))(make_article(TEXT, "fr", "2025-04-06"))
    mentions = {TEXT[m.start : m.end]: a.id for a in linked.actors for m in a.mentions}
    assert mentions.get("L'émissaire français") == "Jean-Yves_Le_Drian", mentions
