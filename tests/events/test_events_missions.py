"""Where a state's mission is posted is no actor of what the mission does: "Iran's mission to the United
Nations condemned..." is Iran's act, the UN only says where the mission sits (events.missions). A trip
called a mission ("X began a mission to Rabat") names no owning state and is left alone. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

POSTED = [
    ("en", "Iran's mission to the United Nations condemned the sanctions against Tehran.", "Iran"),
    ("fr", "La mission permanente du Maroc auprès de l'ONU a rejeté le rapport de l'Algérie.", "Morocco"),
    ("es", "La misión de Marruecos ante la ONU rechazó el informe de Argelia.", "Morocco"),
    ("ar", "رفضت بعثة المغرب لدى الأمم المتحدة تقرير الجزائر.", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "state"), POSTED, ids=[p[0] for p in POSTED])
def test_events_where_a_mission_sits_takes_no_part(world_code, lang, text, state):
    found = world_code(text, lang)
    acts = [e for e in found if e.type in ("ACCUSE", "REJECT")]
    assert acts and all(state in e.actor for e in acts), shown(found)
    assert all("United_Nations" not in e.actor + e.recipient for e in acts), shown(found)


def test_missions_need_an_owning_state_or_body():
    from diplowatch.events.lexicon import lexicon
    from diplowatch.events.missions import mission_postings
    from diplowatch.text.mentions import ActorMention
    from diplowatch.text.normalise import tokens
    from diplowatch.text.sentences import Sentence

    def posted(text: str, found: list[ActorMention]) -> set[str]:
        sentence = Sentence(0, 0, len(text), "en", tuple(tokens(text)), False)
        return {m.key for m in mission_postings(sentence, found, lexicon("en"))}

    text = "Iran's mission to the United Nations condemned the threat."
    iran = ActorMention(0, 4, "Iran", "country")
    un = ActorMention(text.index("United"), text.index(" condemned"), "United_Nations", "organization")
    assert posted(text, [iran, un]) == {"United_Nations"}
    trip = "De Mistura began a mission to Rabat."
    rabat = ActorMention(trip.index("Rabat"), trip.index("Rabat") + 5, "Morocco", "country")
    envoy = ActorMention(0, 10, "Staffan_de_Mistura", "person")
    assert posted(trip, [envoy, rabat]) == set()
