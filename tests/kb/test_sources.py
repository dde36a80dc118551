"""Each KB entry says where it comes from; the outlet check of the evaluation counts news media."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from diplowatch.cli import main
from diplowatch.kb import Entry, kb_from_dicts
from diplowatch.kb.query import describe

ROOT = Path(__file__).resolve().parents[2]


def test_entries_show_their_source(tmp_path, capsys):
    assert describe(Entry("Q1", "person", "Awa Test", generated=True))["source"] == "generated"
    (tmp_path / "people.yaml").write_text("- {id: Jane_Example, kind: person, name: Jane Example}\n")
    assert main(["actors", "Jane_Example", "--kb", str(tmp_path)]) == 0
    assert "source: hand" in capsys.readouterr().out


def test_the_outlet_check_counts_agencies_among_participants(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("eval_outlets", ROOT / "scripts" / "eval_outlets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kb = kb_from_dicts([{"id": "Reuters", "kind": "organization", "name": "Reuters", "sector": "JRN"}])
    record = {
        "actors": [
            {"id": "Morocco", "name": "Morocco", "mentions": [{"text": "Rabat"}]},
            {"id": None, "name": "Agence France-Presse", "mentions": []},
        ],
        "events": [
            {"type": "CONSULT", "actor": ["Morocco"], "recipient": ["Reuters", "Agence France-Presse"]},
        ],
    }
    assert module.outlet_participants(record, kb) == (
        3,
        ["CONSULT recipient Reuters", "CONSULT recipient Agence France-Presse"],
    )
