"""Calling someone something is no call: "X called Y a traitor" criticises Y, "called the agreement a
success" supports it; "called on X to" stays a request (events.naming, lexicon naming_*). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("Algeria called Spain a traitor on Tuesday.", "ACCUSE", "Spain"),
    ("Morocco called the decision a provocation.", "ACCUSE", "Morocco"),
    ("Spain called its agreement with Morocco a success.", "SUPPORT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who"), CASES, ids=[c[1] + c[2] for c in CASES])
def test_a_name_given_is_an_appraisal(code, text, kind, who):
    events = code(text, "en")
    assert any(who in e.actor + e.recipient for e in real_events(events, kind)), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
def test_a_call_on_someone_stays_a_request(code):
    events = code("Morocco called on Algeria to resume talks.", "en")
    assert any("Algeria" in e.recipient for e in real_events(events, "REQUEST")), shown(events)


# Other naming verbs, adjectives of blame, and names a mark introduces ("as", "comme", "de", "como"):
# (lang, text, kind, who takes part)
NAMED = [
    ("en", "Algeria termed the Spanish decision a provocation.", "ACCUSE", "Spain"),
    ("en", "Algeria called the Spanish decision unacceptable.", "ACCUSE", "Spain"),
    ("en", "Algeria described the Spanish move as a violation of international law.", "ACCUSE", "Spain"),
    ("en", "Morocco deemed the French decision irresponsible.", "ACCUSE", "France"),
    ("fr", "L'Algérie a qualifié la décision espagnole de provocation.", "ACCUSE", "Spain"),
    (
        "fr",
        "L'Algérie a décrit la décision espagnole comme une violation du droit international.",
        "ACCUSE",
        "Spain",
    ),
    ("fr", "Le Maroc a qualifié l'accord avec l'Espagne de succès.", "SUPPORT", "Spain"),
    (
        "es",
        "Argelia describió la decisión española como una violación del derecho internacional.",
        "ACCUSE",
        "Spain",
    ),
    ("es", "Argelia calificó la decisión española de provocación.", "ACCUSE", "Spain"),
    ("es", "Marruecos calificó el acuerdo con España de éxito.", "SUPPORT", "Spain"),
    # the name's adjectives say what the speaker holds it to be ("a pragmatic and viable solution")
    ("en", "Kenya described the Spanish proposal as a pragmatic and viable solution.", "SUPPORT", "Spain"),
    (
        "fr",
        "Le Kenya a qualifié la proposition espagnole de solution pragmatique et viable.",
        "SUPPORT",
        "Spain",
    ),
    ("es", "Kenia calificó la propuesta española de solución pragmática y viable.", "SUPPORT", "Spain"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), NAMED, ids=[f"{n[0]}-{n[2]}" for n in NAMED])
def test_a_name_of_blame_or_praise_is_an_appraisal(world_code, lang, text, kind, who):
    events = world_code(text, lang)
    assert any(who in e.actor + e.recipient for e in real_events(events, kind)), shown(events)


# A naming verb with no name of blame or praise is no event ("described the situation", "a traité la
# question", "describió la situación").
UNNAMED = [
    ("en", "The envoy described the situation in the camps to the Council."),
    ("fr", "Le ministre a traité la question du Sahara dans son discours."),
    ("es", "El enviado describió la situación en los campamentos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNNAMED, ids=[u[0] for u in UNNAMED])
def test_a_naming_verb_without_such_a_name_is_no_event(world_code, lang, text):
    assert not real_events(world_code(text, lang), "ACCUSE"), shown(world_code(text, lang))


# A threat named by someone else is their criticism of whoever made it, not a threat of theirs
# ("described the referendum as a threat", "qualifié de menace", "calificó de amenaza"); a threat
# made stays one.
THREAT_NAMES = [
    ("en", "Guyana described the Venezuelan referendum as an existential threat.", "Guyana", "Venezuela"),
    ("en", "Britain called the Russian move a threat to European security.", "United_Kingdom", "Russia"),
    (
        "fr",
        "Alger a qualifié la décision marocaine de menace pour la stabilité régionale.",
        "Algeria",
        "Morocco",
    ),
    ("es", "Guyana calificó el referendo venezolano de amenaza existencial.", "Guyana", "Venezuela"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "critic", "blamed"), THREAT_NAMES, ids=[t[0] for t in THREAT_NAMES])
def test_a_threat_named_is_a_criticism(world_code, lang, text, critic, blamed):
    events = world_code(text, lang)
    assert any(critic in e.actor and blamed in e.recipient for e in real_events(events, "ACCUSE")), shown(
        events
    )
    assert not real_events(events, "THREATEN"), shown(events)


@pytest.mark.slow
def test_a_threat_made_stays_a_threat(world_code):
    events = world_code("Russia threatened to cut gas supplies to Moldova.", "en")
    assert any("Russia" in e.actor for e in real_events(events, "THREATEN")), shown(events)


# A name is blame when what it is of is ("the head of a terrorist network"); a name given with no blame
# or praise is no call ("called Petro the head of state": not a REQUEST).
HELD_NAMES = [
    ("en", "Speaking in Caracas, Maduro called Petro the head of a terrorist network.", "Gustavo_Petro"),
    (
        "en",
        'Rubio had called Maduro "the head of a narco-terrorist organization" on Thursday.',
        "Nicolás_Maduro",
    ),
    (
        "fr",
        "Le président colombien a qualifié Maduro de chef d'une organisation terroriste.",
        "Nicolás_Maduro",
    ),
    (
        "es",
        "El presidente colombiano calificó a Maduro de jefe de una organización terrorista.",
        "Nicolás_Maduro",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "blamed"), HELD_NAMES, ids=[h[0] for h in HELD_NAMES])
def test_a_name_is_blame_when_what_it_holds_is(world_code, lang, text, blamed):
    events = world_code(text, lang)
    assert any(blamed in e.recipient for e in real_events(events, "ACCUSE")), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
def test_a_neutral_name_given_is_no_call(world_code):
    events = world_code("Speaking in Madrid, Macron called Sánchez the head of a friendly government.", "en")
    assert not real_events(events, "REQUEST"), shown(events)


# Concern said of another's act is disapproval, as "expressed concern" is ("worrying", "preocupante",
# "préoccupante"); the mark still introduces the name with adverbs between them ("de très préoccupante",
# "de extremadamente preocupante"), where the parser hangs it on the adverb.
CONCERNED = [
    ("en", "The EU described Algeria's decision as extremely worrying.", "Algeria"),
    ("fr", "Paris a qualifié de très préoccupante la décision d'Alger.", "Algeria"),
    ("fr", "Rabat a qualifié de totalement inacceptable la déclaration d'Alger.", "Algeria"),
    ("es", "Bruselas calificó de extremadamente preocupante la decisión argelina.", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "blamed"), CONCERNED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONCERNED)]
)
def test_concern_named_with_adverbs_is_a_criticism(world_code, lang, text, blamed):
    events = world_code(text, lang)
    assert any(blamed in e.recipient for e in real_events(events, "ACCUSE")), shown(events)


# A chance named is praise ("called the agreement a historic opportunity", "de oportunidad histórica"),
# and blame once called missed ("a missed opportunity", "oportunidad perdida").
CHANCES = [
    ("en", "Kallas called the agreement a historic opportunity.", "SUPPORT"),
    ("en", "Moscow called the agreement a missed opportunity.", "ACCUSE"),
    ("es", "Kallas calificó el acuerdo de oportunidad histórica.", "SUPPORT"),
    ("es", "Moscú calificó el acuerdo de oportunidad perdida.", "ACCUSE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), CHANCES, ids=[f"{c[0]}-{c[2]}" for c in CHANCES])
def test_a_chance_named_is_praise_unless_missed(world_code, lang, text, kind):
    story = {
        "en": "Armenia and Azerbaijan agreed on Thursday on the text of a peace treaty. ",
        "es": "Armenia y Azerbaiyán acordaron el jueves el texto del tratado. ",
    }[lang]
    events = world_code(story + text, lang, anchor="2025-03-14")
    assert any("Armenia" in e.recipient for e in real_events(events, kind)), shown(events)


# Allegations called false are denied: a rejection addressed to whoever made them ("called the allegations
# false", "a qualifié ces allégations de fausses", "calificó esas acusaciones de falsas").
DENIALS = [
    (
        "en",
        "Niger's military rulers accused France of planning a military intervention. French Foreign Minister "
        "Catherine Colonna called the allegations false.",
    ),
    (
        "fr",
        "Les militaires au pouvoir au Niger ont accusé la France de vouloir intervenir. La ministre Catherine "
        "Colonna a qualifié ces allégations de fausses.",
    ),
    (
        "es",
        "Los militares de Níger acusaron a Francia de preparar una intervención. La ministra Catherine Colonna "
        "calificó esas acusaciones de falsas.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), DENIALS, ids=[d[0] for d in DENIALS])
def test_allegations_called_false_are_rejected(world_code, lang, text):
    events = world_code(text, lang, anchor="2023-08-01")
    assert any(
        "Catherine_Colonna" in e.actor and "Niger" in e.recipient for e in real_events(events, "REJECT")
    ), shown(events)
