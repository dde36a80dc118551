"""What a vote or a debate is on is its subject matter, not an act of whoever holds it: "put off a
vote on the ceasefire deal" agrees to nothing, however deep in the phrase the event noun sits (our own
sentences)."""

import pytest

from .conftest import real_events

TOPICS = [
    (
        "en",
        "Israel's government on Thursday put off a cabinet vote on the truce and hostage release deal.",
        "Israel",
    ),
    ("en", "Spain's parliament postponed the debate on the withdrawal of its troops from Mali.", "Spain"),
    (
        "fr",
        "Le gouvernement israélien a reporté jeudi le vote sur l'accord de trêve et de libération des otages.",
        "Israel",
    ),
    ("es", "El Gobierno colombiano aplazó la votación sobre el acuerdo de paz con Venezuela.", "Colombia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "holder"), TOPICS, ids=[f"{t[0]}{i}" for i, t in enumerate(TOPICS)])
def test_what_a_vote_is_on_is_no_act_of_its_holder(world_code, lang: str, text: str, holder: str) -> None:
    events = real_events(world_code(text, lang))
    assert not [e for e in events if e.type in ("AGREE", "RETREAT") and holder in e.actor], events


APPROVALS = [
    ("en", "Israel's government on Thursday approved the truce deal with Hamas."),
    ("fr", "Le gouvernement israélien a approuvé jeudi l'accord de trêve avec le Hamas."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), APPROVALS, ids=[a[0] for a in APPROVALS])
def test_a_deal_approved_stays_an_act(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert any(e.type in ("AGREE", "SUPPORT") and "Israel" in e.actor for e in events), events
