"""Turn the named groups of a pattern match into a Reading (what the words say, unanchored)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from diplowatch.dates.model import Reading
from diplowatch.dates.vocabulary import Vocabulary

Fields = dict[str, Any]


def _digits(text: str) -> int | None:
    found = re.match(r"'?(\d+)", text)
    return int(found.group(1)) if found else None


def _month(text: str, vocab: Vocabulary) -> Fields:
    first = re.split(r"\s*[/(]\s*", text.rstrip(") "))[0].rstrip(".")
    month = vocab.meaning("MONTH", first) or vocab.meaning("MONTH", first + ".")
    return {"month": int(month)} if month is not None else {}


def _day(text: str, vocab: Vocabulary) -> Fields:
    day = _digits(text)
    if day is None:
        day = vocab.meaning("ORD", text)
    return {"day": int(day)} if day else {}


def _number(text: str, vocab: Vocabulary) -> Fields:
    count = _digits(text)
    if count is None:
        count = vocab.meaning("NUMWORD", text)
    return {"count": int(count)} if count is not None else {}


def _unit(text: str, vocab: Vocabulary) -> Fields:
    meaning = vocab.meaning("UNIT", text)
    if isinstance(meaning, tuple):  # plurals and Arabic duals: (unit, count, plural)
        unit, count, plural = meaning
        return {"unit": unit, "plural": plural, **({"count": count} if count is not None else {})}
    return {"unit": meaning}


def _deixis(text: str, vocab: Vocabulary) -> Fields:
    meaning = vocab.meaning("DEIXIS", text)
    if isinstance(meaning, list):
        return {"deixis": int(meaning[0]), "part_of_day": str(meaning[1])}
    return {"deixis": int(meaning)}


def _clock(text: str, vocab: Vocabulary) -> Fields:
    hour, minute = str(vocab.meaning("CLOCK", text)).split(":")
    return {"hour": int(hour), "minute": int(minute)}


def _decade(text: str, vocab: Vocabulary) -> Fields:
    word = vocab.meaning("DECADEWORD", text)
    if word is not None:
        return {"decade_digit": int(word)}
    digits = re.sub(r"\D", "", text)
    return {"decade": int(digits[:3])} if len(digits) == 4 else {"decade_digit": int(digits[0])}


def _lookup(slot: str, field: str, cast: Callable[[Any], Any] = str) -> Callable[[str, Vocabulary], Fields]:
    def read(text: str, vocab: Vocabulary) -> Fields:
        meaning = vocab.meaning(slot, text)
        return {field: cast(meaning)} if meaning is not None else {}

    return read


def _constant(**fields: Any) -> Callable[[str, Vocabulary], Fields]:
    return lambda text, vocab: dict(fields)


def _year2(text: str, vocab: Vocabulary) -> Fields:
    return {"century_less_year": _digits(text)}


def _pm(text: str, vocab: Vocabulary) -> Fields:
    return {"pm": vocab.meaning("AMPM", text) == "pm"}


# Group name -> how to read it. Groups not listed (x, hmark, separators) carry no meaning.
READERS: Mapping[str, Callable[[str, Vocabulary], Fields]] = {
    "month": _month,
    "monthname": _month,
    "weekday": _lookup("WEEKDAY", "weekday", int),
    "day": _day,
    "ord": _lookup("ORD", "ordinal", int),
    "monthnum": lambda text, vocab: {"month": int(text)},
    "hijrimonth": _lookup("HIJRIMONTH", "hijri_month", int),
    "hijriyear": lambda text, vocab: {"hijri_year": int(text)},
    "year": lambda text, vocab: {"year": int(text)},
    "year2": _year2,
    "shift": _lookup("SHIFT", "shift", int),
    "deixis": _deixis,
    "anaphor": _lookup("ANAPHOR", "anaphor", int),
    "unit": _unit,
    "num": _number,
    "ago": _constant(direction=-1),
    "later": _constant(direction=1),
    "afterward": _constant(direction=1, from_reference=True),
    "earlier": _constant(direction=-1, from_reference=True),
    "afterwardadv": _constant(direction=1, from_reference=True),
    "earlieradv": _constant(direction=-1, from_reference=True),
    "sameyear": _constant(same_year=True),
    "sequel": lambda text, vocab: {"shift": int(vocab.meaning("SEQUEL", text)), "from_reference": True},
    "approx": _lookup("APPROX", "approx"),
    "season": _lookup("SEASON", "season"),
    "decade": _decade,
    "decades": _decade,
    "decadeword": _decade,
    "pod": _lookup("POD", "part_of_day"),
    "hour": lambda text, vocab: {"hour": int(text)},
    "min": lambda text, vocab: {"minute": int(text)},
    "hhmm": lambda text, vocab: {"hour": int(text.split("h")[0]), "minute": int(text.split("h")[1])},
    "ampm": _pm,
    "clock": _clock,
    "holiday": _lookup("HOLIDAY", "holiday"),
    "set": _constant(marker="set"),
    "dur": _constant(marker="duration"),
}


def _gregorian(fields: Fields) -> bool:
    """The Hijri day, month and year of `fields` turned into the Gregorian ones, in place (Umm al-Qura
    calendar, as the Gulf's press and governments date their pages); False when it is no day of it."""
    from hijridate import Hijri  # imported here: only Arabic pages with a Hijri date need it

    whole_month = "day" not in fields  # "رمضان 1445": the Gregorian month of its middle day
    try:
        year, month = fields.pop("hijri_year"), fields.pop("hijri_month")
        day = Hijri(year, month, fields.pop("day", MID_MONTH)).to_gregorian()
    except (KeyError, ValueError, OverflowError):
        return False
    fields.update(year=day.year, month=day.month)
    if not whole_month:
        fields["day"] = day.day
    return True


MID_MONTH = 15


ROMAN_MONTHS = {numeral: n for n, numeral in enumerate("i ii iii iv v vi vii viii ix x xi xii".split(), 1)}


NUMERIC_DATES = ("isodate", "numdate", "spaceddate", "romandate")  # the slots of whole dates in figures


def _numeric_date(groups: Mapping[str, str | None], vocab: Vocabulary) -> Fields:
    if groups.get("rd_y"):  # "21-vii-2015"
        return {
            "year": int(groups["rd_y"] or 0),
            "month": ROMAN_MONTHS[groups["rd_m"] or "i"],
            "day": int(groups["rd_d"] or 0),
        }
    if groups.get("iso_y"):
        return {
            "year": int(groups["iso_y"] or 0),
            "month": int(groups["iso_m"] or 0),
            "day": int(groups["iso_d"] or 0),
        }
    if groups.get("sd_y"):  # "12 - 4 - 2007": a numeric date with spaced separators
        groups = {"nd_a": groups["sd_a"], "nd_b": groups["sd_b"], "nd_y": groups["sd_y"]}
    first, second = int(groups["nd_a"] or 0), int(groups["nd_b"] or 0)
    day, month = (second, first) if vocab.numeric_order == "mdy" else (first, second)
    if month > 12 and day <= 12:  # the other order is the only valid one
        day, month = month, day
    year_text = groups["nd_y"] or ""
    key = "year" if len(year_text) == 4 else "century_less_year"
    return {key: int(year_text), "month": month, "day": day}


def read(groups: Mapping[str, str | None], vocab: Vocabulary) -> Reading | None:
    """The Reading of one match, or None when a word is not in the vocabulary after all."""
    fields: Fields = {}
    for name, text in groups.items():
        if text is None or name not in READERS:
            continue
        fields.update(READERS[name](text.strip(), vocab))
    if any(groups.get(slot) for slot in NUMERIC_DATES):
        fields.update(_numeric_date(groups, vocab))
    if "hijri_month" in fields and not _gregorian(fields):
        return None  # no such day in the Hijri calendar, or out of its table
    pm = fields.pop("pm", False)
    if pm and fields.get("hour") is not None and fields["hour"] < 12:
        fields["hour"] += 12
    try:
        return Reading(**fields)
    except TypeError:
        return None
