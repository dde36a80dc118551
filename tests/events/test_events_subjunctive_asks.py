"""What a speaker asks another to do in a subjunctive clause ("pidió a la UE que respalde el plan") is
asked, not done: the Spanish parser may read the "que" as a relative subject and the clause as told, so
the asked act came out as the asker's own SUPPORT (events.modality._subjunctive_complement). Each
sentence runs through the whole pipeline with the packaged KB. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

ASKED = [
    "Nasser Bourita pidió a la Unión Europea que respalde el plan de autonomía marroquí.",
    "Nasser Bourita pidió a la Unión Europea que apoye el plan de autonomía marroquí.",
]
TOLD = "Nasser Bourita recibió al enviado que respaldó el plan de autonomía marroquí."


@pytest.mark.slow
def test_a_subjunctive_ask_is_a_request_not_support() -> None:
    for text, events in zip(ASKED, pipeline_events(ASKED, "es"), strict=True):
        assert real_events(events, "REQUEST"), (text, shown(events))
        assert not real_events(events, "SUPPORT"), (text, shown(events))


@pytest.mark.slow
def test_a_told_relative_clause_still_happens() -> None:
    (events,) = pipeline_events([TOLD], "es")
    assert real_events(events, "SUPPORT"), shown(events)


# The tagger may miss the subjunctive ("endurezcan", lemmatised "endurezcar"), but a clause that
# completes the verb (ccomp) is no relative clause, whatever its "que" was read as: the sanctions are asked.
UNTAGGED = (
    "Zelenski ha pedido a Estados Unidos y a la Unión Europea que endurezcan las sanciones contra Moscú."
)


@pytest.mark.slow
def test_an_asked_clause_the_tagger_misses_is_still_asked() -> None:
    (events,) = pipeline_events([UNTAGGED], "es")
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, "SANCTION"), shown(events)
