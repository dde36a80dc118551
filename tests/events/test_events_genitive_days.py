"""A day in the genitive of a noun deeper in the sentence is that noun's day ("l'élection de dimanche",
"las elecciones del domingo", "Sunday's election"), no date for the next sentence's undated act; a
noun the act's own clause holds keeps its day ("La conférence de presse du mardi 12 mars a été
marquée par..."). Our own sentences; the documents are published on Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text): Russia's suspension, "hours later", happened on Monday the 11th, not Sunday the 10th
LATER = [
    (
        "en",
        "Algeria on Monday recalled its ambassador from Madrid. Ahmed Attaf said those governments had "
        "refused to recognise the result of Sunday's election. Hours later, Russia suspended flights to Spain.",
    ),
    (
        "fr",
        "L'Algérie a rappelé lundi son ambassadeur à Madrid. Ahmed Attaf a expliqué que ces gouvernements "
        "avaient refusé de reconnaître le résultat de l'élection de dimanche. Quelques heures plus tard, la "
        "Russie a suspendu les vols avec l'Espagne.",
    ),
    (
        "es",
        "Argelia llamó el lunes a consultas a su embajador en Madrid. Ahmed Attaf explicó que esos gobiernos "
        "se negaron a reconocer el resultado de las elecciones del domingo. Horas después, Rusia suspendió los "
        "vuelos con España.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LATER, ids=[t[0] for t in LATER])
def test_day_of_a_deeper_noun_dates_nothing_after(code, lang, text):
    events = code(text, lang)
    suspended = [e for e in real_events(events, "SANCTION") if "Russia" in e.actor]
    assert suspended, shown(events)
    assert all(e.date is not None and e.date.value == "2024-03-11" for e in suspended), [
        (e.type, e.actor, e.date) for e in events
    ]


# the noun the previous sentence's own clause holds: its day is the occasion's, and dates what follows
OCCASION = [
    (
        "fr",
        "La conférence de presse du lundi 11 mars a été marquée par une question sur le Sahara. Stéphane "
        "Dujarric a promis de transmettre la requête à Staffan de Mistura.",
    ),
    (
        "es",
        "La rueda de prensa del lunes 11 de marzo estuvo marcada por una pregunta sobre el Sáhara. Ahmed Attaf "
        "prometió transmitir la petición a Staffan de Mistura.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), OCCASION, ids=[t[0] for t in OCCASION])
def test_day_of_the_clause_own_noun_still_dates(code, lang, text):
    events = code(text, lang)
    dated = [e for e in events if "Staffan_de_Mistura" in e.actor + e.recipient]
    assert dated, shown(events)
    assert all(e.date is not None and e.date.value == "2024-03-11" for e in dated), [
        (e.type, e.actor, e.date) for e in events
    ]


# A happening the act came after, dated by its genitive ("après les affrontements de mai", "after the
# clashes of May", "tras los enfrentamientos de mayo": dates.yaml `sequence_words`): its month bounds the
# act, it is not the act's date. The call was made on the publication day.
AFTER_CLASHES = [
    ("fr", "Les États-Unis ont appelé à la retenue après les affrontements meurtriers de février à Tripoli."),
    ("en", "The United States called for restraint after the deadly clashes of February in Tripoli."),
    ("es", "Estados Unidos pidió moderación tras los enfrentamientos de febrero en Trípoli."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), AFTER_CLASHES, ids=[a[0] for a in AFTER_CLASHES])
def test_the_month_of_a_happening_before_does_not_date_the_act(world_code, lang, text):
    calls = [e for e in real_events(world_code(text, lang), "REQUEST") if "United_States" in e.actor]
    assert calls and all(e.date is not None and e.date.value == "2024-03-13" for e in calls), [
        (e.type, e.actor, e.date) for e in calls
    ]
