"""A small dossier for the analyst-command tests, from text written for them: Russia and its
foreign minister, a planned visit, a denied rejection, an unlinked "Front Polisario", quotes, and
an Arabic article naming MINURSO only with clitics."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from diplowatch.model import Article, Location, Quote
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import refresh_dossier
from tests.store.factories import MOSCOW, article, event

RABAT = Location("Rabat", "Rabat", "MAR")
LAVROV_SAID = "une issue juste et durable"


def moscow_fr() -> Article:
    body = (
        "Sergey Lavrov a reçu lundi Staffan de Mistura à Moscou. La Russie soutient la MINURSO. "
        "Staffan de Mistura se rendra en avril au Maroc. "
        f"« {LAVROV_SAID} », a déclaré Sergey Lavrov."
    )
    at = body.index(LAVROV_SAID)
    return article(
        "fr-moscow",
        (
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Lavrov",),
                "2024-03-11",
                place=MOSCOW,
                evidence="Sergey Lavrov a reçu lundi Staffan de Mistura à Moscou.",
            ),
            replace(
                event(
                    "SUPPORT",
                    ("Russia",),
                    ("MINURSO",),
                    "2024-03-11",
                    evidence="La Russie soutient la MINURSO.",
                ),
                confidence=0.55,
            ),
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Morocco",),
                "2024-04",
                "month",
                aux=("future",),
                evidence="Staffan de Mistura se rendra en avril au Maroc.",
            ),
        ),
        published="2024-03-12",
        language="fr",
        body=body,
        source="/home/analyst/feeds/fr-moscow.txt",
        quotes=(Quote("Sergey_Lavrov", "Sergey Lavrov", LAVROV_SAID, at, at + len(LAVROV_SAID)),),
    )


def rabat_en() -> Article:
    return article(
        "en-rabat",
        (
            event(
                "ACCUSE",
                ("Polisario_Front",),
                ("Morocco",),
                "2024-05-01",
                place=RABAT,
                evidence="The Polisario Front accused Morocco of blocking the talks in Rabat.",
            ),
            event(
                "REJECT",
                ("Morocco",),
                ("Polisario_Front",),
                "2024-05-01",
                aux=("negation",),
                evidence="Morocco did not reject the Polisario Front's letter.",
            ),
            event(
                "REQUEST",
                ("Sergey_Vershinin",),
                ("Morocco",),
                "2024-05-01",
                approximate=True,
                evidence="Around May 1 Sergey Vershinin asked Morocco for restraint.",
            ),
        ),
        published="2024-05-02",
        language="en",
    )


def laayoune_ar() -> Article:
    body = "وجهت جبهة البوليساريو اتهامات للمغرب، وقدمت شكوى للمينورسو في العيون."
    return article(
        "ar-laayoune",
        (event("ACCUSE", ("Front Polisario",), ("Morocco",), "2023-10-30", evidence=body),),
        published="2023-10-31",
        language="ar",
        body=body,
    )


def build(path: Path) -> str:
    """The dossier at `path`, merged as an ingest leaves it (read commands never merge); its path
    as the commands take it."""
    with SQLiteStore(path) as store:
        for number, doc in enumerate((moscow_fr(), rabat_en(), laayoune_ar())):
            store.put_article(doc, fingerprint=str(number))
        refresh_dossier(store, force=True)
    return str(path)
