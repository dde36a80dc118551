"""An obligation quoted before its attribution, or reported in Arabic ("وقال X إن على Y أن"), is the
speaker's demand (events.obligation; Arabic: a trigger phrase): in
« Le Maroc doit ... », a déclaré X, the French parser cuts the quotation from its attribution or
hangs the reporting verb on the modal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, real_involving, shown

# (sentence, who demands, who is asked)
QUOTED = [
    # the attribution cut into a sentence of its own
    (
        "« L'Algérie doit assumer ses responsabilités », a martelé Nasser Bourita lors d'une conférence de presse.",
        "Nasser_Bourita",
        "Algeria",
    ),
    # the reporting verb hung on the modal as its parataxis
    (
        "« Le Maroc doit se retirer de la zone tampon », a déclaré mardi Ahmed Attaf.",
        "Ahmed_Attaf",
        "Morocco",
    ),
    # the modal made an adverbial of the attribution's verb
    (
        "« L'Espagne doit respecter ses engagements », a affirmé le chef de la diplomatie marocaine, Nasser Bourita.",
        "Nasser_Bourita",
        "Spain",
    ),
    (
        "« La Russie doit cesser ses frappes sur les civils », a lancé Nasser Bourita à la tribune.",
        "Nasser_Bourita",
        "Russia",
    ),
]
# the speaker's own resolve or schedule: no demand
OWN = [
    "« Nous devons reprendre le dialogue », a déclaré mardi Ahmed Attaf.",
    "« Il doit se rendre à Rabat la semaine prochaine », a indiqué Sergueï Lavrov.",
    # a schedule: no actor is bound
    "« La réunion doit se tenir à Genève la semaine prochaine », a indiqué Staffan de Mistura.",
    # the speaker's own state: a resolve
    "« Le Maroc doit poursuivre ses efforts de développement », a déclaré Nasser Bourita.",
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "asked"), QUOTED)
def test_a_quoted_obligation_is_its_speakers_request(code, text, speaker, asked):
    events = code(text, "fr")
    requests = real_events(events, "REQUEST")
    assert any(speaker in e.actor and asked in e.recipient for e in requests), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "asked"), QUOTED[1:])
def test_the_act_demanded_is_not_planned_by_the_one_asked(code, text, speaker, asked):
    events = code(text, "fr")
    assert not real_involving(events, "AGREE", asked), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize("text", OWN)
def test_a_quoted_obligation_of_the_speaker_is_no_request(code, text):
    events = code(text, "fr")
    assert not real_events(events, "REQUEST"), shown(events)


# Arabic states an obligation with "على X أن" ("upon X that"): reported ("وقال X إن على Y أن"), X's demand of Y
REPORTED_AR = [
    ("وقال بوريطة إن على الجزائر أن تتحمل مسؤوليتها.", "Nasser_Bourita", "Algeria"),
    ("وأكد عطاف أن على المغرب الانسحاب من المنطقة العازلة.", "Ahmed_Attaf", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "asked"), REPORTED_AR)
def test_an_arabic_reported_obligation_is_a_request(code, text, speaker, asked):
    events = code(text, "ar")
    requests = real_events(events, "REQUEST")
    assert any(speaker in e.actor and asked in e.recipient for e in requests), shown(events)


@pytest.mark.slow
def test_an_arabic_stressed_need_with_its_subject_between_is_a_request(code):
    """ "شدد على ضرورة" is a call also when a long subject stands between its words."""
    text = "وشدد وزير الخارجية الجزائري أحمد عطاف على ضرورة التزام المغرب بوقف إطلاق النار."
    events = code(text, "ar")
    requests = real_events(events, "REQUEST")
    assert any("Ahmed_Attaf" in e.actor and "Morocco" in e.recipient for e in requests), shown(events)
