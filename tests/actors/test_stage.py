"""Table-driven tests of the linker: each row a sentence written for the test, its language and date."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import kb_from_dicts
from diplowatch.model import Segment

# (sentence, language, publication date, ids that must be found, ids that must not)
CASES = [
    # aliases, accent- and case-insensitive; Arabic script
    ("Staffan de Mistura est arrivé hier.", "fr", None, {"Staffan_de_Mistura"}, set()),
    ("STAFFAN DE MISTURA a parlé.", "fr", None, {"Staffan_de_Mistura"}, set()),
    ("وصل ستيفان دي مستورا إلى المنطقة.", "ar", None, {"Staffan_de_Mistura"}, set()),
    ("التقى ستيفان دي ميستورا بالمسؤولين.", "ar", None, {"Staffan_de_Mistura"}, set()),  # spelling variant
    ("وأكدت الجزائر موقفها أمام الأمم المتحدة.", "ar", None, {"Algeria", "United_Nations"}, set()),
    ("El Gobierno de España apoya a Marruecos.", "es", None, {"Spain", "Morocco"}, set()),
    # a place before a comma is no country cue of the role after it
    (
        "Sur la situation au Sahara occidental, le secrétaire général de l'ONU a dit son inquiétude.",
        "fr",
        "2024-03-01",
        {"António_Guterres"},
        set(),
    ),
    # transliterations of the same person
    (
        "Il a vu le vice-ministre Sergueï Verchinine.",
        "fr",
        "2024-03-11",
        {"Sergey_Vershinin"},
        {"Sergey_Lavrov"},
    ),
    ("He then met Vershinin in Moscow.", "en", "2024-03-11", {"Sergey_Vershinin"}, set()),
    # acronyms keep their case: "un" and "us" are words
    ("Un accord a été trouvé.", "fr", None, set(), {"United_Nations"}),
    ("Let us talk about the UN.", "en", None, {"United_Nations"}, {"United_States"}),
    # dated roles: the same description, two dates, two people
    (
        "Le ministre algérien des Affaires étrangères a reçu l'émissaire.",
        "fr",
        "2019-06-01",
        {"Sabri_Boukadoum"},
        {"Ahmed_Attaf"},
    ),
    (
        "Le ministre algérien des Affaires étrangères a reçu l'émissaire.",
        "fr",
        "2024-06-01",
        {"Ahmed_Attaf"},
        {"Sabri_Boukadoum"},
    ),
    (
        "Le chef de la diplomatie russe a parlé.",
        "fr",
        "2024-03-11",
        {"Sergey_Lavrov", "Russia"},  # the state he acts for is named too, nested in his title
        {"Igor_Ivanov"},
    ),
    ("Le chef de la diplomatie russe a parlé.", "fr", "2003-05-01", {"Igor_Ivanov"}, {"Sergey_Lavrov"}),
    ("The US Secretary of State welcomed the plan.", "en", "2022-02-03", {"Antony_Blinken"}, {"Marco_Rubio"}),
    ("The US Secretary of State welcomed the plan.", "en", "2025-04-08", {"Marco_Rubio"}, {"Antony_Blinken"}),
    (
        "El jefe de la diplomacia española recibió al enviado.",
        "es",
        "2022-03-21",
        {"José_Manuel_Albares"},
        set(),
    ),
    (
        "وقال وزير الخارجية الجزائري إن بلاده ترفض ذلك.",
        "ar",
        "2024-06-01",
        {"Ahmed_Attaf"},
        {"Sabri_Boukadoum"},
    ),
    # undated: the current holder
    ("Le chef de la diplomatie algérienne a répondu.", "fr", None, {"Ahmed_Attaf"}, {"Sabri_Boukadoum"}),
    # roles of an organisation need no country
    ("Le secrétaire général de l'ONU a salué la décision.", "fr", "2023-10-30", {"António_Guterres"}, set()),
    # metonyms and places
    ("Rabat a dénoncé cette visite.", "fr", None, {"Morocco"}, set()),
    ("Alger a rappelé son ambassadeur à Madrid.", "fr", None, {"Algeria"}, {"Spain"}),
    ("Washington backs the plan.", "en", None, {"United_States"}, set()),
    ("The envoy arrived in Rabat on Monday.", "en", None, set(), {"Morocco"}),
    ("اجتمع المبعوث بالمسؤولين في الرباط.", "ar", None, set(), {"Morocco"}),
    ("والتقى المبعوث بالرباط وزير الخارجية.", "ar", None, set(), {"Morocco"}),  # bi- glued to the place
    ("Les réunions se tiendront à Tindouf.", "fr", None, set(), {"Algeria"}),
    # demonyms on their own denote the country
    ("La diplomatie marocaine a réagi.", "fr", None, {"Morocco"}, set()),
    ("Moroccan officials declined to comment.", "en", None, {"Morocco"}, set()),
    ("El Gobierno argelino protestó.", "es", None, {"Algeria"}, set()),
    ("وقال مسؤول في الوفد المغربي إن الاجتماع مهم.", "ar", None, {"Morocco"}, set()),
    # descriptions shared by several people: the one in office that day
    (
        "L'émissaire onusien est attendu à Rabat.",
        "fr",
        "2018-10-01",
        {"Horst_Köhler"},
        {"Staffan_de_Mistura"},
    ),
    (
        "L'émissaire onusien est attendu à Rabat.",
        "fr",
        "2024-10-01",
        {"Staffan_de_Mistura"},
        {"Horst_Köhler"},
    ),
]


@pytest.mark.parametrize("text, lang, anchor, present, absent", CASES)
def test_linker_finds_expected_actors(article, fast_linker, text, lang, anchor, present, absent):
    ids = {a.id for a in fast_linker(article(text, lang, anchor)).actors}
    assert present <= ids
    assert not (absent & ids)


# (text, language, date, person, how many mentions of that person)
COREF = [
    (
        "Staffan de Mistura est à Rabat. Le diplomate italo-suédois y restera deux jours. De Mistura repart lundi.",
        "fr",
        "2024-03-11",
        "Staffan_de_Mistura",
        3,
    ),
    (
        "Antony Blinken a reçu l'émissaire. Le chef de la diplomatie a réitéré son soutien. M. Blinken l'a dit.",
        "fr",
        "2022-02-05",
        "Antony_Blinken",
        3,
    ),
    (
        "Staffan de Mistura met officials on Monday. The envoy then flew to Algiers.",
        "en",
        "2022-07-02",
        "Staffan_de_Mistura",
        2,
    ),
    (
        "Sergueï Lavrov a reçu l'émissaire. Lavrov a rappelé la position de Moscou.",
        "fr",
        "2024-03-11",
        "Sergey_Lavrov",
        2,
    ),
    (
        "José Manuel Albares recibió a De Mistura. Albares le expresó su apoyo.",
        "es",
        "2022-03-21",
        "José_Manuel_Albares",
        2,
    ),
    ("التقى أحمد عطاف بالمبعوث. وقال عطاف إن الجزائر تدعم الحل.", "ar", "2024-06-01", "Ahmed_Attaf", 2),
]


@pytest.mark.parametrize("text, lang, anchor, person, count", COREF)
def test_linker_resolves_references_within_the_document(
    article, fast_linker, text, lang, anchor, person, count
):
    actors = {a.id: a for a in fast_linker(article(text, lang, anchor)).actors}
    assert len(actors[person].mentions) == count


def test_apposition_beats_the_date(article, fast_linker):
    # Without a date the Russian foreign minister is the current one; the text names another.
    text = "Le chef de la diplomatie russe, Igor Ivanov, a parlé."
    actors = {a.id: a for a in fast_linker(article(text, "fr")).actors}
    assert "Sergey_Lavrov" not in actors
    assert len(actors["Igor_Ivanov"].mentions) == 2


def test_mentions_are_offsets_into_the_body_sorted_and_actors_in_order(article, fast_linker):
    text = "Rabat a répondu. Staffan de Mistura et Sergueï Lavrov se sont parlé. Le Maroc suit."
    actors = fast_linker(article(text, "fr", "2024-03-11")).actors
    assert [a.id for a in actors] == ["Morocco", "Staffan_de_Mistura", "Sergey_Lavrov"]
    for actor in actors:
        assert [m.start for m in actor.mentions] == sorted(m.start for m in actor.mentions)
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)


def test_each_segment_is_read_in_its_language(article, fast_linker):
    french = "Staffan de Mistura est à Moscou. "
    arabic = "والتقى وزير الخارجية الروسي."
    text = french + arabic
    segments = (Segment(0, len(french), "fr"), Segment(len(french), len(text), "ar"))
    actors = {a.id: a for a in fast_linker(article(text, "fr", "2024-03-11", segments)).actors}
    assert actors["Sergey_Lavrov"].mentions[0].start >= len(french)


def test_places_are_exposed_for_the_event_stage(article, fast_linker):
    doc = article("Antony Blinken a rencontré Staffan de Mistura à Washington.", "fr", "2022-02-05")
    places = fast_linker(doc).places
    assert [(p.id, p.country) for p in places] == [("Washington,_D.C.", "USA")]
    assert "United_States" not in {a.id for a in fast_linker(doc).actors}


def test_linker_is_a_stage_that_only_sets_actors(article, fast_linker):
    doc = article("Rabat a répondu.", "fr")
    out = fast_linker(doc)
    assert out.body == doc.body and out.segments == doc.segments and out.actors
    assert fast_linker.name == "actors" and fast_linker.assigns == ("actors", "places")


# --- with spaCy (named entities for people the KB does not know) ---------------------

UNKNOWN = [
    (
        "Le ministre a reçu Jean-Baptiste Morvandiau, président de l'association.",
        "fr",
        "Jean-Baptiste Morvandiau",
    ),
    (
        "The talks were chaired by Margaret Holloway-Finch, a senior official.",
        "en",
        "Margaret Holloway-Finch",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, lang, name", UNKNOWN)
def test_unknown_persons_are_actors_without_id(article, linker, text, lang, name):
    actors = linker(article(text, lang)).actors
    unknown = [a for a in actors if a.id is None and a.kind == "person"]
    assert [a.name for a in unknown] == [name]


@pytest.mark.slow
def test_unknown_person_surname_is_linked_to_the_full_name(article, linker):
    text = "Le diplomate Amadou Kessély-Tinoum est arrivé. Kessély-Tinoum a ensuite rencontré Staffan de Mistura."
    actors = linker(article(text, "fr")).actors
    unknown = [a for a in actors if a.id is None and a.kind == "person"]
    assert len(unknown) == 1 and len(unknown[0].mentions) == 2


@pytest.mark.slow
def test_near_miss_spelling_of_a_known_person_is_linked(article, linker):
    actors = linker(article("Hier, Staffan de Mistoura a rencontré les parties.", "fr")).actors
    assert [a.id for a in actors] == ["Staffan_de_Mistura"]


def test_a_role_inside_another_roles_phrase_is_mentioned_too(article):
    """The KB's phrase for the envoy holds the Secretary-General's title: both are mentioned."""
    from tests.actors.conftest import PERSONS, PLACES, ROLES, STATES

    envoy = {
        "role": "un_envoy",
        "org": "United_Nations",
        "phrases": {"fr": ["envoyé personnel du secrétaire général de l'ONU"]},
    }
    roles = [r for r in ROLES if r["role"] != "un_envoy"] + [envoy]
    linker = ActorLinker(kb_from_dicts(PERSONS + STATES + PLACES, roles), use_spacy=False)
    text = "L'envoyé personnel du secrétaire général de l'ONU est arrivé à Rabat."
    actors = {a.id: a for a in linker(article(text, "fr", "2024-03-11")).actors}
    assert {"Staffan_de_Mistura", "António_Guterres"} <= set(actors)
    (inner,) = actors["António_Guterres"].mentions
    assert inner.text == "secrétaire général de l'ONU"
