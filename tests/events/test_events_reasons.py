"""The reason an appraisal gives is not whom it addresses: "criticised the West for supplying missiles to
Kyiv", "a salué le Qatar pour sa médiation entre A et B" (events.reasons, lexicon `reasons`). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category, the one appraised or None when the text names no known actor, a name of the reason)
CASES = [
    (
        "en",
        "Russia criticised the West on Monday for supplying weapons to Morocco.",
        "ACCUSE",
        None,
        "Morocco",
    ),
    (
        "en",
        "Algeria praised Russia for its mediation between Spain and Morocco.",
        "SUPPORT",
        "Russia",
        "Morocco",
    ),
    ("en", "Algeria accused Spain of arming Morocco.", "ACCUSE", "Spain", "Morocco"),
    ("fr", "La Russie a critiqué l'Occident pour avoir livré des armes au Maroc.", "ACCUSE", None, "Morocco"),
    (
        "fr",
        "L'Algérie a salué la Russie pour sa médiation entre l'Espagne et le Maroc.",
        "SUPPORT",
        "Russia",
        "Morocco",
    ),
    ("fr", "L'Algérie a accusé l'Espagne d'armer le Maroc.", "ACCUSE", "Spain", "Morocco"),
    ("es", "Rusia criticó a Occidente por suministrar armas a Marruecos.", "ACCUSE", None, "Morocco"),
    (
        "es",
        "Argelia elogió a Rusia por su mediación entre España y Marruecos.",
        "SUPPORT",
        "Russia",
        "Morocco",
    ),
    ("es", "Argelia acusó a España de armar a Marruecos.", "ACCUSE", "Spain", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "appraised", "reason"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_names_of_the_reason_are_no_recipients(code, lang, text, kind, appraised, reason):
    events = real_events(code(text, lang), kind)
    assert events, shown(code(text, lang))
    assert not any(reason in e.recipient for e in events), shown(events)
    if appraised is not None:
        assert any(appraised in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_place_of_the_reason_is_no_host(code):
    # with no recipient named, a place of the clause stands for its host: not a place of the reason
    events = real_events(
        code("La Russie a dénoncé l'Occident pour avoir livré des chars à Rabat.", "fr"), "ACCUSE"
    )
    assert events and not any("Morocco" in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_common_noun_object_keeps_the_names_of_its_phrase(code):
    # what is welcomed is a thing: the phrase after it may name whom it concerns
    events = real_events(code("Spain welcomed the agreement for Morocco and Mauritania.", "en"), "SUPPORT")
    assert any("Morocco" in e.recipient for e in events), shown(events)
