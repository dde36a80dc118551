"""The EU's foreign policy chief by role in any year since 1999: Javier Solana, Catherine Ashton,
Federica Mogherini, then Josep Borrell and Kaja Kallas (our own sentences; the packaged KB)."""

import pytest

CHIEFS = [
    (
        "fr",
        "Jeudi, la cheffe de la diplomatie européenne a salué l'accord.",
        "2018-06-19",
        "Federica_Mogherini",
    ),
    (
        "en",
        "The EU foreign policy chief met the minister in Cairo on Monday.",
        "2012-03-05",
        "Catherine_Ashton",
    ),
    ("es", "El lunes, el alto representante de la UE llegó a Beirut.", "2006-08-14", "Javier_Solana"),
    ("en", "The EU foreign policy chief met the minister in Cairo on Monday.", "2022-03-07", "Josep_Borrell"),
]
ROLE = {
    "fr": "cheffe de la diplomatie européenne",
    "en": "EU foreign policy chief",
    "es": "alto representante de la UE",
}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "day", "holder"), CHIEFS, ids=[c[3] for c in CHIEFS])
def test_the_eu_foreign_policy_chief_of_the_day(packaged_ids, lang, text, day, holder):
    assert packaged_ids(text, lang, day).get(ROLE[lang]) == holder
