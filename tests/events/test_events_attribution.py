"""Who an account comes from is no participant of the event it tells ("according to X", "selon X",
"según X", "حسب X"): never a recipient when the actor is known, still the speaker of a stance with
none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ATTRIBUTED = [
    ("en", "Sergey Lavrov praised Staffan de Mistura's work on Monday, according to Ahmed Attaf."),
    ("fr", "Sergueï Lavrov a salué lundi le travail de Staffan de Mistura, selon Ahmed Attaf."),
    ("es", "Sergey Lavrov elogió el lunes el trabajo de Staffan de Mistura, según Ahmed Attaf."),
    ("ar", "وجدد لافروف دعمه لجهود دي ميستورا، حسب بيان لعطاف."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ATTRIBUTED, ids=[c[0] for c in ATTRIBUTED])
def test_the_source_of_an_account_is_no_recipient(code, lang: str, text: str) -> None:
    support = real_events(code(text, lang), "SUPPORT")
    assert any("Sergey_Lavrov" in e.actor and "Staffan_de_Mistura" in e.recipient for e in support), shown(
        support
    )
    assert not any("Ahmed_Attaf" in e.recipient for e in support), shown(support)


@pytest.mark.slow
def test_the_source_still_speaks_a_stance_nobody_else_holds(code) -> None:
    events = real_events(code("Le plan est inacceptable, selon Ahmed Attaf.", "fr"), "ACCUSE")
    assert any("Ahmed_Attaf" in e.actor for e in events), shown(events)
