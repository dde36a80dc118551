"""A city that names an agreement or a process names the text, not its government ("the Algiers
agreement", "les accords de Minsk", "el acuerdo de paz de Argel", "اتفاق الرياض"); beside it or after
"with", the same city still stands for its government (our own sentences; the packaged KB)."""

import pytest

NAMING = [
    ("en", "On Monday the junta ended the Algiers agreement with immediate effect.", "Algiers"),
    ("en", "Addis Ababa said it would accept the Algiers peace agreement.", "Algiers"),
    ("en", "Both sides still refer to the Minsk accords.", "Minsk"),
    ("fr", "Lundi, la junte a mis fin à l'accord d'Alger.", "Alger"),
    ("fr", "Lundi, la junte a dénoncé l'accord de paix d'Alger.", "Alger"),
    ("es", "El lunes, la junta denunció el acuerdo de paz de Argel.", "Argel"),
    ("ar", "وأكد الطرفان التزامهما باتفاق الرياض الموقع في نوفمبر.", "الرياض"),
]
GOVERNING = [
    ("fr", "Lundi, Bamako a signé un accord avec Alger.", "Alger", "Algeria"),
    ("en", "The deal was signed on Monday with the agreement of Rabat.", "Rabat", "Morocco"),
    ("es", "El plan se aprobó sin el acuerdo de Rabat.", "Rabat", "Morocco"),
    ("en", "Algiers welcomed the agreement on Monday.", "Algiers", "Algeria"),
    # a declaration or a letter of a capital is mostly what its government said or wrote
    ("fr", "Rabat a qualifié d'inacceptable la déclaration d'Alger.", "Alger", "Algeria"),
    ("es", "Madrid recibió el lunes la carta de Rabat.", "Rabat", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "city"), NAMING, ids=[f"{n[0]}-{n[2]}" for n in NAMING])
def test_a_city_naming_a_text_is_no_actor(packaged_ids, lang: str, text: str, city: str) -> None:
    assert city not in packaged_ids(text, lang, "2024-03-13")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "city", "state"), GOVERNING, ids=[g[1][:30] for g in GOVERNING])
def test_the_city_still_governs_elsewhere(packaged_ids, lang: str, text: str, city: str, state: str) -> None:
    assert packaged_ids(text, lang, "2024-03-13").get(city) == state
