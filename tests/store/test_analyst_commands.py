"""The dossier commands as an analyst types them (issue 12): filters, formats, quotes, search, actors,
exit codes. The dossier is built from tests.store.analyst_dossier (no spaCy)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diplowatch.cli import main
from tests.store.analyst_dossier import LAVROV_SAID, build

Capture = pytest.CaptureFixture[str]


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return build(tmp_path / "dossier.sqlite")


def _run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _timeline(capsys: Capture, db: str, *argv: str) -> tuple[int, list[dict]]:
    status, out, _ = _run(capsys, "timeline", "--db", db, "--format", "jsonl", *argv)
    return status, [json.loads(line) for line in out.splitlines()]


# -- filters --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("--type", "ACCUSE,REJECT", "--include-negated"),
        ("--type", "ACCUSE", "--type", "REJECT", "--include-negated"),
        ("--type", "accuse, reject", "--include-negated"),
    ],
)
def test_timeline_type_is_repeatable_and_comma_separated(
    capsys: Capture, db: str, argv: tuple[str, ...]
) -> None:
    status, rows = _timeline(capsys, db, *argv)
    assert status == 0
    assert sorted(r["category"] for r in rows) == ["ACCUSE", "ACCUSE", "REJECT"]


def test_timeline_unknown_type_is_a_usage_error_listing_the_valid_ones(capsys: Capture, db: str) -> None:
    status, out, err = _run(capsys, "timeline", "--db", db, "--type", "CRITICIZE")
    assert status == 2 and out == ""
    assert "'CRITICIZE' is not a PLOVER category" in err and "ACCUSE, REJECT" in err and err.count("\n") == 1


def test_a_misspelt_db_is_an_error_and_creates_nothing(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "dosier.sqlite"
    status, out, err = _run(capsys, "timeline", "--db", str(missing))
    assert status == 2 and "no dossier there" in err and "0 event" not in out + err
    assert not missing.exists()


def test_actor_rolls_up_to_the_state_unless_exact(capsys: Capture, db: str) -> None:
    _, rolled = _timeline(capsys, db, "--actor", "Russia")
    assert {r["category"] for r in rolled} == {"CONSULT", "SUPPORT", "REQUEST"}  # Lavrov, Russia, Vershinin
    _, exact = _timeline(capsys, db, "--actor", "Russia", "--exact")
    assert [r["category"] for r in exact] == ["SUPPORT"]


def test_actor_side_place_and_confidence_filters(capsys: Capture, db: str) -> None:
    _, addressed = _timeline(capsys, db, "--actor", "Lavrov", "--as", "recipient")
    assert [r["who"] for r in addressed] == ["Staffan de Mistura"]
    assert _timeline(capsys, db, "--actor", "Lavrov", "--as", "actor")[0] == 1
    for place in ("Moscow", "RUS", "Russia", "Russie"):
        assert [r["where"] for r in _timeline(capsys, db, "--place", place)[1]] == ["Moscow"], place
    assert [r["where"] for r in _timeline(capsys, db, "--place", "Morocco")[1]] == ["Rabat"]
    _, sure = _timeline(capsys, db, "--min-confidence", "0.7")
    assert "SUPPORT" not in {r["category"] for r in sure} and len(sure) == 4
    status, _, err = _run(capsys, "timeline", "--db", db, "--as", "actor")
    assert status == 2 and "give --actor too" in err


def test_future_and_negated_events_are_left_out_unless_asked(capsys: Capture, db: str) -> None:
    _, facts = _timeline(capsys, db)
    assert not any({"future", "negated"} & set(r["notes"]) for r in facts)
    _, everything = _timeline(capsys, db, "--include-future", "--include-negated")
    notes = [n for r in everything for n in r["notes"]]
    assert len(everything) == len(facts) + 2 and "future" in notes and "negated" in notes
    assert "approximate" in notes and all(0 < r["confidence"] <= 1 for r in everything)


def test_timeline_table_explains_its_markers_and_shows_confidence(capsys: Capture, db: str) -> None:
    status, out, err = _run(capsys, "timeline", "--db", db)
    header = out.splitlines()[0].split()
    assert status == 0 and {"notes", "conf", "src"} <= set(header)
    assert "~ approximate" in err and "5 event(s)" in err
    assert "…" not in out  # piped: full values


def test_nothing_found_is_exit_1_everywhere(capsys: Capture, db: str) -> None:
    assert _run(capsys, "timeline", "--db", db, "--since", "2030")[0] == 1
    assert _run(capsys, "timeline", "--db", db, "--actor", "Napoleon")[0] == 1
    assert _run(capsys, "actor", "Napoleon", "--db", db)[0] == 1
    assert _run(capsys, "search", "zanzibar", "--db", db)[0] == 1
    assert _run(capsys, "quotes", "--db", db, "--lang", "es")[0] == 1
    assert _run(capsys, "event", "ev-0000000000", "--db", db)[0] == 1
    assert _run(capsys, "timeline", "--db", db, "--since", "last week")[0] == 2


def test_event_ids_work_with_or_without_prefix(capsys: Capture, db: str) -> None:
    _, rows = _timeline(capsys, db, "--type", "ACCUSE", "--place", "Rabat")
    event_id = rows[0]["id"]
    for typed in (event_id, event_id.removeprefix("ev-"), event_id.removeprefix("ev-")[:6]):
        status, out, _ = _run(capsys, "event", typed, "--db", db)
        assert status == 0 and out.startswith(event_id) and "confidence: 0.80" in out
    assert json.loads(_run(capsys, "event", event_id, "--db", db, "--format", "json")[1])["id"] == event_id


# -- formats --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("timeline",),
        ("actor", "Staffan_de_Mistura"),
        ("search", "Moscou"),
        ("quotes",),
        ("actors", "--in-dossier"),
    ],
)
def test_every_listing_command_speaks_json_jsonl_and_csv(
    capsys: Capture, db: str, command: tuple[str, ...]
) -> None:
    parsed = {}
    for fmt in ("json", "jsonl", "csv"):
        status, out, _ = _run(capsys, *command, "--db", db, "--format", fmt)
        assert status == 0, fmt
        if fmt == "json":
            parsed[fmt] = json.loads(out)
        elif fmt == "jsonl":
            parsed[fmt] = [json.loads(line) for line in out.splitlines()]
        else:
            parsed[fmt] = list(csv.DictReader(io.StringIO(out)))
    assert parsed["jsonl"] and len(parsed["csv"]) == len(parsed["jsonl"])


def test_table_fits_the_terminal_and_keeps_full_values_when_piped() -> None:
    from diplowatch.store.output import Column, render_table

    rows = [{"id": "ev-1", "who": "Ministry of Foreign Affairs of the Russian Federation " * 2}]
    columns = (Column("id"), Column("who", flex=True))
    narrow = render_table(rows, columns, width=40)
    assert all(len(line) <= 40 for line in narrow.splitlines()) and "…" in narrow
    assert rows[0]["who"].strip() in render_table(rows, columns, width=0)


# -- quotes ---------------------------------------------------------------------------------------


def test_quotes_by_speaker_date_and_language(capsys: Capture, db: str) -> None:
    status, out, _ = _run(capsys, "quotes", "--db", db, "--speaker", "Lavrov", "--format", "jsonl")
    quotes = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [q["quote"] for q in quotes] == [LAVROV_SAID]
    assert quotes[0]["speaker_id"] == "Sergey_Lavrov" and quotes[0]["url"] == "https://news.example/fr-moscow"
    assert _run(capsys, "quotes", "--db", db, "--speaker", "Russia")[0] == 0  # its foreign minister spoke
    assert _run(capsys, "quotes", "--db", db, "--speaker", "Russia", "--exact")[0] == 1
    assert _run(capsys, "quotes", "--db", db, "--since", "2024-04")[0] == 1
    assert _run(capsys, "quotes", "--db", db, "--until", "2024-03", "--lang", "fr")[0] == 0


def test_quotes_in_actor_profile_export_and_report(capsys: Capture, db: str, tmp_path: Path) -> None:
    assert LAVROV_SAID in _run(capsys, "actor", "Lavrov", "--db", db)[1]
    profile = json.loads(_run(capsys, "actor", "Lavrov", "--db", db, "--format", "json")[1])
    assert profile["quotes"][0]["quote"] == LAVROV_SAID
    assert profile["roles"][-1]["label"] == "foreign minister" and profile["roles"][-1]["of_name"] == "Russia"
    status, out, _ = _run(capsys, "export", "--records", "quotes", "--format", "csv", "--db", db)
    assert status == 0 and list(csv.DictReader(io.StringIO(out)))[0]["quote"] == LAVROV_SAID
    assert _run(capsys, "report", "--db", db, "--out", str(tmp_path / "r.html"))[0] == 0
    assert LAVROV_SAID in (tmp_path / "r.html").read_text(encoding="utf-8")


# -- search ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Minurso", "مينورسو", "المينورسو"])
def test_search_knows_kb_aliases_and_arabic_clitics(capsys: Capture, db: str, query: str) -> None:
    status, out, _ = _run(capsys, "search", query, "--db", db, "--lang", "ar", "--format", "json")
    hits = json.loads(out)
    assert status == 0 and [h["doc_id"] for h in hits] == ["ar-laayoune"]
    assert "للمينورسو" in hits[0]["snippet"]
    assert [e["category"] for e in hits[0]["events"]] == ["ACCUSE"]  # a hit leads to its events


def test_search_dates_and_events_in_the_text_listing(capsys: Capture, db: str) -> None:
    listing = _run(capsys, "search", "Minurso", "--db", db, "--since", "2024-01")[1]
    assert listing.count("\n    -> ") == 3 and "(future)" in listing  # every event of the hit, notes said
    assert _run(capsys, "search", "Minurso", "--db", db, "--until", "2023")[0] == 0
    assert _run(capsys, "search", "Minurso", "--db", db, "--since", "2024-04", "--until", "2024-12")[0] == 1


# -- actors ---------------------------------------------------------------------------------------


def test_actors_pages_and_says_how_many_more(capsys: Capture) -> None:
    status, out, err = _run(capsys, "actors", "--limit", "5")
    assert status == 0 and len(out.splitlines()) == 2 + 5 and " more; --limit " in err


def test_actors_shows_readable_role_names(capsys: Capture) -> None:
    out = _run(capsys, "actors", "Sergey_Lavrov")[1]
    assert "role: foreign minister of Russia (foreign_minister)" in out


def test_actors_in_dossier_ranks_by_activity_and_merges_unlinked_aliases(capsys: Capture, db: str) -> None:
    rows = json.loads(_run(capsys, "actors", "--in-dossier", "--db", db, "--format", "json")[1])
    assert (rows[0]["id"], rows[0]["rank"], rows[0]["events"], rows[0]["as_recipient"]) == (
        "Morocco",
        1,
        3,
        3,
    )
    polisario = next(r for r in rows if r["id"] == "Polisario_Front")
    assert polisario["also_as"] == ["Front Polisario"] and polisario["events"] == 2
    assert not any(r["id"] == "Front Polisario" for r in rows)


# -- output files, verbosity, dates ---------------------------------------------------------------


def test_out_into_a_missing_folder_is_a_usage_error(capsys: Capture, db: str, tmp_path: Path) -> None:
    for command in (("report",), ("export", "--format", "csv")):
        status, _, err = _run(capsys, *command, "--db", db, "--out", str(tmp_path / "nope" / "x.out"))
        assert status == 2 and "does not exist" in err
    assert not (tmp_path / "nope").exists()


def test_ingest_verbose_and_quiet_in_any_position(capsys: Capture, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Rabat, 2 mai 2024 – Le Maroc a reçu l'envoyé de l'ONU.\n", encoding="utf-8"
    )
    db = str(tmp_path / "d.sqlite")
    status, out, err = _run(capsys, "ingest", str(tmp_path / "in"), "--db", db, "--no-actors", "-v")
    assert status == 0 and "stored " in err and "a.txt" in err
    status, out, err = _run(
        capsys, "-q", "ingest", str(tmp_path / "in"), "--db", db, "--no-actors", "--force"
    )
    assert status == 0 and out == "" and err == ""
    assert _run(capsys, "timeline", "-q", "--db", db)[2] == ""


def test_ingest_counts_inputs_for_the_progress_bar(tmp_path: Path) -> None:
    from diplowatch.commands.ingest import count_inputs

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 5
    assert count_inputs([str(tmp_path / "a.txt"), "-"]) is None


def test_dates_on_a_text_file_says_so_once(capsys: Capture, tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text("Line one.\nLine two.\nLine three.\n", encoding="utf-8")
    status, _, err = _run(capsys, "dates", str(text))
    assert status == 1 and err.count("\n") == 1 and "not a JSONL file" in err
