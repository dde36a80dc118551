"""Security Council sessions: one member's speaker after another's. "Le représentant de la France",
"the representative of the United Kingdom", "el representante de Sudán" name the state the speaker
speaks for: the role noun never stands for the diplomat of another state named just before
(actors.stage, pass 4). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

# (language, text, kind of the second speaker's act, the state that speaker speaks for)
NEXT_SPEAKER = [
    (
        "fr",
        "L'ambassadeur russe Vassili Nebenzia a déploré mardi les pressions exercées sur Bamako. Le"
        " représentant de la France a appelé les autorités maliennes à coopérer avec la mission.",
        "REQUEST",
        "France",
    ),
    (
        "en",
        "Russian ambassador Vassily Nebenzia criticised the sanctions on Bamako on Tuesday. The representative"
        " of the United Kingdom urged the Malian authorities to cooperate with the mission.",
        "REQUEST",
        "United_Kingdom",
    ),
    (
        "es",
        "El embajador ruso Vasili Nebenzia criticó el martes las sanciones contra Bamako. El representante de"
        " Sudán acusó a los Emiratos Árabes Unidos de financiar a las milicias.",
        "ACCUSE",
        "Sudan",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "state"), NEXT_SPEAKER, ids=[s[0] for s in NEXT_SPEAKER])
def test_the_representative_of_a_state_speaks_for_it(lang: str, text: str, kind: str, state: str) -> None:
    (events,) = pipeline_events([text], lang)
    second = [e for e in real_events(events, kind) if e.evidence.start > text.index(".")]
    assert second, shown(events)
    assert all(state in e.actor and "Vasily_Nebenzya" not in e.actor for e in second), shown(events)


@pytest.mark.slow
def test_the_representative_of_the_state_named_before_is_still_its_diplomat() -> None:
    text = (
        "L'ambassadeur russe Vassili Nebenzia a salué mardi les efforts de Bamako. Le représentant de la"
        " Russie a ensuite accusé les pays occidentaux de politiser la crise malienne."
    )
    (events,) = pipeline_events([text], "fr")
    accusations = real_events(events, "ACCUSE")
    assert accusations and all("Vasily_Nebenzya" in e.actor for e in accusations), shown(events)


# A member's reaction to what the Council did by its vote: the renewal, the extension, the adoption is
# the Council's act, and the reaction is addressed to it (events.voting, `voted_acts`, `mandates`).
VOTED_ACTS = [
    (
        "en",
        "The Security Council on Thursday extended the mandate of the UN mission in Libya for a year. Japan"
        " backed the renewal.",
        "Japan",
    ),
    (
        "en",
        "The Security Council on Thursday extended the mandate of the UN mission in Libya for a year. Brazil"
        " welcomed the extension of the mandate.",
        "Brazil",
    ),
    (
        "fr",
        "Le Conseil de sécurité a prorogé jeudi d'un an le mandat de la mission de l'ONU en Libye. Le Japon a"
        " soutenu le renouvellement.",
        "Japan",
    ),
    (
        "es",
        "El Consejo de Seguridad prorrogó el jueves por un año el mandato de la misión de la ONU en Libia. Japón"
        " respaldó la renovación.",
        "Japan",
    ),
    (
        "es",
        "El Consejo de Seguridad prorrogó el jueves por un año el mandato de la misión de la ONU en Libia. Brasil"
        " celebró la aprobación.",
        "Brazil",
    ),
]


# A welcome phrase ("celebrar resolución", "celebrar aprobación") does not lose to the other verb of its
# sentence, and its own object is the voted text (lang/es/events.yaml; events.voting.about_instrument).
VOTED_ACTS += [
    (
        "es",
        "El Consejo de Seguridad aprobó el jueves una resolución sobre Libia. Brasil celebró la resolución y"
        " pidió a las partes libias que eviten la violencia.",
        "Brazil",
    ),
    (
        "es",
        "El Consejo de Seguridad aprobó el jueves la prórroga del mandato de la misión en Libia. El embajador de"
        " Japón celebró la aprobación del texto y rechazó las críticas de Trípoli.",
        "Japan",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "member"), VOTED_ACTS, ids=[f"{v[0]}-{v[2]}" for v in VOTED_ACTS])
def test_a_reaction_to_the_renewal_is_addressed_to_the_council(lang: str, text: str, member: str) -> None:
    (events,) = pipeline_events([text], lang)
    backing = [e for e in real_events(events, "SUPPORT") if member in e.actor]
    assert backing and all("United_Nations_Security_Council" in e.recipient for e in backing), shown(events)


@pytest.mark.slow
def test_the_extension_of_a_truce_is_no_vote() -> None:
    text = (
        "The Security Council on Thursday extended the mandate of the UN mission in Libya for a year. Egypt"
        " welcomed the extension of the truce in Gaza."
    )
    (events,) = pipeline_events([text], "en")
    egypt = [e for e in events if "Egypt" in e.actor]
    assert all("United_Nations_Security_Council" not in e.recipient for e in egypt), shown(events)


# The members whose abstention or vote against the adoption sentence tells cast a vote: they are no
# recipients of what the Council did (events.voting.voters_apart).
ABSTAINED = [
    (
        "en",
        "The Security Council on Thursday renewed the mandate of the UN mission in South Sudan, adopting"
        " resolution 2801 by 13 votes in favour, with Russia and China abstaining.",
    ),
    (
        "fr",
        "Le Conseil de sécurité a renouvelé jeudi le mandat de la mission de l'ONU au Soudan du Sud, par 13 voix"
        " pour et deux abstentions, celles de la Russie et de la Chine.",
    ),
    (
        "es",
        "El Consejo de Seguridad prorrogó el jueves el mandato de la misión de la ONU en Sudán del Sur, con 13"
        " votos a favor y las abstenciones de Rusia y China.",
    ),
]
COUNCIL = "United_Nations_Security_Council"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ABSTAINED, ids=[a[0] for a in ABSTAINED])
def test_the_abstainers_are_not_addressed_by_the_adoption(lang: str, text: str) -> None:
    (events,) = pipeline_events([text], lang)
    adopted = [e for e in real_events(events, "SUPPORT") if COUNCIL in e.actor]
    assert adopted, shown(events)
    assert all(not {"Russia", "China"} & set(e.recipient) for e in adopted), shown(events)


# A vote told by its noun, the voters in a complement ("deux abstentions, celles de la Russie et de la
# Chine"): the voters cast it, the Council is addressed (events.voting.cast_by).
ABSTENTIONS = [
    (
        "fr",
        "Le Conseil de sécurité a renouvelé jeudi le mandat de la mission de l'ONU au Soudan du Sud, par 13 voix"
        " pour et deux abstentions, celles de la Russie et de la Chine.",
    ),
    (
        "fr",
        "La résolution a été adoptée mardi par 12 voix pour, avec trois abstentions, celles du Mozambique, de la"
        " Russie et de la Chine.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", [a[1] for a in ABSTENTIONS], ids=["celles", "avec"])
def test_an_abstention_noun_is_cast_by_the_members_it_names(text: str) -> None:
    (events,) = pipeline_events(["Le Conseil de sécurité s'est réuni mardi. " + text], "fr")
    votes = real_events(events, "REJECT")
    assert votes and all({"Russia", "China"} <= set(e.actor) for e in votes), shown(events)


# "renovó" (lemmatised "renovo") with the mandate it renews is the Council's endorsement; "renovó su
# llamamiento" stays a call (lang/es/events.yaml).
@pytest.mark.slow
def test_renewing_a_mandate_in_the_spanish_preterite_is_support() -> None:
    renewed, called = pipeline_events(
        [
            "El Consejo de Seguridad renovó el jueves el mandato de la misión de la ONU en Sudán del Sur.",
            "Marruecos renovó el jueves su llamamiento a Argelia.",
        ],
        "es",
    )
    assert any(COUNCIL in e.actor for e in real_events(renewed, "SUPPORT")), shown(renewed)
    assert not real_events(called, "SUPPORT") and real_events(called, "REQUEST"), shown(called)


# The assembly a reaction to "the resolution" is addressed to is the one named first before it: another
# body named since as the subject matter of a regret ("the African Union was not mentioned") voted
# nothing (events.voting.voting_body).
LATER_BODY = [
    (
        "en",
        "The Security Council adopted on Thursday a resolution extending the mandate of MINURSO. Mozambique"
        " regretted that the African Union was not mentioned in the text. Japan welcomed the resolution.",
    ),
    (
        "fr",
        "Le Conseil de sécurité a adopté jeudi une résolution prorogeant le mandat de la MINURSO. Le Mozambique"
        " a regretté que l'Union africaine ne soit pas mentionnée. Le Japon a salué la résolution.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LATER_BODY, ids=[b[0] for b in LATER_BODY])
def test_a_reaction_to_the_resolution_goes_to_the_assembly_that_voted(lang: str, text: str) -> None:
    (events,) = pipeline_events([text], lang)
    japan = [e for e in real_events(events, "SUPPORT") if "Japan" in e.actor]
    assert japan and all(COUNCIL in e.recipient and "African_Union" not in e.recipient for e in japan), shown(
        events
    )


# The parties a resolution calls on stay its addressees: a vote only asked for casts nothing ("الامتناع
# عن العنف": refraining, the word of abstaining), and the voters are a vote's actors only, not the parties
# its clause names (events.voting.voters_apart).
CALLED = [
    (
        "ar",
        "مدد مجلس الأمن الدولي يوم الخميس ولاية بعثة الأمم المتحدة في ليبيا لمدة عام. ويدعو القرار الأطراف"
        " الليبية إلى الامتناع عن العنف.",
        ("Libya",),
    ),
    (
        "en",
        "The Security Council adopted a resolution on Western Sahara on Thursday. Russia abstained on the"
        " resolution, which calls on Morocco and the Polisario Front to resume negotiations.",
        ("Morocco", "Polisario_Front"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "called"), CALLED, ids=["refrain", "abstained-on"])
def test_the_parties_a_resolution_calls_on_stay_addressed(
    lang: str, text: str, called: tuple[str, ...]
) -> None:
    (events,) = pipeline_events([text], lang)
    calls = [e for e in real_events(events, "REQUEST") if COUNCIL in e.actor]
    assert calls and all(set(called) <= set(e.recipient) for e in calls), shown(events)
