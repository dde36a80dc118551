"""Two kinds of acts a sentence names without telling that they happened (events.modality):
- a material act in an adverbial infinitive of purpose ("sent police to Haiti to fight the gangs",
  "pour combattre", "para combatir": lexicon `aim_marks`) is the aim of the other act;
- the acts in the object of a verb by which a text tells its content ("le plan prévoit la formation d'un
  gouvernement", "the deal provides for the withdrawal": `provisions`, with a `texts` subject) are that
  text's content. A person who plans ("l'émissaire a prévu des négociations") still plans.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

AIMS = [
    ("en", "Kenya sent hundreds of police officers to Haiti to fight the gangs."),
    (
        "fr",
        "Le Conseil de sécurité a approuvé la création d'une force internationale pour combattre les gangs en Haïti.",
    ),
    (
        "es",
        "El Consejo de Seguridad aprobó la creación de una fuerza internacional para combatir a las pandillas en "
        "Haití.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), AIMS, ids=[a[0] for a in AIMS])
def test_an_aim_is_no_attack(world_code, lang, text):
    events = world_code(text, lang)
    assert not real_events(events, "ASSAULT"), shown(events)


@pytest.mark.slow
def test_an_attack_told_stays_one(world_code):
    events = world_code("Kenyan police officers fought the gangs in Port-au-Prince on Monday.", "en")
    assert real_events(events, "ASSAULT"), shown(events)


PROVISIONS = [
    ("fr", "Le texte prévoit le retrait des forces rwandaises de l'est de la RDC."),
    ("es", "El plan prevé la retirada de las tropas ruandesas del este del Congo."),
    (
        "fr",
        "Le texte prévoit le désengagement des forces rwandaises et l'arrêt du soutien aux groupes armés.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PROVISIONS, ids=["fr-withdrawal", "es-withdrawal", "fr-support"])
def test_a_texts_content_is_no_fact(world_code, lang, text):
    events = world_code(text, lang)
    assert not [e for e in events if not {"hypothetical", "negation"} & set(e.aux)], shown(events)


@pytest.mark.slow
def test_a_person_who_plans_talks_still_plans_them(world_code):
    text = "L'émissaire de l'ONU pour le Yémen, Hans Grundberg, a prévu de nouvelles négociations avec les Houthis."
    events = world_code(text, "fr")
    planned = [e for e in events if e.type == "AGREE" and "Houthis" in e.recipient]
    assert planned and all("hypothetical" not in e.aux for e in planned), shown(events)
