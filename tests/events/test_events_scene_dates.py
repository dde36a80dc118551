"""An act told "after the meeting" ("عقب اللقاء", "à l'issue de la rencontre", "tras la reunión") with no
date of its own happened the day of the meeting the article dated before (events.scene_dates). Before, it
took the date of the sentence just before it, a background month. Neither a plan nor a meeting takes the
date that way. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

AFTER = [
    (
        "en",
        "UN envoy Hans Grundberg met Houthi negotiator Mohammed Abdulsalam in Muscat on Tuesday. The Houthis "
        "stormed UN offices in Sanaa in late August. After the meeting, Abdulsalam accused the United States of "
        "obstructing the roadmap.",
    ),
    (
        "fr",
        "L'émissaire de l'ONU Hans Grundberg a rencontré mardi à Mascate le négociateur houthi Mohammed "
        "Abdelsalam. Les Houthis avaient pris d'assaut les locaux de l'ONU fin août. À l'issue de la rencontre, "
        "Mohammed Abdelsalam a accusé les États-Unis d'entraver la feuille de route.",
    ),
    (
        "es",
        "El enviado de la ONU Hans Grundberg se reunió el martes en Mascate con el negociador hutí Mohammed "
        "Abdulsalam. Los hutíes asaltaron las oficinas de la ONU en Saná a finales de agosto. Tras la reunión, "
        "Abdulsalam acusó a Estados Unidos de obstaculizar la hoja de ruta.",
    ),
    (
        "ar",
        "التقى المبعوث الأممي هانس غروندبرغ أمس الثلاثاء في مسقط كبير المفاوضين الحوثيين محمد عبد السلام. "
        "وكان الحوثيون قد اقتحموا مقرات الأمم المتحدة في صنعاء نهاية أغسطس. في المقابل، اتهم عبد السلام، في "
        "تدوينة على منصة إكس عقب اللقاء، الولايات المتحدة بعرقلة تنفيذ خريطة الطريق.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), AFTER, ids=[a[0] for a in AFTER])
def test_events_an_act_after_the_meeting_is_dated_by_it(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-11-12"), "ACCUSE")
    dated = [e.date.value for e in found if "United_States" in e.recipient and e.date]
    assert dated == ["2025-11-11"], shown(found)


@pytest.mark.slow
def test_events_a_plan_after_the_meeting_keeps_its_own_time(world_code):
    text = (
        "UN envoy Hans Grundberg met Houthi negotiator Mohammed Abdulsalam in Muscat on Tuesday. After the "
        "meeting, Grundberg will travel to Riyadh next week."
    )
    found = world_code(text, "en", "2025-11-12")
    plans = [e for e in found if "future" in e.aux]
    assert plans and all(e.date is None or e.date.value != "2025-11-11" for e in plans), shown(found)
