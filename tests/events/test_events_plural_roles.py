"""A plural role phrase with no country of its own ("les chefs d'État de la Cédéao", "the heads of state
of ECOWAS", "los jefes de Estado de la Cedeao") names several holders: it is never the one person of that
office the text named before (lang/<xx>/actors.yaml `plural_role_heads`). A list of countries after it
still names each holder."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, shown

PLURAL_ROLES = [
    ("fr", "Les chefs d'État de la Cédéao ont condamné mardi le coup d'État au Niger."),
    ("en", "The heads of state of ECOWAS condemned the coup in Niger on Tuesday."),
    ("es", "Los jefes de Estado de la Cedeao condenaron el martes el golpe en Níger."),
    ("es", "Los jefes de Estado Mayor de la Cedeao se reunieron el martes con Tinubu en Abuja."),
]


@pytest.mark.slow
@by_language(PLURAL_ROLES)
def test_plural_role_is_not_the_holder_named_before(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    later = [e for e in real_events(events) if e.type != "CONSULT" or "Bola_Tinubu" in e.recipient]
    assert later, shown(events)
    assert not any("Abdel_Fattah_al-Burhan" in e.actor for e in later), shown(events)
    assert any("Economic_Community_of_West_African_States" in e.actor for e in later), shown(events)


LISTED = [
    ("fr", "Les chefs d'État du Mali et du Niger ont rencontré Tinubu mercredi à Abuja."),
    ("en", "The heads of state of Mali and Niger met Tinubu in Abuja on Wednesday."),
]


@pytest.mark.slow
@by_language(LISTED)
def test_plural_role_with_countries_names_each_holder(world_code, lang, text):
    events = world_code(text, lang)
    assert any({"Assimi_Goïta", "Abdourahamane_Tchiani"} <= set(e.actor) for e in events), shown(events)
