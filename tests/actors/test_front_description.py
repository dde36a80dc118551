""" "الجبهة" (the front) stands for the one movement named a front that the article names ("جبهة البوليساريو
... ودعت الجبهة"; actors.descriptions, named_as). Arabic only: elsewhere "the front" is mostly a
battlefront. Sentences written for this test, linked with the packaged KB."""

from __future__ import annotations

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article


def test_the_front_is_the_front_named_before():
    linker = ActorLinker(load_kb(), use_spacy=False)
    text = "أدانت جبهة البوليساريو يوم الأربعاء التصريحات. ودعت الجبهة مجلس الأمن إلى تحمل مسؤولياته."
    article = linker(make_article(text, "ar", "2024-10-30"))
    found = {a.id: [m.text for m in a.mentions] for a in article.actors}
    assert "الجبهة" in found.get("Polisario_Front", []), found
