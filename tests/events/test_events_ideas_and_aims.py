"""A reaction to "the idea" ("rejected the idea", "a rejeté l'idée") answers the last act told, as one to
"the decision" does (`acts` in lang/<xx>/events.yaml, events.reactions); before, it named no one. An
agreement after "en vue de", "with a view to" ("resumed their discussions with a view to a peace
agreement") is the talks' aim, not an agreement reached (`purposes`, events.purposes). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Wednesday, Ukraine's negotiator Rustem Umerov called on Russia to agree to a summit of the two "
            "presidents. Kremlin aide Vladimir Medinsky rejected the idea on Thursday.",
        ),
        (
            "fr",
            "Mercredi, le négociateur ukrainien Rustem Umerov a appelé la Russie à accepter un sommet des deux "
            "présidents. Vladimir Medinsky a rejeté l'idée jeudi.",
        ),
    ],
    ids=["en", "fr"],
)
def test_events_rejecting_the_idea_answers_who_proposed_it(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-07-24"), "REJECT")
    assert [e for e in found if "Rustem_Umerov" in e.recipient], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les délégations du gouvernement soudanais et des FSR ont repris mardi à Doha leurs discussions "
            "en vue d'un accord de paix global, sous l'égide du Qatar.",
        ),
        (
            "en",
            "The delegations of the Sudanese government and the RSF resumed their discussions in Doha on "
            "Tuesday with a view to a comprehensive peace agreement, under the auspices of Qatar.",
        ),
    ],
    ids=["fr", "en"],
)
def test_events_talks_with_a_view_to_an_agreement_agree_nothing(world_code, lang, text):
    found = world_code(text, lang, "2025-10-22")
    assert real_events(found, "CONSULT"), shown(found)
    assert not real_events(found, "AGREE"), shown(found)
