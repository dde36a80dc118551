"""A relative clause whose pronoun is the object ("Venezuela, which it accused of...", "la Mauritanie, que
l'Espagne a soutenue", "a Mauritania, a la que España apoyó") acts on the noun it modifies; a personal
pronoun subject in it is not that noun (events.object_relatives, events.arguments). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, kind, actor, recipient)
OBJECT_RELATIVES = [
    (
        "en",
        "Mali announced on Sunday it was leaving ECOWAS, which it accused of serving France.",
        "ACCUSE",
        "Mali",
        "Economic_Community_of_West_African_States",
    ),
    ("en", "Rabat hosted Mauritania, which Spain backed on Monday.", "SUPPORT", "Spain", "Mauritania"),
    ("fr", "Rabat a reçu la Mauritanie, que l'Espagne a soutenue lundi.", "SUPPORT", "Spain", "Mauritania"),
    ("es", "Rabat recibió a Mauritania, a la que España apoyó el lunes.", "SUPPORT", "Spain", "Mauritania"),
    (
        "es",
        "Caracas rompió con Guyana, a la que acusó de entregar el Esequibo a Francia.",
        "ACCUSE",
        "Venezuela",
        "Guyana",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    OBJECT_RELATIVES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(OBJECT_RELATIVES)],
)
def test_events_object_relative_acts_on_its_antecedent(world_code, lang, text, kind, actor, recipient):
    found = real_events(world_code(text, lang), kind)
    assert [(e.actor, e.recipient) for e in found] == [((actor,), (recipient,))], shown(found)


@pytest.mark.slow
def test_events_relative_clause_names_are_not_the_main_acts(world_code):
    """Spain backed Mauritania in the relative clause; it took no part in the visit."""
    found = world_code("Rabat recibió a Mauritania, a la que España apoyó el lunes.", "es")
    assert all("Spain" not in e.actor + e.recipient for e in real_events(found, "CONSULT")), shown(found)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "es"])
def test_events_reason_of_an_accusation_names_no_recipient(world_code, lang):
    """ "accused ECOWAS of serving France": ECOWAS is accused, France is what it is accused of serving (the
    English parser hangs "of serving" on the name it tags a noun)."""
    text = {
        "en": "Mali accused ECOWAS of serving France.",
        "es": "Malí acusó a la Cedeao de servir a Francia.",
    }[lang]
    found = real_events(world_code(text, lang), "ACCUSE")
    assert [e.recipient for e in found] == [("Economic_Community_of_West_African_States",)], shown(found)


@pytest.mark.slow
def test_events_government_of_a_state_keeps_its_state(world_code):
    """ "the government of Algeria": a name's own complement, no reason phrase."""
    found = real_events(
        world_code("Mali accused the government of Algeria of arming the rebels.", "en"), "ACCUSE"
    )
    assert [e.recipient for e in found] == [("Algeria",)], shown(found)
