""" "The parties" a request or an invitation addresses are the sides of the article's dispute that the
article names (events.parties; sentences written for these tests)."""

from __future__ import annotations

import pytest

from diplowatch.events.parties import DISPUTES, dispute_sides
from diplowatch.kb import default_kb
from tests.events.conftest import AFTER_MEETING, real_events, shown

SIDES = {"Morocco", "Algeria", "Polisario_Front"}

# (lang, text, category): the last sentence addresses "the parties" the first one names.
ADDRESSED = [
    (
        "en",
        "Tension between Morocco, Algeria and the Polisario is rising. Lavrov urged all parties to show "
        "restraint.",
        "REQUEST",
    ),
    (
        "en",
        "Morocco, Algeria and the Polisario sent delegations. Staffan de Mistura invited the parties to a "
        "round table in Geneva.",
        "AGREE",
    ),
    (
        "fr",
        "Le Maroc, l'Algérie et le Front Polisario restent divisés. Sergueï Lavrov a exhorté toutes les "
        "parties à reprendre le dialogue.",
        "REQUEST",
    ),
    (
        "fr",
        "Le Maroc, l'Algérie et le Front Polisario ont été consultés. Staffan de Mistura a convié les "
        "parties à des pourparlers à Genève.",
        "AGREE",
    ),
    (
        "es",
        "Marruecos, Argelia y el Frente Polisario siguen enfrentados. Lavrov instó a las partes a "
        "reanudar las negociaciones.",
        "REQUEST",
    ),
    (
        "es",
        "Marruecos, Argelia y el Polisario no se hablan. Lavrov anima a todas las partes a reunirse.",
        "REQUEST",
    ),
    # a relative clause on the object still addresses the trigger's call
    (
        "en",
        "Morocco, Algeria and the Polisario are at odds. Lavrov called for a solution that is acceptable "
        "to all parties.",
        "REQUEST",
    ),
    (
        "ar",
        "التقى دي ميستورا بوريطة في الرباط ثم عطاف في الجزائر. وحث لافروف جميع الأطراف على استئناف المفاوضات.",
        "REQUEST",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind"), ADDRESSED, ids=[f"{a[0]}-{i}" for i, a in enumerate(ADDRESSED)]
)
def test_events_parties_are_the_sides_the_article_names(code, lang, text, kind):
    found = [e for e in real_events(code(text, lang), kind) if set(e.recipient) & SIDES]
    assert found, shown(code(text, lang))
    assert len(set(found[0].recipient) & SIDES) >= 2


# (lang, text): "the parties" here stands for nobody of the dispute, or is no addressee.
NOT_ADDRESSED = [
    # the two who met, in a bilateral report
    ("fr", "Le Maroc a reçu l'Espagne. Les deux parties ont signé un accord, dit l'Algérie.", "AGREE"),
    # political parties of one country
    ("en", "Morocco and Algeria are at odds. Lavrov met the political parties of Spain.", "CONSULT"),
    # the phrase belongs to the next clause's call, not to "llegar" (a visit trigger)
    (
        "es",
        'Marruecos, Argelia y el Polisario. Lavrov dijo que "ha llegado el momento", por lo que anima a '
        "todas las partes a reunirse.",
        "CONSULT",
    ),
    # the article names one side only
    ("en", "Morocco is waiting. Lavrov urged all parties to show restraint.", "REQUEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind"), NOT_ADDRESSED, ids=[f"{a[0]}-{i}" for i, a in enumerate(NOT_ADDRESSED)]
)
def test_events_parties_not_the_dispute_sides(code, lang, text, kind):
    for event in real_events(code(text, lang), kind):
        assert not {"Algeria", "Polisario_Front"} & set(event.recipient), (event.actor, event.recipient)


def test_events_parties_dispute_needs_two_sides_named():
    assert dispute_sides(["Morocco", "Spain", "Algeria", "Morocco"]) == ("Morocco", "Algeria")
    assert dispute_sides(["Morocco", "Spain"]) == ()
    assert dispute_sides(["Houthis", "Yemen", "Morocco"]) == ("Yemen", "Houthis")


@pytest.mark.slow
def test_events_parties_dispute_sides_are_known_actors():
    kb = default_kb()
    unknown = [k for sides in DISPUTES.values() for k in sides if kb.get(k) is None]
    assert not unknown


# "Both countries" of a dispute whose first sides include an armed group are its two states.
BOTH_COUNTRIES = [
    ("fr", "Kinshasa accuse Kigali de soutenir le M23. Washington a appelé les deux pays à la retenue."),
    (
        "en",
        "Kinshasa accuses Kigali of backing the M23. Washington urged the two countries to show restraint.",
    ),
    ("es", "Kinshasa acusa a Kigali de apoyar al M23. Washington instó a los dos países a la contención."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BOTH_COUNTRIES, ids=[b[0] for b in BOTH_COUNTRIES])
def test_both_countries_of_a_dispute_are_its_states(world_code, lang, text):
    requests = real_events(world_code(text, lang), "REQUEST")
    assert [set(e.recipient) for e in requests] == [{"Democratic_Republic_of_the_Congo", "Rwanda"}], shown(
        requests
    )


# "Both governments" of two states named before are those two states.
BOTH_GOVERNMENTS = [
    ("es", "Venezuela rompió relaciones con Panamá. Petro llamó a ambos gobiernos a mantener el diálogo."),
    ("en", "Venezuela cut ties with Panama. Petro urged both governments to keep talking."),
    (
        "fr",
        "Le Venezuela a rompu ses relations avec le Panama. Petro a appelé les deux gouvernements au dialogue.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BOTH_GOVERNMENTS, ids=[b[0] for b in BOTH_GOVERNMENTS])
def test_both_governments_are_the_two_states(world_code, lang, text):
    requests = real_events(world_code(text, lang), "REQUEST")
    assert [set(e.recipient) for e in requests] == [{"Venezuela", "Panama"}], shown(requests)


# A request to a collective no actor id names ("the international community") has an addressee: it passes
# the threshold after another event (a document's only event is kept anyway).
COLLECTIVE = [
    ("en", "The Polisario urged the international community to react."),
    ("fr", "Le Polisario a appelé la communauté internationale à réagir."),
    ("es", "El Polisario pidió a la comunidad internacional que reaccione."),
    ("ar", "ودعت جبهة البوليساريو المجتمع الدولي إلى التدخل."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), COLLECTIVE, ids=[c[0] for c in COLLECTIVE])
def test_a_request_to_the_international_community_is_kept(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert any("Polisario_Front" in e.actor for e in real_events(events, "REQUEST")), shown(events)
