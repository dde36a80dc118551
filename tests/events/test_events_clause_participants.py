"""Participants of the trigger's own phrase: the person a possessive stands for ("avant sa rencontre
avec X", "after his talks with X") and no actor named inside another person's title ("Russia's envoy
to Morocco, Staffan de Mistura"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, real_involving, shown

POSSESSIVES = [
    (
        "fr",
        "Sergueï Lavrov est resté deux jours auprès du Front Polisario, où un accueil chaleureux lui a "
        "été réservé avant sa rencontre avec Ahmed Attaf.",
        "Sergey_Lavrov",
        "Ahmed_Attaf",
    ),
    (
        "en",
        "Sergey Lavrov landed in Rabat on Monday. After his talks with Nasser Bourita, a joint "
        "statement was issued.",
        "Sergey_Lavrov",
        "Nasser_Bourita",
    ),
    (
        "es",
        "Ahmed Attaf viajó a Moscú el lunes. Tras su reunión con Lavrov, se celebró una rueda de prensa.",
        "Ahmed_Attaf",
        "Sergey_Lavrov",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "owner", "met"), POSSESSIVES, ids=[p[0] for p in POSSESSIVES])
def test_a_possessive_names_who_met(code, lang: str, text: str, owner: str, met: str) -> None:
    meetings = [e for e in real_events(code(text, lang), "CONSULT") if met in e.actor + e.recipient]
    assert meetings and all(owner in e.actor and met in e.recipient for e in meetings), meetings


# (language, text, the title's holder, what only says where the holder serves or whose title it is)
TITLES = [
    (
        "en",
        "Morocco's ambassador to Spain, Omar Hilale, met Sergey Lavrov on Monday.",
        "Omar_Hilale",
        "Spain",
    ),
    (
        "en",
        "Sergey Lavrov's envoy to Algeria, Sergey Vershinin, met Ahmed Attaf.",
        "Sergey_Vershinin",
        "Sergey_Lavrov",
    ),
    (
        "en",
        "The Russian envoy for Algeria, Sergey Vershinin, met Nasser Bourita.",
        "Sergey_Vershinin",
        "Algeria",
    ),
    (
        "fr",
        "L'ambassadeur du Maroc auprès de l'Espagne, Omar Hilale, a rencontré Sergueï Lavrov.",
        "Omar_Hilale",
        "Spain",
    ),
    (
        "fr",
        "L'envoyé de Sergueï Lavrov, Sergueï Verchinine, a rencontré Ahmed Attaf lundi.",
        "Sergey_Vershinin",
        "Sergey_Lavrov",
    ),
    (
        "es",
        "El embajador de Marruecos ante España, Omar Hilale, se reunió con Lavrov el lunes.",
        "Omar_Hilale",
        "Spain",
    ),
    (
        "es",
        "El enviado ruso para Argelia, Serguéi Vershinin, se reunió con Nasser Bourita.",
        "Sergey_Vershinin",
        "Algeria",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "holder", "posting"), TITLES, ids=[t[0] + str(i) for i, t in enumerate(TITLES)]
)
def test_a_titles_posting_takes_no_part(code, lang: str, text: str, holder: str, posting: str) -> None:
    """The holder acts (with the state it serves, if named); where it serves, or whose envoy it is, does not."""
    meetings = real_events(code(text, lang), "CONSULT")
    assert meetings and all(holder in e.actor for e in meetings), meetings
    assert all(posting not in e.actor + e.recipient for e in meetings), meetings


RECALLS = [
    ("en", "Morocco recalled its ambassador to Spain, Omar Hilale, for consultations on Monday."),
    ("fr", "Le Maroc a rappelé lundi son ambassadeur en Espagne, Omar Hilale, pour consultations."),
    ("es", "Marruecos llamó a consultas el lunes a su embajador en España, Omar Hilale."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RECALLS, ids=[r[0] for r in RECALLS])
def test_the_posting_of_a_title_holder_who_undergoes_the_act_stays(code, lang: str, text: str) -> None:
    """Recalling an ambassador is addressed to the state the ambassador serves in."""
    events = real_events(code(text, lang))
    assert any(e.actor == ("Morocco",) and "Spain" in e.recipient for e in events), events


# (language, text): whoever a participle qualifying the actor names ("appointed by X") was not met
APPOINTED = [
    (
        "fr",
        "Staffan de Mistura, nommé en novembre par Sergueï Lavrov, a rencontré lundi à Rabat le ministre "
        "Nasser Bourita.",
    ),
    (
        "en",
        "Staffan de Mistura, appointed in November by Sergey Lavrov, held several talks on "
        "Monday, notably with Nasser Bourita.",
    ),
    (
        "es",
        "Staffan de Mistura, nombrado en noviembre por Sergey Lavrov, mantuvo el lunes varias "
        "entrevistas, en particular con Nasser Bourita.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), APPOINTED, ids=[a[0] for a in APPOINTED])
def test_who_appointed_the_actor_is_not_met(code, lang: str, text: str) -> None:
    meetings = real_events(code(text, lang), "CONSULT")
    assert any("Nasser_Bourita" in e.recipient for e in meetings), meetings
    assert not any("Sergey_Lavrov" in e.actor + e.recipient for e in meetings), meetings


# the subject's relative clause tells an act of its own: whom it names is no counterpart of the main act
RELATIVE_ACT_OF_THE_SUBJECT = [
    ("fr", "L'Algérie, qui soutient le Front Polisario, a dénoncé la décision du Maroc."),
    ("en", "Algeria, which supports the Polisario Front, denounced Morocco's decision."),
    ("es", "Argelia, que respalda al Frente Polisario, denunció la decisión de Marruecos."),
]


@pytest.mark.slow
@by_language(RELATIVE_ACT_OF_THE_SUBJECT)
def test_clause_participants_a_relative_act_keeps_its_counterpart(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accuse = real_involving(events, "ACCUSE", "Morocco")
    assert accuse and all(e.actor == ("Algeria",) for e in accuse), shown(events)
    assert all("Polisario_Front" not in e.recipient for e in accuse), shown(events)


@pytest.mark.slow
def test_clause_participants_a_name_the_parser_broke_into_subjects_acts(world_code) -> None:
    """ "Sudan's army chief Abdel Fattah al-Burhan on Wednesday rejected...": the English parser makes
    "Fattah" an adverbial modifier and "al", "-", "Burhan" three subjects of the verb; Burhan rejected,
    he is no counterpart of his own rejection."""
    events = world_code(
        "Sudan's army chief Abdel Fattah al-Burhan on Wednesday rejected a proposal of the United States.",
        "en",
    )
    rejected = real_involving(events, "REJECT", "United_States")
    assert rejected and all("Abdel_Fattah_al-Burhan" in e.actor for e in rejected), shown(events)
    assert all("Abdel_Fattah_al-Burhan" not in e.recipient for e in rejected), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Morocco named a new envoy on Monday. Morocco's foreign ministry welcomed the Security Council's decision.",
        ),
        (
            "fr",
            "Le Maroc a nommé lundi un envoyé. La diplomatie marocaine a salué la décision du Conseil de sécurité.",
        ),
    ],
)
def test_clause_participants_a_ministry_acts_for_its_state(world_code, lang: str, text: str) -> None:
    """A government body acts for its state, when the article names the state."""
    events = real_involving(world_code(text, lang), "SUPPORT", "United_Nations_Security_Council")
    assert events and all("Morocco" in e.actor for e in events), shown(events)
