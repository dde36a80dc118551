"""The person-KB generator on a few rows written here (never the real Wikidata files)."""

from __future__ import annotations

import csv
import importlib.util
from datetime import date
from pathlib import Path

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.errors import DataFileError
from diplowatch.kb import KB
from diplowatch.kb.generated import read_generated
from diplowatch.kb.load import GENERATED, build_entry
from diplowatch.model import Article, DateValue, Segment

ROOT = Path(__file__).resolve().parents[2]
POSITION_COLUMNS = [
    "country_repo",
    "position_label",
    "person_qid",
    "person_label_en",
    "start",
    "end",
    "enwiki_title",
    "source_repo",
    "source_commit",
    "enwiki_source",
    "jurisdiction",
    "jurisdiction_qid",
]
HEAD_COLUMNS = [
    "countryid",
    "country",
    "position",
    "positionLabel",
    "officeholder",
    "officeholderLabel",
    "start_year",
    "end_year",
    "source_repo",
    "source_path",
    "source_commit",
]
POSITIONS = [
    # label, qid, name, start, end, enwiki, jurisdiction
    ("Minister of Foreign Affairs", "Q101", "Awa Exampla", "2019-01-01", "", "Awa Exampla", "Mali"),
    ("Prime Minister", "Q102", "Boubacar Testou", "2020-05", "2021-06-01", "", "Mali"),
    ("Premier of Quebec", "Q103", "Jean Provincial", "2018", "", "Jean Provincial", "Canada"),
    ("President of the Senate", "Q104", "Omar Senatus", "2019", "", "Omar Senatus", "Mali"),
    (
        "Minister of Foreign Affairs",
        "Q105",
        "Jeanne Exemple",
        "2019",
        "",
        "Jeanne Exemple (politician)",
        "Mali",
    ),
    ("Minister of Defence", "Q106", "Ann Statewide", "2019", "", "Ann Statewide", "Arkansas"),
    ("Minister of Foreign Affairs", "Q107", "Moussa Kontao", "2019-01-01", "", "Moussa Kontao", "Niger"),
    ("Prime Minister", "Q108", "Ali Kontao", "2019-06-01", "", "Ali Kontao", "Niger"),
    ("Minister of the Interior", "Q109", "Old Timer", "1990", "1999", "Old Timer", "Mali"),
    ("Minister of Justice", "Q112", "Sam Twin", "2019", "", "", "Mali"),
    ("Minister of Health", "Q113", "Sam Twin", "2020", "", "", "Niger"),
    ("Minister of Culture", "Q114", "Сергей Тестов", "2019", "", "", "Mali"),
    # jurisdictions the data set writes with their article, or misspells
    (
        "Secretary of State",
        "Q115",
        "Tom Articled",
        "2019",
        "",
        "Tom Articled",
        "the United States of America",
    ),
    ("Prime Minister", "Q116", "Ann Defined", "2019", "", "Ann Defined", "the United Kingdom"),
    ("President", "Q117", "Luis Misspelt", "2019", "", "Luis Misspelt", "Paraguary"),
    # a surname that begins other persons' names is a first name: no alias of its own
    ("Minister of Foreign Affairs", "Q118", "Lorin Gaspard", "2019", "", "Lorin Gaspard", "Niger"),
    ("Minister of Health", "Q119", "Gaspard Uno", "2019", "", "Gaspard Uno", "Mali"),
    ("Minister of Health", "Q120", "Gaspard Dos", "2010", "2012", "Gaspard Dos", "Mali"),
    ("Minister of Health", "Q121", "Gaspard Tres", "2006", "2008", "Gaspard Tres", "Niger"),
    ("Minister of Foreign Affairs", "Q122", "Tomas Suffixo Jr.", "2019", "", "Tomas Suffixo Jr.", "Mali"),
]
HEADS = [
    ("Q912", "Mali", "Q1", "President of Mali", "Q110", "Sali Testara", "2021", ""),
    ("Q35", "Denmark", "Q2", "Monarch of Denmark", "Q111", "Stray King", "854", ""),
]
HAND = "- {id: Jeanne_Exemple, kind: person, name: Jeanne Exemple, names: {fr: [Jeanne Exemple]}}\n"


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_person_kb", ROOT / "scripts" / "build_person_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(builder, tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    _csv(
        source / "positions.csv",
        POSITION_COLUMNS,
        [
            [j.lower(), label, qid, name, start, end, title, "r", "c", "", j, ""]
            for label, qid, name, start, end, title, j in POSITIONS
        ],
    )
    _csv(source / "heads_current.csv", HEAD_COLUMNS, [list(row) + ["r", "p", "c"] for row in HEADS])
    _csv(
        source / "labels.csv",
        ["person_qid", "lang", "label", "source_file", "source_repos"],
        [["Q101", "fr", "Awa Exampla", "bio.json", "r"], ["Q101", "ar", "عوا إكزامبلا", "bio.json", "r"]],
    )
    hand = tmp_path_factory.mktemp("hand")
    (hand / "persons.yaml").write_text(HAND, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "persons.generated.json.gz"
    assert builder.main(["--source", str(source), "--out", str(out), "--hand", str(hand)]) == 0
    return out


def _csv(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def by_id(path: Path) -> dict[str, dict]:
    return {entry["id"]: entry for entry in read_generated(path)}


def test_roles_are_mapped_with_country_and_dates(generated):
    entries = by_id(generated)
    awa = entries["Awa_Exampla"]
    assert awa["roles"] == [
        {"role": "foreign_minister", "country": "MLI", "start": date(2019, 1, 1), "end": None}
    ]
    assert awa["names"]["fr"] == ["Awa Exampla"] and awa["names"]["ar"] == ["عوا إكزامبلا"]
    assert awa["wikidata"] == "Q101" and awa["country"] == "MLI"
    # no Wikipedia title: the usual name is the id; a month-only start is the month's first day
    assert entries["Boubacar_Testou"]["wikidata"] == "Q102"
    assert entries["Boubacar_Testou"]["roles"][0]["start"] == date(2020, 5, 1)
    assert entries["Sali_Testara"]["roles"][0]["role"] == "head_of_state"  # from heads_current.csv


def test_the_qid_is_the_id_when_the_name_cannot_be(generated):
    entries = by_id(generated)
    assert {"Q112", "Q113"} <= set(entries) and "Sam_Twin" not in entries  # two persons, one name
    assert "Q114" in entries  # a name in another script than Latin


def test_other_offices_give_a_name_without_a_role(generated):
    entries = by_id(generated)
    assert entries["Omar_Senatus"]["roles"] == []  # "President of the Senate" is no head of state
    assert entries["Jean_Provincial"]["roles"] == []  # "Premier of Quebec" is no head of Canada's government


def test_skipped_rows(generated):
    entries = by_id(generated)
    assert "Ann_Statewide" not in entries  # sub-national jurisdiction
    assert "Old_Timer" not in entries  # term ended before 2005
    assert "Stray_King" not in entries  # the source's stray year-854 row
    assert not any(e["name"] == "Jeanne Exemple" for e in entries.values())  # the hand-written entry wins


def test_jurisdictions_written_with_their_article(generated):
    """The data set writes "the United Kingdom", "The Philippines", "the United States of America": read
    without the article (before, every such office holder was left out), and its misspelt Paraguay."""
    entries = by_id(generated)
    assert entries["Tom_Articled"]["country"] == "USA"
    assert entries["Tom_Articled"]["roles"][0]["role"] == "foreign_minister"
    assert entries["Ann_Defined"]["roles"][0] == {
        "role": "head_of_government",
        "country": "GBR",
        "start": date(2019, 1, 1),
        "end": None,
    }
    assert entries["Luis_Misspelt"]["country"] == "PRY"


def test_no_surname_alias_that_is_a_common_first_name(generated):
    """ "Gaspard" begins three other persons' names: alone in a text it is someone's first name."""
    assert "Gaspard" not in by_id(generated)["Lorin_Gaspard"]["names"]["en"]


def test_a_generation_suffix_is_no_surname(generated):
    """ "Tomas Suffixo Jr." is also "Tomas Suffixo", and "Suffixo" alone (not "Jr.")."""
    names = by_id(generated)["Tomas_Suffixo_Jr."]["names"]["en"]
    assert "Tomas Suffixo" in names and "Suffixo" in names and "Jr." not in names


def test_surname_alone_only_when_unambiguous(generated):
    entries = by_id(generated)
    assert "Exampla" in entries["Awa_Exampla"]["names"]["en"]
    assert "Kontao" not in entries["Moussa_Kontao"]["names"]["en"]  # shared with a PM of the same years
    assert "Kontao" not in entries["Ali_Kontao"]["names"]["en"]


def test_a_surname_links_only_while_in_office(generated):
    mali = {"id": "Mali", "kind": "country", "name": "Mali", "country": "MLI", "names": {"fr": ["Mali"]}}
    kb = KB([build_entry(data, GENERATED) for data in by_id(generated).values()] + [build_entry(mali)])
    linker = ActorLinker(kb, use_spacy=False)
    text = "Exampla a reçu l'ambassadeur du Mali."
    assert [a.id for a in linker(_article(text, "2020-03-01")).actors] == ["Awa_Exampla", "Mali"]
    assert [a.id for a in linker(_article(text, "2015-03-01")).actors] == ["Mali"]  # not yet in office


def test_damaged_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "persons.generated.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(DataFileError, match="rebuild it with scripts/build_person_kb.py"):
        read_generated(bad)


def _article(text: str, day: str) -> Article:
    return Article(
        doc_id=f"t-{day}",
        source="t",
        body=text,
        language="fr",
        published=DateValue(day, "day"),
        segments=(Segment(0, len(text), "fr"),),
    )
