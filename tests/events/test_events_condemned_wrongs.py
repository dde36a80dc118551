"""A condemnation is addressed to the doer of the act it condemns, however it names the act: by a pronoun
("Iran condemned them", "l'a condamné", "lo condenó": `act_pronouns`), even one told with little confidence,
by an appraisal ("called the strike reprehensible": `naming_blame`), and with the state the act wronged named
beside it ("as a violation of Yemen's sovereignty": `wronged_nouns`), which is no one accused
(events.reactions, events.naming, events.subject_matter). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STRIKES = {
    "en": "American and British warplanes struck Houthi targets on Friday.",
    "fr": "Des avions américains et britanniques ont frappé vendredi des cibles houthies.",
    "es": "Aviones estadounidenses y británicos atacaron el viernes objetivos hutíes.",
    "ar": "شنت طائرات أمريكية وبريطانية الجمعة غارات على أهداف للحوثيين.",
}
STRIKERS = ("United_States", "United_Kingdom")

WRONGED = {
    "en": "Iran condemned the strikes as a violation of Yemen's sovereignty.",
    "fr": "L'Iran a condamné ces frappes, une violation flagrante de la souveraineté du Yémen.",
    "es": "Irán condenó los ataques como una violación de la soberanía de Yemen.",
    "ar": "وأدانت إيران الغارات واعتبرتها انتهاكا لسيادة اليمن.",
}

BY_PRONOUN = {
    "en": "Iran condemned them.",
    "fr": "L'Iran les a dénoncées.",
    "es": "Irán los condenó.",
}

APPRAISED = {
    "en": "Iran called the strikes reprehensible.",
    "es": "Irán calificó los ataques de reprochables.",
}

APPRAISED_ALONE = {
    "en": "Borrell called the Russian strike reprehensible.",
    "fr": "Borrell a qualifié la frappe russe d'odieuse.",
    "es": "Borrell calificó el ataque ruso de reprochable.",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "reaction"),
    [(lang, WRONGED[lang]) for lang in sorted(WRONGED)]
    + [(lang, BY_PRONOUN[lang]) for lang in sorted(BY_PRONOUN)]
    + [(lang, APPRAISED[lang]) for lang in sorted(APPRAISED)],
)
def test_events_a_condemnation_is_aimed_at_the_strikers(world_code, lang, reaction):
    found = real_events(world_code(f"{STRIKES[lang]} {reaction}", lang), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [(("Iran",), STRIKERS)], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(APPRAISED_ALONE))
def test_events_an_appraisal_of_an_attack_accuses_the_attacker(world_code, lang):
    found = real_events(world_code(APPRAISED_ALONE[lang], lang), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [(("Josep_Borrell",), ("Russia",))], shown(found)


@pytest.mark.slow
def test_events_a_welcomed_agreement_named_by_a_pronoun_is_both_sides(world_code):
    text = "Morocco and Spain signed a migration agreement on Monday. The European Union welcomed it."
    found = real_events(world_code(text, "en"), "SUPPORT")
    welcomed = [e for e in found if e.actor == ("European_Union",)]
    assert [e.recipient for e in welcomed] == [("Morocco", "Spain")], shown(found)


@pytest.mark.slow
def test_events_the_wronged_state_stays_the_one_supported(world_code):
    """Only a condemnation leaves the wronged state out: support for a state's sovereignty is support for
    that state."""
    text = "Spain reaffirmed its support for the sovereignty of Morocco."
    found = real_events(world_code(text, "en"), "SUPPORT")
    assert [(e.actor, e.recipient) for e in found] == [(("Spain",), ("Morocco",))], shown(found)


# An attack on a place names no one struck and is told with little confidence; a pronoun still names it.
PLACE_STRUCK = {
    "en": "Russian missiles struck the port of Odesa on Saturday. Guterres unequivocally condemned it.",
    "fr": "Des missiles russes ont frappé le port d'Odessa samedi. Le secrétaire général de l'ONU l'a condamné.",
    "es": "Misiles rusos bombardearon el puerto de Odesa el sábado. Guterres lo condenó.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(PLACE_STRUCK))
def test_events_a_pronoun_names_an_attack_on_a_place(world_code, lang):
    found = real_events(world_code(PLACE_STRUCK[lang], lang, "2022-07-24"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [(("António_Guterres",), ("Russia",))], shown(found)
