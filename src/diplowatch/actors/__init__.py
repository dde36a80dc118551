"""Actor linking: mentions of people, organisations and countries, linked to the KB.

`ActorLinker` (actors.stage) is the pipeline stage; `parse` (actors.parse) is
the shared, cached spaCy parse the event stage can reuse.
"""

from diplowatch.actors.results import Linking, PlaceMention
from diplowatch.actors.stage import ActorLinker

__all__ = ["ActorLinker", "Linking", "PlaceMention"]
