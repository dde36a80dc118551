"""What the linker finds in one document, and how it becomes `Actor` records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from diplowatch.kb import KB
from diplowatch.kb.schema import ACTOR_KINDS
from diplowatch.model import Actor, DateValue, Mention, PlaceMention
from diplowatch.text.normalise import fold

TITLE_LINKS = frozenset(
    {"apposition", "role", "role-coref", "role-dossier", "role-named", "nominal", "description"}
)
NESTED_ROLE = "role-inside-role"  # how a role holder named inside another role's phrase is linked
UNKNOWN = "?"  # prefix of keys of actors the KB does not know: "?person:amar bendjama"


@dataclass(frozen=True, slots=True)
class Found:
    """One mention linked to an actor key (a KB id, or an unknown-actor key), with its provenance."""

    start: int
    end: int
    text: str
    key: str
    how: str  # "alias", "skeleton", "fuzzy", "metonym", "demonym", "description", "role", "apposition", ...


@dataclass(frozen=True, slots=True)
class Linking:
    actors: tuple[Actor, ...]
    places: tuple[PlaceMention, ...]
    found: tuple[Found, ...] = ()  # every mention with how it was linked (for debugging and evaluation)
    published: DateValue | None = None  # a publication day the office holders named settled (actors.era)


@dataclass
class Work:
    """Scratch state of one document while the passes run (mutable on purpose, never leaves the stage)."""

    body: str
    kb: KB
    found: list[Found] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # unknown key -> display name
    kinds: dict[str, str] = field(default_factory=dict)  # unknown key -> kind
    details: dict[str, tuple[str | None, str | None]] = field(
        default_factory=dict
    )  # unknown key -> (ISO3, sector)
    covered: bytearray = field(init=False)
    firm_date: bool = True  # the publication day is stated, not guessed: roles are read on it alone

    def __post_init__(self) -> None:
        self.covered = bytearray(len(self.body) + 1)

    def text(self, span: object) -> str:
        return self.body[span.start : span.end]  # type: ignore[attr-defined]

    def overlaps(self, start: int, end: int) -> bool:
        return any(self.covered[start:end])

    def add(self, start: int, end: int, key: str, how: str) -> bool:
        """Record a mention unless its characters already belong to one (earlier passes win)."""
        if start >= end or self.overlaps(start, end):
            return False
        self.found.append(Found(start, end, self.body[start:end], key, how))
        self.covered[start:end] = b"\x01" * (end - start)
        return True

    def relink(self, found: Found, key: str, how: str) -> None:
        """Another actor for a mention an earlier pass linked loosely."""
        self.found = [replace(f, key=key, how=how) if f is found else f for f in self.found]

    def block(self, start: int, end: int) -> None:
        """Characters that name no actor (a dateline, a news agency): later passes leave them alone."""
        self.covered[start:end] = b"\x01" * (end - start)

    def describe_unknown(self, key: str, country: str | None, sector: str | None) -> None:
        """What a title says about a person the KB does not know ("le ministre soudanais X")."""
        if key.startswith(UNKNOWN) and country and key not in self.details:
            self.details[key] = (country, sector)

    def add_nested(self, start: int, end: int, key: str, how: str) -> None:
        """A mention inside another one (a country named within a role phrase): overlap allowed. It
        replaces a name the KB did not know on the same characters ("secrétaire général du Front
        Polisario": the named-entity pass found an unknown organisation where the role names a known one)."""
        if any(f.key == key and f.start == start for f in self.found):
            return
        if not key.startswith(UNKNOWN):
            self.found = [
                f for f in self.found if not (f.key.startswith(UNKNOWN) and (f.start, f.end) == (start, end))
            ]
        self.found.append(Found(start, end, self.body[start:end], key, how))

    def add_place(self, place: PlaceMention) -> None:
        self.places.append(place)
        self.covered[place.start : place.end] = b"\x01" * (place.end - place.start)

    def unknown(self, kind: str, text: str) -> str:
        """The key of an actor the KB does not know, shared by every mention with the same folded name."""
        name = " ".join(text.split())
        key = f"{UNKNOWN}{kind}:{' '.join(fold(w) for w in name.split())}"
        self.names.setdefault(key, name)
        self.kinds.setdefault(key, kind)
        return key

    def keys(self) -> set[str]:
        return {f.key for f in self.found}

    def is_person(self, key: str) -> bool:
        entry = self.kb.get(key)
        return entry.kind == "person" if entry else self.kinds.get(key) == "person"

    def persons_before(self, position: int) -> list[str]:
        """Person keys mentioned before `position`, in order of their last mention there. A person named
        only inside another's title ("l'envoyé du secrétaire général") is no antecedent for "le ministre"."""
        ordered = sorted(
            (f for f in self.found if f.end <= position and self.is_person(f.key) and f.how != NESTED_ROLE),
            key=lambda f: f.start,
        )
        return list(dict.fromkeys(reversed([f.key for f in ordered])))[::-1]

    def person_starting_near(
        self, position: int, limit: int, body_gap_ok: Callable[[str], bool]
    ) -> str | None:
        candidates = [
            f
            for f in self.found
            if position <= f.start <= position + limit and self.is_person(f.key) and f.how not in TITLE_LINKS
        ]
        best = min(candidates, key=lambda f: f.start, default=None)
        return best.key if best and body_gap_ok(self.body[position : best.start]) else None

    def person_ending_near(self, position: int, limit: int, body_gap_ok: Callable[[str], bool]) -> str | None:
        candidates = [
            f
            for f in self.found
            if position - limit <= f.end <= position and self.is_person(f.key) and f.how not in TITLE_LINKS
        ]
        best = max(candidates, key=lambda f: f.end, default=None)
        return best.key if best and body_gap_ok(self.body[best.end : position]) else None

    def result(self) -> Linking:
        found = sorted(self.found, key=lambda f: (f.start, f.end))
        groups: dict[str, list[Found]] = {}
        for item in found:
            groups.setdefault(item.key, []).append(item)
        actors = [a for key, items in groups.items() if (a := self._actor(key, items))]
        places = tuple(sorted(self.places, key=lambda p: p.start))
        return Linking(tuple(actors), places, tuple(found))

    def _actor(self, key: str, items: list[Found]) -> Actor | None:
        mentions = tuple(Mention(f.start, f.end, f.text) for f in items)
        if key.startswith(UNKNOWN):
            # a person's name is its longest naming mention, never the title it was found by
            naming = [f.text for f in items if f.how not in TITLE_LINKS] or [f.text for f in items]
            name = max(naming, key=len) if self.kinds[key] == "person" else self.names[key]
            country, sector = self.details.get(key, (None, None))
            return Actor(None, name, self.kinds[key], country, sector, mentions)  # type: ignore[arg-type]
        entry = self.kb.get(key)
        if entry is None or entry.kind not in ACTOR_KINDS:
            return None
        return Actor(entry.id, entry.name, entry.kind, entry.country, entry.sector, mentions)  # type: ignore[arg-type]
