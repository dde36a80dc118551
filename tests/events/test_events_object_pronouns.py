"""A call or an accusation addressed through an object pronoun ("met X, urging him to", "a écrit au
Conseil de sécurité, l'appelant à", "l'exhortant à", "pidiéndole que") is addressed to the last actor named before the
pronoun other than the one who acts (events.object_pronouns). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, sentence, category, who acts, whom the pronoun stands for)
ADDRESSED = [
    (
        "en",
        "Lavrov met Bourita in Moscow, urging him to show restraint.",
        "REQUEST",
        "Sergey_Lavrov",
        "Nasser_Bourita",
    ),
    (
        "fr",
        "Le Front Polisario a adressé une lettre au Conseil de sécurité, l'appelant à fixer une date pour le référendum.",
        "REQUEST",
        "Polisario_Front",
        "United_Nations_Security_Council",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré Bourita à Rabat, l'exhortant à faire preuve de souplesse.",
        "REQUEST",
        "Staffan_de_Mistura",
        "Nasser_Bourita",
    ),
    (
        "en",
        "Attaf wrote to the Security Council on Monday, accusing it of ignoring the plight of the refugees.",
        "ACCUSE",
        "Ahmed_Attaf",
        "United_Nations_Security_Council",
    ),
    # Spanish gerunds with the pronoun glued on: the lemmatizer gives no verb ("pedir el", "instar el")
    (
        "es",
        "El Frente Polisario envió una carta al Consejo de Seguridad, pidiéndole que fije una fecha.",
        "REQUEST",
        "Polisario_Front",
        "United_Nations_Security_Council",
    ),
    (
        "es",
        "Lavrov se reunió con Bourita en Moscú, instándolo a actuar.",
        "REQUEST",
        "Sergey_Lavrov",
        "Nasser_Bourita",
    ),
    (
        "es",
        "Attaf escribió al Consejo de Seguridad, acusándolo de ignorar a los refugiados.",
        "ACCUSE",
        "Ahmed_Attaf",
        "United_Nations_Security_Council",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who", "whom"), ADDRESSED, ids=[a[0] for a in ADDRESSED])
def test_an_object_pronoun_addresses_the_last_actor_named(code, lang, text, kind, who, whom):
    events = code(text, lang)
    found = real_events(events, kind)
    assert any(who in e.actor and whom in e.recipient for e in found), shown(events)


# The pronoun is asked even when the clause of what is asked names another actor: that actor is what
# the request is about, not whom it addresses.
ASKED_ABOUT = [
    (
        "es",
        "Ahmed Attaf se reunió el lunes con Staffan de Mistura y le pidió que presione a Marruecos.",
        "Staffan_de_Mistura",
        "Morocco",
    ),
    (
        "fr",
        "Ahmed Attaf a rencontré lundi Staffan de Mistura et lui a demandé de faire pression sur le Maroc.",
        "Staffan_de_Mistura",
        "Morocco",
    ),
    (
        "es",
        "Nasser Bourita recibió el lunes a Sergey Lavrov y le pidió que convenza a Argelia de volver a la mesa.",
        "Sergey_Lavrov",
        "Algeria",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "whom", "about"), ASKED_ABOUT, ids=[a[0] for a in ASKED_ABOUT])
def test_an_object_pronoun_beats_the_names_of_what_is_asked(code, lang, text, whom, about):
    events = code(text, lang)
    requests = real_events(events, "REQUEST")
    assert requests and all(whom in e.recipient and about not in e.recipient for e in requests), shown(events)
