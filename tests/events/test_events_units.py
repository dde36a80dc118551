"""Fast unit tests: lexicon data, trigger matching without a parser, merging, confidence."""

from __future__ import annotations

import pytest

from diplowatch.errors import DataFileError
from diplowatch.events import confidence
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import CATEGORIES, build, lexicon
from diplowatch.events.merge import merge
from diplowatch.events.triggers import find
from diplowatch.model import EventDate, Evidence
from diplowatch.text.normalise import tokens
from diplowatch.text.sentences import Sentence


@pytest.mark.parametrize("lang", ["fr", "en", "es", "ar"])
def test_lexicon_covers_every_plover_category(lang):
    lex = lexicon(lang)
    assert {t.type for t in lex.triggers} == set(CATEGORIES)
    assert lex.negation and lex.reporting


def test_lexicon_rejects_unknown_category_and_flag():
    with pytest.raises(DataFileError):
        build("xx", {"triggers": {"MEET": ["meet"]}})
    with pytest.raises(DataFileError):
        build("xx", {"triggers": {"CONSULT": ["meet | | loud"]}})


def _plain(text: str, lang: str) -> Sentence:
    toks = tuple(tokens(text))
    return Sentence(0, 0, len(text), lang, toks, False)


@pytest.mark.parametrize(
    ("text", "kind", "future"),
    [
        ("والتقى المبعوث الوزير", "CONSULT", False),
        ("سيلتقي المبعوث الوزير", "CONSULT", True),
        ("ونددت الجزائر بالقرار", "ACCUSE", False),
        ("أجرى الوزير اتصالا هاتفيا مع نظيره", "CONSULT", False),
    ],
)
def test_triggers_arabic_surface_forms(text, kind, future):
    found = find(_plain(text, "ar"), lexicon("ar"))
    assert [m.trigger.type for m in found] == [kind]
    assert found[0].future_prefix is future


def test_triggers_longest_phrase_wins():
    [match] = find(_plain("un entretien téléphonique", "fr"), lexicon("fr"))
    assert match.trigger.mode == "phone"


def test_triggers_phrase_words_may_be_apart():
    found = find(_plain("they held lengthy talks", "en"), lexicon("en"))
    assert [m.trigger.words for m in found] == [("hold", "talks")] or [m.trigger.type for m in found] == [
        "CONSULT"
    ]


def _draft(actor, recipient, day=None, source="clause", kind="CONSULT", start=0, aux=()):
    date = EventDate(day, "day", "") if day else None
    return Draft(
        kind,
        (),
        actor,
        recipient,
        None,
        date,
        source if day else "none",
        aux,
        (Evidence(start, start + 5, "x"),),
        0.8,
        "test",
    )


KINDS = {"A": "person", "B": "person", "C": "person", "X": "country"}.get


def test_merge_repeats_keep_every_span():
    merged = merge([_draft(("A",), ("B",), start=0), _draft(("B",), ("A",), start=10)], KINDS)
    assert len(merged) == 1 and len(merged[0].evidence) == 2
    assert merged[0].confidence > 0.8


def test_merge_keeps_meetings_with_different_persons_apart():
    assert len(merge([_draft(("A",), ("B", "X")), _draft(("A",), ("C", "X"), start=10)], KINDS)) == 2


def test_merge_keeps_different_days_apart():
    assert (
        len(
            merge(
                [_draft(("A",), ("B",), "2024-03-11"), _draft(("A",), ("B",), "2024-03-12", start=9)], KINDS
            )
        )
        == 2
    )


def test_merge_never_mixes_negated_and_real():
    assert (
        len(merge([_draft(("A",), ("B",)), _draft(("A",), ("B",), aux=("negation",), start=9)], KINDS)) == 2
    )


def test_merge_keeps_a_stance_about_another_speaker_apart():
    """ "A accused B" and "C condemned A and B": A is the second one's target, not its speaker; a stance
    whose whole acting side is among the other's recipients answers or judges it, another happening."""
    accused = _draft(("A",), ("B",), kind="ACCUSE")
    condemned = _draft(("C",), ("A", "B"), kind="ACCUSE", start=10)
    merged = merge([accused, condemned], KINDS)
    assert sorted(d.actor for d in merged) == [("A",), ("C",)]


