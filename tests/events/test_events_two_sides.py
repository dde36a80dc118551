"""Other dossiers' two sides: "urged both sides to", "a invité les deux parties", "instó a ambas partes",
"دعا الطرفين" address the sides of the article's dispute (events.parties; disputes of lang/events.yaml),
and an act paid back in kind is a second event, not a repeat of the first (events.merge). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category, the sides it must be addressed to)
ADDRESSED = [
    (
        "en",
        "Armenia and Azerbaijan held talks in Almaty on Friday. The European Union urged both sides to sign "
        "a peace treaty.",
        "REQUEST",
        {"Armenia", "Azerbaijan"},
    ),
    (
        "fr",
        "Le gouvernement de la RDC et le M23 se sont réunis à Doha lundi. Le président angolais João "
        "Lourenço a invité les deux parties à Luanda.",
        "AGREE",
        {"Democratic_Republic_of_the_Congo", "March_23_Movement"},
    ),
    (
        "es",
        "Rusia y Ucrania intercambiaron prisioneros el viernes. Turquía instó a ambas partes a negociar "
        "un alto el fuego.",
        "REQUEST",
        {"Russia", "Ukraine"},
    ),
    (
        "ar",
        "اشتبك الجيش السوداني وقوات الدعم السريع في الفاشر يوم الاثنين. ودعا الاتحاد الأفريقي الطرفين إلى "
        "وقف القتال.",
        "REQUEST",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
    # the two delegations of the sides
    (
        "en",
        "Delegations of the Sudanese army and the Rapid Support Forces arrived in Jeddah on Saturday. The "
        "Saudi foreign minister urged the two delegations to respect the truce.",
        "REQUEST",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
    (
        "fr",
        "Les délégations de l'armée soudanaise et des Forces de soutien rapide sont arrivées samedi à "
        "Djeddah. Le ministre saoudien a exhorté les deux délégations à respecter la trêve.",
        "REQUEST",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
    (
        "es",
        "Las delegaciones del ejército sudanés y de las Fuerzas de Apoyo Rápido llegaron el sábado a Yeda. "
        "El canciller saudí instó a las dos delegaciones a respetar la tregua.",
        "REQUEST",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
    (
        "ar",
        "وصل وفدا الجيش السوداني وقوات الدعم السريع إلى جدة يوم السبت. ودعا وزير الخارجية السعودي الوفدين "
        "إلى احترام الهدنة.",
        "REQUEST",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "sides"), ADDRESSED, ids=[f"{a[0]}-{i}" for i, a in enumerate(ADDRESSED)]
)
def test_events_both_sides_are_the_dispute_sides(world_code, lang, text, kind, sides):
    events = world_code(text, lang)
    assert [e for e in real_events(events, kind) if sides <= set(e.recipient)], shown(events)


@pytest.mark.slow
def test_events_two_sides_are_the_first_two_named(world_code):
    """Of a dispute with more sides named, "both sides" are its first two (Algeria is no "side" here)."""
    text = (
        "Staffan de Mistura a rencontré lundi le Maroc, le Front Polisario et l'Algérie. Le Conseil de "
        "sécurité a exhorté les deux parties à reprendre les négociations."
    )
    events = real_events(world_code(text, "fr"), "REQUEST")
    assert [e for e in events if {"Morocco", "Polisario_Front"} <= set(e.recipient)], shown(events)
    assert not [e for e in events if "Algeria" in e.recipient], shown(events)


# An act paid back in kind by its target is a second happening, told apart from the first.
RETALIATIONS = [
    (
        "fr",
        "Le Mali, le Burkina Faso et le Niger ont rappelé dimanche leurs ambassadeurs en Algérie. En "
        "réponse, l'Algérie a rappelé ses ambassadeurs au Mali et au Niger.",
        "SANCTION",
        "Algeria",
        "Mali",
    ),
    (
        "en",
        "Russia expelled two Moldovan diplomats on Monday. Moldova expelled three Russian diplomats in "
        "response.",
        "SANCTION",
        "Moldova",
        "Russia",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "second", "first"), RETALIATIONS, ids=[r[0] for r in RETALIATIONS]
)
def test_events_retaliation_is_its_own_event(world_code, lang, text, kind, second, first):
    events = real_events(world_code(text, lang), kind)
    assert [e for e in events if first in e.actor and second not in e.actor], shown(events)
    assert [e for e in events if second in e.actor and first not in e.actor], shown(events)


# With no dispute of the data file named, "both sides", "ambas partes", "les deux parties" are the two
# states the article names first (here Venezuela and the United States).
NO_DISPUTE = [
    (
        "en",
        "Venezuela accused the United States of preparing an invasion. Brazil and Colombia urged both sides to "
        "avoid any escalation.",
    ),
    (
        "es",
        "Venezuela acusó a Estados Unidos de preparar una invasión. Brasil y Colombia llamaron a ambas partes a "
        "evitar cualquier escalada.",
    ),
    (
        "fr",
        "Le Venezuela a accusé les États-Unis de préparer une invasion. Le Brésil et la Colombie ont appelé les "
        "deux parties à éviter toute escalade.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NO_DISPUTE, ids=[n[0] for n in NO_DISPUTE])
def test_both_sides_without_a_known_dispute_are_the_first_two_states(world_code, lang, text):
    events = world_code(text, lang)
    calls = [e for e in real_events(events, "REQUEST") if "Brazil" in e.actor]
    assert calls and all({"Venezuela", "United_States"} <= set(e.recipient) for e in calls), shown(events)
