"""Who a list names after "among them" is who the clause's plural stands for (events.members, `member_marks`
in lang/<xx>/events.yaml): "Several leaders took part in the summit, among them A, B and C" is a meeting of
A, B and C, as "plusieurs ministres se sont réunis, parmi lesquels...", "participaron varios líderes, entre
ellos..." and "وشارك في القمة عدد من القادة، بينهم..." are. Before, the first member was the recipient of an
actorless meeting (or, in Arabic, the actor of one meeting per other member). When the actor is named, the
members are whom it met, every one of them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

pytestmark = pytest.mark.slow

PUBLISHED = "2022-11-03"  # a Thursday
LEADERS = {"Abdel_Fattah_el-Sisi", "Mahmoud_Abbas", "Kais_Saied"}
MINISTERS = {"Nasser_Bourita", "Ramtane_Lamamra"}

PLURALS = [
    (
        "en",
        "Several leaders took part in the summit in Algiers on Tuesday, among them Egyptian President Abdel "
        "Fattah al-Sisi, Palestinian President Mahmoud Abbas and Tunisian President Kais Saied.",
        LEADERS,
    ),
    (
        "en",
        "Several foreign ministers met in Rome on Tuesday, among them Nasser Bourita and Ramtane Lamamra.",
        MINISTERS,
    ),
    (
        "fr",
        "Plusieurs ministres se sont réunis mardi à Rome, parmi lesquels Nasser Bourita et Ramtane Lamamra.",
        MINISTERS,
    ),
    (
        "fr",
        "Plusieurs dirigeants ont participé mardi au sommet, parmi lesquels le président égyptien Abdel "
        "Fattah al-Sissi, le président palestinien Mahmoud Abbas et le président tunisien Kaïs Saïed.",
        LEADERS,
    ),
    (
        "es",
        "Varios cancilleres se reunieron el martes en Roma, entre ellos Nasser Bourita y Ramtane Lamamra.",
        MINISTERS,
    ),
    (
        "ar",
        "وشارك في القمة يوم الثلاثاء عدد من القادة، بينهم الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني "
        "محمود عباس والرئيس التونسي قيس سعيد.",
        LEADERS,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "members"), PLURALS, ids=[f"{p[0]}{i}" for i, p in enumerate(PLURALS)]
)
def test_events_the_members_of_a_plural_all_take_part(world_code, lang, text, members):
    found = [e for e in world_code(text, lang, PUBLISHED) if e.type == "CONSULT"]
    assert len(found) == 1 and members <= set(found[0].actor), shown(found)


def test_events_members_of_whom_a_named_actor_met_are_all_met(world_code):
    # a control: it passed before events.members too, and must go on passing
    text = "Blinken met several ministers in Rome on Tuesday, among them Nasser Bourita and Ramtane Lamamra."
    found = [e for e in world_code(text, "en", PUBLISHED) if e.type == "CONSULT"]
    assert found and {e.actor for e in found} == {("Antony_Blinken",)}, shown(found)
    assert MINISTERS <= {k for e in found for k in e.recipient}, shown(found)
