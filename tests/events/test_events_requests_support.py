"""Requests and support told in ways the extraction coded as another category or missed (sentences
written for these tests, in the four languages): a call restated with the verb that renews mandates, a
plan called "the most serious and credible basis", and a stance told twice in one sentence."""

from __future__ import annotations

import pytest

from diplowatch.events.draft import Draft
from diplowatch.events.same_sentence import same_sentence_merged
from diplowatch.model import EventDate, Evidence
from tests.events.conftest import real_events, shown

# (lang, text, actor id, addressee id): "renewed its call" is a call, not an endorsement.
RESTATED_CALLS = [
    ("fr", "La Russie a renouvelé mardi son appel au Maroc à reprendre le dialogue.", "Russia", "Morocco"),
    (
        "fr",
        "Le Maroc a réitéré mercredi son appel à l'Algérie à rejoindre les tables rondes.",
        "Morocco",
        "Algeria",
    ),
    ("en", "Spain renewed on Monday its call for Algeria to reopen the border.", "Spain", "Algeria"),
    ("en", "Russia renewed its call on Morocco to resume the talks on Friday.", "Russia", "Morocco"),
    (
        "es",
        "Rusia renovó el miércoles su llamamiento a Argelia para reanudar el diálogo.",
        "Russia",
        "Algeria",
    ),
    ("ar", "جددت روسيا يوم الأربعاء دعوتها الجزائر إلى استئناف الحوار.", "Russia", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "actor", "asked"), RESTATED_CALLS, ids=[c[0] for c in RESTATED_CALLS]
)
def test_events_restated_call_is_a_request(code, lang, text, actor, asked):
    found = code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if actor in e.actor]
    assert requests, shown(found)
    assert asked in requests[0].recipient, shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


# Renewed support stays support: the call phrases need the word for a call.
RENEWED_SUPPORT = [
    ("fr", "Le Maroc a renouvelé mercredi son soutien à Staffan de Mistura."),
    ("en", "Morocco renewed on Wednesday its support for Staffan de Mistura."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RENEWED_SUPPORT, ids=[c[0] for c in RENEWED_SUPPORT])
def test_events_renewed_support_stays_support(code, lang, text):
    found = code(text, lang)
    supports = [e for e in real_events(found, "SUPPORT") if "Morocco" in e.actor]
    assert supports and "Staffan_de_Mistura" in supports[0].recipient, shown(found)
    assert not real_events(found, "REQUEST"), shown(found)


@pytest.mark.slow
def test_events_french_present_demand_is_a_request(code):
    """« réclame »: the French lemmatizer leaves the present as it is."""
    found = code("Le Front Polisario réclame la libération des prisonniers détenus par le Maroc.", "fr")
    assert [e for e in real_events(found, "REQUEST") if "Polisario_Front" in e.actor], shown(found)


# (lang, text): a plan called the most serious or credible basis of a settlement is endorsed by who
# calls it so, and the plan's author is the recipient.
SERIOUS_BASIS = [
    ("fr", "La Russie considère le plan d'autonomie du Maroc comme la base la plus sérieuse et crédible."),
    (
        "en",
        "Russia on Tuesday described the autonomy plan of Morocco as a serious and credible basis for a deal.",
    ),
    ("es", "Rusia considera el plan de autonomía de Marruecos como la base más seria y creíble."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SERIOUS_BASIS, ids=[c[0] for c in SERIOUS_BASIS])
def test_events_serious_basis_is_support(code, lang, text):
    found = code(text, lang)
    supports = [e for e in real_events(found, "SUPPORT") if "Russia" in e.actor]
    assert supports and "Morocco" in supports[0].recipient, shown(found)


def _stance(actor: tuple[str, ...], recipient: tuple[str, ...], year: str, start: int) -> Draft:
    return Draft(
        "SUPPORT",
        (),
        actor,
        recipient,
        None,
        EventDate(year, "year", year),
        "clause",
        (),
        (Evidence(start, start + 5, "x"),),
        0.9,
        "test",
    )


def test_events_stance_restated_without_actor_keeps_the_told_date():
    """ "reaffirmed its support for the plan, presented in 2007, as a serious basis": the actorless
    restatement of the stance is dropped, so the plan's year does not date the stance."""
    told = _stance(("United_Nations_Security_Council",), ("Morocco",), "2024", 0)
    restated = _stance((), ("Morocco",), "2007", 40)
    merged = same_sentence_merged([told, restated])
    assert [d.date.value for d in merged if d.date] == ["2024"]
    # With a participant of its own, the second draft stays an event of its own.
    other = _stance((), ("Algeria",), "2007", 40)
    assert len(same_sentence_merged([told, other])) == 2


@pytest.mark.slow
def test_events_endorsement_told_twice_is_not_dated_by_the_plan(code):
    """The plan's year, nearer the second trigger, does not date the stance (no historical event)."""
    text = (
        "The Security Council reaffirmed its support for the autonomy plan of Morocco, presented in 2007, "
        "as a serious and credible basis."
    )
    found = code(text, "en")
    supports = [e for e in real_events(found, "SUPPORT") if "Morocco" in e.recipient]
    assert supports and all("historical" not in e.aux for e in supports), shown(found)


# (lang, text): "the stakeholders", "les parties prenantes" stand for the sides the article named.
COLLECTIVE_ADDRESSEES = [
    (
        "en",
        "Morocco, Algeria and the Polisario met in Geneva. The Security Council commended the stakeholders' "
        "decision to take part in the talks.",
    ),
    (
        "en",
        "Morocco, Algeria and the Polisario met in Geneva. The Security Council praised all stakeholders.",
    ),
    (
        "fr",
        "Le Maroc, l'Algérie et le Front Polisario se sont réunis à Genève. Le Conseil de sécurité a salué "
        "la décision des parties prenantes de participer aux discussions.",
    ),
    (
        "es",
        "Marruecos, Argelia y el Frente Polisario se reunieron en Ginebra. El Consejo de Seguridad elogió a "
        "las partes interesadas por su compromiso.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), COLLECTIVE_ADDRESSEES, ids=[c[0] for c in COLLECTIVE_ADDRESSEES])
def test_events_collective_addressee_stands_for_the_named_sides(code, lang, text):
    found = code(text, lang)
    supports = [e for e in real_events(found, "SUPPORT") if "United_Nations_Security_Council" in e.actor]
    assert supports, shown(found)
    assert {"Morocco", "Algeria", "Polisario_Front"} <= set(supports[0].recipient), shown(found)
