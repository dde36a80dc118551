"""Arabic active participles opening an adverbial clause ("..., داعيا البعثة إلى", "مشيدا بدور",
"رافضا أي", "متهما"; trigger flag `adverbial`): the main clause's subject acts, the name after the
participle is its object, and the clause is asserted (not what a refusal before it refuses).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (text, category, actor, recipient)
CASES = [
    (
        "التقى رئيس مجلس النواب عقيلة صالح في القبة المبعوثة الأممية، ورفض أي تمديد للمرحلة الانتقالية، "
        "داعيا البعثة الأممية إلى دعم حكومة موحدة.",
        "REQUEST",
        "Aguila_Saleh_Issa",
        "United_Nations_Support_Mission_in_Libya",
    ),
    (
        "انتقد المبعوث الأممي غروندبرغ التصعيد في البحر الأحمر، مطالبا الحوثيين بالإفراج عن الموظفين.",
        "REQUEST",
        "Hans_Grundberg",
        "Houthis",
    ),
    (
        "التقى غروندبرغ وزير الخارجية العماني في مسقط، مشيدا بدور سلطنة عمان في الوساطة.",
        "SUPPORT",
        "Hans_Grundberg",
        "Oman",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"), CASES, ids=[c[1] + str(i) for i, c in enumerate(CASES)]
)
def test_events_arabic_adverbial_participle(world_code, text, kind, actor, recipient):
    events = real_events(world_code(text, "ar"), kind)
    assert [e for e in events if actor in e.actor and recipient in e.recipient], shown(events)
