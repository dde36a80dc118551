"""Export controls imposed or tightened on a state's trade sanction it; lifting them eases the
sanction (CONCEDE), as tariffs do: "imposed export curbs on South Korea", "tightened controls on
chemical exports to", "a imposé des restrictions aux exportations vers", "impuso restricciones a las
exportaciones hacia"; "lifted the export restrictions on". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown, told_between

CASES = [
    (
        "en",
        "Relations have long been tense. In July 2019 Japan imposed export curbs on South Korea.",
        "SANCTION",
    ),
    (
        "en",
        "Relations have long been tense. In July 2019 Japan tightened controls on chemical exports to South Korea.",
        "SANCTION",
    ),
    (
        "fr",
        "Les relations sont tendues. En juillet 2019, le Japon a imposé des restrictions aux exportations "
        "vers la Corée du Sud.",
        "SANCTION",
    ),
    (
        "es",
        "Las relaciones son tensas. En julio de 2019, Japón impuso restricciones a las exportaciones hacia "
        "Corea del Sur.",
        "SANCTION",
    ),
    (
        "fr",
        "Les relations sont tendues. Jeudi, le Japon a levé les restrictions à l'exportation visant la Corée du Sud.",
        "CONCEDE",
    ),
    (
        "es",
        "Las relaciones son tensas. El jueves, Japón levantó las restricciones a las exportaciones hacia "
        "Corea del Sur.",
        "CONCEDE",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind"), CASES, ids=["en-curbs", "en-tighten", "fr", "es", "fr-lifted", "es-lifted"]
)
def test_export_controls_imposed_sanction_and_lifted_concede(world_code, lang, text, kind):
    found = world_code(text, lang, "2023-03-17")
    assert told_between(found, kind, "Japan", "South_Korea"), shown(found)
