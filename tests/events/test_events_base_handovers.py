"""A military base handed over to the host state is a withdrawal (RETREAT), as "handed over its last base"
already is in English: "a remis au Tchad la base de Kossei", "a rétrocédé la base de Faya", "entregó a Chad
la base", "سلمت فرنسا قاعدة كوسي" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

HANDOVERS = [
    ("La France a remis jeudi au Tchad la base militaire de Kossei.", "fr"),
    ("L'armée française a rétrocédé la base de Faya aux autorités tchadiennes.", "fr"),
    ("Francia entregó el jueves a Chad la base militar de Kossei.", "es"),
    ("سلمت فرنسا يوم الخميس قاعدة كوسي العسكرية إلى تشاد.", "ar"),
    ("France handed over its last military base in Chad on Thursday.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HANDOVERS)
def test_a_base_handed_over_is_a_withdrawal(world_code, text, lang):
    events = world_code(text, lang, "2025-01-31")
    assert any("France" in e.actor and "Chad" in e.recipient for e in real_events(events, "RETREAT")), shown(
        events
    )


PASSIVE_HANDOVERS = [
    ("La base de Faya a été remise aux Tchadiens le 26 décembre.", "fr"),
    ("La base de Faya fue entregada a las autoridades chadianas el 26 de diciembre.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSIVE_HANDOVERS, ids=["fr", "es"])
def test_a_base_handed_over_in_the_passive_is_a_withdrawal_on_its_day(world_code, text, lang):
    withdrawals = real_events(world_code(text, lang, "2025-01-31"), "RETREAT")
    assert any("Chad" in e.recipient and e.date and e.date.value == "2024-12-26" for e in withdrawals), shown(
        withdrawals
    )
