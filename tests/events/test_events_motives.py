"""Names in the cause of an act are no recipients of it: "recalled its ambassador to France after
Paris recognised...", "in protest at Madrid's support for Morocco" (events.arguments, lexicon
`motives`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category, the recipient, the name of the cause that must not be one)
CASES = [
    (
        "en",
        "Algeria recalled its ambassador to Spain on Monday after Madrid backed Morocco's plan.",
        "SANCTION",
        "Spain",
        "Morocco",
    ),
    (
        "en",
        "Algeria recalled its ambassador to Spain in protest at Madrid's support for Morocco.",
        "SANCTION",
        "Spain",
        "Morocco",
    ),
    (
        "fr",
        "L'Algérie a rappelé lundi son ambassadeur en Espagne après le soutien de Madrid au Maroc.",
        "SANCTION",
        "Spain",
        "Morocco",
    ),
    (
        "es",
        "Argelia retiró el lunes a su embajador en España en protesta por el apoyo de Madrid a Marruecos.",
        "SANCTION",
        "Spain",
        "Morocco",
    ),
    (
        "ar",
        "استدعت روسيا سفيرها في الجزائر احتجاجا على دعم المغرب لمبادرة جديدة.",
        "SANCTION",
        "Algeria",
        "Morocco",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "recipient", "cause"), CASES, ids=[c[0] for c in CASES])
def test_names_of_the_cause_are_no_recipients(code, lang, text, kind, recipient, cause):
    events = real_events(code(text, lang), kind)
    assert any(recipient in e.recipient for e in events), shown(events)
    assert not any(cause in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_recipient_named_only_after_the_word_stays(code):
    # nobody named before "after": the names after it are all the act has
    events = real_events(code("Algeria protested on Monday after Spain's decision.", "en"))
    assert not events or all(e.recipient for e in events if e.type == "ACCUSE"), shown(events)
