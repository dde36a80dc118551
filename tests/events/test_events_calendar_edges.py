"""Publication dates at the ends of the calendar never cost the document (issue 15, item 11)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("anchor", ["9999-12-31", "0001-01-01"])
def test_relative_dates_beyond_the_calendar_leave_the_event_undated(code, anchor: str) -> None:
    events = code(
        "Nasser Bourita will meet Staffan de Mistura in Rabat next week. "
        "Bourita met Lavrov yesterday in Moscow.",
        "en",
        anchor,
    )
    assert events and all(e.date is None or e.date.value[:4] in ("9999", "0001") for e in events)
