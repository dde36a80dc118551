"""Negation, modality, authorship and background in the four languages (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diplowatch.model import UNREAL_AUX
from tests.events.conftest import real_events

# (lang, text, type, participant that must be in the event, aux it must carry)
UNREAL = [
    ("fr", "L'Algérie n'a ni soutenu ni condamné le Maroc.", "SUPPORT", "Algeria", "negation"),
    ("fr", "La Russie a voté le texte sans condamner le Polisario.", "ACCUSE", "Russia", "negation"),
    ("fr", "La Russie pourrait soutenir le Maroc.", "SUPPORT", "Russia", "hypothetical"),
    ("fr", "La Russie souhaite que le Maroc rencontre le Polisario.", "CONSULT", "Morocco", "hypothetical"),
    ("en", "Russia has never supported the Polisario.", "SUPPORT", "Russia", "negation"),
    ("en", "Algeria refused to meet Staffan de Mistura.", "CONSULT", "Algeria", "hypothetical"),
    ("en", "Morocco said it would support the plan if Algeria agreed.", "SUPPORT", "Morocco", "hypothetical"),
    ("es", "Marruecos no ha recibido a Staffan de Mistura.", "CONSULT", "Morocco", "negation"),
    ("es", "Rusia se negó a apoyar a Marruecos.", "SUPPORT", "Russia", "hypothetical"),
    ("es", "España podría apoyar a Marruecos.", "SUPPORT", "Spain", "hypothetical"),
    ("ar", "لن تدعم روسيا البوليساريو.", "SUPPORT", "Russia", "negation"),
    ("ar", "رفضت الجزائر استقبال دي ميستورا.", "CONSULT", "Algeria", "hypothetical"),
    ("ar", "قد يلتقي دي ميستورا عطاف.", "CONSULT", "Staffan_de_Mistura", "hypothetical"),
    ("ar", "ولم تندد روسيا بالهجوم.", "ACCUSE", "Russia", "negation"),
]


@pytest.mark.slow
def test_modality_however_is_no_negation(code):
    events = [e for e in code("غير أن روسيا دعمت المغرب.", "ar") if e.type == "SUPPORT"]
    assert events and all("negation" not in e.aux for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who", "aux"), UNREAL, ids=[c[1][:40] for c in UNREAL])
def test_modality_unreal_events_are_never_asserted(code, lang, text, kind, who, aux):
    events = [e for e in code(text, lang) if e.type == kind and who in set(e.actor) | set(e.recipient)]
    assert events and all(aux in e.aux for e in events), [(e.type, e.actor, e.aux) for e in code(text, lang)]


# Future and planned meetings and visits are AGREE with the future aux, also the future seen from the past.
PLANNED = [
    ("fr", "Staffan de Mistura va se rendre à Alger."),
    ("fr", "Staffan de Mistura a dit qu'il se rendrait à Alger."),
    ("en", "Staffan de Mistura said he would visit Algiers."),
    ("es", "Staffan de Mistura visitará Argel la próxima semana."),
    ("ar", "سيزور دي ميستورا الجزائر الأسبوع المقبل."),
    ("fr", "Staffan de Mistura doit ensuite se rendre à Moscou pour rencontrer Sergueï Lavrov."),
    ("es", "Staffan de Mistura viajará a Moscú para reunirse con Sergey Lavrov."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PLANNED, ids=[c[1][:40] for c in PLANNED])
def test_modality_planned_visit_is_future_agree(code, lang, text):
    events = code(text, lang)
    assert not [e for e in events if e.type == "CONSULT" and not UNREAL_AUX & set(e.aux)]
    assert any(e.type == "AGREE" and "future" in e.aux and "Staffan_de_Mistura" in e.actor for e in events)


AUTHORED = [
    ("en", "The resolution, drafted by Russia, was adopted by the Security Council.", "Russia"),
    ("en", "The Security Council adopted a text proposed by Spain.", "Spain"),
    ("fr", "Le texte rédigé par la Russie a été adopté par le Conseil de sécurité.", "Russia"),
    ("es", "El texto redactado por Rusia fue aprobado por el Consejo de Seguridad.", "Russia"),
    ("ar", "اعتمد مجلس الأمن القرار الذي صاغته روسيا.", "Russia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "author"), AUTHORED, ids=[c[1][:40] for c in AUTHORED])
def test_background_author_of_a_text_is_no_participant(code, lang, text, author):
    events = code(text, lang)
    assert any(e.type == "SUPPORT" and "United_Nations_Security_Council" in e.actor for e in events)
    assert all(author not in set(e.actor) | set(e.recipient) for e in events)


@pytest.mark.slow
def test_background_a_plan_presented_by_its_author_stays_theirs(code):
    events = code("La Russie soutient le plan présenté par le Maroc.", "fr")
    assert any(e.type == "SUPPORT" and "Morocco" in e.recipient for e in events)


@pytest.mark.slow
def test_background_passive_agent_is_the_actor(code):
    [event] = [e for e in code("Morocco was condemned by Algeria.", "en") if e.type == "ACCUSE"]
    assert event.actor == ("Algeria",) and event.recipient == ("Morocco",)


@pytest.mark.slow
def test_modality_own_wish_to_meet_is_a_plan(code):
    events = code("Staffan de Mistura souhaite rencontrer Ahmed Attaf.", "fr")
    assert any(e.type == "AGREE" and "future" in e.aux and "Staffan_de_Mistura" in e.actor for e in events)


RELATIVE = [
    ("fr", "Staffan de Mistura, qui a rencontré Ahmed Attaf, a déclaré que le Maroc devait négocier."),
    ("en", "Staffan de Mistura, who met Ahmed Attaf, said Morocco must negotiate."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVE, ids=[c[1][:40] for c in RELATIVE])
def test_background_relative_clause_does_not_take_the_publication_date(code, lang, text):
    met = [
        e
        for e in code(text, lang)
        if e.type == "CONSULT" and "Ahmed_Attaf" in set(e.actor) | set(e.recipient)
    ]
    assert all(e.date is None for e in met)


@pytest.mark.slow
def test_background_relative_clause_with_its_own_date_is_an_event(code):
    events = code("Staffan de Mistura, qui a rencontré Ahmed Attaf lundi, a quitté Alger.", "fr")
    assert any(
        e.type == "CONSULT"
        and "Ahmed_Attaf" in set(e.actor) | set(e.recipient)
        and e.date is not None
        and e.date.value == "2024-03-11"
        for e in events
    )


@pytest.mark.slow
def test_modality_talks_someone_was_invited_or_called_to_are_not_held(code):
    events = code("Le Conseil de sécurité a convié le Maroc et le Polisario à des pourparlers.", "fr")
    assert any(e.type == "AGREE" and "United_Nations_Security_Council" in e.actor for e in events)
    assert not [e for e in events if e.type == "CONSULT" and not UNREAL_AUX & set(e.aux)]


@pytest.mark.slow
def test_background_participle_of_a_text_not_voted_is_the_assembly_act(code):
    text = (
        "Le 30 octobre, au Conseil de sécurité, la Russie n'a pas voté la résolution 2703 (2023) "
        "prolongeant la mission."
    )
    support = [e for e in code(text, "fr") if e.type == "SUPPORT" and not UNREAL_AUX & set(e.aux)]
    assert support and all("Russia" not in e.actor for e in support)


@pytest.mark.slow
def test_modality_no_before_a_plain_noun_negates_only_the_noun(code):
    text = "Staffan de Mistura met Nasser Bourita, a meeting that ended with no clear conclusions."
    events = code(text, "en")
    assert any(e.type == "CONSULT" and "negation" not in e.aux for e in events)


@pytest.mark.slow
def test_modality_at_no_point_negates_the_verb(code):
    text = "En ningún momento Marruecos se reunió con el Polisario."
    events = [e for e in code(text, "es") if e.type == "CONSULT"]
    assert events and all("negation" in e.aux for e in events)


DEMANDS = [
    ("en", "Russia said on Tuesday that Morocco must return the prisoners.", "Russia", "Morocco"),
    (
        "fr",
        "Sergueï Lavrov a estimé que le Maroc doit négocier avec le Polisario.",
        "Sergey_Lavrov",
        "Morocco",
    ),
    ("es", "Rusia declaró que Marruecos debe negociar con el Polisario.", "Russia", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "speaker", "obliged"), DEMANDS, ids=[c[1][:40] for c in DEMANDS])
def test_obligation_reported_must_is_the_speakers_request(code, lang, text, speaker, obliged):
    events = code(text, lang)
    assert any(
        e.type == "REQUEST" and speaker in e.actor and obliged in e.recipient and not e.aux for e in events
    )
    assert all(UNREAL_AUX & set(e.aux) for e in events if e.type != "REQUEST")  # what must be done is not


@pytest.mark.slow
def test_obligation_of_the_speaker_himself_is_no_request(code):
    events = code("Staffan de Mistura a indiqué qu'il doit se rendre à Alger.", "fr")
    assert not [e for e in events if e.type == "REQUEST"]


# An act governed by a failure word, or by an attempt verb that is negated, did not happen; the attempt
# verb that succeeded asserts it.
ATTEMPTS = [
    ("en", "Morocco and Algeria did not manage to agree on a roadmap.", False),
    ("en", "Morocco and Algeria were unable to agree on a roadmap.", False),
    ("en", "Morocco and Algeria were not able to agree on a roadmap.", False),
    ("en", "Morocco and Algeria managed to agree on a roadmap.", True),
    ("fr", "Le Maroc et l'Algérie ne sont pas parvenus à s'accorder sur un calendrier.", False),
    ("fr", "Le Maroc n'a pas réussi à conclure un accord avec l'Algérie.", False),
    ("fr", "Le Maroc a échoué à conclure un accord avec l'Algérie.", False),
    ("fr", "Le Maroc a réussi à conclure un accord avec l'Algérie.", True),
    ("es", "Marruecos y Argelia no lograron acordar un calendario.", False),
    ("es", "Marruecos y Argelia no consiguieron llegar a un acuerdo.", False),
    ("es", "Marruecos y Argelia lograron llegar a un acuerdo.", True),
    ("ar", "لم تتمكن الجزائر والمغرب من الاتفاق على خارطة طريق.", False),
    ("ar", "فشلت الجزائر والمغرب في التوصل إلى اتفاق.", False),
    ("ar", "نجحت الجزائر في التوصل إلى اتفاق مع المغرب.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "asserted"), ATTEMPTS, ids=[a[1][:30] for a in ATTEMPTS])
def test_failed_attempt_negates_the_act(code, lang, text, asserted):
    events = [e for e in code(text, lang) if e.type == "AGREE"]
    real = real_events(events)
    assert bool(real) == asserted, [(e.type, e.actor, e.aux) for e in events]
    if not asserted:
        assert any("negation" in e.aux for e in events), [(e.type, e.actor, e.aux) for e in events]
