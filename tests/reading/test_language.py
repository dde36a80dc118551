import pytest

from diplowatch.reading.language import LATIN_ENOUGH, LATIN_LETTER, MIN_LETTERS, main_language, segments

FR = "Le ministre des Affaires étrangères a reçu l'envoyé personnel du secrétaire général dans la capitale."
EN = "The envoy met the foreign minister in the capital and discussed the next round of consultations."
ES = "El enviado se reunió con el ministro de Asuntos Exteriores en la capital para preparar las consultas."
AR = "التقى المبعوث الشخصي وزير الخارجية في العاصمة وناقشا الجولة المقبلة من المشاورات."


@pytest.mark.parametrize(("text", "language"), [(FR, "fr"), (EN, "en"), (ES, "es"), (AR, "ar")])
def test_single_language_body_is_one_segment(text: str, language: str) -> None:
    parts = segments(text)
    assert [(p.start, p.end, p.language) for p in parts] == [(0, len(text), language)]
    assert main_language(parts) == language


def test_arabic_tweet_inside_french_text_is_its_own_segment() -> None:
    body = f"{FR} {AR} #الصحراء_الغربية pic.twitter.com/xyz — UN (@UN) March 11, 2024 {FR}"
    parts = segments(body)
    assert [p.language for p in parts] == ["fr", "ar", "fr"]
    arabic = parts[1]
    assert AR in body[arabic.start : arabic.end]
    assert main_language(parts) == "fr"


def test_segments_cover_the_body_without_gaps() -> None:
    body = f"{ES}\n\n{EN}\n\n{ES}\n\nOK."
    parts = segments(body)
    assert parts[0].start == 0 and parts[-1].end == len(body)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert [p.language for p in parts] == ["es", "en", "es"]


def test_short_text_takes_the_hint() -> None:
    assert segments("Oui.", hint="fr")[0].language == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Vote: 24 pour, 3 contre.",
        "abc def ghi jkl mno pqr stu vwx y",  # 25 letters
        "abc def ghi jkl mno pqr stu vwx",  # 24
        "élu à l'unanimité, réélu ensuite — 2024",
        "مجلس الأمن abc def ghi jkl mno pqr stu vwx yz",
        "\n\n".join(["a1b2c3d4e5"] * 6),
    ],
)
def test_enough_latin_letters_is_counting_them(text: str) -> None:
    assert bool(LATIN_ENOUGH.match(text)) == (len(LATIN_LETTER.findall(text)) >= MIN_LETTERS)
