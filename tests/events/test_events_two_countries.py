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


# capitals stand for their states too ("urged the three capitals to", "a appelé les trois capitales à")
CAPITALS = {
    "en": THREE["en"].replace("the three countries", "the three capitals"),
    "fr": THREE["fr"].replace("les trois pays", "les trois capitales"),
    "es": THREE["es"].replace("a los tres países", "a las tres capitales"),
}


@pytest.mark.parametrize("lang", sorted(CAPITALS))
def test_the_three_capitals_are_the_three_states_named(world_code, lang):
    assert CAPITALS[lang] != THREE[lang]
    found = world_code(CAPITALS[lang], lang)
    assert any(
        {"Mali", "Burkina_Faso", "Niger"} <= set(e.recipient) for e in real_events(found, "REQUEST")
    ), shown(found)


# "Both governments" with no state named near it: the two states of the last agreement told, not the
# bodies that hosted the meeting in the sentence before (events.pairs.Earlier.states).
HOSTED = {
    "en": "The presidents of Venezuela and Guyana, Nicolás Maduro and Irfaan Ali, pledged on Thursday not to "
    "use force. The meeting was hosted by CARICOM and CELAC. Both governments asked the United Nations to "
    "send observers.",
    "fr": "Les présidents du Venezuela et du Guyana, Nicolás Maduro et Irfaan Ali, se sont engagés jeudi à ne "
    "pas recourir à la force. La rencontre était organisée par la Caricom et la Celac. Les deux gouvernements "
    "ont demandé à l'ONU d'envoyer des observateurs.",
    "es": "Los presidentes de Venezuela y de Guyana, Nicolás Maduro e Irfaan Ali, se comprometieron el jueves "
    "a no usar la fuerza. El encuentro fue auspiciado por la Caricom y la Celac. Ambos gobiernos pidieron a "
    "la ONU el envío de observadores.",
}


@pytest.mark.parametrize("lang", sorted(HOSTED))
def test_both_governments_are_the_two_states_that_agreed(world_code, lang):
    found = world_code(HOSTED[lang], lang)
    asks = real_events(found, "REQUEST")
    assert asks and all(set(e.actor) == {"Venezuela", "Guyana"} for e in asks), shown(found)


# One qualifying word before the noun ("the two neighbouring countries") keeps the phrase a two-states one.
QUALIFIED = "Ethiopia and Eritrea traded accusations. The African Union urged the two neighbouring countries to show restraint."


@pytest.mark.slow
def test_two_qualified_countries_are_the_two_states_named(world_code):
    found = world_code(QUALIFIED, "en")
    assert any({"Ethiopia", "Eritrea"} <= set(e.recipient) for e in real_events(found, "REQUEST")), shown(
        found
    )
