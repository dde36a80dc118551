"""Clauses that report no particular happening (events.generic, events.background; sentences
written for these tests): a negative subject negates the act, a subject that is everybody names no
participant, a habit without a date of its own is a stance, an event noun named by a past year is a
text the article recalls, and a verb whose subject is a dispute describes a state. Each kind has a
control: the same act by a named actor, or on a named day, is still an event."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import kb_from_dicts
from diplowatch.quotes import QuoteFinder
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.events.conftest import ENTRIES, ROLES, make_article, real_events, shown

# (lang, sentence, category): a negative subject, so the act did not happen; or everybody did it, so
# no named actor did
NOBODY_IN_PARTICULAR = [
    ("en", "Nobody rejected the proposal of Algeria, Lavrov said.", "REJECT"),
    ("en", "No member of the Security Council opposed the text on Monday.", "REJECT"),
    ("es", "Nadie rechazó la propuesta de Argelia, dijo Lavrov.", "REJECT"),
    ("es", "Ningún miembro del Consejo de Seguridad se opuso al texto.", "REJECT"),
    ("fr", "Aucun membre du Conseil de sécurité ne s'est opposé au texte.", "REJECT"),
    ("ar", "لا أحد رفض مقترح الجزائر.", "REJECT"),
    ("en", "Everyone at the table supported Morocco, Lavrov said.", "SUPPORT"),
    ("fr", "« Tout le monde autour de la table soutenait l'Algérie », a déclaré Lavrov.", "SUPPORT"),
    ("es", "Todo el mundo apoya a Marruecos, dijo Lavrov.", "SUPPORT"),
    ("ar", "رحب الجميع بموقف الجزائر.", "SUPPORT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind"), NOBODY_IN_PARTICULAR, ids=[c[1][:40] for c in NOBODY_IN_PARTICULAR]
)
def test_events_nobody_in_particular_acted(code, lang, text, kind):
    found = code(text, lang)
    assert not real_events(found, kind), shown(found)


@pytest.mark.slow
def test_events_what_everybody_welcomed_still_happened(code):
    """The visit "everyone welcomed" is Lavrov's visit: only the welcoming has nobody in particular."""
    found = code("Chacun a salué la visite de Lavrov à Rabat.", "fr")
    assert not real_events(found, "SUPPORT")
    assert [e for e in real_events(found, "CONSULT") if "Sergey_Lavrov" in e.actor + e.recipient], found


# (lang, a habit, the same act on a named day, category)
HABITS = [
    (
        "en",
        "Russia has repeatedly backed the Polisario.",
        "Russia backed the Polisario on Monday.",
        "SUPPORT",
    ),
    (
        "en",
        "Morocco has always rejected the proposal of Algeria.",
        "Morocco rejected the proposal of Algeria on Monday.",
        "REJECT",
    ),
    (
        "fr",
        "L'Algérie a toujours soutenu le Polisario.",
        "L'Algérie a soutenu le Polisario lundi.",
        "SUPPORT",
    ),
    (
        "fr",
        "Le Maroc a dénoncé à plusieurs reprises la position de l'Algérie.",
        "Le Maroc a dénoncé lundi la position de l'Algérie.",
        "ACCUSE",
    ),
    (
        "es",
        "Rusia ha respaldado siempre al Polisario.",
        "Rusia respaldó al Polisario el lunes.",
        "SUPPORT",
    ),
    (
        "es",
        "Marruecos ha rechazado reiteradamente la propuesta de Argelia.",
        "Marruecos rechazó el lunes la propuesta de Argelia.",
        "REJECT",
    ),
    ("ar", "طالب المغرب مرارا الجزائر بالمشاركة.", "طالب المغرب الجزائر بالمشاركة.", "REQUEST"),
]


# (lang, a past agreement named by its year, one reached in the news)
NAMED_BY_YEAR = [
    (
        "en",
        "Morocco considers the 1991 ceasefire with the Polisario broken.",
        "Morocco and the Polisario agreed a ceasefire on Monday.",
    ),
    (
        "fr",
        "Le Polisario considère l'accord de cessez-le-feu de 1991 avec le Maroc comme rompu.",
        "Le Maroc et le Polisario ont conclu lundi un accord de cessez-le-feu.",
    ),
    (
        "es",
        "Marruecos considera roto el acuerdo de 1991 con el Polisario.",
        "Marruecos alcanzó el lunes un acuerdo con el Polisario.",
    ),
    (
        "ar",
        "يعتبر البوليساريو اتفاق عام 1991 مع المغرب منتهيا.",
        "توصل المغرب والبوليساريو إلى اتفاق يوم الاثنين.",
    ),
]


