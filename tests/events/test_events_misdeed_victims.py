"""A misdeed a speaker ascribes ("violates", "sabote", "socava": evaluative verbs) blames its doer, the
subject; what it wrongs, its object, is nobody's counterpart: not of the misdeed's criticism, nor of
the stance whose clause holds it. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "Morocco said Algeria was undermining the work of the Security Council.", "Algeria"),
    ("fr", "Le Maroc a estimé que l'Algérie sabote le travail du Conseil de sécurité.", "Algeria"),
    ("es", "Marruecos afirmó que Argelia socava el trabajo del Consejo de Seguridad.", "Algeria"),
    (
        "en",
        "Morocco condemned the visit, saying it undermined the work of the Security Council.",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "blamed"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_wronged_is_no_counterpart(code, lang, text, blamed):
    events = code(text, lang)
    criticism = [e for e in real_events(events, "ACCUSE") if "Morocco" in e.actor]
    assert criticism, shown(events)
    assert all("United_Nations_Security_Council" not in e.recipient for e in criticism), shown(events)
    if blamed:
        assert any(blamed in e.recipient for e in criticism), shown(events)


# A misdeed whose doer is a relative pronoun with no noun before it ("sanctions on those who violate the
# truce", "à ceux qui violeraient", "a quienes violen") blames no one named: the subject of the clause
# above ("Washington would impose") is not the one blamed.
UNNAMED_DOERS = [
    (
        "en",
        "Secretary of State Antony Blinken warned that Washington would impose sanctions on those who violate "
        "the truce.",
    ),
    (
        "es",
        "El secretario de Estado Antony Blinken advirtió que Washington impondrá sanciones a quienes violen la "
        "tregua.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNNAMED_DOERS, ids=[u[0] for u in UNNAMED_DOERS])
def test_an_unnamed_doer_is_blamed_by_no_name(world_code, lang, text):
    events = world_code(text, lang)
    assert not [e for e in real_events(events, "ACCUSE") if "United_States" in e.recipient], shown(events)
