"""An agreement that a verb or noun of keeping or carrying it out governs ("to consolidate the ceasefire",
"le respect de la trêve", "aplicar el acuerdo", "تثبيت وقف إطلاق النار") was made before: no agreement
event of its own (events.sustained). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SUSTAINED = [
    ("en", "Washington wants to strengthen the ceasefire between Israel and Hezbollah."),
    ("en", "The envoy met the president on Saturday to consolidate the truce between Israel and Hezbollah."),
    ("fr", "Washington veut consolider le cessez-le-feu entre Israël et le Hezbollah."),
    ("fr", "Paris a appelé au respect du cessez-le-feu entre Israël et le Hezbollah."),
    ("es", "Washington quiere consolidar el alto el fuego entre Israel y Hezbolá."),
    ("ar", "بحث الوزيران سبل تثبيت وقف إطلاق النار بين إسرائيل وحزب الله."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SUSTAINED, ids=[f"{s[0]}-{i}" for i, s in enumerate(SUSTAINED)])
def test_events_an_agreement_kept_is_no_new_agreement(world_code, lang, text):
    found = world_code(text, lang)
    assert not real_events(found, "AGREE") and not [
        e for e in found if e.type == "AGREE" and "future" in e.aux
    ], shown(found)


AGREED = [
    ("en", "Israel and Hezbollah agreed to a ceasefire on Tuesday."),
    ("fr", "Israël et le Hezbollah ont conclu mardi un cessez-le-feu."),
    ("ar", "أعلنت إسرائيل وحزب الله وقف إطلاق النار يوم الثلاثاء."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), AGREED, ids=[a[0] for a in AGREED])
def test_events_an_agreement_made_is_still_one(world_code, lang, text):
    found = real_events(world_code(text, lang), "AGREE")
    assert any({"Israel", "Hezbollah"} <= set(e.actor) | set(e.recipient) for e in found), shown(found)