# (lang, a dispute described by its verb, the same verb with an actor as subject)
STATES = [
    (
        "fr",
        "Lavrov a évoqué le conflit qui oppose le Maroc à l'Algérie.",
        "Le Maroc s'oppose à la proposition de l'Algérie.",
    ),
    (
        "fr",
        "Depuis 1975, un conflit oppose le Maroc au Polisario.",
        "Le Polisario s'est opposé lundi au Maroc.",
    ),
    (
        "es",
        "Lavrov habló del conflicto que les opone a Marruecos.",
        "Marruecos se opuso a la propuesta de Argelia.",
    ),
    (
        "en",
        "Lavrov discussed the conflict that opposes Morocco to the Polisario.",
        "Morocco opposed the proposal of Algeria.",
    ),
    ("ar", "تحدث لافروف عن النزاع الذي يعارض فيه المغرب الجزائر.", "عارض المغرب مقترح الجزائر."),
]

NEWS = {  # the day's news a habit follows in its article (alone in it, a habit is still its best event)
    "en": "Lavrov met Bourita in Moscow on Monday.",
    "fr": "Lavrov a rencontré Bourita lundi à Moscou.",
    "es": "Lavrov se reunió con Bourita el lunes en Moscú.",
    "ar": "التقى لافروف بوريطة يوم الاثنين في موسكو.",
}
WITH_CONTROL = (
    [(lang, f"{NEWS[lang]} {habit}", f"{NEWS[lang]} {dated}", kind) for lang, habit, dated, kind in HABITS]
    + [(lang, named, reached, "AGREE") for lang, named, reached in NAMED_BY_YEAR]
    + [(lang, state, act, "REJECT") for lang, state, act in STATES]
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "control", "kind"), WITH_CONTROL, ids=[c[1][:40] for c in WITH_CONTROL]
)
def test_events_no_event_of_the_day_but_its_control_is(code, lang, text, control, kind):
    found = code(text, lang)
    assert not real_events(found, kind), shown(found)
    assert real_events(code(control, lang), kind)


# (lang, sentence, category): what the cues must leave alone: a negative word inside the subject, a
# habit its clause dates ("several times on 3 March"), a stance today on a plan named by its year, a
# habit that is all its document tells
STILL_EVENTS = [
    ("en", "The envoy of no other country but Russia rejected the proposal of Algeria.", "REJECT"),
    ("fr", "Lavrov a reçu à plusieurs reprises Bourita le 3 mars.", "CONSULT"),
    ("fr", "Le Conseil de sécurité a réaffirmé son soutien au plan d'autonomie de 2007 du Maroc.", "SUPPORT"),
    ("en", "Russia has repeatedly backed the Polisario.", "SUPPORT"),  # alone: the document's only event
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), STILL_EVENTS, ids=[c[1][:40] for c in STILL_EVENTS])
def test_events_cues_leave_real_events_alone(code, lang, text, kind):
    found = code(text, lang)
    assert real_events(found, kind), shown(found)


@pytest.fixture(scope="module")
def code_with_demonyms():
    """The test KB with Algeria's demonyms, which the shared one leaves out."""
    entries = [
        {
            **e,
            "demonyms": {
                "en": ["Algerian"],
                "fr": ["algérien", "algérienne"],
                "es": ["argelino", "argelina"],
                "ar": ["جزائرية", "الجزائرية"],
            },
        }
        if e["id"] == "Algeria"
        else e
        for e in ENTRIES
    ]
    chain = Chain(Parser(), ActorLinker(kb_from_dicts(entries, ROLES)), QuoteFinder())
    coder = EventCoder()
    return lambda text, lang: coder(chain(make_article(text, lang))).events


# (lang, a country only qualifying the plane that carried the envoy; the country acting)
SCENERY = [
    (
        "en",
        "Lavrov arrived in Rabat on an Algerian plane to meet Bourita.",
        "The Algerian government criticised Bourita.",
    ),
    (
        "fr",
        "Lavrov est arrivé à Rabat à bord d'un avion algérien.",
        "Le gouvernement algérien a critiqué Bourita.",
    ),
    ("es", "Lavrov llegó a Rabat en un avión argelino.", "El gobierno argelino criticó a Bourita."),
    # the adjective qualifies a noun that completes the plane ("a plane of the Algerian air force")
    (
        "fr",
        "Lavrov est arrivé à Rabat à bord d'un avion de l'armée de l'air algérienne.",
        "Le gouvernement algérien a critiqué Bourita.",
    ),
    (
        "es",
        "Lavrov llegó a Rabat en un avión de la Fuerza Aérea argelina.",
        "El gobierno argelino criticó a Bourita.",
    ),
    ("ar", "وصل لافروف إلى الرباط على متن طائرة جزائرية.", "انتقدت الجزائر بوريطة."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "scene", "acting"), SCENERY, ids=[c[1][:40] for c in SCENERY])
def test_events_country_of_a_plane_is_no_participant(code_with_demonyms, lang, scene, acting):
    found = code_with_demonyms(scene, lang)
    assert not [e for e in found if "Algeria" in e.actor + e.recipient], found
    assert [e for e in code_with_demonyms(acting, lang) if "Algeria" in e.actor], acting
