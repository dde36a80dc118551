"""An act told after a vote ("Tras la votación, el embajador saludó", "After the vote, the ambassador
welcomed", "À l'issue du vote, l'ambassadeur a salué") happened the day the assembly voted, not on the
day of a background sentence before it (`vote_nouns`; events.scene_dates). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TOLD = [
    (
        "es",
        "El Consejo de Seguridad prorrogó ayer jueves el mandato de la MINURSO. El martes 16 de abril, Marruecos "
        "canceló las maniobras con Estados Unidos. Tras la votación, el embajador marroquí ante la ONU, Omar "
        "Hilale, saludó una resolución equilibrada.",
    ),
    (
        "en",
        "The Security Council extended the mandate of MINURSO on Thursday. On April 16, Morocco cancelled its "
        "exercises with the United States. After the vote, Morocco's ambassador to the UN, Omar Hilale, welcomed "
        "a balanced resolution.",
    ),
    (
        "fr",
        "Le Conseil de sécurité a prorogé jeudi le mandat de la MINURSO. Le 16 avril, le Maroc avait annulé les "
        "manœuvres avec les États-Unis. À l'issue du vote, l'ambassadeur du Maroc à l'ONU, Omar Hilale, a salué "
        "une résolution équilibrée.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLD, ids=[t[0] for t in TOLD])
def test_an_act_after_the_vote_takes_its_day(world_code, lang, text):
    found = world_code(text, lang, "2022-04-29")
    welcomed = [e for e in real_events(found, "SUPPORT") if "Omar_Hilale" in e.actor]
    assert welcomed and welcomed[0].date is not None and welcomed[0].date.value == "2022-04-28", shown(found)
