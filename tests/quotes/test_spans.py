"""Where the quotations are (no parse, no KB)."""

from __future__ import annotations

import pytest

from diplowatch.quotes.spans import quote_spans


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Il a dit « nous refusons » hier.", ["nous refusons"]),
        ("He said “we refuse” today.", ["we refuse"]),
        ('Dijo "no aceptamos" ayer.', ["no aceptamos"]),
        ("وقال إن «الموقف ثابت» اليوم.", ["الموقف ثابت"]),
        ("«un “mot” cité»", ["un “mot” cité"]),
        # Opened and never closed before the paragraph ends: quoted to the end of the paragraph.
        (
            "Il a ajouté : « nous ne céderons jamais sur ce point\n\nLa suite.",
            ["nous ne céderons jamais sur ce point"],
        ),
        ("She added: “we will never give in on this\nNext paragraph.", ["we will never give in on this"]),
        ("Añadió: «nunca cederemos en este punto", ["nunca cederemos en este punto"]),
        ("وأضاف: «لن نتنازل أبدا عن هذا", ["لن نتنازل أبدا عن هذا"]),
        # A stray opening mark before a word or two is not a quotation.
        ("Le mot « paix\n\nsuite", []),
        ("A stray “ mark\n", []),
    ],
)
def test_quote_spans(text, inner):
    assert [text[s.start : s.end] for s in quote_spans(text)] == inner
