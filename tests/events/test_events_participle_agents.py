"""Who acts in a past participle is its agent ("le Front Polisario, soutenu par l'Algérie": Algeria
supports the Polisario), and acts there only: the agent is no participant of the act its noun undergoes
("the offer, endorsed by Spain, was discussed with Morocco": Spain discussed nothing) (events.arguments).
A Spanish participle with an agent that the tagger reads as an adjective is a verb again
(text/adjectival_passives.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.events.arguments import arguments
from diplowatch.events.lexicon import lexicon
from diplowatch.events.triggers import find
from diplowatch.text.mentions import mentions
from diplowatch.text.sentences import sentences
from tests.events.conftest import make_article, shown

# (lang, text, the participle): Algeria is its agent, Polisario_Front the noun it modifies
SUPPORTED = [
    ("en", "The Polisario Front, backed by Algeria, rejected the offer on Monday.", "backed"),
    ("fr", "Le Front Polisario, soutenu par l'Algérie, a rejeté l'offre lundi.", "soutenu"),
    ("es", "El Frente Polisario, respaldado por Argelia, rechazó la oferta el lunes.", "respaldado"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "participle"), SUPPORTED, ids=[c[0] for c in SUPPORTED])
def test_the_agent_of_a_participle_acts_in_it(linker, lang, text, participle):
    article = linker(make_article(text, lang))
    sentence = sentences(article)[0]
    lex = lexicon(lang)
    match = next(m for m in find(sentence, lex) if sentence.toks[m.head].text == participle)
    args = arguments(sentence, match, list(mentions(article)), lex)
    assert args.actor == ("Algeria",) and "Polisario_Front" in args.recipient, args


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The offer, endorsed by Spain, was discussed with Morocco on Monday."),
        ("fr", "L'offre, appuyée par l'Espagne, a été discutée lundi avec le Maroc."),
    ],
)
def test_the_agent_of_a_participle_takes_no_part_in_the_main_act(code, lang, text):
    events = [e for e in code(text, lang) if e.type == "CONSULT"]
    assert not any("Spain" in e.recipient or "Spain" in e.actor for e in events), shown(events)
