"""Office holders of the states the Wikidata snapshot writes with an article ("the United Kingdom", "the
United States of America", "The Philippines", "the Czech Republic"): the generated KB knows them (our own
sentences; the packaged KB)."""

import pytest

HOLDERS = [
    (
        "es",
        "John Kerry recibió el lunes al canciller en Washington.",
        "2015-07-21",
        "John Kerry",
        "John_Kerry",
    ),
    (
        "fr",
        "William Hague a reçu lundi son homologue à Londres.",
        "2012-03-05",
        "William Hague",
        "William_Hague",
    ),
    (
        "en",
        "Hillary Clinton met the envoy in Washington on Monday.",
        "2011-05-09",
        "Hillary Clinton",
        "Hillary_Clinton",
    ),
    (
        "en",
        "Teodoro Locsin protested to Beijing on Monday.",
        "2020-05-11",
        "Teodoro Locsin",
        "Teodoro_Locsin_Jr.",
    ),
    ("fr", "Jan Lipavský s'est rendu lundi à Kiev.", "2022-05-09", "Jan Lipavský", "Jan_Lipavský"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "day", "name", "key"), HOLDERS, ids=[h[4] for h in HOLDERS])
def test_holder_is_known(packaged_ids, lang: str, text: str, day: str, name: str, key: str) -> None:
    assert packaged_ids(text, lang, day).get(name) == key
