"""The scorer's text normalisation (../shared/eval/score.py `norm`), for the evaluation scripts."""

from __future__ import annotations

import re
import unicodedata


def norm(text: str | None) -> str:
    """Accents, case, punctuation and '_' away, white space folded."""
    text = unicodedata.normalize("NFKD", (text or "").replace("_", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
