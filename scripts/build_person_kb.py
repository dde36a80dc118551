"""Build the generated person KB (kb/data/persons.generated.json.gz) from Wikidata office holders.

Input: a copy of the `wikidata-positions` data set (CC0; see its README):
positions.csv (one row per person x position x term), labels.csv (en/fr/es/ar
labels), heads_current.csv (heads of state and government up to 2025) and
foreign_ministers.csv (current foreign ministers in late 2022).

    .venv/bin/python scripts/build_person_kb.py --source ../shared/data/wikidata-positions

Each person becomes an entry: id = English Wikipedia title, else the usual
Latin-script name with "_" as the annotation guide (../shared/spec/ANNOTATION.md)
has it for a person without an article, else (a non-Latin label, or a name two
persons share) the QID;
names per language from the labels, roles mapped from position labels by the
patterns of ROLE_PATTERNS, with the country of the repository's jurisdiction.
Persons a hand-written file already holds (same id or same full name) are left
out: hand-written entries win. Output is gzipped JSON, not YAML, because the
loader reads it at every start (a few hundred ms for YAML, ~50 ms this way).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from diplowatch.kb.check import entry_problems
from diplowatch.kb.source import Item
from diplowatch.text.normalise import alias_keys, fold, is_arabic

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "diplowatch" / "kb" / "data"
OUT = DATA / "persons.generated.json.gz"
HAND_FILES = ("persons.yaml", "persons_world.yaml", "organizations.yaml", "organizations_world.yaml")
WORD_FILES = (
    "countries.yaml",
    "places.yaml",
    "organizations.yaml",
    "organizations_world.yaml",
)  # no surname may be one of their names
OLDEST_END = date(2005, 1, 1)  # terms that ended before this are rarely in today's news

# Position label (English, as Wikidata gives it) -> role key. First match wins;
# "{c}" stands for an optional "of <country>" naming the row's own country.
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("deputy_foreign_minister", r"(first )?deputy minister (of|for) foreign affairs"),
    (
        "foreign_minister",
        r"(federal )?(minister|secretary)( of state)? (of|for) (foreign|external) "
        r"(affairs|relations)( and [a-z ,]+)?|secretary of state for foreign and commonwealth affairs"
        r"|foreign secretary|minister of foreign and european affairs|(united states )?secretary of state",
    ),
    (
        "defense_minister",
        r"(federal )?(minister|secretary)( of state)? (of|for) (national )?defen[cs]e( and [a-z ]+)?",
    ),
    (
        "interior_minister",
        r"(federal )?(minister|secretary) (of|for) (the )?(interior|home affairs)( and [a-z ]+)?"
        r"|home secretary",
    ),
    (
        "head_of_government",
        r"(prime minister|premier|federal chancellor|chancellor|head of government"
        r"|chairman of the cabinet of ministers( \(prime minister\))?|president of the government)"
        r"{c}",
    ),
    (
        "head_of_state",
        r"(president|president of the republic|monarch|king|queen|emir|sultan|grand duke|"
        r"supreme leader|head of state|chairman of the presidential council|captain regent){c}",
    ),
    ("un_ambassador", r"permanent representative (of [a-z ]+ )?to the united nations"),
    ("un_secretary_general", r"secretary-general of the united nations"),
)
# A head of state whose title names the monarchy also holds the role the press calls them by ("le roi de
# Jordanie", "the Emir of Qatar", "أمير الكويت"): roles.yaml's king, queen and emir.
MONARCH_TITLE = re.compile(r"(king|queen|emir)\b")
# Ambassadors to a given state are kept as named persons without a role: the KB's `ambassador` role has
# no host country, so "l'ambassadeur du Maroc" would pick any of fifty Moroccan ambassadors.
HEAD_OF_GOVERNMENT = re.compile(
    r"prime minister|premier|chancellor|head of government|council of ministers|"
    r"president of the government",
    re.I,
)
SECTOR = {"un_secretary_general": "IGO"}
IGO_ROLES = {"un_secretary_general"}  # act for the UN, not for a country
SURNAME_ROLES = {"head_of_state", "head_of_government", "foreign_minister"}  # surname alone may link
MIN_SURNAME = 5
FIRST_NAME_PERSONS = 3  # a word that begins this many persons' names is a first name (no surname alias)
# Ruling houses whose members the press names by their own and their father's names, the house left
# out ("Khalid bin Salman" for Khalid bin Salman bin Abdulaziz Al Saud, "Mohamed bin Zayed").
RULING_HOUSES = frozenset(
    {"saud", "nahyan", "thani", "khalifa", "sabah", "maktoum", "said", "qasimi", "nuaimi", "sharqi", "mualla"}
)
PATRONYMIC = re.compile(r"(\S+) (?:bin|ibn) (\S+)(?: (?:bin|ibn) \S+)* [Aa]l[ -](\S+)")
QID = re.compile(r"Q\d+")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "wikidata-positions")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--hand", type=Path, default=DATA, help="directory of the hand-written entries that win"
    )
    args = parser.parse_args(argv)
    for name in ("positions.csv", "labels.csv", "heads_current.csv"):
        if not (args.source / name).is_file():
            print(f"{args.source / name}: missing (pass --source DIR of wikidata-positions)", file=sys.stderr)
            return 2
    countries = country_codes(DATA / "countries.yaml")
    entries = build(args.source, countries, hand_names(args.hand))
    write(entries, args.out)
    report(entries, args.out)
    return 0


# --- reading -----------------------------------------------------------------------


def country_codes(path: Path) -> dict[str, str]:
    """Folded country name (any language, the id too) -> ISO3."""
    out: dict[str, str] = {}
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
        if entry.get("kind") not in ("country", "territory") or not entry.get("country"):
            continue
        names = [entry["id"].replace("_", " "), entry["name"]]
        names += [n for values in (entry.get("names") or {}).values() for n in values]
        for name in names:
            out.setdefault(_key(name), entry["country"])
    out.update({_key(k): v for k, v in EXTRA_COUNTRY_NAMES.items()})
    return out


# Jurisdiction labels of the data set that are not ISO short names.
EXTRA_COUNTRY_NAMES = {
    "People's Republic of China": "CHN",
    "Republic of China": "TWN",
    "Kingdom of the Netherlands": "NLD",
    "State of Palestine": "PSE",
    "Palestinian National Authority": "PSE",
    "Ivory Coast": "CIV",
    "Democratic Republic of the Congo": "COD",
    "Republic of the Congo": "COG",
    "Czech Republic": "CZE",
    "The Gambia": "GMB",
    "East Timor": "TLS",
    "Federated States of Micronesia": "FSM",
    "Eswatini": "SWZ",
    "Kingdom of Denmark": "DNK",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "Vatican City": "VAT",
    "Sahrawi Arab Democratic Republic": "ESH",
    "Turkey": "TUR",
    "Cape Verde": "CPV",
    "Russia": "RUS",
    "United States of America": "USA",
    "Syria": "SYR",
    "Iran": "IRN",
    "Laos": "LAO",
    "Bolivia": "BOL",
    "Venezuela": "VEN",
    "Vietnam": "VNM",
    "Moldova": "MDA",
    "Tanzania": "TZA",
    "Brunei": "BRN",
    "Paraguary": "PRY",  # the data set's own misspelling (see its README)
}


def jurisdiction_country(label: str, countries: dict[str, str]) -> str | None:
    """The ISO3 code of a jurisdiction label of the data set, which writes some names with their
    article ("the United Kingdom", "The Philippines", "the Czech Republic"): without it they matched
    no country, and every British, American, Philippine and Czech office holder was left out."""
    if not label:
        return None
    return countries.get(_key(label)) or countries.get(_key(THE.sub("", label)))


THE = re.compile(r"^the\s+", re.I)


def _key(name: str) -> str:
    return " ".join(alias_keys(name))


def hand_names(directory: Path) -> tuple[set[str], set[str], set[str]]:
    """Ids and folded multi-word names of hand-written persons and organisations, and the folded
    one-word names of places, countries and organisations (a surname alias must not be one: "Tunis")."""
    ids, names, words = set(), set(), set()
    for file in dict.fromkeys(HAND_FILES + WORD_FILES):
        path = directory / file
        if not path.is_file():
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            aliases = [v for values in (entry.get("names") or {}).values() for v in values] + [entry["name"]]
            words.update(_key(v) for v in aliases if len(v.split()) == 1)
            if file in HAND_FILES:
                ids.add(entry["id"])
                names.update(_key(v) for v in aliases if len(v.split()) > 1)
    return ids, names, words


def _day(value: str, *, end: bool = False) -> date | None:
    """A date of the source's precision (YYYY, YYYY-MM, YYYY-MM-DD); a year alone is its first/last day."""
    value = (value or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    if day is None:
        return date(year, int(month), 28 if end else 1)
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None


def role_of(label: str, country: str, countries: dict[str, str]) -> str | None:
    """The role key of a position label for a holder acting for `country` (ISO3), or None."""
    text = " ".join(label.lower().split())
    for role, pattern in ROLE_PATTERNS:
        match = re.fullmatch(pattern.replace("{c}", r"(?: of (?:the )?(?P<of>.+))?"), text)
        if not match:
            continue
        named = match.groupdict().get("of")
        if named and countries.get(_key(named)) != country and named != "the republic":
            return None  # "Premier of Quebec", "President of the Senate"
        return role
    return None


def monarch_title(label: str) -> str | None:
    """The monarch's role a head of state's position label names ("King of Jordan": king), or None."""
    match = MONARCH_TITLE.match(" ".join(label.lower().split()))
    return match.group(1) if match else None


# --- building ------------------------------------------------------------------------


class Person:
    def __init__(self, qid: str) -> None:
        self.qid = qid
        self.title = ""
        self.label = ""
        self.labels: dict[str, str] = {}
        self.spells: dict[tuple[str, str | None, date | None], dict[str, Any]] = {}
        self.countries: list[tuple[date, str]] = []

    def add_spell(self, role: str, country: str | None, start: date | None, end: date | None) -> None:
        if start and end and end < start:
            return  # a source error (a stale date on one side); no way to tell which
        key = (role, country, start)
        old = self.spells.get(key)
        # Near-duplicates (same start with and without an end): an open end in a snapshot is often stale,
        # an end date is a fact, so the latest known end wins and an open end never replaces one.
        if (
            old is None
            or (old["end"] is None and end is not None)
            or (end and old["end"] and end > old["end"])
        ):
            self.spells[key] = {"role": role, "country": country, "start": start, "end": end}

    def active(self) -> tuple[date, date]:
        starts = [s["start"] or date(1990, 1, 1) for s in self.spells.values()] + [
            d for d, _ in self.countries
        ]
        ends = [s["end"] or date(2030, 1, 1) for s in self.spells.values()] or [date(2030, 1, 1)]
        return min(starts, default=date(1990, 1, 1)), max(ends, default=date(2030, 1, 1))


def build(
    source: Path, countries: dict[str, str], hand: tuple[set[str], set[str], set[str]]
) -> list[dict[str, Any]]:
    people: dict[str, Person] = {}

    def person(qid: str) -> Person:
        return people.setdefault(qid, Person(qid))

    with (source / "positions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = jurisdiction_country(row["jurisdiction"], countries)
            role = role_of(row["position_label"], country or "", countries)
            end = _day(row["end"], end=True)
            if (country is None and role not in IGO_ROLES) or (end is not None and end < OLDEST_END):
                continue
            who = person(row["person_qid"])
            if role is None:  # another office (minister of finance, ...): a named person of that country
                who.title = who.title or row["enwiki_title"]
                who.label = who.label or row["person_label_en"]
                who.countries.append((_day(row["start"]) or date.min, country))
                continue
            who.title = who.title or row["enwiki_title"]
            who.label = who.label or row["person_label_en"]
            start = _day(row["start"])
            who.add_spell(role, None if role in IGO_ROLES else country, start, end)
            if role == "head_of_state" and (title := monarch_title(row["position_label"])):
                who.add_spell(title, country, start, end)
            if country:
                who.countries.append((start or date.min, country))
    with (source / "heads_current.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = jurisdiction_country(row["country"], countries)
            if (
                not country
                or not QID.fullmatch(row["officeholder"])
                or QID.fullmatch(row["officeholderLabel"])
            ):
                continue
            start = _day(row["start_year"])
            if start is None or start.year < 1950 or start.year > 2025:
                continue  # the README's stray rows (year 854, premature 2026 edits)
            role = (
                "head_of_government" if HEAD_OF_GOVERNMENT.search(row["positionLabel"]) else "head_of_state"
            )
            who = person(row["officeholder"])
            who.label = who.label or row["officeholderLabel"]
            title = monarch_title(row["positionLabel"]) if role == "head_of_state" else None
            for held in (role, title) if title else (role,):
                if not any(s["role"] == held and s["country"] == country for s in who.spells.values()):
                    who.add_spell(held, country, start, _day(row["end_year"], end=True))
            who.countries.append((start, country))
    with (source / "labels.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["person_qid"] in people and row["lang"] in ("en", "fr", "es", "ar"):
                people[row["person_qid"]].labels[row["lang"]] = row["label"]
    return entries_of([p for p in people.values() if p.spells or p.countries], hand)


def entries_of(people: list[Person], hand: tuple[set[str], set[str], set[str]]) -> list[dict[str, Any]]:
    hand_ids, hand_full, taken = hand
    entries: dict[str, dict[str, Any]] = {}
    for who in sorted(people, key=lambda p: int(p.qid[1:])):
        entry = entry_of(who)
        if entry is None or entry["id"] in hand_ids or entry["id"] in entries:
            continue
        if any(_key(n) in hand_full for values in entry["names"].values() for n in values):
            continue
        entries[entry["id"]] = entry
    add_surnames(entries, taken)
    add_short_patronyms(entries, hand_full)
    return sorted(name_ids(entries.values(), hand_ids), key=lambda e: e["id"])


def name_ids(entries: Iterable[dict[str, Any]], hand_ids: set[str]) -> list[dict[str, Any]]:
    """Entries with a QID for id (no Wikipedia title) take their Latin-script name with "_" when no
    other entry, generated or hand-written, has or would take that id."""
    entries = list(entries)
    wanted = [_name_id(e) if QID.fullmatch(e["id"]) else None for e in entries]
    counts = Counter(w for w in wanted if w)
    taken = {_id_key(i) for i in hand_ids} | {_id_key(e["id"]) for e in entries if not QID.fullmatch(e["id"])}
    for entry, name_id in zip(entries, wanted):
        if name_id and counts[name_id] == 1 and _id_key(name_id) not in taken:
            entry["id"] = name_id
    return entries


def _id_key(entry_id: str) -> str:
    return _key(entry_id.replace("_", " "))


def _name_id(entry: dict[str, Any]) -> str | None:
    name = entry["name"]
    latin = all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)
    return name.replace(" ", "_") if latin and len(name.split()) >= 2 else None


def entry_of(who: Person) -> dict[str, Any] | None:
    display = _display_name(who)
    if not display:
        return None
    names: dict[str, list[str]] = defaultdict(list)
    for lang in ("en", "fr", "es", "ar"):
        label = who.labels.get(lang)
        if label and (lang == "ar") == is_arabic(label.split()[0]):
            names[lang].append(label)
    title_name = re.sub(r"\s*\(.*\)$", "", who.title.replace("_", " ")) if who.title else ""
    for name in (display, title_name):
        if name and name not in names["en"]:
            names["en"].append(name)
    spells = sorted(who.spells.values(), key=lambda s: (s["start"] or date.min, s["role"]))
    country = max(who.countries)[1] if who.countries else None
    sector = SECTOR.get(spells[-1]["role"], "GOV") if spells else "GOV"
    return {
        "id": who.title.replace(" ", "_") if who.title else who.qid,
        "kind": "person",
        "name": display,
        "country": None if sector == "IGO" else country,
        "sector": sector,
        "names": dict(names),
        "roles": [_spell(s) for s in spells],
        "wikidata": who.qid,
        "_active": who.active(),
    }


def _display_name(who: Person) -> str:
    for name in (who.labels.get("en"), who.label, re.sub(r"\s*\(.*\)$", "", who.title)):
        if name and not QID.fullmatch(name) and not is_arabic(name.split()[0]) and name.isprintable():
            return name
    return ""


def _spell(spell: dict[str, Any]) -> dict[str, Any]:
    out = {"role": spell["role"]}
    if spell["country"]:
        out["country"] = spell["country"]
    out["start"] = spell["start"].isoformat() if spell["start"] else None
    out["end"] = spell["end"].isoformat() if spell["end"] else None
    return out


def add_surnames(entries: dict[str, dict[str, Any]], taken: set[str]) -> None:
    """Surname-only aliases for top office holders, when no other person active in an overlapping
    period has that surname, it is no common first name and no place, country or organisation has
    it as its name."""
    words: dict[str, list[tuple[date, date]]] = defaultdict(list)
    given: Counter[str] = Counter()  # how many persons' names begin with a word: a surname that many do
    # ("Robert", "Anthony") is most often someone's first name in a text, not the office holder
    for entry in entries.values():
        keys = [_without_suffix(alias_keys(n)) for values in entry["names"].values() for n in values]
        for key in {k[-1] for k in keys if k}:
            words[key].append(entry["_active"])
        given.update({k[0] for k in keys if len(k) > 1})
    for entry in entries.values():
        if not any(r["role"] in SURNAME_ROLES for r in entry["roles"]):
            continue
        parts = _without_suffix(entry["name"].split())
        if 1 < len(parts) < len(entry["name"].split()):  # "Teodoro Locsin Jr.": also "Teodoro Locsin"
            entry["names"]["en"].append(" ".join(parts).rstrip(","))
        surname = parts[-1].rstrip(",")
        key = fold(surname)
        if len(parts) < 2 or len(surname) < MIN_SURNAME or not surname[:1].isupper() or key in taken:
            continue
        if given[key] >= FIRST_NAME_PERSONS:
            continue
        mine = entry["_active"]
        others = [span for span in words[key] if span is not mine]
        if any(start <= mine[1] and mine[0] <= end for start, end in others):
            continue
        entry["names"]["en"].append(surname)
    for entry in entries.values():
        del entry["_active"]


GENERATION_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _without_suffix(words: Sequence[str]) -> list[str]:
    """A name's words without the generation that closes it ("Jr.", "III"): the surname is before it."""
    words = list(words)
    while len(words) > 1 and words[-1].lower().strip(",") in GENERATION_SUFFIXES:
        words.pop()
    return words


def add_short_patronyms(entries: dict[str, dict[str, Any]], hand_full: set[str]) -> None:
    """ "X bin Y" for a member of a ruling house named "X bin Y [bin Z] Al House", when no other person,
    generated or hand-written, has or would take that short name."""
    named: Counter[str] = Counter(_key(n) for e in entries.values() for ns in e["names"].values() for n in ns)
    shorts: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for entry in entries.values():
        forms = {
            f"{m[1]} bin {m[2]}"
            for n in entry["names"].get("en", [])
            if (m := PATRONYMIC.fullmatch(n)) and fold(m[3]) in RULING_HOUSES
        }
        for form in forms:
            shorts[_key(form)].append((entry, form))
    for key, holders in shorts.items():
        entry, form = holders[0]
        own = any(_key(n) == key for n in entry["names"]["en"])
        if len(holders) > 1 or key in hand_full or (named[key] and not own):
            continue
        if not own:
            entry["names"]["en"].append(form)


# --- writing -------------------------------------------------------------------------


def write(entries: list[dict[str, Any]], out: Path) -> None:
    bad = [str(p) for e in entries for p in entry_problems(Item(_for_check(e), str(out), 0))]
    if bad:
        raise SystemExit("generated entries fail the KB checks:\n" + "\n".join(bad[:20]))
    payload = {
        "generated_by": "scripts/build_person_kb.py",
        "source": "wikidata-positions (Wikidata, CC0 1.0); see kb/data/LICENSE-wikidata.md",
        "entries": entries,
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    # mtime=0: the same input gives the same bytes, so git sees no change on a rebuild.
    with gzip.GzipFile(out, "wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))


def _for_check(entry: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in entry.items() if k != "wikidata"}
    data["roles"] = [
        {**r, "start": _day(r["start"]), "end": _day(r["end"]) if r["end"] else None} for r in entry["roles"]
    ]
    return data


def report(entries: list[dict[str, Any]], out: Path) -> None:
    per_lang: dict[str, int] = defaultdict(int)
    for entry in entries:
        for lang, values in entry["names"].items():
            per_lang[lang] += len(values)
    roles = sum(len(e["roles"]) for e in entries)
    print(
        f"{out}: {len(entries)} persons, {roles} roles, aliases {dict(sorted(per_lang.items()))}, "
        f"{out.stat().st_size / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    sys.exit(main())
