"""An obligation attributed by a reporting preposition (sentences written for these tests): "Selon X,
Y doit...", "Según X, Y debe...", "Pour X, Y doit..." is X's demand of Y (PLOVER REQUEST), as "X a dit
que Y doit" is; a schedule ("la réunion doit se tenir"), a pronoun's plan ("il doit se rendre") or a
speaker's own side's resolve demand nothing, nor does a source that names no actor ("selon la presse")."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

# (language, sentence, who asks, who is asked)
DEMANDS = [
    ("fr", "Selon Lavrov, l'Espagne doit libérer les prisonniers.", "Sergey_Lavrov", "Spain"),
    ("fr", "Selon Attaf, le Maroc doit retirer ses troupes.", "Ahmed_Attaf", "Morocco"),
    ("fr", "Selon le Maroc, l'Algérie doit négocier.", "Morocco", "Algeria"),
    ("es", "Según Attaf, Marruecos debe retirar sus tropas.", "Ahmed_Attaf", "Morocco"),
    ("es", "Según Lavrov, España debe liberar a los presos.", "Sergey_Lavrov", "Spain"),
    ("fr", "Pour Lavrov, l'Espagne doit libérer les prisonniers.", "Sergey_Lavrov", "Spain"),
]
NO_DEMAND = [
    ("fr", "Selon Lavrov, la réunion doit se tenir à Genève."),
    ("fr", "Selon Attaf, il doit se rendre à Moscou."),
    ("fr", "Selon Bourita, le Maroc doit poursuivre ses efforts."),
    ("fr", "Selon la presse, Attaf doit rencontrer Lavrov demain."),  # no named speaker: a schedule
    ("fr", "Pour la première fois, le Maroc doit négocier avec l'Algérie."),
]
# "Pour X, ..." opening a sentence is X's view: what it blames is X's accusation
VIEWS = [
    ("fr", "Pour Attaf, le Maroc est responsable de la crise.", "Ahmed_Attaf", "Morocco"),
    ("fr", "Pour le Maroc, la position de l'Algérie est inacceptable.", "Morocco", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), DEMANDS, ids=[d[0] for d in DEMANDS])
def test_an_attributed_obligation_is_the_speakers_demand(code, lang, text, who, whom):
    events = code(text, lang)
    assert any(who in e.actor and whom in e.recipient for e in real_events(events, "REQUEST")), shown(events)


@pytest.mark.slow
@by_language(NO_DEMAND)
def test_a_schedule_a_plan_or_an_own_resolve_demands_nothing(code, lang, text):
    events = code(text, lang)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), VIEWS, ids=[v[0] for v in VIEWS])
def test_a_view_opened_by_pour_is_the_named_ones(code, lang, text, who, whom):
    events = code(text, lang)
    assert any(who in e.actor and whom in e.recipient for e in real_events(events, "ACCUSE")), shown(events)


def test_according_to_names_the_speaker(world_code):
    """ "According to X, Y must...": the English parser makes "According" (tagged a verb) the head of the
    phrase; X is the speaker, not the subject the verb would climb to."""
    found = world_code("According to Ahmed Attaf, Morocco must withdraw its troops.", "en")
    assert any(
        e.actor == ("Ahmed_Attaf",) and "Morocco" in e.recipient for e in real_events(found, "REQUEST")
    ), shown(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Marruecos debe retirar sus tropas de la zona."),
        ("es", "Argelia debería retirar a su embajador, según la prensa."),
        ("ar", "على المغرب أن يسحب قواته من المنطقة."),
        ("ar", "قررت الجزائر أن تسحب سفيرها."),
    ],
    ids=["debe", "deberia", "ala-an", "qarrar-an"],
)
def test_an_act_owed_is_not_done(world_code, lang, text):
    """ "debe retirar", "debería", Arabic "أن" + imperfect (the subjunctive: "على X أن يسحب", "قررت أن
    تسحب"): what is owed, asked or decided has not happened."""
    found = world_code(text, lang)
    assert not [e for e in real_events(found) if e.type in ("RETREAT", "SANCTION")], shown(found)
