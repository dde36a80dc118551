"""The KB's size as `diplowatch actors --stats` prints it."""

from __future__ import annotations

import json
from datetime import date

from diplowatch.cli import main
from diplowatch.kb import kb_from_dicts
from diplowatch.kb.stats import kb_stats, stats_lines

PEOPLE = "- {id: Jane_Example, kind: person, name: Jane Example, names: {fr: [Jeanne Exemple], ar: [جين]}}\n"


def test_stats_count_persons_roles_and_aliases_per_language():
    spell = {"role": "foreign_minister", "country": "MLI", "start": date(2019, 1, 1), "end": None}
    kb = kb_from_dicts(
        [
            {
                "id": "Awa_Test",
                "kind": "person",
                "name": "Awa Test",
                "names": {"fr": ["Awa Test"]},
                "roles": [spell],
            },
            {"id": "Mali", "kind": "country", "name": "Mali", "country": "MLI", "names": {"fr": ["Mali"]}},
        ],
        [
            {
                "role": "foreign_minister",
                "needs_country": True,
                "phrases": {"fr": ["ministre"], "en": ["minister"]},
            }
        ],
    )
    stats = kb_stats(kb)
    assert stats.persons == {"hand": 1} and stats.role_spells == {"hand": 1} and stats.persons_with_roles == 1
    assert stats.person_aliases == {"xx": 1, "fr": 1} and stats.aliases == {"xx": 2, "fr": 2}
    assert stats.role_keys == 1 and stats.role_phrases == {"fr": 1, "en": 1}
    assert stats_lines(stats)[1] == "persons: hand 1 (total 1); 1 with dated roles"


def test_stats_command_prints_text_and_json(tmp_path, capsys):
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    assert main(["actors", "--stats", "--kb", str(tmp_path)]) == 0
    assert "aliases of persons:" in capsys.readouterr().out
    assert main(["actors", "--stats", "--kb", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["persons"]["hand"] >= 1 and data["person_aliases"]["ar"] >= 1
