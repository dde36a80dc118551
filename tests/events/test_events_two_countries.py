"""With no dispute of the data file named, "the two countries", "les deux pays", "los dos países",
"البلدين" as addressees are the first two states the article names (events.parties.first_states).
Short articles written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ARTICLES = {
    "en": "Niger recalled its ambassador to Ivory Coast on Tuesday. The president of the ECOWAS Commission, "
    "Omar Alieu Touray, urged the two countries on Wednesday to show restraint.",
    "fr": "Le Niger a rappelé mardi son ambassadeur en Côte d'Ivoire. Le président de la Commission de la "
    "Cedeao, Omar Alieu Touray, a appelé mercredi les deux pays au dialogue et à la retenue.",
    "es": "Níger llamó a consultas el martes a su embajador en Costa de Marfil. El presidente de la Comisión "
    "de la CEDEAO, Omar Alieu Touray, instó el miércoles a los dos países al diálogo.",
    "ar": "استدعت النيجر يوم الثلاثاء سفيرها لدى كوت ديفوار. ودعا رئيس مفوضية إيكواس عمر توراي يوم الأربعاء "
    "البلدين إلى الحوار وضبط النفس.",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_two_countries_are_the_two_states_named(world_code, lang):
    found = world_code(ARTICLES[lang], lang)
    assert any({"Niger", "Ivory_Coast"} <= set(e.recipient) for e in real_events(found, "REQUEST")), shown(
        found
    )


THREE = {
    "en": "Mali, Burkina Faso and Niger left ECOWAS on Sunday. The president of the ECOWAS Commission, "
    "Omar Alieu Touray, urged the three countries on Monday to reconsider.",
    "fr": "Le Mali, le Burkina Faso et le Niger ont quitté la Cedeao dimanche. Le président de la Commission "
    "de la Cedeao, Omar Alieu Touray, a appelé lundi les trois pays à revenir sur leur décision.",
    "es": "Malí, Burkina Faso y Níger abandonaron la CEDEAO el domingo. El presidente de la Comisión de la "
    "CEDEAO, Omar Alieu Touray, instó el lunes a los tres países a reconsiderar su decisión.",
}


@pytest.mark.parametrize("lang", sorted(THREE))
def test_the_three_countries_are_the_three_states_named(world_code, lang):
    found = world_code(THREE[lang], lang)
    assert any(
        {"Mali", "Burkina_Faso", "Niger"} <= set(e.recipient) for e in real_events(found, "REQUEST")
    ), shown(found)
