"""An Arabic first-person verb carries its subject ("نطالب": we demand, "ندين": we condemn): in a
quotation the speaker acts, and the name after the verb is its object. Without a parse the name after a
verb was read as its subject, so "قال X: «نطالب Y بـ...»" came out as Y's demand of X (lexicon flag
`speaker`, events.speech), also holding someone responsible ("نحمّل ... مسؤولية"). Each sentence runs
through the whole pipeline with the packaged KB. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

QUOTED = [
    (
        'وقال ناصر بوريطة: "نطالب الجزائر بالعودة إلى طاولة المفاوضات".',
        "REQUEST",
        "Nasser_Bourita",
        "Algeria",
    ),
    ("وقال أحمد عطاف: «ندعو المغرب إلى احترام الشرعية الدولية».", "REQUEST", "Ahmed_Attaf", "Morocco"),
    ('وقال عطاف: "نحمّل المغرب مسؤولية فشل المفاوضات".', "ACCUSE", "Ahmed_Attaf", "Morocco"),
    ("وأضاف بوريطة: «نرفض مقترح الجزائر».", "REJECT", "Nasser_Bourita", "Algeria"),
]


@pytest.mark.slow
def test_the_speaker_of_a_first_person_verb_acts() -> None:
    found = pipeline_events([q[0] for q in QUOTED], "ar")
    for (text, kind, speaker, object_), events in zip(QUOTED, found, strict=True):
        acts = real_events(events, kind)
        assert acts, (text, shown(events))
        assert all(e.actor == (speaker,) and object_ in e.recipient for e in acts), (text, shown(events))
