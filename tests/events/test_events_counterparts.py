"""A counterpart named by the word alone is the other one of the last meeting told ("Macron et Tebboune
s'étaient entretenus. Le chef de l'État français avait appelé son homologue à...": Tebboune), in the four
languages; a counterpart the phrase names goes to the linker ("son homologue algérien"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CALLED = [
    (
        "Le 31 mars, Emmanuel Macron et Abdelmadjid Tebboune s'étaient longuement entretenus au téléphone. Le chef "
        "de l'État français avait en outre appelé son homologue à un geste de clémence envers l'écrivain Boualem "
        "Sansal.",
        "fr",
        "Emmanuel_Macron",
        "Abdelmadjid_Tebboune",
    ),
    (
        "Antony Blinken met Sergey Lavrov in Geneva on Friday. Blinken urged his counterpart to pull back Russian troops.",
        "en",
        "Antony_Blinken",
        "Sergey_Lavrov",
    ),
    (
        "José Manuel Albares se reunió el lunes con Nasser Bourita en Rabat. Albares instó a su homólogo a reanudar "
        "el diálogo.",
        "es",
        "José_Manuel_Albares",
        "Nasser_Bourita",
    ),
    (
        "التقى وزير الخارجية الجزائري أحمد عطاف بنظيره الفرنسي جان نويل بارو في الجزائر. ودعا عطاف نظيره إلى احترام "
        "الاتفاقات.",
        "ar",
        "Ahmed_Attaf",
        "Jean-Noël_Barrot",
    ),
]


@pytest.mark.parametrize(("text", "lang", "actor", "counterpart"), CALLED, ids=["fr", "en", "es", "ar"])
def test_a_bare_counterpart_is_the_other_one_met(world_code, text, lang, actor, counterpart):
    calls = real_events(world_code(text, lang, "2025-04-16"), "REQUEST")
    assert any(actor in e.actor and counterpart in e.recipient for e in calls), shown(calls)


def test_a_counterpart_with_a_demonym_is_that_state(world_code):
    text = "Jean-Noël Barrot a rencontré Ahmed Attaf à Alger. Il a ensuite appelé son homologue algérien à renoncer aux expulsions."
    calls = real_events(world_code(text, "fr", "2025-04-16"), "REQUEST")
    assert any("Algeria" in e.recipient for e in calls), shown(calls)


def test_an_arabic_counterpart_named_after_the_word_is_himself(world_code):
    text = (
        "التقى وزير الخارجية التركي هاكان فيدان في أنقرة نظيره السوري أسعد الشيباني. وبعد يومين، اختار الشيباني "
        "الرياض حيث التقى نظيره السعودي الأمير فيصل بن فرحان."
    )
    meetings = real_events(world_code(text, "ar", "2025-01-20"), "CONSULT")
    assert not any("Hakan_Fidan" in e.recipient for e in meetings), shown(meetings)
