"""What a naming verb calls an act is no act of its own: "Bogdánov calificó el reconocimiento de violación
del derecho internacional" criticises the recognition told before (and so the United States that made it),
not a breach; "Russia, which called the strikes illegitimate" criticises the strikes, the object of its
relative clause, not a walkout named "strikes" (events.naming, events.reactions). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STORIES = [
    (
        "es",
        "Estados Unidos reconoció la soberanía marroquí sobre el Sáhara Occidental. El viceministro ruso de "
        "Exteriores Mijaíl Bogdánov calificó el reconocimiento de violación del derecho internacional.",
        "Mikhail_Bogdanov",
        "United_States",
    ),
    (
        "fr",
        "Les États-Unis ont reconnu la souveraineté marocaine sur le Sahara occidental. Sergueï Lavrov a "
        "qualifié cette reconnaissance de violation du droit international.",
        "Sergey_Lavrov",
        "United_States",
    ),
    (
        "en",
        "The United States and Britain struck Houthi targets in Yemen on Thursday. Russia, which called the "
        "strikes illegitimate, requested an emergency meeting of the Council.",
        "Russia",
        "United_States",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "critic", "criticised"), STORIES, ids=[s[0] for s in STORIES])
def test_an_act_called_a_breach_is_criticised(world_code, lang, text, critic, criticised):
    events = world_code(text, lang, anchor="2024-03-15")
    assert any(critic in e.actor and criticised in e.recipient for e in real_events(events, "ACCUSE")), shown(
        events
    )
    assert not real_events(events, "PROTEST"), shown(events)
