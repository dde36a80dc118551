"""A gerund under the reason an appraisal gives is the act of the one appraised, not of the speaker:
"accused X of supporting Y", "blamed X for arming Y" (object control, events.arguments._reason_gerund).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

# (lang, text, category of the reason's act, who does it, who appraises)
CASES = [
    ("en", "Algeria accused Spain of supporting Morocco.", "SUPPORT", "Spain", "Algeria"),
    ("en", "Algeria blamed Spain for backing Morocco.", "SUPPORT", "Spain", "Algeria"),
    ("en", "Algeria criticised Spain for meeting Morocco.", "CONSULT", "Spain", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "doer", "appraiser"), CASES, ids=[c[3] for c in CASES])
def test_the_one_appraised_does_the_reason(code, lang, text, kind, doer, appraiser):
    events = [e for e in code(text, lang) if e.type == kind]
    assert any(doer in e.actor for e in events), shown(events)
    assert not any(appraiser in e.actor for e in events), shown(events)
