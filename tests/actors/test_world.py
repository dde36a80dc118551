"""Outlets, datelines, nationality nouns, UN envoys by dossier and role lists, on a KB written here."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.actors.outlets import datelines, is_outlet
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article


def state(id_: str, iso3: str, fr: str, demonyms: list[str], capital: str | None = None) -> dict:
    return {
        "id": id_,
        "kind": "country",
        "name": id_,
        "country": iso3,
        "capital": capital,
        "names": {"fr": [fr]},
        "demonyms": {"fr": demonyms},
    }


ENTRIES = [
    state("Morocco", "MAR", "Maroc", ["marocain"], "Rabat"),
    state("Algeria", "DZA", "Algérie", ["algérien"], "Algiers"),
    state("Senegal", "SEN", "Sénégal", ["sénégalais"]),
    state("Sudan", "SDN", "Soudan", ["soudanais"]),
    state("Yemen", "YEM", "Yémen", ["yéménite"]),
    state("Syria", "SYR", "Syrie", ["syrien"]),
    state("Mali", "MLI", "Mali", ["malien"]),
    state("Niger", "NER", "Niger", ["nigérien"]),
    {"id": "Rabat", "kind": "place", "name": "Rabat", "metonym_for": "Morocco", "names": {"xx": ["RABAT"]}},
    {
        "id": "Algiers",
        "kind": "place",
        "name": "Algiers",
        "metonym_for": "Algeria",
        "names": {"fr": ["Alger"]},
    },
    {"id": "United_Nations", "kind": "organization", "name": "United Nations", "names": {"xx": ["ONU"]}},
    {
        "id": "Reuters",
        "kind": "organization",
        "name": "Reuters",
        "sector": "JRN",
        "names": {"xx": ["Reuters"]},
    },
    {
        "id": "Hans_Testberg",
        "kind": "person",
        "name": "Hans Testberg",
        "sector": "IGO",
        "roles": [{"role": "un_envoy", "country": "YEM", "start": date(2021, 9, 1), "end": None}],
    },
    {
        "id": "Geir_Testsen",
        "kind": "person",
        "name": "Geir Testsen",
        "sector": "IGO",
        "roles": [{"role": "un_envoy", "country": "SYR", "start": date(2019, 1, 1), "end": None}],
    },
    {
        "id": "Assa_Goita",
        "kind": "person",
        "name": "Assa Goita",
        "country": "MLI",
        "roles": [{"role": "head_of_state", "country": "MLI", "start": date(2021, 5, 1), "end": None}],
    },
    {
        "id": "Abdou_Tiano",
        "kind": "person",
        "name": "Abdou Tiano",
        "country": "NER",
        "roles": [{"role": "head_of_state", "country": "NER", "start": date(2023, 7, 28), "end": None}],
    },
    {"id": "Sidi_Testomar", "kind": "person", "name": "Sidi Testomar", "country": "SEN"},
]
ROLES = [
    {
        "role": "un_envoy",
        "needs_country": True,
        "org": "United_Nations",
        "phrases": {"fr": ["émissaire de l'ONU"]},
    },
    {"role": "head_of_state", "needs_country": True, "phrases": {"fr": ["chef de l'État", "chefs d'État"]}},
    {
        "role": "foreign_minister",
        "needs_country": True,
        "phrases": {"fr": ["ministre des Affaires étrangères"]},
    },
]


@pytest.fixture(scope="module")
def kb() -> KB:
    return kb_from_dicts(ENTRIES, ROLES)


@pytest.fixture(scope="module")
def fast(kb: KB) -> ActorLinker:
    return ActorLinker(kb, use_spacy=False)


def ids(linker: ActorLinker, text: str, day: str = "2024-05-02") -> list[str]:
    return [a.id for a in linker(make_article(text, "fr", day)).actors]


def test_outlet_names():
    assert is_outlet("Reuters") and is_outlet("Agence France-Presse") and is_outlet("AP")
    assert not is_outlet("ap") and not is_outlet("Maroc")


def test_datelines_are_found_in_several_shapes():
    text = "RABAT (Reuters) - Le Maroc.\n\nALGER, 12 mars (APS) - Suite.\n\nLe ministre (photo) : non."
    assert [text[a:b] for a, b in datelines(text)] == ["RABAT (Reuters) -", "ALGER, 12 mars (APS) -"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Rabat, 20 octobre 2023 - Le ministre a reçu l'envoyé.", "Rabat, 20 octobre 2023 -"),
        ("الرباط، 20 أكتوبر 2023 - استقبل الوزير المبعوث.", "الرباط، 20 أكتوبر 2023 -"),
        ("Algiers, Feb. 5, 2024 — The minister met the envoy.", "Algiers, Feb. 5, 2024 —"),
        # a wire's credit, then a full stop before the dash
        ("Madrid, 14 mar (EFE).- El ministro recibió al enviado.", "Madrid, 14 mar (EFE).-"),
        # the place's country in brackets before the date or the credit
        ("Yeda (Arabia Saudí), 21 may (EFE).- El Ejército firmó.", "Yeda (Arabia Saudí), 21 may (EFE).-"),
        ("Rabat (Maroc) (MAP) - Le roi a reçu l'envoyé.", "Rabat (Maroc) (MAP) -"),
        # two places, a full date and a credit that names no outlet ("the newsroom")
        (
            "Caracas/Bogotá, 28 de octubre de 2025 (Redacción).- El Gobierno anunció la medida.",
            "Caracas/Bogotá, 28 de octubre de 2025 (Redacción).-",
        ),
        ("Beirut, 3 March 2025 (Staff) - The army said.", "Beirut, 3 March 2025 (Staff) -"),
    ],
)
def test_a_place_and_a_full_date_make_a_dateline_without_credit(text, dateline):
    assert [text[a:b] for a, b in datelines(text)] == [dateline]


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc, en 2007 - a présenté son plan.",
        "Morocco, with 37 million inhabitants - is a kingdom.",
        "Le Maroc, en 2007 (voir l'encadré) - a présenté son plan.",
    ],
)
def test_a_comma_and_a_dash_alone_make_no_dateline(text):
    assert datelines(text) == []


def test_a_dateline_and_an_agency_are_never_actors(fast):
    assert ids(fast, "RABAT (Reuters) - Le Maroc a salué la décision, selon Reuters.") == ["Morocco"]
    assert ids(fast, "ALGER, 12 mars (APS) - Le ministre a reçu son homologue.") == []
    # nor the country a dateline gives its place ("Khartoum (Soudan)"): the story happens there
    assert ids(fast, "Khartoum (Soudan), 12 mars (AFP) - Le Maroc a salué la décision.") == ["Morocco"]


def test_a_dateline_place_is_where_the_story_happens(fast):
    article = fast(
        make_article("Alger (Algérie), 12 mars (AFP) - Le Maroc a salué la décision.", "fr", "2024-05-02")
    )
    assert [a.id for a in article.actors] == ["Morocco"]
    assert [p.id for p in article.places] == ["Algiers"]


def test_a_nationality_noun_makes_a_person_not_a_state(fast):
    assert ids(fast, "Le diplomate sénégalais a rencontré les parties.") == []
    text = "Sidi Testomar a écrit au Conseil. Le diplomate sénégalais estime que le texte est dangereux."
    article = make_article(text, "fr", "2024-05-02")
    (actor,) = fast(article).actors
    assert actor.id == "Sidi_Testomar" and [m.text for m in actor.mentions][-1] == "Le diplomate sénégalais"


def test_an_office_with_a_demonym_still_names_the_state(fast):
    assert "Algeria" in ids(fast, "Le ministre algérien a souligné l'importance du dialogue.")


def test_the_un_envoy_is_the_one_of_the_country_the_story_is_about(fast):
    text = "Au Yémen, les combats continuent. L'émissaire de l'ONU a appelé les parties au Yémen au calme."
    assert "Hans_Testberg" in ids(fast, text)
    assert "Geir_Testsen" in ids(fast, text.replace("Yémen", "Syrie"))


def test_a_list_of_countries_after_a_role_names_each_holder(fast):
    text = "Les ministres ont salué la vision des chefs d'État du Mali et du Niger."
    found = ids(fast, text, "2024-01-10")
    assert "Assa_Goita" in found and "Abdou_Tiano" in found


@pytest.mark.slow
def test_a_title_gives_an_unknown_person_country_and_sector(kb):
    linker = Chain(Parser(), ActorLinker(kb))  # the title is found on the parse
    text = "Le ministre soudanais Kamal Testadiq a rencontré ses homologues à Genève."
    actors = linker(make_article(text, "fr", "2024-05-02")).actors
    person = next(a for a in actors if a.kind == "person")
    assert person.id is None and (person.country, person.sector) == ("SDN", "GOV")


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le ministre soudanais Kamal Testadiq a rencontré ses homologues à Genève."),
        ("en", "The Sudanese minister Kamal Testadiq met his counterparts in Geneva."),
        ("es", "El ministro sudanés Kamal Testadiq se reunió con sus homólogos en Ginebra."),
    ],
)
def test_a_demonym_in_a_named_persons_title_is_no_state_mention(kb, lang, text):
    # the demonym describes the named minister: Sudan is not an actor of the sentence beside him
    linker = Chain(Parser(), ActorLinker(kb))
    actors = linker(make_article(text, lang, "2024-05-02")).actors
    assert "Sudan" not in {a.id for a in actors}
    assert [a.kind for a in actors] == ["person"]


def test_the_country_is_the_one_state_named_before(fast):
    article = fast(
        make_article("L'émissaire au Yémen a exhorté les dirigeants du pays au calme.", "fr", "2024-05-02")
    )
    (yemen,) = [a for a in article.actors if a.id == "Yemen"]
    assert [m.text for m in yemen.mentions][-1] == "pays"
    # two states named before: "le pays" is nobody
    two = fast(
        make_article("Le Mali et le Niger ont rompu avec la Cédéao. Le pays a protesté.", "fr", "2024-05-02")
    )
    assert all("pays" not in [m.text for m in a.mentions] for a in two.actors)
