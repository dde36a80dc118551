"""Arabic without a parse: names inside complements (issue 9, the spot check of the samples). A name
after a preposition is no subject of the verb before it; a stance noun inside a prepositional phrase
is held by the name right after it; a state that calls back its own ambassador recalls him; a year a
noun's "لعام" introduces dates nothing; the names after a clause opener ("في حين", "بينما") are the
next clause's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, coder_with, real_events, shown
from tests.events.test_events_arabic_order import OTHER_DOSSIERS


@pytest.fixture(scope="module")
def code_ar():
    run = coder_with([*ENTRIES, *OTHER_DOSSIERS])
    return lambda text: run(text, "ar")


# (text, category, actor, recipient): a name after a preposition ("لدى", "من") is a complement
COMPLEMENTS = [
    ("أعلنت روسيا، أمس الاثنين، سحب سفيرها لدى المغرب.", "SANCTION", "Russia", "Morocco"),
    ("قررت الجزائر، يوم الأحد، سحب سفيرها من موسكو بأثر فوري.", "SANCTION", "Algeria", "Russia"),
    # "استدعت سفيرها" (her own ambassador): a recall, whose subject the verb carries
    ("وذكرت الخطوة بما فعلته السودان عام 2020 حين استدعت سفيرها من مدريد.", "SANCTION", "Sudan", "Spain"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"), COMPLEMENTS, ids=[c[0][:30] for c in COMPLEMENTS]
)
def test_a_name_after_a_preposition_is_no_subject(code_ar, text, kind, actor, recipient):
    events = real_events(code_ar(text), kind)
    assert any(actor in e.actor and recipient in e.recipient for e in events), shown(code_ar(text))


@pytest.mark.slow
def test_a_verb_subject_with_a_date_between_still_acts(code_ar):
    events = real_events(
        code_ar("التقى أمس الخميس وزير الخارجية ناصر بوريطة نظيره الروسي لافروف."), "CONSULT"
    )
    assert any("Nasser_Bourita" in e.actor for e in events), shown(events)


@pytest.mark.slow
def test_summoning_another_states_ambassador_is_no_recall(code_ar):
    events = code_ar("استدعت روسيا سفير المغرب يوم الاثنين.")
    assert not real_events(events, "SANCTION"), shown(events)


# (text, category, holder, must not hold): a stance noun in a prepositional phrase is its genitive's
HELD = [
    ("أعلنت روسيا سحب سفيرها احتجاجا على اعتراف السودان بمخطط المغرب.", "SUPPORT", "Sudan", "Russia"),
    ("نددت الجزائر بدعم روسيا للمغرب.", "SUPPORT", "Russia", "Algeria"),
    ("استدعت السودان سفيرها بعد رفض روسيا لمقترح المغرب.", "REJECT", "Russia", "Sudan"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "holder", "other"), HELD, ids=[c[0][:30] for c in HELD])
def test_a_stance_noun_in_a_prepositional_phrase_is_held_by_its_genitive(code_ar, text, kind, holder, other):
    events = real_events(code_ar(text), kind)
    assert any(holder in e.actor for e in events), shown(code_ar(text))
    assert not any(other in e.actor for e in events), shown(events)


# (text, category, holder, the stance's object): a noun with its own possessive pronoun ("شكره": his
# thanks) has its holder; the name after it is what the stance is addressed to
POSSESSED = [
    (
        "أعرب وزير الخارجية الجزائري أحمد عطاف عن شكره لسلطنة عمان على وساطتها.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Oman",
    ),
    ("أعربت الحكومة اليمنية عن رفضها لإيران على تدخلها في الحرب.", "REJECT", "Yemen", "Iran"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "holder", "target"), POSSESSED, ids=[c[3] for c in POSSESSED])
def test_a_possessed_stance_noun_has_its_holder(world_code, text, kind, holder, target):
    events = real_events(world_code(text, "ar"), kind)
    assert any(holder in e.actor and target in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_stance_noun_as_a_verbs_object_stays_the_subjects(code_ar):
    events = real_events(code_ar("جدد عطاف دعم الجزائر لجهود دي ميستورا."), "SUPPORT")
    assert any("Ahmed_Attaf" in e.actor for e in events), shown(events)


@pytest.mark.slow
def test_a_requests_genitive_is_whom_it_asks(code_ar):
    events = real_events(
        code_ar("واستبقت الجزائر التصويت بمطالبة روسيا رئيسة مجلس الأمن بالتصويت."), "REQUEST"
    )
    assert any("Algeria" in e.actor and "Russia" in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_year_of_a_noun_does_not_date_the_next_sentence(code_ar):
    text = "وكتب لافروف أن مخطط الحكم الذاتي لعام 2007 هو الأساس. ورحب بوريطة بموقف روسيا."
    events = real_events(code_ar(text), "SUPPORT")
    assert events and not any(e.date and e.date.value.startswith("2007") for e in events), shown(events)
    # an adverbial year still dates its own clause
    met = real_events(code_ar("التقى عطاف لافروف في موسكو عام 2022."), "CONSULT")
    assert any(e.date and e.date.value == "2022" for e in met), shown(met)


@pytest.mark.slow
def test_the_names_after_a_clause_opener_belong_to_the_next_clause(code_ar):
    text = "ورحب المغرب بقرار روسيا، في حين عبرت الجزائر عن رفضها له."
    events = real_events(code_ar(text), "SUPPORT")
    assert any("Morocco" in e.actor for e in events), shown(events)
    assert not any("Algeria" in e.recipient for e in events), shown(events)


# An adverbial participle ("..., داعيا X إلى") after a main clause whose verb is no trigger ("وأعرب X عن
# تفاؤله", "وقال X إن"): the main clause's subject calls, X is called on.
ADVERBIAL_CALLS = [
    ("وأعرب المغرب عن تفاؤله، داعيا الجزائر إلى الحوار.", "Morocco", "Algeria"),
    (
        'وقال غروندبرغ في بيان إن "الطرفين أبديا استعدادا للمضي قدما"، داعيا الحوثيين إلى الامتناع عن أي تصعيد.',
        "Hans_Grundberg",
        "Houthis",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor", "recipient"), ADVERBIAL_CALLS, ids=["optimism", "said"])
def test_an_adverbial_call_is_the_main_subjects(world_code, text, actor, recipient):
    requests = real_events(world_code(text, "ar"), "REQUEST")
    assert [(e.actor, e.recipient) for e in requests] == [((actor,), (recipient,))], shown(requests)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "واستقبل البوسعيدي أمس الثلاثاء السفير الأمريكي لدى اليمن ستيفن فاجن.",
        "وكان البوسعيدي قد استقبل السفير الأمريكي لدى اليمن ستيفن فاجن.",
    ],
    ids=["yesterday", "pluperfect"],
)
def test_an_ambassador_posted_in_a_state_names_no_participant(world_code, text):
    """ "السفير الأمريكي لدى اليمن ستيفن فاجن", the title noun with its article: Yemen (where he is posted)
    takes no part in his meeting, however the sentence opens."""
    events = real_events(world_code(text, "ar"))
    assert any("Steven_Fagin" in e.actor + e.recipient for e in events), shown(events)
    assert all("Yemen" not in e.actor + e.recipient for e in events), shown(events)
