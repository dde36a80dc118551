"""Acts of the conflict dossiers (Sahel, Sudan, Libya, Venezuela/Colombia) in fr/en/es/ar, on sentences
written for these tests: lifted sanctions with a date or a quantifier in between, agreements ended or
left, envoys ordered out, air strikes told with "struck", troops leaving a country."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, real_involving, shown

# (lang, text, category, participant, whether the sentence asserts that event)
CASES = [
    # lifting sanctions yields, even with the day or a quantifier between the verb and its noun
    ("fr", "La Russie a levé samedi l'essentiel des sanctions contre l'Algérie.", "CONCEDE", "Algeria", True),
    (
        "fr",
        "La Russie a levé samedi l'essentiel des sanctions contre l'Algérie.",
        "SANCTION",
        "Algeria",
        False,
    ),
    ("en", "Russia lifted on Saturday most of the sanctions on Algeria.", "CONCEDE", "Algeria", True),
    ("es", "Rusia levantó el miércoles parte de las sanciones contra Argelia.", "CONCEDE", "Algeria", True),
    ("ar", "رفعت روسيا يوم السبت معظم العقوبات المفروضة على الجزائر.", "CONCEDE", "Algeria", True),
    # ending, cancelling or leaving an agreement rejects it; it is no agreement of the one who ends it
    ("en", "Algeria ended the 1994 peace agreement with Morocco on Thursday.", "REJECT", "Algeria", True),
    ("en", "Algeria ended the 1994 peace agreement with Morocco on Thursday.", "AGREE", "Algeria", False),
    ("en", "Russia withdrew from the agreement with Algeria on Friday.", "REJECT", "Russia", True),
    ("fr", "L'Algérie a mis fin jeudi à l'accord de coopération avec l'Espagne.", "REJECT", "Algeria", True),
    ("fr", "L'Algérie a mis fin jeudi à l'accord de coopération avec l'Espagne.", "AGREE", "Algeria", False),
    (
        "es",
        "Marruecos puso fin el jueves al cese al fuego con el Frente Polisario.",
        "REJECT",
        "Morocco",
        True,
    ),
    (
        "es",
        "Marruecos puso fin el jueves al cese al fuego con el Frente Polisario.",
        "AGREE",
        "Morocco",
        False,
    ),
    ("ar", "ألغت الجزائر اتفاقيات التعاون مع إسبانيا يوم الخميس.", "REJECT", "Algeria", True),
    ("ar", "ألغت الجزائر اتفاقيات التعاون مع إسبانيا يوم الخميس.", "AGREE", "Algeria", False),
    # ordering a state's envoy to leave expels them: a cut in relations
    (
        "en",
        "Algeria ordered the Spanish ambassador on Monday to leave the country within 48 hours.",
        "SANCTION",
        "Algeria",
        True,
    ),
    (
        "fr",
        "L'Algérie a donné lundi 48 heures à l'ambassadeur d'Espagne pour quitter le territoire.",
        "SANCTION",
        "Algeria",
        True,
    ),
    (
        "es",
        "Argelia ordenó el lunes a los diplomáticos de España abandonar el país.",
        "SANCTION",
        "Algeria",
        True,
    ),
    ("ar", "أمرت الجزائر السفير الإسباني بمغادرة البلاد خلال 48 ساعة.", "SANCTION", "Algeria", True),
    # "struck" with a target is an attack; impressed or a deal struck is not
    ("en", "Russia struck a rebel base in Algeria on Monday.", "ASSAULT", "Russia", True),
    ("en", "Russia struck a rebel base in Algeria on Monday.", "PROTEST", "Russia", False),
    ("en", "Lavrov was struck by the resolve of Algeria on Monday.", "ASSAULT", "Sergey_Lavrov", False),
    ("en", "Algeria and Morocco struck a deal on Monday.", "AGREE", "Algeria", True),
    ("en", "Algeria and Morocco struck a deal on Monday.", "ASSAULT", "Algeria", False),
    # troops that leave a country withdraw from it
    ("en", "The last troops of Russia left Algeria on Friday.", "RETREAT", "Russia", True),
    ("fr", "Les derniers soldats de la Russie ont quitté l'Algérie vendredi.", "RETREAT", "Russia", True),
    ("es", "Las últimas tropas de Rusia abandonaron Argelia el viernes.", "RETREAT", "Russia", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who", "asserted"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[4]}-{c[1][:24]}" for c in CASES],
)
def test_conflict_act_asserted_or_not(code, lang, text, kind, who, asserted):
    events = code(text, lang)
    assert bool(real_involving(events, kind, who)) == asserted, shown(events)


# A military intervention is an attack: offered or announced, it is a threat, never an agreement.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia threatened on Monday a military intervention in Algeria."),
        ("fr", "La Russie a menacé lundi d'une intervention militaire en Algérie."),
        ("es", "Rusia amenazó el lunes con una intervención militar en Argelia."),
    ],
)
def test_military_intervention_threatened(code, lang, text):
    events = code(text, lang)
    assert real_involving(events, "THREATEN", "Russia"), shown(events)
    assert not real_events(events, "ASSAULT") and not real_events(events, "AGREE"), shown(events)


# The act a proposal or a suggestion names is proposed, not done: no SUPPORT for "extend", no AGREE for
# "truce", also for the second of two coordinated infinitives.
PROPOSED = [
    ("en", "Russia rejected on Monday all suggestions to extend and renew the truce with Algeria."),
    ("fr", "La Russie a rejeté lundi les propositions de prolonger la trêve avec l'Algérie."),
    ("es", "Rusia rechazó el lunes las propuestas para prorrogar la tregua con Argelia."),
    ("ar", "رفضت روسيا يوم الاثنين مقترحات تمديد الهدنة مع الجزائر."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PROPOSED, ids=[p[0] for p in PROPOSED])
def test_proposed_act_is_no_event(code, lang, text):
    events = code(text, lang)
    assert real_involving(events, "REJECT", "Russia"), shown(events)
    assert not real_events(events, "SUPPORT") and not real_events(events, "AGREE"), shown(events)


# An agreement between two sides has them all in the actor (PLOVER: the act is mutual), with no recipient;
# it is kept like a meeting of two sides. Each text tells another event first, so that the agreement is
# not kept merely as the document's only event.
MUTUAL = [
    (
        "en",
        "Russia condemned the attack on Monday. Algeria and Morocco agreed on a truce on Tuesday.",
        "Algeria",
    ),
    (
        "fr",
        "La Russie a condamné l'attaque lundi. Le Maroc et le Front Polisario ont conclu mardi un cessez-le-feu.",
        "Polisario_Front",
    ),
    (
        "es",
        "Rusia condenó el ataque el lunes. Marruecos y el Frente Polisario acordaron el martes un alto el fuego.",
        "Polisario_Front",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), MUTUAL, ids=[m[0] for m in MUTUAL])
def test_agreement_of_two_sides_needs_no_recipient(code, lang, text, who):
    events = code(text, lang)
    assert real_involving(events, "AGREE", who), shown(events)


# Calling what another said or did interference (or another evaluative word) is the caller's criticism of
# its author; the word the writer uses alone is nobody's.
CALLED = [
    ("es", "Argelia calificó de injerencia las declaraciones de España.", True),
    ("es", "Argelia calificó de inaceptable la postura de España.", True),
    ("fr", "L'Algérie a qualifié d'ingérence les propos de l'Espagne.", True),
    ("en", "Algeria described the remarks of Spain as interference.", True),
    ("fr", "L'ingérence de l'Espagne inquiète les voisins.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "asserted"), CALLED, ids=[c[1][:30] for c in CALLED])
def test_calling_it_interference_is_criticism(code, lang, text, asserted):
    events = code(text, lang)
    said = [e for e in real_events(events, "ACCUSE") if "Spain" in e.recipient and "Algeria" in e.actor]
    assert bool(said) == asserted, shown(events)
