"""The event stage: PLOVER events coded from an actor-linked document.

    EventCoder()(article) -> article with `events` (needs `parses`, `actors`, `places`, `quotes`)

The default coder is rule-based (`events.rules.RuleCoder`): trigger words and
phrases from lang/<xx>/events.yaml, arguments from the dependency parse (or from
proximity where no parser exists), modality, date, place, then one event per
real happening. Another coder (a trained model, an OpenAI-compatible LLM) plugs
in through the `Coder` protocol in `events.coder`.
"""

from diplowatch.events.coder import Coder, CoderContext
from diplowatch.events.stage import EventCoder

__all__ = ["Coder", "CoderContext", "EventCoder"]
