"""Clauses that report no particular happening (events.generic; sentences written for these tests): a
negative subject negates the act, a subject that is everybody names no participant, and a habit
without a date of its own is a stance, not news. Each case has a control: the same act by a named
actor, or on a named day, is still an event."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, sentence whose act did not happen, its category)
NEGATIVE_SUBJECT = [
    ("en", "Nobody rejected the proposal of Algeria, Lavrov said.", "REJECT"),
    ("en", "No member of the Security Council opposed the text on Monday.", "REJECT"),
    ("es", "Nadie rechazó la propuesta de Argelia, dijo Lavrov.", "REJECT"),
    ("es", "Ningún miembro del Consejo de Seguridad se opuso al texto.", "REJECT"),
    ("fr", "Aucun membre du Conseil de sécurité ne s'est opposé au texte.", "REJECT"),
    ("ar", "لا أحد رفض مقترح الجزائر.", "REJECT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind"), NEGATIVE_SUBJECT, ids=[c[1][:40] for c in NEGATIVE_SUBJECT]
)
def test_events_negative_subject_negates_the_act(code, lang, text, kind):
    found = code(text, lang)
    assert not real_events(found, kind), [(e.type, e.actor, e.recipient, e.aux) for e in found]


@pytest.mark.slow
def test_events_negative_word_inside_a_subject_does_not_negate(code):
    found = code("The envoy of no other country but Russia rejected the proposal of Algeria.", "en")
    assert real_events(found, "REJECT"), found
    assert real_events(code("Russia rejected the proposal of Algeria on Monday.", "en"), "REJECT")


# (lang, sentence, category): everybody did it, so no named actor did
GENERIC_SUBJECT = [
    ("en", "Everyone at the table supported Morocco, Lavrov said.", "SUPPORT"),
    ("fr", "« Tout le monde autour de la table soutenait l'Algérie », a déclaré Lavrov.", "SUPPORT"),
    ("es", "Todo el mundo apoya a Marruecos, dijo Lavrov.", "SUPPORT"),
    ("ar", "رحب الجميع بموقف الجزائر.", "SUPPORT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), GENERIC_SUBJECT, ids=[c[1][:40] for c in GENERIC_SUBJECT])
def test_events_everybody_is_no_actor(code, lang, text, kind):
    found = code(text, lang)
    assert not real_events(found, kind), [(e.type, e.actor, e.recipient, e.aux) for e in found]


@pytest.mark.slow
def test_events_what_everybody_welcomed_still_happened(code):
    """The visit "everyone welcomed" is Lavrov's visit: only the welcoming has nobody in particular."""
    found = code("Chacun a salué la visite de Lavrov à Rabat.", "fr")
    assert not real_events(found, "SUPPORT")
    assert [e for e in real_events(found, "CONSULT") if "Sergey_Lavrov" in e.actor + e.recipient], found


# (lang, habit, the same act on a named day)
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


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "habit", "dated", "kind"), HABITS, ids=[c[1][:40] for c in HABITS])
def test_events_habit_is_no_event_of_the_day(code, lang, habit, dated, kind):
    found = code(habit, lang)
    assert not real_events(found, kind), [(e.type, e.actor, e.recipient, e.aux) for e in found]
    assert real_events(code(dated, lang), kind)


@pytest.mark.slow
def test_events_habit_with_its_own_date_is_kept(code):
    """ "several times on 3 March": the clause dates the happening itself."""
    found = code("Lavrov a reçu à plusieurs reprises Bourita le 3 mars.", "fr")
    assert real_events(found, "CONSULT"), found


# (lang, a past agreement named by its year, the same kind of agreement reached in the news)
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


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "named", "reached"), NAMED_BY_YEAR, ids=[c[1][:40] for c in NAMED_BY_YEAR])
def test_events_agreement_named_by_a_past_year_is_no_event(code, lang, named, reached):
    found = code(named, lang)
    assert not real_events(found, "AGREE"), [(e.type, e.actor, e.recipient, e.aux) for e in found]
    assert real_events(code(reached, lang), "AGREE")


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


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "state", "act"), STATES, ids=[c[1][:40] for c in STATES])
def test_events_dispute_described_by_its_verb_is_no_rejection(code, lang, state, act):
    found = code(state, lang)
    assert not real_events(found, "REJECT"), [(e.type, e.actor, e.recipient, e.aux) for e in found]
    assert real_events(code(act, lang), "REJECT")