def test_merge_keeps_future_only_when_every_telling_has_it():
    """ "X will back the plan" then "X backed the plan": told once as done, the support is no longer to
    come; an agreement keeps the future of the act it announces ("invited X, who will visit")."""
    backed = merge(
        [
            _draft(("A",), ("B",), kind="SUPPORT", aux=("future",)),
            _draft(("A",), ("B",), kind="SUPPORT", start=9),
        ],
        KINDS,
    )
    assert len(backed) == 1 and "future" not in backed[0].aux
    both = merge(
        [
            _draft(("A",), ("B",), kind="SUPPORT", aux=("future",)),
            _draft(("A",), ("B",), kind="SUPPORT", aux=("future",), start=9),
        ],
        KINDS,
    )
    assert "future" in both[0].aux
    announced = merge(
        [
            _draft(("A",), ("B",), kind="AGREE", aux=("future",)),
            _draft(("A",), ("B",), kind="AGREE", start=9),
        ],
        KINDS,
    )
    assert "future" in announced[0].aux


def test_confidence_orders_evidence():
    strong = confidence.score(
        phrase=True, weak=False, arguments="parse", has_recipient=True, main_clause=True, aux=()
    )
    weak = confidence.score(
        phrase=False, weak=True, arguments="none", has_recipient=False, main_clause=False, aux=()
    )
    negated = confidence.score(
        phrase=True, weak=False, arguments="parse", has_recipient=True, main_clause=True, aux=("negation",)
    )
    assert 0.05 <= weak < negated < strong <= 0.98


COUNTRY = {"A": None, "B": "MAR", "C": "DZA", "MA": "MAR", "DZ": "DZA", "MR": "MRT"}.get
KINDS2 = {"A": "person", "B": "person", "C": "person", "MA": "country", "DZ": "country", "MR": "country"}.get


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ((("A",), ("B",)), (("A",), ("MA",)), True),  # "met Bourita" and "visited Morocco": one visit
        (
            (("A",), ("C", "DZ")),
            (("A",), ("MA", "MR")),
            False,
        ),  # an Algerian minister vs a tour of Morocco, Mauritania
        ((("A",), ("B", "MA")), (("A",), ("C", "DZ")), False),  # two ministers of two countries
    ],
)
def test_merge_countries_count_unless_a_member_represents_them(first, second, merged):
    drafts = [_draft(*first), _draft(*second, start=10)]
    assert (len(merge(drafts, KINDS2, COUNTRY)) == 1) is merged


def test_confidence_penalises_what_is_not_the_reported_event():
    base = dict(phrase=False, weak=False, arguments="parse", main_clause=True)
    full = confidence.score(has_recipient=True, aux=(), **base)
    assert confidence.score(has_recipient=False, aux=(), **base) < 0.7 < full
    assert confidence.score(has_recipient=True, aux=("historical",), **base) < full
    assert confidence.score(has_recipient=True, aux=(), reference=True, **base) < full
    embedded = confidence.score(
        phrase=True, weak=False, arguments="parse", main_clause=False, has_recipient=True, aux=()
    )
    assert embedded < full  # the root verb's event outranks an embedded phrase


@pytest.mark.parametrize(
    ("lang", "cue", "key"),
    [
        ("en", "no", "negation"),
        ("en", "no", "negation_scope"),
        ("fr", "ne", "negation_scope"),
        ("es", "no", "negation_scope"),
        ("ar", "ما", "negation_adjacent"),
        ("fr", "jusqu", "date_bounds"),
        ("en", "if", "conditions"),
        ("fr", "resolution", "instruments"),
    ],
)
def test_lexicon_cue_lists(lang, cue, key):
    assert cue in getattr(lexicon(lang), key)  # YAML "no" must stay a string, not a boolean


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("they block roads", "PROTEST"),
        ("workers stop work", "PROTEST"),
        ("the army impose curfew", "COERCE"),
        ("they lift sanctions", "CONCEDE"),
        ("they renege", "REJECT"),
        ("officials cancel visit", "SANCTION"),
        ("the ministers share information", "COOPERATE"),
    ],
)
def test_triggers_english_plover_vocabulary(text, kind):
    assert kind in [m.trigger.type for m in find(_plain(text, "en"), lexicon("en"))]


def test_arabic_ambiguous_negation_counts_only_right_before_the_trigger():
    from diplowatch.events.modality import aux_of

    lex = lexicon("ar")
    for text, negated in [("ما رفض المغرب المقترح", True), ("ما قاله المغرب رفض المقترح", False)]:
        sentence = _plain(text, "ar")
        [match] = [m for m in find(sentence, lex) if m.trigger.type == "REJECT"]
        assert ("negation" in aux_of(sentence, match, lex, {})) is negated


