from datetime import date
from pathlib import Path

import pytest

from diplowatch.errors import DataFileError
from diplowatch.kb import check_dirs, kb_from_dicts, load_kb
from diplowatch.kb.load import PACKAGE_DATA

PERSON = """\
- id: Jane_Example
  kind: person
  name: Jane Example
  country: MAR
  names: {fr: [Jeanne Exemple]}
  roles:
    - {role: foreign_minister, country: MAR, start: 2020-01-01, end: 2022-12-31}
"""
ROLES = "- {role: foreign_minister, needs_country: true, phrases: {fr: [chef de la diplomatie]}}\n"


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_load_reads_entries_roles_and_dates(tmp_path):
    kb = load_kb([write(tmp_path, {"persons.yaml": PERSON, "roles.yaml": ROLES})], package=False)
    entry = kb.get("Jane_Example")
    assert entry.names["fr"] == ("Jeanne Exemple",)
    assert entry.roles[0].start == date(2020, 1, 1)
    assert kb.roles["foreign_minister"].needs_country
    assert entry.origin.endswith("persons.yaml:1")


def test_user_entry_with_same_id_replaces_it_and_tsv_aliases_extend_it(tmp_path):
    base = write(
        tmp_path / "base" if (tmp_path / "base").mkdir() is None else tmp_path, {"persons.yaml": PERSON}
    )
    user = tmp_path / "user"
    user.mkdir()
    write(
        user,
        {
            "more.yaml": "- {id: Jane_Example, kind: person, name: Jane Q. Example, names: {en: [J. Example]}}\n",
            "aliases.tsv": "# id\tlang\talias\nJane_Example\tar\tجين إكزامبل\n",
        },
    )
    entry = load_kb([base, user], package=False).get("Jane_Example")
    assert entry.name == "Jane Q. Example"
    assert entry.names == {"en": ("J. Example",), "ar": ("جين إكزامبل",)}
    assert entry.roles == ()


def test_load_refuses_a_bad_file_naming_file_and_line(tmp_path):
    bad = PERSON.replace("  country: MAR\n", "  contry: MAR\n")
    with pytest.raises(DataFileError) as error:
        load_kb([write(tmp_path, {"persons.yaml": bad})], package=False)
    assert error.value.line == 4 and "contry" in str(error.value)


# (file text, line of the error, words in the message)
PROBLEMS = [
    (PERSON.replace("kind: person", "kind: persona"), 2, "kind"),
    (PERSON.replace("country: MAR\n  names", "country: XYZ\n  names"), 4, "ISO 3166"),
    (PERSON.replace("names: {fr:", "names: {de:"), 5, "language"),
    (PERSON.replace("end: 2022-12-31", "end: 2019-12-31"), 7, "before start"),
    (PERSON.replace("start: 2020-01-01", "start: last year"), 7, "YYYY-MM-DD"),
    (PERSON.replace("role: foreign_minister", "role: foreign_ministre"), 7, "not in roles.yaml"),
    (PERSON + PERSON, 8, "duplicate id"),
    (PERSON.replace("- id: Jane_Example\n", "- name_only: x\n"), 1, "missing required key 'id'"),
    (
        PERSON.replace("{fr: [Jeanne Exemple]}", "{fr: [Jeanne Exemple], ar: [الباريس]}")
        + "- {id: Paris, kind: place, name: Paris, country: FRA, names: {ar: [باريس]}}\n",
        5,
        "also the name of 'Paris'",
    ),
    ("- id: [unclosed\n", 2, "not valid YAML"),  # YAML notices at the end of the stream
]


@pytest.mark.parametrize("text, line, words", PROBLEMS)
def test_check_reports_each_problem_with_its_line(tmp_path, text, line, words):
    problems = check_dirs([write(tmp_path, {"persons.yaml": text, "roles.yaml": ROLES})])
    assert any(p.line == line and words in p.message for p in problems), [str(p) for p in problems]
    assert all(p.path.endswith("persons.yaml") for p in problems)


def test_check_reports_every_problem_not_only_the_first(tmp_path):
    text = PERSON.replace("kind: person", "kind: x").replace("country: MAR\n  names", "country: XYZ\n  names")
    assert len(check_dirs([write(tmp_path, {"persons.yaml": text})])) >= 2


