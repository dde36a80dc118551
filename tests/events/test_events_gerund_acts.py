"""A second act told in an adverbial of the first ("a salué les efforts de X tout en critiquant Y",
"saludó los esfuerzos de X, al tiempo que acusó a Y") is an event of the subject's own, with its own
counterpart: the weak "saludar" is not dropped for it, the gérondif is not the aim of the effort noun
the parser hangs it on, "que" closing "al tiempo que" opens no relative clause, and neither act takes
the other's counterpart. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("fr", "L'Algérie a salué les efforts de Staffan de Mistura tout en critiquant le Maroc."),
    (
        "fr",
        "L'Algérie a salué les efforts de Staffan de Mistura, tout en accusant le Maroc de bloquer le processus.",
    ),
    (
        "es",
        "Argelia saludó los esfuerzos de Staffan de Mistura, al tiempo que acusó a Marruecos de bloquear el proceso.",
    ),
    ("es", "Argelia saludó los esfuerzos de Staffan de Mistura, a la vez que criticó a Marruecos."),
    (
        "en",
        "Algeria welcomed the efforts of Staffan de Mistura, while accusing Morocco of blocking the process.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_act_keeps_its_own_counterpart(code, lang, text):
    events = code(text, lang)
    support = [e for e in real_events(events, "SUPPORT") if "Algeria" in e.actor]
    accuse = [e for e in real_events(events, "ACCUSE") if "Algeria" in e.actor]
    assert support and accuse, shown(events)
    assert all(e.recipient == ("Staffan_de_Mistura",) for e in support), shown(events)
    assert all(e.recipient == ("Morocco",) for e in accuse), shown(events)
