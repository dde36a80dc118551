"""Ceasing to recognise a government or a president is a REJECT, not the SUPPORT of "recognise" ("would
stop recognising Yahya Jammeh as president", "cesserait de reconnaître", "dejará de reconocer", "withdrew
recognition", "سحب الاعتراف"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

CEASED = [
    (
        "en",
        "The crisis deepened. On Friday, the African Union said it would stop recognising Yahya Jammeh as president.",
    ),
    (
        "fr",
        "La crise s'aggrave. Vendredi, l'Union africaine a annoncé qu'elle cesserait de reconnaître Yahya Jammeh.",
    ),
    (
        "es",
        "La crisis se agravó. El viernes, la Unión Africana anunció que dejará de reconocer a Yahya Jammeh.",
    ),
    ("en", "The crisis deepened. On Friday, the African Union withdrew its recognition of Yahya Jammeh."),
]


@pytest.mark.parametrize(("lang", "text"), CEASED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CEASED)])
def test_recognition_ceased_is_a_rejection(world_code, lang, text):
    found = world_code(text, lang, "2017-01-14")
    assert [e for e in found if e.type == "REJECT" and "African_Union" in e.actor], shown(found)
    assert not [e for e in found if e.type == "SUPPORT"], shown(found)


PROTESTED = [
    (
        "en",
        "Tension rose. On Friday, Russia withdrew its ambassador in protest at Sudan's recognition of the plan.",
    ),
    ("ar", "تأزمت الأوضاع. وأعلنت روسيا سحب سفيرها احتجاجا على اعتراف السودان بمخطط المغرب."),
]


@pytest.mark.parametrize(("lang", "text"), PROTESTED, ids=[p[0] for p in PROTESTED])
def test_an_envoy_withdrawn_over_a_recognition_withdraws_no_recognition(world_code, lang, text):
    found = world_code(text, lang, "2017-01-14")
    assert not [e for e in found if e.type == "REJECT"], shown(found)
