"""Data files are read with YAML 1.2's booleans: the word lists hold "on", "no", "yes" and "off" as words
(YAML 1.1, PyYAML's default, read them as true and false), and `true`/`false` stay booleans."""

from __future__ import annotations

from pathlib import Path

from diplowatch.text.langdata import load_yaml, read_mapping


def test_words_that_yaml_1_1_reads_as_booleans_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "events.yaml"
    path.write_text("about_marks: [on, On, no, yes, off]\nbare: true\nplural: False\n", encoding="utf-8")
    data = read_mapping(path)
    assert data["about_marks"] == ["on", "On", "no", "yes", "off"]
    assert data["bare"] is True and data["plural"] is False


def test_a_word_as_a_key_stays_a_word() -> None:
    assert load_yaml("on: [of, from]\nno: 1") == {"on": ["of", "from"], "no": 1}
