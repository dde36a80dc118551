"""A word or a pronoun for any act ("the announcement", "l'annonce", "it") names the news, not a reaction
told before it: "Faki welcomed the agreement. Washington also welcomed the announcement" is aimed at the
agreement's parties, not at Faki (our own sentences)."""

import pytest

from .conftest import real_events

STORIES = [
    (
        "en",
        "Ethiopia and Somalia reached a deal in Ankara on Wednesday to end their dispute. "
        "African Union Commission chairman Moussa Faki welcomed the agreement on Thursday. "
        "Washington also welcomed the announcement.",
    ),
    (
        "en",
        "Ethiopia and Somalia reached a deal in Ankara on Wednesday. Faki welcomed the agreement. Washington welcomed it.",
    ),
    (
        "fr",
        "L'Éthiopie et la Somalie ont conclu mercredi à Ankara un accord mettant fin à leur différend. Le président de "
        "la Commission de l'Union africaine, Moussa Faki, a salué jeudi un accord « historique ». Washington a "
        "également accueilli favorablement l'annonce.",
    ),
]


STORIES.append(
    (
        "es",
        "Etiopía y Somalia alcanzaron el miércoles en Ankara un acuerdo para poner fin a su disputa. El presidente de "
        "la Comisión de la Unión Africana, Moussa Faki, celebró el jueves el acuerdo. Washington también acogió con "
        "satisfacción el anuncio.",
    )
)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), STORIES, ids=[f"{s[0]}{i}" for i, s in enumerate(STORIES)])
def test_a_reaction_to_the_news_is_aimed_at_its_doers(world_code, lang: str, text: str) -> None:
    welcomes = real_events(world_code(text, lang), "SUPPORT")
    theirs = [e for e in welcomes if "United_States" in e.actor]
    assert theirs and all("Moussa_Faki" not in e.recipient for e in theirs), welcomes
    assert any({"Ethiopia", "Somalia"} <= set(e.recipient) for e in theirs), welcomes


@pytest.mark.slow
def test_an_answer_to_a_named_reaction_still_names_it(world_code) -> None:
    """A word of the reaction's own category ("the criticism") still names that reaction."""
    text = "Moscow criticised the sanctions imposed by the EU on Monday. Brussels rejected the criticism on Tuesday."
    rejections = real_events(world_code(text, "en"), "REJECT")
    assert any("Russia" in e.recipient for e in rejections), rejections


@pytest.mark.slow
def test_a_phrase_trigger_holding_its_object_reacts_to_the_act_it_names(world_code) -> None:
    """ "celebró el acuerdo" (the phrase trigger "celebrar acuerdo"): the agreement told before."""
    welcomes = real_events(world_code(STORIES[-1][1], "es"), "SUPPORT")
    assert any("Moussa_Faki" in e.actor and "Ethiopia" in e.recipient for e in welcomes), welcomes
