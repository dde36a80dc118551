"""A title whose head is another body's role word ("Arab League Secretary-General Ahmed Aboul Gheit") names
no second holder: "Secretary-General" after "Arab League" is the title's own head, not the UN's
Secretary-General named inside it (actors.stage._holders_inside), as he is in "l'envoyé personnel du
secrétaire général de l'ONU". Sentences written for this test, linked with the packaged KB."""

from __future__ import annotations

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article


def _ids(text: str, lang: str) -> set[str | None]:
    article = ActorLinker(load_kb(), use_spacy=False)(make_article(text, lang, "2024-03-10"))
    return {a.id for a in article.actors}


def test_a_qualified_title_names_no_second_holder():
    found = _ids("Arab League Secretary-General Ahmed Aboul Gheit met Ahmed Attaf on Monday.", "en")
    assert "António_Guterres" not in found, found


def test_a_role_named_inside_a_title_is_still_named():
    found = _ids("L'envoyé personnel du secrétaire général de l'ONU a rencontré Ahmed Attaf lundi.", "fr")
    assert "António_Guterres" in found, found
