"""The generated person KB: gzipped JSON written by scripts/build_person_kb.py from Wikidata.

JSON rather than YAML because it is read at every start: 20,000 persons load in
a fraction of the time the YAML composer would need. The file is trusted (the
generator runs the KB checks before writing); a damaged file is a DataFileError.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.errors import DataFileError

GENERATED_FILE = "persons.generated.json.gz"


def read_generated(path: Path) -> list[dict[str, Any]]:
    """Entry mappings as the YAML files give them (dates as `date`), in file order."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            payload = json.load(handle)
        entries = payload["entries"]
        for entry in entries:
            for spell in entry.get("roles") or ():
                spell["start"] = _day(spell.get("start"))
                spell["end"] = _day(spell.get("end"))
    except (OSError, EOFError, zlib.error, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise DataFileError(
            str(path),
            None,
            f"cannot read the generated KB ({error}); rebuild it with scripts/build_person_kb.py",
        ) from error
    return entries


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
