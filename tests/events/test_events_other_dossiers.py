"""Error classes found on articles of other dossiers (Libya, Yemen, Syria, Sudan, Sahel, Venezuela),
checked on sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import kb_from_dicts
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.events.conftest import ENTRIES, ROLES, make_article, real_involving, shown

# (lang, text, category, participant, whether the sentence asserts that event)
CASES = [
    # pressing or pushing someone to act is a call, its object a pronoun too ("him": lemma "he", no new
    # subject)
    (
        "en",
        "Sergey Lavrov met Ahmed Attaf on Monday and pressed him to release the prisoners.",
        "REQUEST",
        "Ahmed_Attaf",
        True,
    ),
    ("en", "Sergey Lavrov pushed Morocco on Monday to resume the negotiations.", "REQUEST", "Morocco", True),
    (
        "fr",
        "Sergueï Lavrov a poussé lundi le Maroc à reprendre les négociations.",
        "REQUEST",
        "Morocco",
        True,
    ),
    (
        "fr",
        "Sergueï Lavrov a poussé lundi le Maroc à reprendre les négociations.",
        "CONSULT",
        "Morocco",
        False,
    ),
    # the same verb without a hyphen still backs
    ("en", "Algeria backed the Polisario on Monday.", "SUPPORT", "Algeria", True),
    # Arabic forms the lexicon missed: the feminine of a perfect in ى, the feminine present, a meeting
    # noun with a possessive (the hamza then sits on ya)
    ("ar", "التقت الجزائر والمغرب في جنيف يوم الاثنين.", "CONSULT", "Algeria", True),
    ("ar", "نفت الجزائر اتهامات المغرب يوم الاثنين.", "REJECT", "Algeria", True),
    ("ar", "تحث روسيا المغرب على استئناف المفاوضات.", "REQUEST", "Russia", True),
    ("ar", "وقال دي ميستورا عقب لقائه عطاف إن المحادثات كانت مفيدة.", "CONSULT", "Ahmed_Attaf", True),
    # a visit told "in the frame of" a tour is real (not a word of aim, see below)
    ("ar", "التقى دي ميستورا عطاف في إطار زيارته إلى الجزائر.", "CONSULT", "Ahmed_Attaf", True),
    # lifting or easing sanctions yields
    ("en", "Spain eased sanctions on Algeria on Monday.", "CONCEDE", "Algeria", True),
    ("fr", "L'Espagne a annoncé lundi la levée des sanctions contre l'Algérie.", "CONCEDE", "Algeria", True),
    ("es", "España anunció el lunes un alivio de las sanciones contra Argelia.", "CONCEDE", "Algeria", True),
    ("ar", "أعلنت روسيا يوم الاثنين رفع العقوبات عن الجزائر.", "CONCEDE", "Algeria", True),
    # leaving a body of states reduces relations; withdrawing troops yields ground
    (
        "en",
        "Russia announced on Monday its withdrawal from the Security Council.",
        "SANCTION",
        "Russia",
        True,
    ),
    ("fr", "La Russie a quitté le Conseil de sécurité lundi.", "SANCTION", "Russia", True),
    ("es", "Rusia abandonó el Consejo de Seguridad el lunes.", "SANCTION", "Russia", True),
    ("en", "Russia withdrew its troops from Algeria on Monday.", "RETREAT", "Russia", True),
    # held consultations are a meeting, even beside a stronger trigger of another category
    (
        "fr",
        "Le Maroc et l'Algérie ont tenu, lundi à Genève, des consultations après le retrait de la Russie.",
        "CONSULT",
        "Morocco",
        True,
    ),
    # Spanish: "celebrar" + a meeting holds it; refusing to recognise is a rejection
    ("es", "Rusia celebró una reunión con Argelia el lunes.", "CONSULT", "Russia", True),
    ("es", "España desconoció el lunes los resultados anunciados por Argelia.", "REJECT", "Spain", True),
    # gratitude expressed to someone is support for them
    ("en", "Staffan de Mistura expressed gratitude to Algeria on Monday.", "SUPPORT", "Algeria", True),
    ("fr", "Staffan de Mistura a exprimé lundi sa gratitude à l'Algérie.", "SUPPORT", "Algeria", True),
    ("es", "Staffan de Mistura expresó el lunes su gratitud a Argelia.", "SUPPORT", "Algeria", True),
    # a trigger glued by a hyphen describes someone
    ("en", "The Algeria-backed Polisario rejected the proposal on Monday.", "SUPPORT", "Algeria", False),
    (
        "en",
        "Russia praised the UN-brokered truce between Morocco and the Polisario.",
        "CONSULT",
        "Morocco",
        False,
    ),
    # the SANCTION noun loses to the relief phrase, RETREAT to leaving an organisation
    ("en", "Spain eased sanctions on Algeria on Monday.", "SANCTION", "Algeria", False),
    (
        "fr",
        "L'Espagne a annoncé lundi la levée des sanctions contre l'Algérie.",
        "SANCTION",
        "Algeria",
        False,
    ),
    ("fr", "La Russie a quitté le Conseil de sécurité lundi.", "RETREAT", "Russia", False),
    # Spanish: welcoming what was decided is SUPPORT, not the AGREE of "acuerdo"
    ("es", "Rusia saludó el acuerdo entre Marruecos y Argelia.", "AGREE", "Russia", False),
    ("es", "Rusia celebró la decisión de Argelia.", "AGREE", "Russia", False),
    # Arabic: a future verb governing the meeting noun makes the meeting planned, not held
    ("ar", "أعلن دي ميستورا أن جنيف ستستضيف محادثات بين المغرب والبوليساريو.", "CONSULT", "Morocco", False),
    (
        "ar",
        "وقال دي ميستورا إن الأمم المتحدة ستقوم بتيسير محادثات بين المغرب والبوليساريو.",
        "CONSULT",
        "Morocco",
        False,
    ),
    # Arabic, unparsed: a trigger just after a word of aim or effort is a goal
    ("ar", "وبحث الطرفان سبل تجديد الهدنة بين المغرب والبوليساريو.", "AGREE", "Morocco", False),
    ("ar", "وفشلت جهود روسيا لتجديد الهدنة مع المغرب.", "SUPPORT", "Russia", False),
    ("ar", "وفشلت جهود روسيا لتجديد الهدنة مع المغرب.", "AGREE", "Russia", False),
    # French: an expected arrival is not a visit made
    ("fr", "Staffan de Mistura est attendu lundi à Alger.", "CONSULT", "Staffan_de_Mistura", False),
    # expelling a country's ambassador reduces relations (SANCTION), it is not the COERCE of expelling people;
    # an ambassador called home "for consultations" is recalled, not summoned (ACCUSE)
    ("en", "Algeria expelled the Spanish ambassador on Monday.", "SANCTION", "Algeria", True),
    ("en", "Algeria expelled the Spanish ambassador on Monday.", "COERCE", "Algeria", False),
    ("fr", "L'Algérie a expulsé lundi l'ambassadeur d'Espagne.", "SANCTION", "Algeria", True),
    ("es", "Argelia expulsó el lunes al embajador de España.", "SANCTION", "Algeria", True),
    (
        "es",
        "Argelia ordenó el lunes la salida de su territorio del personal diplomático español.",
        "SANCTION",
        "Algeria",
        True,
    ),
    (
        "es",
        "Argelia ordenó el lunes el retiro del personal diplomático de España.",
        "SANCTION",
        "Algeria",
        True,
    ),
    (
        "fr",
        "L'Algérie a ordonné lundi le retrait du personnel diplomatique espagnol.",
        "SANCTION",
        "Algeria",
        True,
    ),
    ("ar", "طردت الجزائر السفير الإسباني يوم الاثنين.", "SANCTION", "Algeria", True),
    ("ar", "استدعت الجزائر سفيرها في مدريد للتشاور.", "SANCTION", "Algeria", True),
    ("ar", "استدعت الجزائر سفيرها في مدريد للتشاور.", "ACCUSE", "Algeria", False),
    ("ar", "علقت روسيا عضويتها في مجلس الأمن يوم الاثنين.", "SANCTION", "Russia", True),
    # a coup: power taken from a government
    ("en", "Army officers overthrew the government of Algeria on Monday.", "COERCE", "Algeria", True),
    ("fr", "Des militaires ont renversé lundi le gouvernement de l'Algérie.", "COERCE", "Algeria", True),
    ("es", "Un grupo de militares derrocó el lunes al gobierno de Argelia.", "COERCE", "Algeria", True),
    # a meeting of minds is an agreement; the topic it is about is no event of its own
    ("en", "Morocco and Algeria reached a convergence of views on Monday.", "AGREE", "Morocco", True),
    ("fr", "Le Maroc et l'Algérie sont parvenus lundi à une convergence de vues.", "AGREE", "Morocco", True),
    (
        "es",
        "Marruecos y Argelia alcanzaron el lunes una convergencia de posiciones.",
        "AGREE",
        "Morocco",
        True,
    ),
    ("ar", "توصلت الجزائر والمغرب إلى توافق يوم الاثنين.", "AGREE", "Algeria", True),
    ("fr", "Le Maroc et l'Espagne se sont accordés lundi sur un calendrier.", "AGREE", "Morocco", True),
    ("es", "Marruecos y Argelia llegaron el lunes a un acuerdo sobre la frontera.", "AGREE", "Morocco", True),
    # ceasefire as Latin America says it; relations restored
    ("es", "Marruecos anunció el lunes un cese al fuego con el Frente Polisario.", "AGREE", "Morocco", True),
    (
        "es",
        "Marruecos y Argelia restablecieron el lunes sus relaciones diplomáticas.",
        "AGREE",
        "Morocco",
        True,
    ),
    (
        "es",
        "Marruecos y Argelia restablecieron el lunes sus relaciones diplomáticas.",
        "SANCTION",
        "Morocco",
        False,
    ),
    (
        "fr",
        "Le Maroc et l'Algérie ont rétabli lundi leurs relations diplomatiques.",
        "AGREE",
        "Morocco",
        True,
    ),
    ("ar", "أعلنت الجزائر والمغرب استئناف العلاقات الدبلوماسية يوم الاثنين.", "AGREE", "Morocco", True),
    # mediation is a third-party meeting
    ("es", "Rusia medió el lunes entre Marruecos y Argelia.", "CONSULT", "Russia", True),
    ("ar", "توسطت روسيا بين المغرب والجزائر يوم الاثنين.", "CONSULT", "Russia", True),
    ("fr", "La Russie a joué les médiateurs entre le Maroc et l'Algérie lundi.", "CONSULT", "Russia", True),
    # prisoners exchanged are released
    ("en", "Morocco and the Polisario exchanged prisoners on Monday.", "RETREAT", "Morocco", True),
    (
        "es",
        "Marruecos y el Frente Polisario realizaron el lunes un canje de prisioneros.",
        "RETREAT",
        "Morocco",
        True,
    ),
    ("ar", "أجرت الجزائر والمغرب عملية تبادل للأسرى يوم الاثنين.", "RETREAT", "Morocco", True),
    # missiles and air raids are attacks; a vow of retaliation is a threat
    ("es", "Rusia lanzó misiles contra Argelia el lunes.", "ASSAULT", "Russia", True),
    ("ar", "أطلقت روسيا صواريخ على الجزائر يوم الاثنين.", "ASSAULT", "Russia", True),
    ("ar", "شنت روسيا غارات على الجزائر يوم الاثنين.", "ASSAULT", "Russia", True),
    ("ar", "توعدت الجزائر المغرب بالرد يوم الاثنين.", "THREATEN", "Algeria", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who", "asserted"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[4]}-{c[1][:20]}" for c in CASES],
)
def test_event_asserted_or_not(code, lang, text, kind, who, asserted):
    events = code(text, lang)
    assert bool(real_involving(events, kind, who)) == asserted, shown(events)


# Sentences with no event at all: leaving a city, a press conference.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Sergueï Lavrov a quitté Rabat lundi pour Alger.",
        "Sergueï Lavrov a tenu une conférence de presse à Rabat lundi.",
    ],
)
def test_no_event_at_all(code, text):
    assert not code(text, "fr")


# Planned meetings are AGREE with the future aux: an Arabic future verb over the meeting noun, a French
# expected arrival, an international conference to be organised.
PLANNED = [
    ("ar", "أعلن دي ميستورا أن جنيف ستستضيف محادثات بين المغرب والبوليساريو."),
    ("ar", "وقال دي ميستورا إن الأمم المتحدة ستقوم بتيسير محادثات بين المغرب والبوليساريو."),
    ("fr", "Staffan de Mistura est attendu lundi à Alger."),
    ("fr", "La Russie organisera bientôt une conférence internationale avec l'Algérie et le Maroc."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PLANNED, ids=[c[1][:30] for c in PLANNED])
def test_planned_meeting_is_future_agree(code, lang, text):
    events = code(text, lang)
    assert any(e.type == "AGREE" and "future" in e.aux for e in events), shown(events)


@pytest.fixture(scope="module")
def code_with_mission():
    """The test KB plus a mission whose French name holds a trigger word ("appui": support)."""
    mission = {
        "id": "Support_Mission",
        "kind": "organization",
        "name": "Support Mission",
        "sector": "IGO",
        "names": {"fr": ["Mission d'appui des Nations unies au Sahara"]},
    }
    chain = Chain(Parser(), ActorLinker(kb_from_dicts([*ENTRIES, mission], ROLES)))
    coder = EventCoder()
    return lambda text, lang: coder(chain(make_article(text, lang))).events


# A trigger word inside an organisation's name is part of the name, even a common noun.
@pytest.mark.slow
def test_word_of_an_organisation_name_is_no_event(code_with_mission):
    text = (
        "Staffan de Mistura a été nommé par le Maroc chef de la Mission d'appui des Nations unies au Sahara."
    )
    assert not [e for e in code_with_mission(text, "fr") if e.type == "SUPPORT"]


@pytest.mark.slow
def test_support_for_a_named_organisation_is_still_support(code_with_mission):
    text = "La Russie a apporté lundi son soutien à la Mission d'appui des Nations unies au Sahara."
    assert real_involving(code_with_mission(text, "fr"), "SUPPORT", "Russia")


# A meeting whose actors are two sides (states, or a state and an armed group) needs no recipient: PLOVER
# puts every participant in the actor when nobody hosts. Each text tells another event first, so that the
# meeting is not kept merely as the document's only event.
TWO_SIDED = [
    (
        "en",
        "Russia condemned the attack on Monday. Algeria and Morocco talked by phone on Tuesday.",
        "Algeria",
    ),
    (
        "es",
        "Rusia condenó el ataque el lunes. Argelia y Marruecos conversaron por teléfono el martes.",
        "Algeria",
    ),
    (
        "fr",
        "La Russie a condamné l'attaque lundi. Le Maroc et le Front Polisario ont tenu des pourparlers mardi.",
        "Polisario_Front",
    ),
    (
        "es",
        "Rusia condenó el ataque el lunes. Las delegaciones de Marruecos y del Frente Polisario instalaron "
        "el martes la mesa de diálogo.",
        "Polisario_Front",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), TWO_SIDED, ids=[t[1][35:70] for t in TWO_SIDED])
def test_meeting_of_two_sides_needs_no_recipient(code, lang, text, who):
    assert real_involving(code(text, lang), "CONSULT", who), shown(code(text, lang))


@pytest.mark.slow
def test_envoy_and_council_are_no_two_sides(code):
    text = (
        "Russia condemned the attack on Monday. Staffan de Mistura and the Security Council met on Tuesday."
    )
    assert not real_involving(code(text, "en"), "CONSULT", "Staffan_de_Mistura")
