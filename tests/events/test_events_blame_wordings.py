"""Wordings of blame and reproach (sentences written for these tests): "railed against X", "a haussé le
ton contre X" are criticism (PLOVER ACCUSE, disapprove); "pointe la responsabilité de Y", "X said Y was to
blame for", "atribuyó a Y el atentado", "described Y's strikes as a war crime" are the speaker's
allegation against Y (ACCUSE, allege), told now: "was to blame" is no plan."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, sentence, who blames, who is blamed, mode)
BLAMED = [
    ("en", "Lavrov railed against Spain over the new tariffs.", "Sergey_Lavrov", "Spain", "disapprove"),
    ("en", "Attaf railed at Morocco's policy on Tuesday.", "Ahmed_Attaf", "Morocco", "disapprove"),
    ("fr", "Attaf a haussé le ton contre le Maroc.", "Ahmed_Attaf", "Morocco", "disapprove"),
    ("fr", "Le Maroc hausse le ton face à l'Algérie.", "Morocco", "Algeria", "disapprove"),
    ("fr", "Attaf pointe la responsabilité du Maroc dans la crise.", "Ahmed_Attaf", "Morocco", "allege"),
    (
        "fr",
        "Lavrov a pointé la responsabilité de l'Espagne dans l'impasse.",
        "Sergey_Lavrov",
        "Spain",
        "allege",
    ),
    ("en", "Lavrov said Spain was to blame for the crisis.", "Sergey_Lavrov", "Spain", "allege"),
    ("en", "Attaf said Morocco was to blame for the deadlock.", "Ahmed_Attaf", "Morocco", "allege"),
    ("es", "Attaf atribuyó a Marruecos el atentado.", "Ahmed_Attaf", "Morocco", "allege"),
    ("es", "Lavrov atribuyó a España el ataque contra la embajada.", "Sergey_Lavrov", "Spain", "allege"),
    ("en", "Lavrov described Spain's strikes as a war crime.", "Sergey_Lavrov", "Spain", "allege"),
    ("en", "Attaf described the bombing by Morocco as a war crime.", "Ahmed_Attaf", "Morocco", "allege"),
    ("fr", "Attaf a qualifié les frappes du Maroc de crime de guerre.", "Ahmed_Attaf", "Morocco", "allege"),
    (
        "fr",
        "Selon Lavrov, les bombardements de l'Espagne sont un crime de guerre.",
        "Sergey_Lavrov",
        "Spain",
        "allege",
    ),
]
UNBLAMED = [
    ("en", "Attaf met Lavrov in Moscow to discuss war crimes."),  # said of no one
    ("fr", "Lavrov a rencontré Attaf pour évoquer les crimes de guerre."),
    ("en", "Lavrov was to meet Attaf in Algiers."),  # a plan, not guilt
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom", "mode"), BLAMED, ids=[b[0] for b in BLAMED])
def test_blame_wordings_are_accusations_told_now(code, lang, text, who, whom, mode):
    events = code(text, lang)
    accusations = [e for e in real_events(events, "ACCUSE") if "future" not in e.aux]
    assert any(who in e.actor and whom in e.recipient and e.mode == (mode,) for e in accusations), shown(
        events
    )


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNBLAMED, ids=[u[0] for u in UNBLAMED])
def test_named_crimes_and_plans_blame_no_one(code, lang, text):
    events = code(text, lang)
    assert not any(e.mode == ("allege",) for e in real_events(events, "ACCUSE")), shown(events)
