"""A request to "both leaders" ("ambos dirigentes", "les deux dirigeants", "الزعيمين") is addressed to
the two sides the article names, as one to "both sides" is (our own sentences)."""

import pytest

from .conftest import real_events

REQUESTS = [
    (
        "en",
        "Armenia and Azerbaijan finalised the text of a peace treaty on Thursday. "
        "The EU's top diplomat urged both leaders to sign it without delay.",
    ),
    (
        "es",
        "Armenia y Azerbaiyán finalizaron el jueves el texto de un tratado de paz. Kallas pidió a ambos dirigentes firmarlo.",
    ),
    (
        "fr",
        "L'Arménie et l'Azerbaïdjan ont finalisé jeudi le texte d'un traité de paix. Kallas a appelé les deux dirigeants à le signer.",
    ),
    ("ar", "أنهت أرمينيا وأذربيجان الخميس نص معاهدة سلام. ودعت كالاس الزعيمين إلى توقيعها دون تأخير."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REQUESTS, ids=[r[0] for r in REQUESTS])
def test_a_request_to_both_leaders_is_addressed_to_the_two_sides(world_code, lang: str, text: str) -> None:
    demands = real_events(world_code(text, lang), "REQUEST")
    assert any({"Armenia", "Azerbaijan"} <= set(e.recipient) for e in demands), demands
