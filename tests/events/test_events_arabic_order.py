"""Arabic without a parse: who acts in verb-subject-object sentences, words that only look like
triggers once a proclitic is peeled off, and names whose words look like cues (sentences written
for these tests, on several dossiers)."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, coder_with, real_events, shown

OTHER_DOSSIERS = [
    {
        "id": "Geir_Pedersen",
        "kind": "person",
        "name": "Geir Pedersen",
        "sector": "IGO",
        "names": {"xx": ["Geir Pedersen", "Pedersen"], "ar": ["غير بيدرسون", "بيدرسون"]},
    },
    {
        "id": "Syria",
        "kind": "country",
        "name": "Syria",
        "country": "SYR",
        "names": {"en": ["Syria"], "ar": ["سوريا"]},
    },
    {
        "id": "Sudan",
        "kind": "country",
        "name": "Sudan",
        "country": "SDN",
        "names": {"en": ["Sudan"], "ar": ["السودان"]},
    },
    {
        "id": "Rapid_Support_Forces",
        "kind": "group",
        "name": "Rapid Support Forces",
        "names": {"en": ["Rapid Support Forces"], "ar": ["قوات الدعم السريع"]},
    },
    {
        "id": "Khalifa_Haftar",
        "kind": "person",
        "name": "Khalifa Haftar",
        "names": {"xx": ["Khalifa Haftar", "Haftar"], "ar": ["خليفة حفتر", "حفتر"]},
    },
    {
        "id": "Abdoulaye_Bathily",
        "kind": "person",
        "name": "Abdoulaye Bathily",
        "sector": "IGO",
        "names": {"xx": ["Abdoulaye Bathily", "Bathily"], "ar": ["عبد الله باتيلي", "باتيلي"]},
    },
]


@pytest.fixture(scope="module")
def code_ar():
    run = coder_with([*ENTRIES, *OTHER_DOSSIERS])
    return lambda text: run(text, "ar")


# (text, category, the actor that does it, someone that must not be its actor)
ORDER = [
    # a verb glued to "و" inside a clause shares the subject of the verb before it
    (
        "رحبت الجزائر بقرار مجلس الأمن وانتقدت المغرب يوم الاثنين.",
        "ACCUSE",
        "Algeria",
        "United_Nations_Security_Council",
    ),
    ("وجدد عطاف دعم الجزائر للبوليساريو وندد بموقف المغرب.", "ACCUSE", "Ahmed_Attaf", "Algeria"),
    (
        "استقبل حفتر المبعوث عبد الله باتيلي في بنغازي وانتقد السودان.",
        "ACCUSE",
        "Khalifa_Haftar",
        "Abdoulaye_Bathily",
    ),
    # a verb that opens a clause after punctuation or a clause word takes the subject after it
    ("من جهته، رحب المغرب بالقرار، بينما رفضته جبهة البوليساريو.", "REJECT", "Polisario_Front", "Morocco"),
    ("وبعد لقائه بلافروف، ندد عطاف بموقف المغرب.", "ACCUSE", "Ahmed_Attaf", "Sergey_Lavrov"),
    (
        "وخلال اجتماعه مع حفتر في بنغازي، دعا باتيلي السودان إلى الحوار.",
        "REQUEST",
        "Abdoulaye_Bathily",
        "Khalifa_Haftar",
    ),
    (
        "وفي ختام زيارته إلى الخرطوم، اتهم بيدرسون قوات الدعم السريع بعرقلة الحوار.",
        "ACCUSE",
        "Geir_Pedersen",
        None,
    ),
    # a verbal noun after a comma is the complement of the verb before it: the subject stays
    ("أعلنت روسيا، الاثنين، تأييد مقترح الجزائر.", "SUPPORT", "Russia", "Algeria"),
    # verb-subject order with a date between them
    ("التقى أمس الخميس وزير الخارجية ناصر بوريطة نظيره الروسي لافروف.", "CONSULT", "Nasser_Bourita", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "actor", "not_actor"), ORDER, ids=[c[0][:30] for c in ORDER])
def test_arabic_verb_subject_order(code_ar, text, kind, actor, not_actor):
    events = real_events(code_ar(text), kind)
    assert any(actor in e.actor for e in events), shown(code_ar(text))
    if not_actor is not None:
        assert not any(not_actor in e.actor for e in events), shown(events)


# (text, a category no word of it states)
LOOKALIKES = [
    # "وزارة" (ministry) is not "و" + "زارة" (visited)
    ("أبلغت وزارة الخارجية الجزائرية المبعوث دي ميستورا موقفها.", "CONSULT"),
    # "هناك" (there is) is not "هنأ" (congratulated); "حثيثة" (sustained) is not "حث" (urged)
    ("قال لافروف إن هناك جهودا حثيثة في سوريا.", "SUPPORT"),
    ("قال لافروف إن هناك جهودا حثيثة في سوريا.", "REQUEST"),
    # "الاجتماعية" (social) is no meeting; "وعدد" (and a number of) no promise
    ("تحدث عطاف عن الأوضاع الاجتماعية في السودان.", "CONSULT"),
    ("وصل عطاف إلى موسكو برفقة وعدد من المستشارين.", "AGREE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{c[1]}-{c[0][:25]}" for c in LOOKALIKES])
def test_arabic_lookalikes_are_no_triggers(code_ar, text, kind):
    assert not [e for e in code_ar(text) if e.type == kind], shown(code_ar(text))


@pytest.mark.slow
def test_congratulations_are_still_support(code_ar):
    events = real_events(code_ar("هنأ بوريطة نظيره الروسي لافروف يوم الاثنين."), "SUPPORT")
    assert any("Sergey_Lavrov" in e.recipient + e.actor for e in events)


@pytest.mark.slow
def test_a_word_of_a_name_is_no_negation(code_ar):
    """ "غير" is the first name of Geir Pedersen and the word "not": inside a name it negates nothing."""
    events = code_ar("وعقب لقائه بالمبعوث غير بيدرسون، رحب لافروف بالمبادرة.")
    assert any("Sergey_Lavrov" in e.actor for e in real_events(events, "SUPPORT")), shown(events)
    negated = code_ar("لم يرحب لافروف بمبادرة بيدرسون.")
    assert not any("Sergey_Lavrov" in e.actor for e in real_events(negated, "SUPPORT")), shown(negated)


@pytest.mark.slow
def test_a_framed_event_refers_back(code_ar):
    """ "وتأتي زيارة X قبل...": the visit told before, not a second one with the Council."""
    text = "زار باتيلي بنغازي يوم الاثنين والتقى حفتر. وتأتي زيارة باتيلي قبل جلسة مجلس الأمن."
    events = real_events(code_ar(text), "CONSULT")
    assert not any("United_Nations_Security_Council" in e.actor + e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_planned_sentence_plans_every_act_after_its_opener(code_ar):
    text = "ومن المرتقب أن يعقد باتيلي لقاءات في بنغازي، ويختتم جولته بلقاء مع حفتر."
    assert not real_events(code_ar(text), "CONSULT"), shown(code_ar(text))
    # the plan told after a comma does not make the meeting before it planned
    done = code_ar("التقى باتيلي حفتر يوم الاثنين الماضي، ومن المقرر أن يزور السودان قريبا.")
    assert any("Khalifa_Haftar" in e.recipient + e.actor for e in real_events(done, "CONSULT")), shown(done)


@pytest.mark.slow
def test_renewing_a_position_is_no_agreement_but_renewed_support_is_support(code_ar):
    assert not real_events(code_ar("جددت جبهة البوليساريو موقفها من المفاوضات يوم الاثنين."), "AGREE")
    events = real_events(code_ar("جدد عطاف دعم الجزائر لجهود دي ميستورا."), "SUPPORT")
    assert any("Ahmed_Attaf" in e.actor for e in events), shown(events)


@pytest.mark.slow
def test_a_tour_devoted_to_support_is_no_support(code_ar):
    text = "اختتم باتيلي زيارته إلى بنغازي في إطار جولته الخاصة بدعم الحوار في السودان."
    assert not real_events(code_ar(text), "SUPPORT"), shown(code_ar(text))


@pytest.mark.slow
def test_a_briefing_with_a_possessive_is_a_meeting_with_the_council(code_ar):
    events = real_events(
        code_ar("وجاء ذلك بعد إحاطته أمام مجلس الأمن يوم الاثنين. وقال بيدرسون إن الوضع صعب."), "CONSULT"
    )
    assert any("United_Nations_Security_Council" in e.recipient + e.actor for e in events), shown(events)


@pytest.mark.slow
def test_a_chain_of_nouns_after_a_topic_word_names_no_event(code_ar):
    text = "اختتم باتيلي زيارته إلى بنغازي في إطار جولته الخاصة بدعم توسيع وتجديد الهدنة في السودان."
    events = code_ar(text)
    assert not [e for e in events if e.type in ("SUPPORT", "AGREE")], shown(events)
    # the envoy in charge of a file still meets: a verb ends the chain
    met = real_events(code_ar("وكان المبعوث المكلف بملف السودان باتيلي التقى حفتر يوم الاثنين."), "CONSULT")
    assert any("Khalifa_Haftar" in e.actor + e.recipient for e in met), shown(met)


# (text, category, who must not act): a verb after a relative pronoun whose antecedent is its object
# takes the subject after it, not the main clause's; one without such a pronoun acts for its antecedent
RELATIVES = [
    ("انتقدت الجزائر الخطة التي أيدتها روسيا يوم الاثنين.", "SUPPORT", "Algeria"),
    ("رفضت روسيا المعايير التي وافق عليها مجلس الأمن.", "AGREE", "Russia"),
    ("وأشاد عطاف، الذي التقى لافروف في موسكو، بالعلاقات بين البلدين.", "CONSULT", "Sergey_Lavrov"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "not_actor"), RELATIVES, ids=[c[0][:30] for c in RELATIVES])
def test_arabic_relative_clause_subject(code_ar, text, kind, not_actor):
    events = [e for e in code_ar(text) if e.type == kind]
    assert not any(not_actor in e.actor for e in events), shown(events)


@pytest.mark.slow
def test_a_plan_after_an_arabic_comma_does_not_move_a_weekday_forward(code_ar):
    """The Arabic comma ends the clause whose cue words say whether a bare weekday is past or next;
    a weekday alone between two commas is an aside dated by the clause around it."""
    done = real_events(code_ar("التقى باتيلي حفتر الاثنين، ومن المقرر أن ينشر تقريره قريبا."), "CONSULT")
    assert [e.date.value for e in done if e.date] == ["2024-03-11"], shown(done)
    planned = code_ar("من المقرر أن يلتقي باتيلي، يوم الاثنين، خليفة حفتر.")
    assert [e.date.value for e in planned if e.date] == ["2024-03-18"], shown(planned)
