"""A possessor's own envoy to a place ("son ambassadeur à Madrid", "su embajador en París") is not the
diplomat the text named last: recalling him is addressed to the state he is posted to (our own
sentences; the world KB knows the Russian ambassador to the UN)."""

import pytest

from .conftest import real_events

RECALLS = [
    (
        "fr",
        "Le représentant russe Vassili Nebenzia a défendu l'abstention de Moscou. "
        "Le lendemain, Alger a rappelé son ambassadeur à Madrid pour consultations.",
        "Spain",
    ),
    (
        "fr",
        "L'ambassadeur russe Vassili Nebenzia a critiqué le texte. "
        "Rabat a ensuite rappelé son ambassadrice à Pretoria.",
        "South_Africa",
    ),
    (
        "es",
        "El representante ruso Vasili Nebenzia defendió la abstención de Moscú. "
        "Al día siguiente, Argel llamó a consultas a su embajador en París.",
        "France",
    ),
    (
        "en",
        "Russian ambassador Vassily Nebenzia defended Moscow's abstention. "
        "The next day Algeria recalled its ambassador to Madrid for consultations.",
        "Spain",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "posted_to"), RECALLS, ids=[f"{r[0]}{i}" for i, r in enumerate(RECALLS)]
)
def test_an_own_envoy_to_a_place_is_not_the_diplomat_named_before(
    world_code, lang: str, text: str, posted_to: str
) -> None:
    recalls = real_events(world_code(text, lang), "SANCTION")
    assert recalls and all("Vasily_Nebenzya" not in e.recipient for e in recalls), recalls
    assert any(posted_to in e.recipient for e in recalls), recalls
