"""Categories told through titles, votes, protests and resumed talks (sentences written for these tests):
a cooperation word inside a minister's title is no event, a vote against a text is a rejection and a
vote for it support, a protest lodged with a government is an accusation, talks resumed are talks
held, a trigger's own words never negate it, and an Arabic phrase's subject may sit between its words."""

from __future__ import annotations

import pytest

from diplowatch.events.lexicon import build
from diplowatch.events.offices import in_title
from diplowatch.events.triggers import find
from diplowatch.text.normalise import tokens
from diplowatch.text.sentences import Sentence
from tests.events.conftest import real_events

TITLES = [
    (
        "fr",
        "Le ministre des Affaires étrangères et de la Coopération, Nasser Bourita, a rencontré lundi Staffan de Mistura.",
    ),
    (
        "en",
        "The Minister of Foreign Affairs and Cooperation, Nasser Bourita, met Staffan de Mistura on Monday.",
    ),
    (
        "es",
        "El ministro de Asuntos Exteriores y Cooperación, Nasser Bourita, se reunió el lunes con Staffan de Mistura.",
    ),
    ("ar", "التقى وزير الشؤون الخارجية والتعاون الدولي ناصر بوريطة يوم الاثنين ستيفان دي ميستورا."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TITLES, ids=[t[0] for t in TITLES])
def test_events_cooperation_in_a_title_is_no_event(code, lang, text):
    found = code(text, lang)
    assert not [e for e in found if e.type == "COOPERATE"], [(e.type, e.actor) for e in found]
    assert [e for e in found if e.type == "CONSULT" and "Nasser_Bourita" in e.actor + e.recipient]


# (lang, text, type, ids that must be among actor+recipient)
MOROCCO_ALGERIA = {"Morocco", "Algeria"}
ALGERIA_COUNCIL = {"Algeria", "United_Nations_Security_Council"}
RUSSIA_COUNCIL = {"Russia", "United_Nations_Security_Council"}
CASES = [
    ("fr", "Le Conseil de sécurité a voté. L'Algérie a voté contre le texte.", "REJECT", ALGERIA_COUNCIL),
    ("en", "The Security Council voted. Algeria voted against the text.", "REJECT", ALGERIA_COUNCIL),
    ("es", "El Consejo de Seguridad votó. Argelia votó en contra del texto.", "REJECT", ALGERIA_COUNCIL),
    ("ar", "اجتمع مجلس الأمن أمس. وصوتت الجزائر ضد القرار.", "REJECT", ALGERIA_COUNCIL),
    ("ar", "اجتمع مجلس الأمن أمس. وصوتت روسيا لصالح القرار.", "SUPPORT", RUSSIA_COUNCIL),
    ("en", "The Security Council voted. Russia voted in favour of the text.", "SUPPORT", RUSSIA_COUNCIL),
    # French "voter pour" with nothing after: a vote in favour, addressed to the assembly that voted.
    ("fr", "Le Conseil de sécurité a voté mardi. La Russie a voté pour.", "SUPPORT", RUSSIA_COUNCIL),
    # A protest lodged with a government is diplomatic (ACCUSE), not a street protest.
    ("en", "Morocco lodged a formal protest with Spain on Monday.", "ACCUSE", {"Morocco", "Spain"}),
    ("ar", "قدم المغرب احتجاجا رسميا لدى الجزائر يوم الاثنين.", "ACCUSE", MOROCCO_ALGERIA),
    # Talks resumed are talks held.
    ("en", "Morocco and Algeria resumed negotiations on Monday in Madrid.", "CONSULT", MOROCCO_ALGERIA),
    ("fr", "Le Maroc et l'Algérie ont repris lundi les négociations à Madrid.", "CONSULT", MOROCCO_ALGERIA),
    ("es", "Marruecos y Argelia reanudaron el lunes las negociaciones.", "CONSULT", MOROCCO_ALGERIA),
    ("ar", "استأنف المغرب والجزائر يوم الاثنين المفاوضات في مدريد.", "CONSULT", MOROCCO_ALGERIA),
    # A trigger's own words are not its negation cues.
    ("en", "Morocco and Spain failed to reach agreement on Monday.", "REJECT", {"Morocco", "Spain"}),
    # An attack on what someone said or decided is criticism; stance verbs told in each language.
    ("ar", "هاجمت الجزائر يوم الثلاثاء موقف روسيا الجديد.", "ACCUSE", {"Algeria", "Russia"}),
    ("en", "Algeria attacked the new stance of Russia on Tuesday.", "ACCUSE", {"Algeria", "Russia"}),
    ("fr", "Alger a attaqué mardi la décision de Moscou.", "ACCUSE", {"Algeria", "Russia"}),
    ("es", "Argelia atacó el martes la postura de España.", "ACCUSE", {"Algeria", "Spain"}),
    ("en", "Algeria lashed out at Morocco on Tuesday.", "ACCUSE", {"Algeria", "Morocco"}),
    ("es", "Argelia arremetió el martes contra España.", "ACCUSE", {"Algeria", "Spain"}),
    ("fr", "Le Maroc a applaudi lundi la décision de l'Espagne.", "SUPPORT", {"Morocco", "Spain"}),
    # A commitment to support is support, not a promise (AGREE).
    (
        "en",
        "Sergey Lavrov reiterated on Thursday Russia's commitment to support the efforts of Staffan de Mistura.",
        "SUPPORT",
        {"Sergey_Lavrov", "Staffan_de_Mistura"},
    ),
    (
        "es",
        "Rusia reiteró el jueves su compromiso de apoyar los esfuerzos de Staffan de Mistura.",
        "SUPPORT",
        {"Russia", "Staffan_de_Mistura"},
    ),
    (
        "ar",
        "جددت روسيا يوم الخميس التزامها بدعم جهود ستيفان دي ميستورا.",
        "SUPPORT",
        {"Russia", "Staffan_de_Mistura"},
    ),
    # Extending a curfew is coercion (announced: a threat), not the support "extend" is for mandates.
    ("en", "Algeria extended the curfew in Algiers on Sunday.", "COERCE", {"Algeria"}),
    ("en", "Algeria announced on Sunday that it will extend the curfew in Algiers.", "THREATEN", {"Algeria"}),
    ("fr", "L'Algérie a prolongé dimanche le couvre-feu à Alger.", "COERCE", {"Algeria"}),
    ("ar", "مددت الجزائر يوم الأحد حظر التجول في العاصمة.", "COERCE", {"Algeria"}),
    # Violating a ceasefire is fighting, not the agreement the noun alone names.
    (
        "fr",
        "Le Polisario a violé lundi le cessez-le-feu près de Smara, selon le Maroc.",
        "ASSAULT",
        {"Polisario_Front"},
    ),
    ("ar", "خرقت جبهة البوليساريو يوم الاثنين وقف إطلاق النار قرب السمارة.", "ASSAULT", {"Polisario_Front"}),
    # Declining an invitation rejects it.
    ("es", "Marruecos declinó el lunes la invitación de Argelia.", "REJECT", MOROCCO_ALGERIA),
    # Advocating an act asks for it.
    (
        "en",
        "Spain advocated direct talks between Morocco and the Polisario Front on Monday.",
        "REQUEST",
        {"Spain"},
    ),
    # Military exercises held together are cooperation (the adjective is required: "manœuvres dilatoires").
    (
        "es",
        "Rusia y Argelia realizaron el lunes maniobras militares conjuntas.",
        "COOPERATE",
        {"Russia", "Algeria"},
    ),
    (
        "fr",
        "La Russie et l'Algérie ont mené lundi des exercices militaires conjoints.",
        "COOPERATE",
        {"Russia", "Algeria"},
    ),
    ("ar", "وأجرت روسيا والجزائر يوم الاثنين مناورات عسكرية مشتركة.", "COOPERATE", {"Russia", "Algeria"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), CASES, ids=[c[1][-40:] for c in CASES])
def test_events_category_of_votes_protests_and_talks(code, lang, text, kind, who):
    found = code(text, lang)
    events = real_events(found, kind)
    assert events, f"no real {kind} in {[(e.type, e.actor, e.recipient, e.aux) for e in found]}"
    assert any(who <= set(e.actor) | set(e.recipient) for e in events), [
        (e.actor, e.recipient) for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Morocco and Algeria agreed on Monday to resume negotiations in Madrid."),
        ("fr", "Le Maroc et l'Algérie ont convenu lundi de reprendre les négociations à Madrid."),
    ],
)
def test_events_agreeing_to_resume_talks_stays_agree(code, lang, text):
    kinds = {e.type for e in real_events(code(text, lang))}
    assert "AGREE" in kinds and "CONSULT" not in kinds


@pytest.mark.slow
def test_events_arabic_definite_nouns_are_not_insistence(code):
    found = code("ناقش المغرب والجزائر يوم الاثنين الحدود والحلول الممكنة.", "ar")
    assert not [e for e in found if e.type == "REQUEST"]


LEX = build(
    "xx",
    {
        "triggers": {"COOPERATE": ["cooperation | | weak title"], "CONSULT": ["meet"]},
        "offices": ["minister"],
        "reporting": ["said"],
    },
)


def _unparsed(text: str) -> Sentence:
    return Sentence(0, 0, len(text), "xx", tuple(tokens(text)), False)


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("the minister of trade and cooperation met them", True),
        ("the minister said cooperation grew", False),  # a reporting verb ends the title
        ("the minister, cooperation", False),  # punctuation ends the title
        ("cooperation between the two states", False),
    ],
)
def test_offices_unparsed_title(text, titled):
    sentence = _unparsed(text)
    match = next(m for m in find(sentence, LEX) if m.trigger.type == "COOPERATE")
    assert in_title(sentence, match, LEX, [], text) is titled


