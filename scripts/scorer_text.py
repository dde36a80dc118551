"""The scorer's text normalisation (../shared/eval/score.py `norm`), for the evaluation scripts."""

from __future__ import annotations

import re
import unicodedata


def norm(text: str | None) -> str:
    """Accents, case, punctuation and '_' away, white space folded."""
    text = unicodedata.normalize("NFKD", (text or "").replace("_", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


_QUALIFIER = re.compile(r"_\([^()]*\)$")


def unqualified(actor_id: str) -> str:
    """An id without its Wikipedia disambiguator ("Christopher_Ross_(diplomat)" -> "Christopher_Ross"):
    gold files sometimes drop it. The shared scorer does not; eval_actors.py reports both figures."""
    return _QUALIFIER.sub("", actor_id)
