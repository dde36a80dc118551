"""Reactions to "the decision" and the lifting of an asset freeze, on sentences written for these tests.
A word for a decision ("décision", "decision", "decisión": lexicon `decisions`) names the last act told
that was decided, not the last words said: after "X lifted the sanctions. Y called on Z to...", "W
welcomed the decision" answers X (events.reactions). Lifting or unfreezing a freeze of assets yields
(CONCEDE); the freeze it lifts is no sanction."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

DECIDED_THEN_CALLED = [
    (
        "fr",
        "L'Union européenne a levé samedi les sanctions contre le Niger. Le Maroc a appelé l'Algérie à "
        "rouvrir sa frontière. L'Espagne a salué cette décision.",
    ),
    (
        "en",
        "The European Union lifted its sanctions on Niger on Saturday. Morocco called on Algeria to reopen "
        "its border. Spain welcomed the decision.",
    ),
    (
        "es",
        "La Unión Europea levantó el sábado las sanciones contra Níger. Marruecos pidió a Argelia que "
        "reabra su frontera. España saludó la decisión.",
    ),
]


@by_language(DECIDED_THEN_CALLED)
def test_the_decision_is_the_last_act_decided_not_the_last_call(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    welcomed = [e for e in real_events(events, "SUPPORT") if "Spain" in e.actor]
    assert welcomed and "European_Union" in welcomed[0].recipient, shown(events)
    assert "Morocco" not in welcomed[0].recipient, shown(events)


STATEMENT_AFTER_CALL = [
    ("en", "Morocco called on Algeria to reopen its border. Spain welcomed the statement."),
    ("fr", "Le Maroc a appelé l'Algérie à rouvrir sa frontière. L'Espagne a salué cette déclaration."),
]


@by_language(STATEMENT_AFTER_CALL)
def test_a_statement_still_names_the_call(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    welcomed = [e for e in real_events(events, "SUPPORT") if "Spain" in e.actor]
    assert welcomed and "Morocco" in welcomed[0].recipient, shown(events)


UNFROZEN = [
    ("fr", "La Cedeao a annoncé la levée du gel des avoirs de la Banque centrale du Niger."),
    ("en", "ECOWAS lifted the freeze on the assets of Niger's central bank."),
    ("es", "La Cedeao anunció el levantamiento de la congelación de los activos del Níger."),
]


@by_language(UNFROZEN)
def test_lifting_an_asset_freeze_yields_and_sanctions_no_one(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert [e.type for e in real_events(events)] == ["CONCEDE"], shown(events)


FALLBACK = [
    ("en", "Mali accused France of interference. Paris condemned the measure as unjustified."),
    ("fr", "Le Mali a accusé la France d'ingérence. Paris a dénoncé une mesure injustifiée."),
]


@by_language(FALLBACK)
def test_with_no_decided_act_told_a_measure_is_the_last_act(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if "France" in e.actor]
    assert blamed and "Mali" in blamed[0].recipient, shown(events)
