import codecs

import pytest

from diplowatch.reading.decode import NotText, decode

FRENCH = "L'émissaire onusien a été reçu à Rabat, où il a rencontré le ministre des Affaires étrangères."
ARABIC = "استقبل وزير الخارجية المبعوث الشخصي للأمين العام في الرباط يوم الخميس الماضي."
SPANISH = "El enviado de la ONU se reunió en Argel con el canciller argelino, según un comunicado oficial."


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        (FRENCH.encode("utf-8"), FRENCH, "utf-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH, "utf-8-sig"),
        (FRENCH.encode("cp1252"), FRENCH, "cp1252"),
        (SPANISH.encode("latin-1"), SPANISH, "cp1252"),
        (ARABIC.encode("cp1256"), ARABIC, "cp1256"),
        (ARABIC.encode("iso-8859-6"), ARABIC, "iso-8859-6"),
        (ARABIC.encode("utf-16"), ARABIC, "utf-16"),
        ((FRENCH + " " + ARABIC).encode("utf-8"), FRENCH + " " + ARABIC, "utf-8"),
    ],
)
def test_decode_detects_encoding_without_garbling(data: bytes, expected: str, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == expected
    assert decoded.encoding == encoding


def test_decode_normalises_line_endings() -> None:
    assert decode(b"one\r\ntwo\rthree").text == "one\ntwo\nthree"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_decode_rejects_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(NotText) as problem:
        decode(data)
    assert problem.value.reason == reason
