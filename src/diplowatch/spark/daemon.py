"""The Python daemon of an executor with the models already loaded: every worker it forks shares them.

Spark starts one daemon per executor and forks a Python worker from it for each task that needs
one (and reuses idle workers). Left to themselves, several workers of one executor would each load
the spaCy pipelines and the knowledge base (a minute on a busy machine); loaded here, before the
first fork, they are loaded once per executor and shared copy-on-write. Selected with
`--conf spark.python.daemon.module=diplowatch.spark.daemon` (a local session sets it itself).
"""

from __future__ import annotations

import gc
import os

# One BLAS thread per worker: Spark runs one worker per core, and no thread may be running at fork.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

DAEMON_MODULE = "diplowatch.spark.daemon"
# One short text a language, run through the pipeline once so that what loads on first use (the
# language detector's models, the parsers' lazily built tables) is loaded before the fork too.
WARM_UP_TEXTS = (
    "The foreign minister received the envoy in Rabat on Monday.",
    "Le ministre des affaires étrangères a reçu l'envoyé lundi à Rabat.",
    "El ministro de asuntos exteriores recibió al enviado el lunes en Rabat.",
    "استقبل وزير الخارجية المبعوث يوم الاثنين في الرباط.",
)


def preload() -> None:
    """Load what every job's pipeline shares: the spaCy pipelines and the default pipeline."""
    from diplowatch.model import RawDocument
    from diplowatch.pipeline import Options
    from diplowatch.spark.worker import shared_pipeline
    from diplowatch.text.nlp import PIPELINES, pipeline

    for language in PIPELINES:
        pipeline(language)
    default = shared_pipeline(Options())
    for number, text in enumerate(WARM_UP_TEXTS):
        default.process(RawDocument(source=f"warm-up {number}", text=text))


def main() -> None:
    import traceback

    from pyspark import daemon

    try:
        preload()
    except Exception:  # the workers load for themselves, and report what fails per document
        traceback.print_exc()
    # What is loaded lives as long as the process: out of the cycle collector's reach, so the full
    # collection pyspark runs after each task of a reused worker does not walk (and copy, page by page
    # after the fork) the hundreds of thousands of objects of the models and the KB.
    gc.freeze()
    daemon.manager()


if __name__ == "__main__":
    main()
