"""Imported by the fork server of `--jobs N`, never by the library itself: builds the default pipeline
(knowledge base, alias index, spaCy pipelines, lexicons) once, so that every worker forked from the
server starts with it in memory instead of loading it again (seconds of CPU per worker).

Nothing here may stop the server: a failure leaves PIPELINE None, and each worker then builds its own
pipeline and reports the error as a run in one process would.
"""

from __future__ import annotations

import gc
import logging

from diplowatch.model import RawDocument
from diplowatch.pipeline import Options, Pipeline

log = logging.getLogger(__name__)

# One short text per language with a spaCy pipeline: running them fills the lazy tables too.
_WARM_TEXTS = {
    "fr": "Le ministre a reçu lundi à Rabat l'envoyé des Nations unies.",
    "en": "The minister met the United Nations envoy in Rabat on Monday.",
    "es": "El ministro recibió el lunes en Rabat al enviado de las Naciones Unidas.",
}


def _warmed() -> Pipeline | None:
    try:
        pipeline = Pipeline(Options())
        pipeline.process_batch(
            [
                RawDocument(f"warm-{lang}", text=text, given={"language": lang})
                for lang, text in _WARM_TEXTS.items()
            ]
        )
    except Exception:  # the workers will meet the same error and report it
        log.debug("the fork server could not build the pipeline", exc_info=True)
        return None
    return pipeline


PIPELINE: Pipeline | None = _warmed()
# Out of the cycle collector's reach in the workers: their collections do not walk the models and the KB
# (nor copy their pages, which they share with this server, by writing to them).
gc.freeze()
