import pytest

from diplowatch.reading.function_words import _table, obvious_language
from diplowatch.reading.language import detect

FR = "Le ministre est arrivé dans la capitale pour une visite de deux jours avec les élus du port."
EN = "The minister arrived in the capital for a two-day visit and said that the talks would go on."
ES = "El ministro llegó a la capital para una visita de dos días con los alcaldes del puerto."


@pytest.mark.parametrize(("text", "language"), [(FR, "fr"), (EN, "en"), (ES, "es")])
def test_a_paragraph_of_one_language_is_settled_by_its_function_words(text: str, language: str) -> None:
    assert obvious_language(text) == language
    assert detect(text) == language


def test_a_word_of_another_language_leaves_it_to_lingua() -> None:
    mixed = EN + " He flew on to Los Angeles."
    assert obvious_language(mixed) is None
    assert detect(mixed) == "en"


def test_too_few_function_words_leave_it_to_lingua() -> None:
    assert obvious_language("The minister arrived.") is None


def test_no_word_is_listed_for_two_languages() -> None:
    owner, needed = _table()
    assert needed >= 1 and {"the", "les", "los"} <= owner.keys()
