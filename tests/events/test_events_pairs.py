""" "The two" of a bilateral report ("Les deux ministres ont convenu de...", "Both sides agreed to...",
"Ambos cancilleres acordaron...", "واتفق الجانبان على..."): both who met last act together
(events.pairs); and recognising another's sovereignty is a plain SUPPORT. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PAIRS = [
    (
        "fr",
        "Nasser Bourita a reçu lundi à Rabat son homologue algérien Ahmed Attaf. "
        "Les deux ministres ont convenu de relancer la commission mixte.",
    ),
    (
        "fr",
        "Nasser Bourita s'est entretenu lundi avec Ahmed Attaf. Les deux hommes ont convenu de se revoir en avril.",
    ),
    (
        "en",
        "Nasser Bourita met Ahmed Attaf in Rabat on Monday. Both sides agreed to reopen the joint commission.",
    ),
    (
        "es",
        "Nasser Bourita se reunió el lunes en Rabat con Ahmed Attaf. "
        "Ambos cancilleres acordaron reactivar la comisión mixta.",
    ),
    (
        "es",
        "Nasser Bourita se reunió el lunes en Rabat con Ahmed Attaf. "
        "Los dos ministros acordaron reactivar la comisión mixta.",
    ),
    (
        "ar",
        "استقبل ناصر بوريطة يوم الاثنين بالرباط أحمد عطاف. واتفق الجانبان على إعادة تفعيل اللجنة المشتركة.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PAIRS, ids=[f"{r[0]}-{i}" for i, r in enumerate(PAIRS)])
def test_events_the_two_who_met_agree_together(world_code, lang, text):
    found = world_code(text, lang)
    agreed = real_events(found, "AGREE")
    pair = {"Sergey_Lavrov", "Staffan_de_Mistura"} if "Lavrov" in text else {"Nasser_Bourita", "Ahmed_Attaf"}
    assert [e for e in agreed if pair <= set(e.actor)], shown(found)


@pytest.mark.slow
def test_events_the_two_are_those_of_the_last_meeting(world_code):
    """Not the participants of an earlier meeting, nor a territory the meeting was about."""
    text = (
        "Sergey Lavrov a reçu lundi Staffan de Mistura. Le lendemain, Nasser Bourita a rencontré Ahmed Attaf "
        "au sujet du Sahara occidental. Les deux ministres ont convenu de relancer la commission mixte."
    )
    found = world_code(text, "fr")
    agreed = [e for e in real_events(found, "AGREE") if "Nasser_Bourita" in e.actor]
    assert agreed, shown(found)
    assert all(set(e.actor) <= {"Nasser_Bourita", "Ahmed_Attaf", "Morocco", "Algeria"} for e in agreed), (
        shown(found)
    )


@pytest.mark.slow
def test_events_the_two_with_no_meeting_told_is_nobody_in_particular(world_code):
    text = "Les deux ministres ont convenu de relancer la commission mixte."
    found = world_code(text, "fr")
    assert not [e for e in real_events(found) if len(e.actor) > 1], shown(found)


SOVEREIGNTY = [
    (
        "fr",
        "Le ministre Sergey Lavrov a affirmé lundi, lors d'un entretien avec Nasser Bourita, que la Russie "
        "reconnaît la souveraineté du Maroc sur ses provinces.",
    ),
    ("es", "Rusia reconoce la soberanía de Marruecos sobre sus provincias, afirmó el lunes Sergey Lavrov."),
    ("ar", "أكد سيرغي لافروف الاثنين أن روسيا تعترف بسيادة المغرب على أقاليمه."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SOVEREIGNTY, ids=[r[0] for r in SOVEREIGNTY])
def test_events_recognised_sovereignty_is_support(world_code, lang, text):
    found = world_code(text, lang)
    assert [e for e in real_events(found, "SUPPORT") if "Morocco" in e.recipient], shown(found)


@pytest.mark.slow
def test_events_a_known_organisation_inside_a_title_is_no_unknown_one(world_code):
    """ "secrétaire général du Front Polisario": the role names the Front, which the named-entity pass
    had also found as an organisation the KB did not know; one meeting, with the known Front."""
    text = (
        "Staffan de Mistura a rencontré lundi le président de la RASD et secrétaire général du Front "
        "Polisario, Brahim Ghali."
    )
    found = world_code(text, "fr")
    meetings = real_events(found, "CONSULT")
    assert len(meetings) == 1, shown(found)
    assert all(k in ("Brahim_Ghali", "Polisario_Front") for k in meetings[0].recipient), shown(found)


OWN_SIDE = [
    ("en", "Antony Blinken met Staffan de Mistura at the State Department on Thursday."),
    (
        "en",
        "During the talks on Thursday, Antony Blinken stressed the United States' commitment to supporting "
        "Staffan de Mistura's efforts.",
    ),
    ("fr", "Antony Blinken a reçu jeudi Staffan de Mistura au département d'État."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), OWN_SIDE, ids=[f"{r[0]}-{i}" for i, r in enumerate(OWN_SIDE)])
def test_events_a_ministers_own_state_is_no_counterpart(world_code, lang, text):
    """The state a minister serves and its government bodies are not the counterparts of the minister's
    acts when someone else is."""
    found = world_code(text, lang)
    acts = [e for e in real_events(found) if "Antony_Blinken" in set(e.actor) | set(e.recipient)]
    assert acts, shown(found)
    own = {"United_States", "United_States_Department_of_State"}
    # the other side of the act: the recipients of his act, the actors of a visit he hosts
    assert all(not own & set(e.recipient if "Antony_Blinken" in e.actor else e.actor) for e in acts), shown(
        found
    )
