"""A relative clause opened by a partner preposition (", avec qui il a signé", ", con quien firmó")
names its antecedent as the act's partner (events.relatives). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PARTNER_RELATIVES = [
    ("fr", "Sergey Lavrov a reçu lundi à Moscou Nasser Bourita, avec qui il a signé un accord de pêche."),
    ("es", "Sergey Lavrov recibió el lunes en Moscú a Nasser Bourita, con quien firmó un acuerdo de pesca."),
    ("es", "Sergey Lavrov recibió el lunes en Moscú a Nasser Bourita, con el que firmó un acuerdo de pesca."),
    ("en", "Sergey Lavrov received Nasser Bourita, with whom he signed a fisheries agreement on Monday."),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), PARTNER_RELATIVES, ids=[f"{r[0]}-{i}" for i, r in enumerate(PARTNER_RELATIVES)]
)
def test_events_antecedent_of_a_partner_relative_is_the_partner(world_code, lang, text):
    found = world_code(text, lang)
    signed = [e for e in real_events(found) if e.type in ("SUPPORT", "AGREE")]
    assert [e for e in signed if {"Sergey_Lavrov", "Nasser_Bourita"} <= set(e.actor) | set(e.recipient)], (
        shown(found)
    )


def test_relative_partner_needs_the_comma_and_the_preposition():
    """ ", qui a signé" (no preposition) names the one who acts, not a partner; the reading is the words'."""
    from diplowatch.events.lexicon import lexicon
    from diplowatch.events.relatives import _comma_before
    from diplowatch.text.normalise import tokens
    from diplowatch.text.sentences import Sentence

    lex = lexicon("fr")

    def sentence(text: str) -> Sentence:
        toks = []
        for tok in tokens(text):
            toks.append(tok)
            if text[tok.end : tok.end + 1] == ",":  # `tokens` leaves punctuation out; the reader needs it
                toks.append(type(tok)(tok.end, tok.end + 1, ",", ",", ","))
        return Sentence(0, 0, len(text), "fr", tuple(toks), False)

    with_partner = sentence("Lavrov a reçu Bourita, avec qui il a signé")
    pronoun = next(i for i, t in enumerate(with_partner.toks) if t.key == "qui")
    assert _comma_before(with_partner, pronoun, lex.partner_prepositions) == pronoun - 2
    acting = sentence("Lavrov a reçu Bourita, qui a signé")
    pronoun = next(i for i, t in enumerate(acting.toks) if t.key == "qui")
    assert _comma_before(acting, pronoun, lex.partner_prepositions) is None


# "a Estados Unidos, al que acusó de...": the relative pronoun is the object, its antecedent whom the act
# is aimed at, and the act is told as done (the Spanish parser labels the clause "acl").
OBJECT_RELATIVES = [
    ("es", "Argelia convocó el lunes al embajador de España, al que pidió explicaciones.", "REQUEST"),
    ("es", "Maduro recibió el lunes al embajador de Colombia, a quien pidió explicaciones.", "REQUEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), OBJECT_RELATIVES, ids=["al-que", "a-quien"])
def test_events_object_relative_is_aimed_at_its_antecedent(world_code, lang, text, kind):
    found = world_code(text, lang)
    assert [e for e in real_events(found, kind) if {"Spain", "Colombia"} & set(e.recipient)], shown(found)


# ", auquel il a demandé", ", a quienes instó": a dative relative clause addresses its antecedent, the whole
# list a plural pronoun stands for; an act the clause's verb governs ("instó a retomar el diálogo") is not
# addressed by it.
ADDRESSEE_RELATIVES = [
    (
        "fr",
        "Staffan de Mistura a rencontré lundi Nasser Bourita, auquel il a demandé de relancer le processus.",
        ["Nasser_Bourita"],
        "REQUEST",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré lundi Ahmed Attaf et Nasser Bourita, auxquels il a demandé un geste.",
        ["Ahmed_Attaf", "Nasser_Bourita"],
        "REQUEST",
    ),
    (
        "fr",
        "Staffan de Mistura a vu lundi Nasser Bourita, à qui il a demandé de relancer le processus.",
        ["Nasser_Bourita"],
        "REQUEST",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el lunes con Ahmed Attaf y con Nasser Bourita, a quienes instó a negociar.",
        ["Ahmed_Attaf", "Nasser_Bourita"],
        "REQUEST",
    ),
    # the act a noun tells, conveyed by the clause's verb (", à qui il a réaffirmé le soutien de la Russie"),
    # is addressed to the antecedent like the verb's own act
    (
        "fr",
        "Sergueï Lavrov a rencontré mardi Ahmed Attaf, à qui il a réaffirmé le soutien de la Russie.",
        ["Ahmed_Attaf"],
        "SUPPORT",
    ),
    (
        "fr",
        "Antony Blinken a reçu Nasser Bourita, auquel il a exprimé l'appui des États-Unis.",
        ["Nasser_Bourita"],
        "SUPPORT",
    ),
    (
        "en",
        "Sergey Lavrov met Ahmed Attaf, to whom he conveyed Russia's support.",
        ["Ahmed_Attaf"],
        "SUPPORT",
    ),
    (
        "es",
        "Albares se reunió el lunes con Nasser Bourita, a quien trasladó el apoyo de España.",
        ["Nasser_Bourita"],
        "SUPPORT",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "asked", "kind"),
    ADDRESSEE_RELATIVES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ADDRESSEE_RELATIVES)],
)
def test_events_dative_relative_addresses_its_antecedents(code, lang, text, asked, kind):
    found = code(text, lang)
    acts = real_events(found, kind)
    assert acts, shown(found)
    assert all(set(asked) <= set(e.recipient) for e in acts), shown(found)


@pytest.mark.slow
def test_events_act_governed_in_a_dative_relative_is_not_addressed(code):
    text = "Staffan de Mistura se reunió el lunes con Ahmed Attaf y con Nasser Bourita, a quienes instó a retomar el diálogo."
    found = code(text, "es")
    resumed = [e for e in found if e.type == "CONSULT" and "hypothetical" in e.aux]
    assert resumed, shown(found)
    assert all(not {"Ahmed_Attaf", "Nasser_Bourita"} & set(e.recipient) for e in resumed), shown(found)
