"""Officers of other dossiers the KB names: Arabic names of leaders the Wikidata snapshot gives only in Latin
script (kb/data/aliases_world.tsv), and offices resolved by the date of the article (kb/data/roles.yaml:
Hezbollah's secretary-general, the European Commission's president, a vice-president), and the missions
and armies of the Lebanon and Haiti dossiers (kb/data/organizations_world.yaml). Sentences written for these
tests, linked with the packaged KB."""

from __future__ import annotations

import pytest

CASES = [
    ("استقبل الرئيس اللبناني جوزاف عون الوزير التركي.", "ar", "2025-10-16", "جوزاف عون", "Joseph_Aoun"),
    (
        "اتصل الرئيس السوري بالرئيس رجب طيب أردوغان.",
        "ar",
        "2025-08-03",
        "رجب طيب أردوغان",
        "Recep_Tayyip_Erdoğan",
    ),
    ("التقى رئيس الوزراء نواف سلام المبعوثة الأميركية.", "ar", "2025-10-15", "نواف سلام", "Nawaf_Salam"),
    # an office resolves to whoever held it on the article's day
    ("ألقى الأمين العام لحزب الله كلمة متلفزة.", "ar", "2025-10-14", "الأمين العام لحزب الله", "Naim_Qassem"),
    (
        "ألقى الأمين العام لحزب الله كلمة متلفزة.",
        "ar",
        "2023-10-14",
        "الأمين العام لحزب الله",
        "Hassan_Nasrallah",
    ),
    ("The Hezbollah leader spoke on Tuesday.", "en", "2025-10-14", "Hezbollah leader", "Naim_Qassem"),
    (
        "The US vice president met the Indian prime minister.",
        "en",
        "2025-04-21",
        "vice president",
        "JD_Vance",
    ),
    (
        "The US vice president met the Indian prime minister.",
        "en",
        "2023-04-21",
        "vice president",
        "Kamala_Harris",
    ),
    (
        "وأدانت قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) الغارات.",
        "ar",
        "2025-10-15",
        "اليونيفيل",
        "United_Nations_Interim_Force_in_Lebanon",
    ),
    (
        "The Israeli army struck the town on Tuesday.",
        "en",
        "2025-10-15",
        "Israeli army",
        "Israel_Defense_Forces",
    ),
    (
        "Le Drian a réaffirmé le soutien de la France à l'armée libanaise.",
        "fr",
        "2025-10-15",
        "armée libanaise",
        "Lebanese_Armed_Forces",
    ),
    (
        "اندلعت اشتباكات بين جهاز الردع وقوات حكومية في طرابلس.",
        "ar",
        "2025-09-15",
        "جهاز الردع",
        "Special_Deterrence_Force",
    ),
    (
        "Maduro ordenó el despliegue de la Milicia Bolivariana.",
        "es",
        "2025-10-03",
        "Milicia Bolivariana",
        "Bolivarian_Militia_of_Venezuela",
    ),
    (
        "La masacre fue condenada por la BINUH.",
        "es",
        "2025-10-15",
        "BINUH",
        "United_Nations_Integrated_Office_in_Haiti",
    ),
    (
        "La présidente de la Commission européenne s'est rendue à Kiev.",
        "fr",
        "2025-02-24",
        "présidente de la Commission européenne",
        "Ursula_von_der_Leyen",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lang", "published", "span", "expected"), CASES, ids=[c[3] for c in CASES])
def test_world_officers_are_linked(packaged_ids, text, lang, published, span, expected):
    found = packaged_ids(text, lang, published)
    assert found.get(span) == expected, found
