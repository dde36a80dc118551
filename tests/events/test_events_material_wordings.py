"""Material acts of the conflict dossiers told with words between the verb and what names the act, on
sentences written for these tests: relief sent (the goods name the aid), troops leaving with their
description between, towns seized, assets frozen (the participle the tagger leaves as an adjective),
troops deployed and prisoners exchanged in Arabic."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_involving, shown

# (lang, text, category, participant)
CASES = [
    # what is sent names the aid
    ("fr", "L'Algérie a envoyé mardi deux avions chargés de médicaments à Niamey.", "AID", "Algeria"),
    ("fr", "Le Maroc a acheminé jeudi une aide alimentaire vers Gaza.", "AID", "Morocco"),
    ("es", "Argelia envió el martes dos aviones con medicinas a Niamey.", "AID", "Algeria"),
    ("es", "España envió el lunes cien toneladas de alimentos a Gaza.", "AID", "Spain"),
    ("ar", "أرسلت الجزائر يوم الثلاثاء طائرتين محملتين بالأدوية إلى نيامي.", "AID", "Algeria"),
    ("ar", "أرسل المغرب يوم الخميس مساعدات غذائية إلى غزة.", "AID", "Morocco"),
    # troops leaving a country, their description between them and the verb
    (
        "es",
        "Los últimos soldados de Rusia desplegados en Malí abandonaron el país el viernes.",
        "RETREAT",
        "Russia",
    ),
    ("ar", "غادر آخر جنود روسيا مالي يوم الجمعة.", "RETREAT", "Russia"),
    # a town or its control taken
    ("fr", "La Russie s'est emparée lundi de la ville de Kherson.", "COERCE", "Russia"),
    ("fr", "La Russie a pris le contrôle de l'aéroport de Kherson.", "COERCE", "Russia"),
    ("es", "Rusia tomó el control del aeropuerto de Jersón.", "COERCE", "Russia"),
    # assets frozen: "gelé" tagged as an adjective keeps its own lemma
    ("fr", "La Russie a gelé les avoirs de trois entreprises espagnoles.", "SANCTION", "Russia"),
    # Arabic: troops deployed, prisoners exchanged, with the subject and the day between
    ("ar", "نشرت روسيا قوات في مالي في يناير.", "MOBILIZE", "Russia"),
    ("ar", "تبادل المغرب والبوليساريو يوم الأحد الأسرى.", "RETREAT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"), CASES, ids=[f"{c[0]}-{c[2]}-{c[1][:24]}" for c in CASES]
)
def test_material_act_is_found(code, lang, text, kind, who):
    events = code(text, lang)
    assert real_involving(events, kind, who), shown(events)


# The same verbs without what names the act stay no event of that kind.
NOT_AID = [
    ("fr", "L'Algérie a envoyé mardi son ministre des affaires étrangères à Niamey."),
    ("es", "Argelia envió el martes a su ministro de Exteriores a Niamey."),
    ("ar", "أرسلت الجزائر يوم الثلاثاء وزير خارجيتها إلى نيامي."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NOT_AID, ids=[n[0] for n in NOT_AID])
def test_sending_an_envoy_is_no_aid(code, lang, text):
    events = code(text, lang)
    assert not real_involving(events, "AID", "Algeria"), shown(events)