def test_holders_by_date_and_current():
    kb = kb_from_dicts(
        [
            {
                "id": "A",
                "kind": "person",
                "name": "A",
                "roles": [
                    {"role": "r", "country": "DZA", "start": date(2019, 4, 1), "end": date(2021, 7, 7)}
                ],
            },
            {
                "id": "B",
                "kind": "person",
                "name": "B",
                "roles": [{"role": "r", "country": "DZA", "start": date(2023, 3, 16)}],
            },
        ]
    )
    assert [e.id for e, _ in kb.holders("r", country="DZA", on=date(2020, 1, 1))] == ["A"]
    assert [e.id for e, _ in kb.holders("r", country="DZA", on=date(2024, 1, 1))] == ["B"]
    assert [e.id for e, _ in kb.holders("r", country="DZA", on=None)] == ["B"]
    assert kb.holders("r", country="MAR", on=date(2024, 1, 1)) == []


def test_package_kb_loads_and_checks_clean():
    kb = load_kb()
    assert len(kb) > 0
    if not (PACKAGE_DATA / "countries.yaml").exists():
        pytest.skip("kb/data/countries.yaml is being written: cross-file references cannot resolve yet")
    assert [str(p) for p in check_dirs()] == []


def test_prebuilt_file_is_reused_and_rebuilt_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOWATCH_CACHE", str(tmp_path / "cache"))
    user = write(tmp_path, {"persons.yaml": PERSON})
    first = load_kb([user], package=False)
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 1
    again = load_kb([user], package=False)
    assert again.get("Jane_Example") == first.get("Jane_Example") and again.stamp == first.stamp
    (user / "persons.yaml").write_text(PERSON.replace("Jeanne Exemple", "Jeanne Autre"), encoding="utf-8")
    changed = load_kb([user], package=False)
    assert changed.get("Jane_Example").names["fr"] == ("Jeanne Autre",)
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 1  # the stale file is gone


def test_alias_index_reloads_from_its_prebuilt_file(tmp_path, monkeypatch):
    from diplowatch.actors.matcher import AliasIndex

    monkeypatch.setenv("DIPLOWATCH_CACHE", str(tmp_path / "cache"))
    kb = load_kb([write(tmp_path, {"persons.yaml": PERSON, "roles.yaml": ROLES})], package=False)
    built = AliasIndex.for_kb(kb)
    reloaded = AliasIndex.for_kb(kb)
    assert list((tmp_path / "cache").glob("index-*.pickle"))
    assert reloaded.state() == built.state()


def _minister(name: str, start: date, end: date | None = None, *, country: str = "SDN") -> dict:
    spell = {"role": "foreign_minister", "country": country, "start": start, "end": end}
    return {"id": name, "kind": "person", "name": name, "roles": [spell]}


@pytest.mark.parametrize(("one_holder", "held_in_2023"), [(True, ["B"]), (False, ["A", "B"])])
def test_a_later_holder_ends_a_spell_left_open(one_holder, held_in_2023):
    """A snapshot's holder "still in office" (no end) left when a later holder of a one-holder role
    came in, even one whose own spell has ended since: nobody is known after that, not the first one.
    A role several hold at once keeps every open spell."""
    kb = kb_from_dicts(
        [
            _minister("A", date(2021, 2, 9)),
            {**_minister("B", date(2022, 2, 1), date(2024, 4, 1)), "uncertain": True},
            _minister("C", date(2019, 1, 1), country="LBY"),  # another state's holder is no successor
        ],
        [{"role": "foreign_minister", "needs_country": True, "one_holder": one_holder}],
    )
    assert [e.id for e, _ in kb.holders("foreign_minister", country="SDN", on=date(2021, 6, 1))] == ["A"]
    assert (
        sorted(e.id for e, _ in kb.holders("foreign_minister", country="SDN", on=date(2023, 6, 1)))
        == held_in_2023
    )
    if one_holder:
        assert kb.holders("foreign_minister", country="SDN", on=date(2024, 6, 1)) == []
        assert kb.holders("foreign_minister", country="SDN") == []
    assert [e.id for e, _ in kb.holders("foreign_minister", country="LBY", on=date(2023, 6, 1))] == ["C"]
