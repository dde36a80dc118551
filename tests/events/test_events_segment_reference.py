"""A day told in one language segment is the day an anaphor of the next means: "El mismo día" right
after an English tweet dated August 1, 2024 is August 1, not the day of publication (our own text;
the whole pipeline cuts the page in language segments)."""

import pytest

from diplowatch.model import Article, RawDocument
from diplowatch.pipeline import Options, Pipeline

from .conftest import real_events

TEXT = (
    "La oposición venezolana reivindicó la victoria de su candidato en las elecciones del domingo.\n\n"
    "El secretario de Estado estadounidense publicó un mensaje en la red social X:\n\n"
    "Given the overwhelming evidence, it is clear to the United States that the opposition candidate won the "
    "most votes in the July 28 presidential election. — Secretary of State (@StateDept) August 1, 2024\n\n"
    "El mismo día, los gobiernos de Brasil, Colombia y México instaron a las autoridades electorales "
    "venezolanas a publicar las actas de votación."
)


@pytest.mark.slow
def test_an_anaphor_after_a_segment_in_another_language_counts_from_its_day() -> None:
    raw = RawDocument(source="test:tweet", text=TEXT, given={"published": "2024-08-02", "language": "es"})
    [article] = Pipeline(Options()).process_batch([raw])
    assert isinstance(article, Article), article
    demands = real_events(article.events, "REQUEST")
    assert demands and all(e.date is not None and e.date.value == "2024-08-01" for e in demands), demands
