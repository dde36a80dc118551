"""Bytes -> text, never garbled: BOMs, UTF-8, Windows-1252/Latin-1, Windows-1256/ISO-8859-6.

Single-byte encodings cannot be told apart by decoding errors alone (almost every
byte is valid in cp1252 and cp1256), so we decide by the text each produces: in
Arabic text the high bytes come in runs (whole words), in French or Spanish they
are single accented letters between ASCII letters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than whitespace) above which bytes are not text.
MAX_CONTROL_SHARE = 0.02
# Unicode category Cc less the whitespace controls \t \n \v \f \r: one regex pass, not a Python
# loop over every character (a loop cost ~1 ms per article).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")  # the letters hamza to yeh, without marks


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


class NotText(ValueError):
    """The bytes are not a text document (binary, or no encoding fits)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes; raises NotText for binary or empty input."""
    if not data.strip():
        raise NotText("empty", "the file is empty" if not data else "the file holds only white space")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding)
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise NotText("binary", "NUL bytes: this is a binary file, not text or HTML")
        return _checked(*utf16)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _checked(*(_mixed_lines(data) or _single_byte(data)))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: the NUL bytes (high bytes of ASCII and Latin letters, or of the
    spaces between Arabic words) all sit at odd offsets (little-endian) or all at even ones."""
    sample = data[:4096]
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if len(data) % 2 or min(even, odd) > 0.02 * (even + odd) or even + odd < len(sample) // 20:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A file pasted together from UTF-8 and single-byte parts: each line that is valid UTF-8 and has
    non-ASCII letters is read as UTF-8, the others in the single-byte encoding that fits them.
    None when no line is UTF-8 with non-ASCII letters (then the whole file is single-byte)."""
    lines = data.split(b"\n")
    texts: list[str | None] = []
    utf8_letters = False
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
            utf8_letters = utf8_letters or not line.isascii()
        except UnicodeDecodeError:
            texts.append(None)
    if not utf8_letters:
        return None
    _, encoding = _single_byte(b"\n".join(line for line, text in zip(lines, texts) if text is None))
    joined = "\n".join(
        text if text is not None else line.decode(encoding, errors="replace")
        for line, text in zip(lines, texts)
    )
    return joined, f"utf-8+{encoding}"


def _single_byte(data: bytes) -> tuple[str, str]:
    arabic = data.decode("cp1256", errors="replace")
    if _arabic_word_share(data) > 0.5:
        try:
            iso = data.decode("iso-8859-6")
            # ISO-8859-6 leaves many bytes undefined: when it decodes at all and
            # yields more Arabic letters than cp1256, the file is ISO-8859-6.
            if _arabic_letters(iso) > _arabic_letters(arabic):
                return iso, "iso-8859-6"
        except UnicodeDecodeError:
            pass
        return arabic, "cp1256"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return data.decode("latin-1"), "latin-1"


def _arabic_word_share(data: bytes) -> float:
    """Share of high bytes that stand next to another high byte (a run, as in an Arabic word)."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return 0.0
    in_run = sum(
        1 for i in high if (i > 0 and data[i - 1] >= 0x80) or (i + 1 < len(data) and data[i + 1] >= 0x80)
    )
    return in_run / len(high)


def _arabic_letters(text: str) -> int:
    return len(ARABIC_LETTER.findall(text))


def _checked(text: str, encoding: str) -> Decoded:
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise NotText("binary", f"{controls} control characters: not a text document")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)
