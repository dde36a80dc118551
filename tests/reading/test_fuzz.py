"""Fuzzing the readers and the JSONL source: whatever the bytes, every input ends as an Article or a
Rejected with a real reason (never "internal-error", never an exception), and what is kept can be
written as UTF-8 JSON and stored.

The suite runs a few hundred derandomised cases; `make fuzz` runs many more with fresh random seeds
(DIPLOWATCH_FUZZ_EXAMPLES) and prints Hypothesis' statistics (the number of cases run).
"""

from __future__ import annotations

import io
import json
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.pipeline import Options, Pipeline
from diplowatch.reading.sources import iter_inputs
from diplowatch.record import to_record
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import input_fingerprint

EXAMPLES = int(os.environ.get("DIPLOWATCH_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 150,
    derandomize=not EXAMPLES,  # the suite is reproducible; `make fuzz` explores
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PIPELINE = Pipeline(Options(today=date(2025, 1, 1), link_actors=False))

# Text that breaks naive code: surrogates (only reachable as JSON escapes), controls, bidi overrides,
# zero-width and combining marks, Arabic, line and paragraph separators, NUL, the replacement char.
NASTY = [
    "\\ud83d",
    "\\udc00",
    "\\ud83d\\ude00",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u200f",
    "\u0301",
    "\x00",
    "\x1b[31m",
    "\r",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "مبعوث",
    "é",
    "\t",
    "<script>",
    "&#xd83d;",
]
SENTENCES = [
    "Bourita a reçu de Mistura à Rabat lundi.",
    "El enviado se reunió en Argel con el canciller.",
    "The envoy met the minister in Moscow on 12 March 2024.",
    "استقبل الوزير المبعوث في الرباط.",
]


def _json_string(draw: st.DrawFn) -> str:
    """The inside of a JSON string literal: sentences, nasty characters, and raw escapes."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(SENTENCES),
                st.sampled_from(NASTY),
                st.text(max_size=20).map(lambda t: json.dumps(t)[1:-1]),
            ),
            max_size=6,
        )
    )
    return "".join(parts)


@st.composite
def jsonl_lines(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["object", "bytes", "deep", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "deep":
        depth = draw(st.integers(1, 20_000))
        opener = draw(st.sampled_from(["[", '{"a":']))
        return (opener * depth).encode()
    fields = {"text" if draw(st.booleans()) else "html": f'"{_json_string(draw)}"'}
    for key in draw(
        st.lists(
            st.sampled_from(["id", "url", "published", "language", "outlet", "title"]),
            max_size=6,
            unique=True,
        )
    ):
        fields[key] = draw(
            st.one_of(
                st.just(f'"{_json_string(draw)}"'),
                st.sampled_from(["null", "true", "[1,2]", "{}", "1e999", "-0", "7"]),
                st.sampled_from(
                    ['"9999-12-31"', '"0001-01-01"', '"2024-02-30"', '"xx-invalid"', '"en-GB"', '""']
                ),
            )
        )
    line = ("{" + ",".join(f'"{k}":{v}' for k, v in fields.items()) + "}").encode("utf-8", "surrogatepass")
    if kind == "mutated":
        data = bytearray(line)
        for position, value in draw(
            st.lists(st.tuples(st.integers(0, max(len(data) - 1, 0)), st.integers(0, 255)), max_size=4)
        ):
            if data:
                data[position % len(data)] = value
        line = bytes(data)
    return line


@st.composite
def files(draw: st.DrawFn) -> tuple[bytes, str]:
    suffix = draw(st.sampled_from([".txt", ".html"]))
    text = "\n".join(draw(st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), max_size=8)))
    encoding = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-16", "cp1252", "cp1256", "mixed", "raw"]))
    if encoding == "raw":
        return draw(st.binary(max_size=400)), suffix
    if suffix == ".html":
        text = draw(
            st.sampled_from(
                [
                    "<html><body><article><p>{}</p></article></body></html>",
                    "<p>{}",
                    "{}</div>",
                    "<!doctype html><title>{}</title>",
                ]
            )
        ).format(text)
    if encoding == "mixed":
        return text.encode("utf-8") + b"\n" + text.encode("cp1252", "replace"), suffix
    return text.encode(encoding, "replace"), suffix


def _check(item: RawDocument | Rejected, store: SQLiteStore) -> None:
    str(item.source).encode("utf-8")
    assert "\n" not in item.source
    if isinstance(item, Rejected):
        assert item.reason != "internal-error", item
        return
    fingerprint = input_fingerprint(item, "fuzz")
    result = PIPELINE.process(item)
    assert not (isinstance(result, Rejected) and result.reason == "internal-error"), result
    if isinstance(result, Article):
        json.dumps(to_record(result), ensure_ascii=False).encode("utf-8")
        store.put_article(result, fingerprint=fingerprint)
    else:
        store.put_rejected(result, fingerprint=fingerprint)


@FUZZ
@given(st.lists(jsonl_lines(), min_size=1, max_size=4))
def test_fuzz_jsonl_source_never_raises(lines: list[bytes]) -> None:
    stream = io.BytesIO(b"{}\n" + b"\n".join(lines) + b"\n")  # opens with an object: read as JSONL
    with SQLiteStore(":memory:") as store:
        for item in iter_inputs(["-"], stream):
            _check(item, store)


@FUZZ
@given(files())
def test_fuzz_file_readers_never_raise(file: tuple[bytes, str]) -> None:
    data, suffix = file
    with SQLiteStore(":memory:") as store:
        _check(RawDocument(source=f"fuzz{suffix}", data=data, given={"suffix": suffix}), store)
