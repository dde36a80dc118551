"""A date before the comma that opens a closing present participle dates the clause, not the participle:
"spoke by phone with the army chief, Gen X, on Thursday, urging him to send negotiators". The parsers hang
"on Thursday" on "urging"; the call then had no date of its own and took the story's (the day before)
(events.dating `_before_its_participle`). In English the parser also made the name after the title the
participle's subject, so the person phoned urged the caller (text/apposed_participle_subjects.py). The
French and Spanish parsers hang the date on the call already: those cases keep it so. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ENVOY, CHIEF = "Tom_Perriello", "Abdel_Fattah_al-Burhan"

CALLS = [
    (
        "en",
        "The talks opened near Geneva on Wednesday. The US envoy Tom Perriello said he had spoken by phone "
        "with the army chief, Gen Abdel Fattah al-Burhan, on Thursday, urging him to send negotiators.",
    ),
    (
        "fr",
        "Les pourparlers se sont ouverts mercredi près de Genève. L'envoyé américain Tom Perriello s'est "
        "entretenu au téléphone avec le chef de l'armée, Abdel Fattah al-Burhan, jeudi, l'exhortant à "
        "envoyer des négociateurs.",
    ),
    (
        "es",
        "Las conversaciones se abrieron el miércoles cerca de Ginebra. El enviado estadounidense Tom "
        "Perriello habló por teléfono con el jefe del Ejército, Abdel Fattah al Burhan, el jueves, "
        "instándole a enviar negociadores.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALLS, ids=[c[0] for c in CALLS])
def test_events_the_date_before_a_closing_participle_dates_the_call(world_code, lang, text):
    found = real_events(world_code(text, lang, "2024-08-16"), "CONSULT")
    calls = [e for e in found if ENVOY in e.actor and CHIEF in e.recipient]
    assert [e.date.value for e in calls if e.date] == ["2024-08-15"], shown(found)


@pytest.mark.slow
def test_events_the_name_after_a_title_does_not_urge(world_code):
    text = (
        "The US envoy for Sudan, Tom Perriello, said he had spoken by phone with the army chief, Gen Abdel "
        "Fattah al-Burhan, on Thursday, urging him to send negotiators."
    )
    found = real_events(world_code(text, "en", "2024-08-16"), "REQUEST")
    assert [(ENVOY in e.actor, CHIEF in e.recipient) for e in found] == [(True, True)], shown(found)
