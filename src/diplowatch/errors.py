"""One exception family with messages a user can act on.

DiplowatchError
 +-- DataFileError     a data file (lexicon, knowledge base) is malformed: names file and line
 +-- ModelError        a spaCy pipeline package is missing or broken
 +-- StoreError        the dossier database cannot be opened, migrated or written
 |    +-- OlderDossier  read-only, it cannot be brought to this diplowatch's schema
 +-- UsageError        a command-line value is invalid (exit status 2)
 +-- NothingFound      a query designates nothing in the dossier (exit status 1)
"""

from __future__ import annotations


class DiplowatchError(Exception):
    """Base class: every error the library raises on purpose."""


class DataFileError(DiplowatchError):
    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


class ModelError(DiplowatchError):
    def __init__(self, package: str, detail: str) -> None:
        super().__init__(
            f"spaCy pipeline {package!r} cannot be loaded ({detail}); "
            "run `make install` to install the pinned models"
        )


class StoreError(DiplowatchError):
    """The dossier database cannot be opened, migrated or written (names the file and what to do)."""


class OlderDossier(StoreError):
    """A dossier an older diplowatch wrote, opened read-only: `diplowatch migrate` upgrades it."""

    def __init__(self, path: str, version: int, latest: int) -> None:
        self.path, self.version = path, version
        super().__init__(
            f"{path}: the dossier was written by an older diplowatch (schema {version} of {latest}); "
            f"run `diplowatch migrate --db {path}` once to upgrade it"
        )


class UsageError(DiplowatchError):
    """A filter or option value the user gave is invalid (an unknown category, a malformed date...)."""


class NothingFound(DiplowatchError):
    """A name or id designates nothing in the dossier: not an error of use, an empty answer (exit 1)."""
