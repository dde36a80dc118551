"""Actor linking: mentions of people, organisations and countries, linked to the KB.

`ActorLinker` (actors.stage) is the pipeline stage: it reads the parse
(`Article.parses`) and sets `Article.actors` and `Article.places`.
"""

from diplowatch.actors.results import Linking
from diplowatch.actors.stage import ActorLinker

__all__ = ["ActorLinker", "Linking"]
