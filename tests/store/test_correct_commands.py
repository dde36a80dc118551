"""`diplowatch correct`, `corrections` and `export --gold` as an analyst types them: corrections show
in the timeline, the event, the exports and the report with the machine's value beside them, and
become gold files the shared scorer's structure reads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diplowatch.store.gold import check_gold
from tests.store.analyst_dossier import build
from tests.store.test_analyst_commands import _run

Capture = pytest.CaptureFixture[str]
WHO = ("--by", "Ana Ruiz", "--why", "the article says they agreed to meet")


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return build(tmp_path / "dossier.sqlite")


def _events(capsys: Capture, db: str, *argv: str) -> dict[str, dict]:
    _, out, _ = _run(capsys, "timeline", "--db", db, "--format", "jsonl", *argv)
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def _meeting(capsys: Capture, db: str) -> str:
    [found] = [i for i, r in _events(capsys, db).items() if r["category"] == "CONSULT"]
    return found


def test_correct_shows_in_timeline_event_export_and_report(capsys: Capture, db: str, tmp_path: Path) -> None:
    meeting = _meeting(capsys, db)
    status, out, err = _run(
        capsys, "correct", meeting[:7], "--category", "agree", "--date", "2024-03-10", "--db", db, *WHO
    )
    assert status == 0 and err == ""
    assert out.splitlines() == [
        f"correction 1: category of {meeting} -> AGREE",
        f"correction 2: date of {meeting} -> 2024-03-10",
    ]
    row = _events(capsys, db)[meeting]
    assert row["category"] == "AGREE" and row["date"] == "2024-03-10"
    assert "type corrected (machine: CONSULT)" in row["notes"]
    assert row["review"]["changed"]["date"]["machine"]["value"] == "2024-03-11"
    _, text, _ = _run(capsys, "event", meeting, "--db", db)
    assert "corrected:  type corrected (machine: CONSULT)" in text and "Ana Ruiz" in text
    _, out, _ = _run(capsys, "export", "--format", "csv", "--db", db)
    [exported] = [r for r in csv.DictReader(io.StringIO(out)) if r["event_id"] == meeting]
    assert (exported["category"], exported["corrected"], exported["marked_wrong"]) == (
        "AGREE",
        "true",
        "false",
    )
    assert json.loads(exported["machine_values"])["type"] == "CONSULT"
    _, out, _ = _run(capsys, "export", "--format", "plover", "--db", db)
    [plover] = [r for r in map(json.loads, out.splitlines()) if r["id"] == meeting]
    assert plover["event"] == ["AGREE"] and plover["review"]["corrections"][0]["author"] == "Ana Ruiz"
    page = tmp_path / "report.html"
    assert _run(capsys, "report", "--out", str(page), "--db", db)[0] == 0
    assert "type corrected (machine: CONSULT)" in page.read_text(encoding="utf-8")


def test_correct_wrong_and_withdraw(capsys: Capture, db: str) -> None:
    meeting = _meeting(capsys, db)
    assert _run(capsys, "correct", meeting, "--wrong", "--db", db, *WHO)[0] == 0
    assert meeting not in _events(capsys, db)
    assert _events(capsys, db, "--include-wrong")[meeting]["notes"] == ["wrong (analyst)"]
    status, out, _ = _run(capsys, "corrections", "--db", db, "--format", "json")
    [listed] = json.loads(out)
    assert (status, listed["kind"], listed["status"], listed["author"]) == (0, "wrong", meeting, "Ana Ruiz")
    assert _run(capsys, "corrections", "--withdraw", "1", "--db", db)[0] == 2  # --by and --why needed
    assert (
        _run(capsys, "corrections", "--withdraw", "1", "--by", "Bo", "--why", "it was real", "--db", db)[0]
        == 0
    )
    assert meeting in _events(capsys, db)
    assert _run(capsys, "corrections", "--db", db)[0] == 1
    _, out, _ = _run(capsys, "corrections", "--withdrawn", "--db", db, "--format", "jsonl")
    assert json.loads(out)["withdrawn"]["by"] == "Bo"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (("--category", "HUG"), 2, "'HUG' is not a PLOVER category"),
        (("--date", "yesterday"), 2, "'yesterday' is not a date"),
        (("--wrong", "--category", "AGREE"), 2, "--wrong stands alone"),
        (("--merge", "ev-ffffffffff"), 2, "--merge: no dossier event"),
    ],
)
def test_correct_bad_values_are_one_line_errors(
    capsys: Capture, db: str, argv: tuple[str, ...], status: int, message: str
) -> None:
    code, out, err = _run(capsys, "correct", _meeting(capsys, db), *argv, "--db", db, *WHO)
    assert (code, out) == (status, "")
    assert message in err and err.count("\n") == 1


def test_correct_unknown_event_is_nothing_found(capsys: Capture, db: str) -> None:
    code, _, err = _run(capsys, "correct", "ev-ffffffffff", "--wrong", "--db", db, *WHO)
    assert code == 1 and "no dossier event" in err


def test_export_gold_files_read_back_in_the_scorers_structure(
    capsys: Capture, db: str, tmp_path: Path
) -> None:
    events = _events(capsys, db, "--include-negated")
    meeting = _meeting(capsys, db)
    [accuse_rabat] = [i for i, r in events.items() if r["category"] == "ACCUSE" and r["where"] == "Rabat"]
    _run(
        capsys,
        "correct",
        meeting,
        "--category",
        "AGREE",
        "--recipients",
        "Russia, Sergey_Lavrov",
        "--db",
        db,
        *WHO,
    )
    _run(capsys, "correct", accuse_rabat, "--wrong", "--db", db, *WHO)
    folder = tmp_path / "gold"
    status, _, err = _run(capsys, "export", "--gold", str(folder), "--db", db)
    assert status == 0 and "2 gold file(s)" in err
    golds = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.gold.json")}
    assert sorted(golds) == ["en-rabat.gold.json", "fr-moscow.gold.json"]
    for gold in golds.values():
        assert check_gold(gold) == []
    moscow = golds["fr-moscow.gold.json"]
    assert moscow["file"] == "fr-moscow.txt"  # the file name only, never the analyst's folder
    required = [e for e in moscow["events"] if not e.get("optional")]
    assert required == [
        {
            "type": ["AGREE"],
            "actor": ["Staffan_de_Mistura"],
            "recipient": ["Russia", "Sergey_Lavrov"],
            "date": {"value": "2024-03-11", "granularity": "day"},
            "location": "Moscow",
            "note": "category by Ana Ruiz: the article says they agreed to meet; "
            "recipients by Ana Ruiz: the article says they agreed to meet",
        }
    ]
    assert moscow["actors"] == ["Russia", "Sergey_Lavrov", "Staffan_de_Mistura"]
    assert [e["type"] for e in moscow["events"] if e.get("optional")] == [["SUPPORT"], ["CONSULT"]]
    rabat = golds["en-rabat.gold.json"]
    assert [w["type"] for w in rabat["wrong"]] == [["ACCUSE"]]
    assert ["ACCUSE"] not in [e["type"] for e in rabat["events"]]
    assert rabat["negated"] == [{"type": "REJECT", "actor": ["Morocco"]}]


def test_export_gold_without_corrections_writes_nothing(capsys: Capture, db: str, tmp_path: Path) -> None:
    status, _, err = _run(capsys, "export", "--gold", str(tmp_path / "gold"), "--db", db)
    assert status == 1 and "0 gold file(s)" in err
