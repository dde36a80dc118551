"""A reaction whose object is the noun of an act told before ("rejected the demand", "welcomed the
meeting", "a rejeté les sanctions", "رحب بالاتفاق", "saludó la decisión") is addressed to whoever did that
act (events.reactions). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category of the reaction, its actor, whom it must be addressed to)
ADDRESSED = [
    # the accused act told beside the accusation ("of supporting") is no reaction that hides it
    (
        "fr",
        "La RDC a accusé le Rwanda de soutenir le M23. Kigali a aussitôt rejeté ces accusations.",
        "REJECT",
        "Rwanda",
        "Democratic_Republic_of_the_Congo",
    ),
    (
        "en",
        "DR Congo accused Rwanda of backing the M23 rebels. Kigali rejected the accusations.",
        "REJECT",
        "Rwanda",
        "Democratic_Republic_of_the_Congo",
    ),
    (
        "en",
        "Azerbaijani President Ilham Aliyev demanded on Monday that Armenia amend its constitution. "
        "Yerevan rejected the demand on Tuesday.",
        "REJECT",
        "Armenia",
        "Ilham_Aliyev",
    ),
    (
        "en",
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday. The European Union "
        "welcomed the meeting on Saturday.",
        "SUPPORT",
        "European_Union",
        "Azerbaijan",
    ),
    (
        "fr",
        "L'Union européenne a imposé lundi des sanctions à trois officiers rwandais. Kigali a rejeté les "
        "sanctions mardi.",
        "REJECT",
        "Rwanda",
        "European_Union",
    ),
    (
        "fr",
        "La Cédéao a levé samedi les sanctions contre le Niger. Le Mali a salué cette décision dimanche.",
        "SUPPORT",
        "Mali",
        "Economic_Community_of_West_African_States",
    ),
    (
        "es",
        "Gustavo Petro suspendió el viernes los diálogos con el ELN. Venezuela lamentó la decisión el sábado.",
        "ACCUSE",
        "Venezuela",
        "Gustavo_Petro",
    ),
    (
        "ar",
        "توصلت الحكومة السورية وقوات سوريا الديمقراطية إلى اتفاق في دمشق يوم الاثنين. "
        "ورحبت فرنسا بالاتفاق يوم الثلاثاء.",
        "SUPPORT",
        "France",
        "Syrian_Democratic_Forces",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who", "target"), ADDRESSED, ids=[c[0] for c in ADDRESSED])
def test_events_reaction_is_addressed_to_the_act_it_names(world_code, lang, text, kind, who, target):
    events = world_code(text, lang)
    found = [e for e in real_events(events, kind) if who in e.actor and target in e.recipient]
    assert found, shown(events)


# A reaction to one's own act names no one; an act whose doer the linker does not know is no target,
# and no older act stands in for it.
UNADDRESSED = [
    (
        "en",
        "Armenia demanded on Monday that Azerbaijan withdraw its troops. Yerevan defended the demand on "
        "Tuesday.",
        "SUPPORT",
        "Armenia",
    ),
    (
        "fr",
        "La Russie a frappé lundi Kharkiv. Mardi, des miliciens ont attaqué un convoi. La France a condamné "
        "l'attaque.",
        "ACCUSE",
        "France",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), UNADDRESSED, ids=[c[0] for c in UNADDRESSED])
def test_events_reaction_without_other_doer_names_no_one(world_code, lang, text, kind, who):
    events = world_code(text, lang)
    assert not [e for e in real_events(events, kind) if who in e.actor and e.recipient], shown(events)
