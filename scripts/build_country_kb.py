#!/usr/bin/env python3
"""Generate the country part of the knowledge base.

Reads ISO 3166-1 codes and their French/Spanish/Arabic names from pycountry
(with its gettext catalogues), merges the hand-written supplement
scripts/countries_supplement.yaml (Wikipedia-title ids, short forms,
demonyms, capitals), and writes:

* src/diplowatch/kb/data/countries.yaml (every ISO 3166-1 entry), and
* the capitals section of src/diplowatch/kb/data/places.yaml (between the
  BEGIN/END GENERATED CAPITALS markers; the hand-written part is kept).

Aliases shared by two countries (e.g. "Korea", "Congo") are dropped from both
unless exactly one of them lists it in the supplement; the dropped aliases are
reported on stderr. Run:  .venv/bin/python scripts/build_country_kb.py
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "src" / "diplowatch" / "kb" / "data"
SUPPLEMENT = HERE / "countries_supplement.yaml"
LANGS = ("en", "fr", "es", "ar")
BEGIN = "# --- BEGIN GENERATED CAPITALS (scripts/build_country_kb.py; do not edit) ---"
END = "# --- END GENERATED CAPITALS ---"

# Non-sovereign ISO 3166-1 entries (dependencies, special areas, Western Sahara).
TERRITORIES = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN "
    "SJM SPM SXM TCA TKL UMI VGB VIR WLF".split()
)
# Wikipedia titles for entries without a supplement line whose pycountry name differs.
WIKI_IDS = {
    "CCK": "Cocos_(Keeling)_Islands",
    "SHN": "Saint_Helena,_Ascension_and_Tristan_da_Cunha",
    "SJM": "Svalbard_and_Jan_Mayen",
    "UMI": "United_States_Minor_Outlying_Islands",
    "IOT": "British_Indian_Ocean_Territory",
    "HMD": "Heard_Island_and_McDonald_Islands",
    "SGS": "South_Georgia_and_the_South_Sandwich_Islands",
    "BLM": "Saint_Barthélemy",
    "KNA": "Saint_Kitts_and_Nevis",
    "LCA": "Saint_Lucia",
    "ATA": "Antarctica",
}
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

HEADER = """\
# GENERATED FILE - do not edit by hand.
# Built by scripts/build_country_kb.py from pycountry {version} (ISO 3166-1 codes,
# names and their fr/es/ar gettext translations) and the hand-written
# scripts/countries_supplement.yaml (Wikipedia-title ids, short forms, demonyms,
# capitals). To change an entry, edit scripts/countries_supplement.yaml and
# regenerate:  .venv/bin/python scripts/build_country_kb.py
# Schema: see README.md in this directory.
"""


def strip_arabic_marks(text: str) -> str:
    return ARABIC_MARKS.sub("", text)


def listify(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def uninvert(name: str, lang: str) -> list[str]:
    """'Corée, République de' -> ['République de Corée', 'Corée']; plain names unchanged."""
    sep = "، " if lang == "ar" and "، " in name else ", "
    if sep not in name or "(" in name:
        return [name]
    head, tail = name.split(sep, 1)
    joined = f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"
    if lang == "ar":
        return [tail, head]
    return [joined, head]


# ---------------------------------------------------------------- pycountry names


def pycountry_names(country: Any, catalogues: dict[str, gettext.NullTranslations]) -> dict[str, list[str]]:
    english = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
    names: dict[str, list[str]] = {"en": []}
    for name in filter(None, english):
        names["en"] += uninvert(name, "en")
    for lang, catalogue in catalogues.items():
        forms = []
        for name in filter(None, [country.name, getattr(country, "official_name", None)]):
            translated = catalogue.gettext(name)
            if translated != name or lang != "ar":
                forms += uninvert(strip_arabic_marks(translated) if lang == "ar" else translated, lang)
        names[lang] = forms
    return names


# ---------------------------------------------------------------- demonyms


def strip_last_accent(word: str) -> str:
    for accented, plain in zip("áéíóú", "aeiou"):
        idx = word.rfind(accented)
        if idx >= len(word) - 3 and idx != -1:
            return word[:idx] + plain + word[idx + 1 :]
    return word


def inflect_fr(base: str) -> dict[str, str]:
    if base.endswith("e"):
        return {"ms": base, "fs": base, "mp": base + "s", "fp": base + "s"}
    if base.endswith(("s", "x")):
        return {"ms": base, "fs": base + "e", "mp": base, "fp": base + "es"}
    fem = base + "ne" if base.endswith(("en", "on")) else base + "e"
    return {"ms": base, "fs": fem, "mp": base + "s", "fp": fem + "s"}


def inflect_es(base: str) -> dict[str, str]:
    if base.endswith("o"):
        return {"ms": base, "fs": base[:-1] + "a", "mp": base + "s", "fp": base[:-1] + "as"}
    if base.endswith(("í", "ú")):
        return {"ms": base, "fs": base, "mp": base + "es", "fp": base + "es", "alt": base + "s"}
    if base.endswith(("e", "a", "i", "u")):
        return {"ms": base, "fs": base, "mp": base + "s", "fp": base + "s"}
    stem = strip_last_accent(base)
    return {"ms": base, "fs": stem + "a", "mp": stem + "es", "fp": stem + "as"}


def inflect_en(base: str) -> dict[str, str]:
    forms = {"ms": base, "fs": base, "fp": base}
    if not base.endswith(("ese", "sh", "ch", "ss", "sy", "tho", "ois")):
        forms["mp"] = base + "s"
    return forms


def inflect_ar(base: str) -> dict[str, str]:
    base = strip_arabic_marks(base)
    return {
        "ms": base,
        "fs": base + "ة",
        "al_ms": "ال" + base,
        "al_fs": "ال" + base + "ة",
        "mp": base + "ون",
        "mp2": base + "ين",
        "al_mp": "ال" + base + "ون",
        "al_mp2": "ال" + base + "ين",
    }


INFLECT = {"en": inflect_en, "fr": inflect_fr, "es": inflect_es, "ar": inflect_ar}


def demonym_forms(sup: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[dict[str, str]]]]:
    """All demonym strings by language, plus the inflection tables (for descriptions)."""
    bases = sup.get("dem") or [None] * 4
    extra = sup.get("dem_extra") or {}
    forms: dict[str, list[str]] = {}
    tables: dict[str, list[dict[str, str]]] = {}
    for lang, base in zip(LANGS, bases):
        tables[lang] = [INFLECT[lang](b) for b in listify(base)]
        literal = listify(extra.get(lang))
        if not tables[lang] and literal and lang != "ar":
            tables[lang] = [literal_table(literal)]
        words = [w for table in tables[lang] for w in table.values()] + literal
        if words:
            forms[lang] = dedupe(words)
    return forms, tables


def literal_table(literal: list[str]) -> dict[str, str]:
    """Take ms/fs/mp/fp from a literal list written in that order (shorter lists repeat)."""
    if len(literal) >= 4:
        return {"ms": literal[0], "fs": literal[1], "mp": literal[2], "fp": literal[3]}
    return {"ms": literal[0], "fs": literal[0], "fp": literal[-1]}


# ---------------------------------------------------------------- descriptions


def government_descriptions(tables: dict[str, list[dict[str, str]]]) -> dict[str, list[str]]:
    """'les autorités russes', 'the Russian government', 'السلطات الروسية' ..."""
    out: dict[str, list[str]] = defaultdict(list)
    for t in tables.get("fr", []):
        out["fr"] += [
            f"gouvernement {t['ms']}",
            f"autorités {t['fp']}",
            f"régime {t['ms']}",
            f"pouvoir {t['ms']}",
        ]
    for t in tables.get("en", []):
        out["en"] += [f"{t['ms']} government", f"{t['ms']} authorities"]
    for t in tables.get("es", []):
        out["es"] += [
            f"Gobierno {t['ms']}",
            f"autoridades {t['fp']}",
            f"régimen {t['ms']}",
            f"Ejecutivo {t['ms']}",
        ]
    for t in tables.get("ar", []):
        out["ar"] += [f"الحكومة {t['al_fs']}", f"السلطات {t['al_fs']}", f"النظام {t['al_ms']}"]
    return dict(out)


# ---------------------------------------------------------------- entries


def country_id(code: str, country: Any, sup: dict[str, Any]) -> str:
    if sup.get("id"):
        return str(sup["id"])
    if code in WIKI_IDS:
        return WIKI_IDS[code]
    return (getattr(country, "common_name", None) or country.name).replace(" ", "_")


def build_entry(country: Any, sup: dict[str, Any], catalogues: dict[str, Any]) -> dict[str, Any]:
    code = country.alpha_3
    cid = country_id(code, country, sup)
    kind = sup.get("kind") or ("territory" if code in TERRITORIES else "country")
    names = pycountry_names(country, catalogues)
    names["en"] = [cid.replace("_", " ")] + names["en"]
    demonyms, tables = demonym_forms(sup)
    descriptions = government_descriptions(tables) if kind == "country" else {}
    for lang, phrases in (sup.get("descriptions") or {}).items():
        descriptions[lang] = listify(phrases) + descriptions.get(lang, [])
    entry: dict[str, Any] = {
        "id": cid,
        "kind": kind,
        "name": cid.replace("_", " "),
        "country": code,
        "iso2": country.alpha_2,
        "sector": "GOV" if kind == "country" else None,
        "names": names,
        "supplement_names": {lang: listify(v) for lang, v in (sup.get("names") or {}).items()},
        "demonyms": demonyms,
        "descriptions": {lang: dedupe(v) for lang, v in descriptions.items()},
        "capital": (sup.get("cap") or [None])[0],
    }
    if sup.get("uncertain"):
        entry["uncertain"] = True
    if sup.get("note"):
        entry["note"] = str(sup["note"])
    return entry


def norm(text: str) -> str:
    return strip_arabic_marks(unicodedata.normalize("NFC", text)).casefold()


def resolve_collisions(entries: list[dict[str, Any]]) -> None:
    """Drop aliases that two countries share, unless exactly one owner lists it in the supplement."""
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    chosen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, entry in enumerate(entries):
        for lang in set(entry["names"]) | set(entry["supplement_names"]):
            for alias in entry["names"].get(lang, []) + entry["supplement_names"].get(lang, []):
                owners[(lang, norm(alias))].add(i)
            for alias in entry["supplement_names"].get(lang, []):
                chosen[(lang, norm(alias))].add(i)
    for i, entry in enumerate(entries):
        merged: dict[str, list[str]] = {}
        for lang in sorted(set(entry["names"]) | set(entry["supplement_names"]), key=lang_order):
            kept = []
            for alias in dedupe(entry["supplement_names"].get(lang, []) + entry["names"].get(lang, [])):
                key = (lang, norm(alias))
                if len(owners[key]) == 1 or chosen[key] == {i}:
                    kept.append(alias)
                elif alias == entry["name"]:
                    kept.append(alias)
                else:
                    print(f"dropped ambiguous alias {lang}:{alias!r} of {entry['id']}", file=sys.stderr)
            if kept:
                merged[lang] = kept
        entry["names"] = merged
        del entry["supplement_names"]


def lang_order(lang: str) -> int:
    order = ("xx",) + LANGS
    return order.index(lang) if lang in order else len(order)


def drop_shared_demonyms(entries: list[dict[str, Any]]) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entries:
        for lang, words in entry["demonyms"].items():
            for word in words:
                owners[(lang, norm(word))].add(entry["id"])
    for entry in entries:
        for lang, words in list(entry["demonyms"].items()):
            entry["demonyms"][lang] = [w for w in words if len(owners[(lang, norm(w))]) == 1]
            for word in set(words) - set(entry["demonyms"][lang]):
                print(f"dropped shared demonym {lang}:{word!r} of {entry['id']}", file=sys.stderr)


# ---------------------------------------------------------------- capitals


def capital_entries(supplement: dict[str, Any], by_code: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    country_aliases = {norm(a) for e in by_code.values() for v in e["names"].values() for a in v}
    places = []
    for code, sup in supplement.items():
        if not (sup or {}).get("cap"):
            continue
        place_id, *localized = sup["cap"]
        names: dict[str, list[str]] = {}
        for lang, value in zip(LANGS, localized):
            kept = [n for n in dedupe(listify(value)) if norm(n) not in country_aliases]
            if kept:
                names[lang] = kept
        places.append(
            {
                "id": place_id,
                "kind": "place",
                "name": place_id.split(",")[0].replace("_", " "),
                "country": code,
                "metonym_for": sup.get("cap_metonym") or by_code[code]["id"],
                "names": names,
            }
        )
    return places


def write_places(places: list[dict[str, Any]], path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    manual = {e["id"] for e in (yaml.safe_load(head) or [])}
    generated = [p for p in places if p["id"] not in manual]
    block = dump(generated) if generated else ""
    path.write_text(f"{head}{BEGIN}\n{block}{END}{tail}", encoding="utf-8")
    return sorted(p["id"] for p in places if p["id"] in manual)


# ---------------------------------------------------------------- output


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


def _list_presenter(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(x, str) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(str, _str_presenter)
_Dumper.add_representer(list, _list_presenter)


def dump(entries: list[dict[str, Any]]) -> str:
    chunks = []
    for entry in entries:
        text = yaml.dump([entry], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
        chunks.append(text)
    return "\n".join(chunks)


def build(supplement_path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    supplement = yaml.safe_load(supplement_path.read_text(encoding="utf-8")) or {}
    unknown = set(supplement) - {c.alpha_3 for c in pycountry.countries}
    if unknown:
        raise SystemExit(f"supplement keys are not ISO 3166-1 alpha-3 codes: {sorted(unknown)}")
    catalogues = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS[1:]
    }
    entries = [build_entry(c, supplement.get(c.alpha_3) or {}, catalogues) for c in pycountry.countries]
    resolve_collisions(entries)
    drop_shared_demonyms(entries)
    entries.sort(key=lambda e: e["id"])
    by_code = {e["country"]: e for e in entries}
    return entries, capital_entries(supplement, by_code)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="kb/data directory")
    parser.add_argument("--supplement", type=Path, default=SUPPLEMENT, help="hand-written supplement")
    args = parser.parse_args(argv)
    entries, places = build(args.supplement)
    for entry in entries:
        entry["demonyms"] = {k: v for k, v in entry["demonyms"].items() if v}
        if not entry["capital"]:
            del entry["capital"]
    version = getattr(pycountry, "__version__", "")
    (args.data / "countries.yaml").write_text(
        HEADER.format(version=version) + "\n" + dump(entries), encoding="utf-8"
    )
    kept_manual = write_places(places, args.data / "places.yaml")
    print(f"wrote {len(entries)} countries/territories and {len(places)} capitals", file=sys.stderr)
    if kept_manual:
        print(f"capitals kept from the hand-written part of places.yaml: {kept_manual}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
