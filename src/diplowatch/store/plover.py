"""PLOVER's event categories and their quad codes (verbal/material cooperation/conflict), as spec
section 2 groups them: what `--type` accepts and what the exports' `quad_code` holds."""

from __future__ import annotations

QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "INVESTIGATE": 2,
    "REQUEST": 3,
    "DEMAND": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "SANCTION": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
    "FIGHT": 4,
}
CATEGORIES: tuple[str, ...] = tuple(QUAD)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