def test_offices_only_flagged_triggers():
    sentence = _unparsed("the minister meet")
    match = next(m for m in find(sentence, LEX) if m.trigger.type == "CONSULT")
    assert not in_title(sentence, match, LEX, [], "the minister meet")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rebels attacked army positions near Smara on Tuesday, Morocco said."),
        ("ar", "هاجم مسلحون يوم الثلاثاء قاعدة عسكرية قرب السمارة."),
    ],
)
def test_events_attack_on_troops_stays_assault(code, lang, text):
    kinds = {e.type for e in code(text, lang)}
    assert "ACCUSE" not in kinds


@pytest.mark.slow
def test_events_arabic_first_person_stance_in_a_quote(code):
    found = code('وقال أحمد عطاف يوم الثلاثاء: "ندين هذه الزيارة".', "ar")
    assert [e for e in found if e.type == "ACCUSE" and "Ahmed_Attaf" in e.actor]


# A relative clause on the subject that tells an act of its own (here military exercises): whom it names
# is that act's partner, not a recipient of the main verb's request.
EXERCISES_THEN_REQUEST = [
    (
        "es",
        "Argelia, que realizó maniobras militares con Rusia el mes pasado, pidió el lunes a Marruecos "
        "acatar el fallo.",
    ),
    (
        "fr",
        "L'Algérie, qui a mené des exercices militaires avec la Russie le mois dernier, a exhorté lundi "
        "le Maroc à respecter la décision.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), EXERCISES_THEN_REQUEST, ids=[c[0] for c in EXERCISES_THEN_REQUEST])
def test_events_exercises_in_a_relative_clause_are_not_the_requests(code, lang, text):
    found = code(text, lang)
    requests = real_events(found, "REQUEST")
    assert [e.recipient for e in requests] == [("Morocco",)], [(e.type, e.actor, e.recipient) for e in found]
    assert real_events(found, "COOPERATE"), [(e.type, e.actor, e.recipient) for e in found]