def test_short_names_resolve_to_the_one_organisation_they_open():
    from diplowatch.events.short_names import resolve_short_names
    from diplowatch.model import Actor, Article, Mention
    from diplowatch.text.mentions import ActorMention

    body = "Le Conseil de sécurité a voté. Le Conseil a salué le Maroc."
    unsc = ActorMention(3, 22, "United_Nations_Security_Council", "organization")
    short = ActorMention(34, 41, "Conseil", "organization")
    article = Article(
        doc_id="x",
        source="x",
        body=body,
        language="fr",
        actors=(
            Actor(
                "United_Nations_Security_Council",
                "UN Security Council",
                "organization",
                None,
                "IGO",
                (Mention(3, 22, ""),),
            ),
            Actor(None, "Conseil", "organization", None, None, (Mention(34, 41, "Conseil"),)),
        ),
    )
    resolved = resolve_short_names((unsc, short), article)
    assert [m.key for m in resolved] == ["United_Nations_Security_Council"] * 2


def test_merge_a_restatement_dated_by_the_sentence_before_is_the_dated_event():
    """ "Pour cette deuxième table ronde, il a invité A et B" after a sentence about the first one: the
    restatement borrowed another happening's day, and names no one new."""
    dated = _draft(("A",), ("MA", "DZ"), "2019-03-21")
    restated = _draft(("A",), ("MA", "DZ"), "2018-12-05", source="previous", start=20)
    merged = merge([dated, restated], KINDS2, COUNTRY)
    assert len(merged) == 1 and merged[0].date is not None and merged[0].date.value == "2019-03-21"


def test_merge_a_borrowed_day_keeps_an_event_with_new_participants_apart():
    """ "He then toured Morocco, Algeria and Mauritania" (dated by the sentence before) is not the visit
    to Morocco told with its own day."""
    visit = _draft(("A",), ("MA",), "2022-07-02")
    tour = _draft(("A",), ("MA", "DZ", "MR"), "2021-11-20", source="previous", start=20)
    assert len(merge([visit, tour], KINDS2, COUNTRY)) == 2


def _last_week(actor, recipient, start=0):
    """A draft dated by "last week" in an article of Friday 2024-03-15: the month, approximate, of ISO
    week 2024-W10."""
    draft = _draft(actor, recipient, "2024-03-07", start=start)
    return draft.replace(date=EventDate("2024-03", "month", "last week", True), week="2024-W10")


@pytest.mark.parametrize(("day", "merged"), [("2024-03-06", True), ("2024-03-14", False)])
def test_merge_last_week_is_a_week_not_its_whole_month(day, merged):
    """ "A met B last week" and "A met B on Thursday" (this week) are two meetings; a day of last week
    is the same one."""
    drafts = [_last_week(("A",), ("B",)), _draft(("A",), ("B",), day, start=20)]
    assert len(merge(drafts, KINDS)) == (1 if merged else 2)


KINDS3 = {
    "A": "person",
    "B": "person",
    "C": "person",
    "MA": "country",
    "DZ": "country",
    "UN": "organization",
}.get


def test_merge_never_undoes_a_split_of_one_sentence():
    """Two meetings one sentence tells apart (events.tours) share the actor and a body: still two."""
    first = _draft(("A",), ("B", "UN")).replace(parts=frozenset({(0, 0)}))
    second = _draft(("A",), ("C", "UN")).replace(parts=frozenset({(0, 1)}))
    restated = _draft(("A",), ("B",), start=40)
    merged = merge([first, second, restated], KINDS3, COUNTRY)
    assert len(merged) == 2
    assert {frozenset(d.recipient) for d in merged} == {frozenset({"B", "UN"}), frozenset({"C", "UN"})}


def test_merge_keeps_an_untargeted_stance_apart_from_its_answer():
    # "Algeria condemned the building of the wall." then "Bourita accused Algeria of hypocrisy":
    # two speakers, two acts, not one telling with more detail
    condemned = _draft(("A",), (), kind="ACCUSE")
    answered = _draft(("B",), ("A",), kind="ACCUSE", start=10)
    assert len(merge([condemned, answered], KINDS)) == 2
    assert len(merge([answered, condemned], KINDS)) == 2
    # the same speaker restating it with its target is one telling
    restated = _draft(("A",), ("B",), kind="ACCUSE", start=10)
    assert len(merge([condemned, restated], KINDS)) == 1
