"""The one way to find and read the language data files (`diplowatch/lang/`).

Every stage keeps its knowledge in YAML files there (`common.yaml`, `events.yaml`,
`actors.yaml`, and `<xx>/reading.yaml`, `dates.yaml`, `actors.yaml`, `events.yaml`,
`quotes.yaml` per language). They are found beside the package's modules (package
data: an installed wheel and a checkout behave alike) and read by `read_yaml`, which turns any syntax
error into a `DataFileError` naming the file and line.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from diplowatch.errors import DataFileError
from diplowatch.text.normalise import fold

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_BOOL = "tag:yaml.org,2002:bool"


class DataLoader(yaml.SafeLoader):
    """YAML with YAML 1.2's booleans, true and false only: the word lists hold "on", "no", "yes", "off"
    ("a summit *on* Sudan", the Spanish "no"), which YAML 1.1 reads as booleans."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(text: str) -> Any:
    """YAML text parsed as every data file is (`DataLoader`)."""
    return yaml.load(text, Loader=DataLoader)  # noqa: S506 - a SafeLoader


def read_yaml(path: Path) -> Any:
    """The parsed content of a YAML file; unreadable or invalid files raise DataFileError."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise DataFileError(str(path), mark.line + 1 if mark else None, f"not valid YAML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(str(path), None, f"cannot read: {error}") from error


def read_mapping(path: Path) -> dict[str, Any]:
    """A YAML file whose top level is a mapping (an empty file is an empty mapping)."""
    data = read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(str(path), None, "expected a mapping at the top level")
    return data


def lang_path(relative: str) -> Path:
    """`lang_path("fr/events.yaml")`: a data file's path, whether it exists or not."""
    return LANG_DIR / relative


@functools.cache
def lang_data(relative: str) -> dict[str, Any]:
    """A language data file's mapping; an empty one when the file does not exist (a language
    without data for a stage)."""
    path = lang_path(relative)
    return read_mapping(path) if path.is_file() else {}


def fold_phrase(phrase: str) -> tuple[str, ...]:
    """A cue phrase as keys: "s'entretenir" -> ("s", "entretenir"); "condamn*" keeps its star."""
    words = []
    for raw in phrase.replace("'", " ").replace("’", " ").split():
        star = raw.endswith("*")
        key = fold(raw.rstrip("*"))
        if key:
            words.append(key + ("*" if star else ""))
    # A reflexive "se"/"s" is not reliably a separate lemma: match the verb alone.
    return tuple(w for w in words if w not in ("se", "s")) or tuple(words)


@functools.cache
def reporting_verbs(language: str) -> frozenset[str]:
    """Reporting cues ("a déclaré", "said"): kept in events.yaml beside the triggers they are told
    apart from, read here because quotes need them too."""
    items = lang_data(f"{language}/events.yaml").get("reporting") or []
    return frozenset(" ".join(words) for item in items if (words := fold_phrase(str(item))))
