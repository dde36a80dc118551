from diplowatch.reading.boilerplate import TERMINAL, clean_text
from diplowatch.reading.unwrap import unwrap

WRAPPED_EN = """Envoy meets both delegations
The special envoy of the Secretary-General arrived in Nairobi on Thursday to hold
separate meetings with the two delegations of the warring parties, his office said,
adding that he hoped to narrow their differences over the monitoring mechanism.
Officials from the regional bloc also attended the first session, which lasted into
the evening and ended without a joint statement from either of the delegations.
"""

WRAPPED_FR = """L'envoyé spécial de l'Union africaine a rencontré mardi à Addis-Abeba le chef de la
délégation du gouvernement de transition, a indiqué la Commission dans un communiqué,
précisant que les deux hommes avaient évoqué la reprise des pourparlers de paix.
"""

WRAPPED_AR = """استقبل وزير الخارجية اليوم الأحد في العاصمة المبعوث الخاص للأمم المتحدة وبحث معه سبل
إعادة إطلاق المفاوضات المتوقفة منذ أشهر بين الأطراف المتنازعة، وأكد الجانبان ضرورة
الحفاظ على وقف إطلاق النار الذي تم التوصل إليه في نهاية العام الماضي.
"""


def test_unwrap_joins_lines_that_stop_mid_sentence() -> None:
    body = clean_text(WRAPPED_EN).body
    assert "arrived in Nairobi on Thursday to hold separate meetings with the two delegations" in body
    assert "which lasted into the evening and ended without a joint statement" in body


def test_unwrap_keeps_a_short_title_line_apart() -> None:
    cleaned = clean_text(WRAPPED_EN)
    assert "Envoy meets both delegations" in cleaned.header
    assert not cleaned.body.startswith("Envoy")


def test_unwrap_french_paragraph_is_one_line() -> None:
    lines = unwrap(WRAPPED_FR.split("\n"), TERMINAL)
    assert lines[0].startswith("L'envoyé spécial") and lines[0].endswith("pourparlers de paix.")


def test_unwrap_arabic_paragraph_is_kept_whole() -> None:
    body = clean_text(WRAPPED_AR).body
    assert "وبحث معه سبل إعادة إطلاق المفاوضات" in body
    assert "ضرورة الحفاظ على وقف إطلاق النار" in body


def test_unwrap_leaves_one_paragraph_a_line_alone() -> None:
    lines = [
        "Ceasefire talks resume",
        "The two delegations met again in Jeddah on Monday under the auspices of the mediators, "
        "a week after the talks were suspended over repeated violations of the truce by both sides.",
        "",
        "Aid agencies welcomed the resumption.",
    ]
    assert unwrap(lines, TERMINAL) == lines


def test_unwrap_needs_more_than_one_unfinished_line() -> None:
    lines = [
        "Regional leaders gather for an extraordinary summit on the crisis",
        "The heads of state of the bloc met on Sunday in the capital to discuss the crisis.",
        "They agreed to send a mission to the country before the end of the month.",
    ]
    assert unwrap(lines, TERMINAL) == lines


def test_unwrap_does_not_cross_a_blank_line() -> None:
    lines = [
        "The delegations of the two parties met in Geneva for a third round of",
        "talks, the mediator said in a brief statement to the press on Friday.",
        "The government delegation was led by its chief negotiator, who spoke to",
        "",
        "reporters after the meeting. Both sides are expected back in Geneva in",
        "two weeks.",
    ]
    assert unwrap(lines, TERMINAL) == [
        "The delegations of the two parties met in Geneva for a third round of talks, "
        "the mediator said in a brief statement to the press on Friday.",
        "The government delegation was led by its chief negotiator, who spoke to",
        "",
        "reporters after the meeting. Both sides are expected back in Geneva in two weeks.",
    ]
