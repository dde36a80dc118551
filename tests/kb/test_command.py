import json

from diplowatch.cli import main

USER = "- {id: Jane_Example, kind: person, name: Jane Example, names: {fr: [Jeanne Exemple]}}\n"


def test_actors_command_shows_one_actor(tmp_path, capsys):
    (tmp_path / "people.yaml").write_text(USER, encoding="utf-8")
    assert main(["actors", "jeanne exemple", "--kb", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Jane_Example") and "Jeanne Exemple" in out


def test_actors_command_json_and_no_match(tmp_path, capsys):
    (tmp_path / "people.yaml").write_text(USER, encoding="utf-8")
    assert main(["actors", "Jane_Example", "--kb", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["names"] == {"fr": ["Jeanne Exemple"]}
    assert main(["actors", "zzqxw", "--kb", str(tmp_path)]) == 1


def test_actors_check_reports_file_and_line(tmp_path, capsys):
    (tmp_path / "people.yaml").write_text(
        USER + "- {id: X, kind: person, name: X, rolse: []}\n", encoding="utf-8"
    )
    assert main(["actors", "--check", "--kb", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "people.yaml:2: unknown key 'rolse'" in out
