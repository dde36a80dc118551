"""Two wordings of bilateral communiqués, on sentences written for these tests. A plan called "a good
basis", "la meilleure base", "una base sólida" for a settlement is endorsed (SUPPORT), as "a serious
basis" was. An invitation to pay a visit ("a invité X à effectuer une visite", "invitó a X a visitar")
is an invitation (AGREE), not a call; an invitation to resume talks stays a call (events.asks). Saying a
territory falls "within the framework of" a state's sovereignty recognises it (en, ar; the French and
Spanish wordings read the sovereignty's demonym as the holder of the stance and were left out)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

BASIS = [
    (
        "fr",
        "La Belgique considère le plan d'autonomie présenté par le Maroc comme une bonne base pour une solution.",
    ),
    ("es", "Bélgica considera el plan de autonomía marroquí una buena base para una solución."),
    ("en", "Belgium considers the Moroccan autonomy plan as a good basis for a solution."),
]


@by_language(BASIS)
def test_a_plan_called_a_good_basis_is_endorsed(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert any("Belgium" in e.actor and "Morocco" in e.recipient for e in real_events(events, "SUPPORT")), (
        shown(events)
    )


VISITS = [
    ("fr", "Nasser Bourita a invité son homologue belge Hadja Lahbib à effectuer une visite au Maroc."),
    ("es", "Albares invitó a su homólogo argelino a visitar Madrid."),
]


@by_language(VISITS)
def test_an_invitation_to_visit_is_an_invitation(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert real_events(events, "AGREE") and not real_events(events, "REQUEST"), shown(events)


def test_an_invitation_to_resume_talks_stays_a_call(world_code) -> None:
    events = world_code("L'ONU a invité le Maroc et le Front Polisario à reprendre les négociations.", "fr")
    assert real_events(events, "REQUEST") and not real_events(events, "AGREE"), shown(events)


SOVEREIGNTY = [
    (
        "en",
        "Macron told the king in a letter that the future of Western Sahara falls within the framework of Moroccan sovereignty.",
    ),
    (
        "ar",
        "أكد ماكرون في رسالة إلى الملك محمد السادس أن حاضر ومستقبل الصحراء يندرجان في إطار السيادة المغربية.",
    ),
]


@by_language(SOVEREIGNTY)
def test_a_territory_within_a_states_sovereignty_is_a_recognition(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert any(
        "Emmanuel_Macron" in e.actor and "Morocco" in e.recipient for e in real_events(events, "SUPPORT")
    ), shown(events)
