"""A gerund under the reason an appraisal gives is the act of the one appraised, not of the speaker:
"accused X of supporting Y", "blamed X for arming Y" (object control, events.arguments._reason_gerund).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category of the reason's act, who does it, who appraises)
CASES = [
    ("en", "Algeria accused Spain of supporting Morocco.", "SUPPORT", "Spain", "Algeria"),
    ("en", "Algeria blamed Spain for backing Morocco.", "SUPPORT", "Spain", "Algeria"),
    ("en", "Algeria criticised Spain for meeting Morocco.", "CONSULT", "Spain", "Algeria"),
    # the Spanish parser's dative object before an infinitive of reasons ("de", "por") controls it too
    ("es", "Argelia acusó a España de respaldar a Marruecos.", "SUPPORT", "Spain", "Algeria"),
    ("es", "Argelia acusó a España de enviar armas para apoyar a Marruecos.", "SUPPORT", "Spain", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "doer", "appraiser"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_the_one_appraised_does_the_reason(code, lang, text, kind, doer, appraiser):
    events = [e for e in code(text, lang) if e.type == kind]
    assert any(doer in e.actor for e in events), shown(events)
    assert not any(appraiser in e.actor for e in events), shown(events)


# What an alleged act is for is alleged too: "accused X of sending arms to support Y" asserts no support
# (events.modality); the names inside the reason are not whom the accusation is addressed to, an object
# the French tagger calls a noun included (events.reasons).
ALLEGED_PURPOSES = [
    ("en", "Algeria accused Spain of sending weapons to support Morocco."),
    ("fr", "L'Algérie a accusé l'Espagne d'envoyer des armes pour soutenir le Maroc."),
    ("es", "Argelia acusó a España de enviar armas para apoyar a Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ALLEGED_PURPOSES, ids=[c[0] for c in ALLEGED_PURPOSES])
def test_the_purpose_of_an_alleged_act_is_alleged(code, lang, text):
    found = code(text, lang)
    assert not real_events(found, "SUPPORT"), shown(found)
    accusations = real_events(found, "ACCUSE")
    assert accusations and all(e.recipient == ("Spain",) for e in accusations), shown(found)
