"""Wordings once mistyped (sentences written for these tests): "a saisi l'ONU pour lui demander" refers a
matter to the UN (PLOVER REQUEST), no seizure (COERCE), which "saisir des armes" stays; "entretenir la
crise" maintains it, no talks ("s'entretenir avec X" is); a participle after a comma ("a dénoncé X,
l'accusant de...") is an act done along with the verb, not a future one."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

ACCOMPANYING = [
    ("fr", "Bourita a dénoncé l'Algérie, l'accusant d'entretenir le conflit.", "Nasser_Bourita", "Algeria"),
    ("fr", "Lavrov a dénoncé l'Espagne, l'accusant de soutenir les rebelles.", "Sergey_Lavrov", "Spain"),
    ("fr", "Attaf a critiqué le Maroc, l'accusant d'entretenir la crise.", "Ahmed_Attaf", "Morocco"),
]
MAINTAINED = [
    ("fr", "Le Maroc entretient de bonnes relations avec la Russie."),
    ("fr", "Selon Attaf, le Maroc entretient la tension à la frontière."),
]


@pytest.mark.slow
def test_referring_to_the_un_is_a_request_not_a_seizure(world_code):
    events = world_code("L'Algérie a saisi l'ONU pour lui demander d'intervenir.", "fr")
    assert not real_events(events, "COERCE"), shown(events)
    assert any(
        "Algeria" in e.actor and "United_Nations" in e.recipient for e in real_events(events, "REQUEST")
    ), shown(events)


@pytest.mark.slow
def test_seizing_goods_stays_a_seizure(code):
    events = code("La police marocaine a saisi des armes à la frontière.", "fr")
    assert real_events(events, "COERCE"), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), ACCOMPANYING, ids=[a[0] for a in ACCOMPANYING])
def test_a_participle_after_a_comma_is_no_future_act(code, lang, text, who, whom):
    events = code(text, lang)
    accusations = [e for e in real_events(events, "ACCUSE") if who in e.actor and whom in e.recipient]
    assert accusations and not any("future" in e.aux for e in accusations), shown(events)
    assert not any(e.type == "CONSULT" for e in events), shown(events)


@pytest.mark.slow
@by_language(MAINTAINED)
def test_maintaining_is_no_talk(code, lang, text):
    events = code(text, lang)
    assert not any(e.type == "CONSULT" for e in events), shown(events)
