"""Arabic first-person calls in quotations: "أدعو" (I call on), "أطالب" (I demand), "أحث" / "نحث" (I / we
urge), "نناشد" (we appeal to). The speaker asks the party named after the verb; without these forms the
call was lost, and what it asked for ("وقف إطلاق النار") came out as the speaker's own act (lexicon flag
`speaker`, events.speech). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

QUOTED_CALLS = [
    (
        'وقال وزير الخارجية الجزائري أحمد عطاف: "أطالب المغرب باحترام الشرعية الدولية".',
        "Ahmed_Attaf",
        "Morocco",
    ),
    ('وقال بوريطة: "نحث الجزائر على الانخراط في المسار الأممي".', "Nasser_Bourita", "Algeria"),
    ('وقال عطاف: "نناشد مجلس الأمن التحرك".', "Ahmed_Attaf", "United_Nations_Security_Council"),
    ('وقال غوتيريش: "أحث الحكومة اليمنية والحوثيين على استئناف المفاوضات".', "António_Guterres", "Houthis"),
]


@pytest.mark.slow
def test_a_first_person_call_is_the_speakers() -> None:
    found = pipeline_events([q[0] for q in QUOTED_CALLS], "ar")
    for (text, speaker, asked), events in zip(QUOTED_CALLS, found, strict=True):
        requests = real_events(events, "REQUEST")
        assert requests, (text, shown(events))
        assert all(e.actor == (speaker,) and asked in e.recipient for e in requests), (text, shown(events))


@pytest.mark.slow
def test_what_a_first_person_call_asks_for_is_not_done() -> None:
    (events,) = pipeline_events(['وقال غوتيريش "أدعو الطرفين إلى وقف إطلاق النار".'], "ar")
    assert real_events(events, "REQUEST") and not real_events(events, "AGREE"), shown(events)
