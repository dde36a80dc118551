"""An actor named as one portfolio of a ministry's title is part of the title, not a participant.

"el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "el ministro de Exteriores, UE y
Cooperación", "le ministre de l'Europe et des Affaires étrangères", "the Minister for Europe and
Foreign Affairs": the EU only says which ministry. A mention is such a portfolio when, within a few
words, a word heading such a title (`portfolio_titles` in lang/<xx>/events.yaml) comes before it with
only portfolio words (capitalised) and linking words (`portfolio_links`: "de", "et", "and") between,
and the list goes on after it: a linking word, then a capitalised word that names no actor
("y Cooperación", "et des Affaires étrangères"). "Bourita, ministre des Affaires étrangères, et Attaf
se sont réunis" keeps Attaf: no portfolio follows him. Scripts without capitals (Arabic) are left alone.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

REACH = 8  # tokens between the title word and the mention ("Ministerio de Asuntos Exteriores, Unión")


def without_portfolios(sentence: Sentence, found: list[ActorMention], lexicon: Lexicon) -> list[ActorMention]:
    """The sentence's mentions minus those that are a portfolio of a ministry's title."""
    if not lexicon.portfolio_titles:
        return found
    return [m for m in found if not _portfolio(sentence, m, lexicon, found)]


def _others(sentence: Sentence, mention: ActorMention, found: list[ActorMention]) -> set[int]:
    """The tokens of the other mentions, but for those around this one (the minister's whole title)."""
    return {
        i
        for m in found
        if not (m.start <= mention.start and mention.end <= m.end)
        for i in sentence.tokens_within(m.start, m.end)
    }


def _portfolio(
    sentence: Sentence, mention: ActorMention, lexicon: Lexicon, found: list[ActorMention]
) -> bool:
    inside = sentence.tokens_within(mention.start, mention.end)
    if not inside:
        return False
    if _charged(sentence, inside[0], lexicon):
        return True
    # A portfolio is a name ("Unión Europea"), never a lower-case demonym: "le ministère kényan des
    # Affaires étrangères" is Kenya's ministry. The other mentions' tokens are read only past a title
    # word: most mentions have none before them.
    return (
        _capitalised(sentence.toks[inside[0]].text)
        and _title_before(sentence, inside[0], lexicon)
        and _list_goes_on(sentence, inside[-1], lexicon, _others(sentence, mention, found))
    )


def _charged(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """What a title holder is in charge of is part of the title ("l'envoyé spécial chargé du Sahara
    occidental", "the envoy in charge of Western Sahara", "el diplomático encargado del Sáhara"): a
    `charges` phrase, then only linking words, before the mention. Not the verb of tasking someone ("a
    chargé le Maroc de..."), which has an auxiliary."""
    toks = sentence.toks
    for j in range(first - 1, max(-1, first - 1 - REACH), -1):
        if j < first - 1 and any(_ends_at(sentence, j, phrase) for phrase in lexicon.charges):
            return not (j > 0 and toks[j - 1].pos == "AUX") and not any(
                toks[c].dep.startswith("aux") for c in sentence.children(j)
            )
        if not _linking(toks[j].text, toks[j].key, lexicon) or toks[j].text == ",":
            return False
    return False


def _ends_at(sentence: Sentence, j: int, phrase: str) -> bool:
    words = phrase.split()
    start = j - len(words) + 1
    return start >= 0 and [t.key for t in sentence.toks[start : j + 1]] == words


def _title_before(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    for j in range(first - 1, max(-1, first - 1 - REACH), -1):
        tok = sentence.toks[j]
        if tok.key in lexicon.portfolio_titles or tok.lemma in lexicon.portfolio_titles:
            return True
        if not (_linking(tok.text, tok.key, lexicon) or _capitalised(tok.text)):
            return False
    return False


def _list_goes_on(sentence: Sentence, last: int, lexicon: Lexicon, named: set[int]) -> bool:
    """A linking word follows the mention, then (after more linking words) a portfolio word."""
    toks = sentence.toks
    j = last + 1
    if j >= len(toks) or not _linking(toks[j].text, toks[j].key, lexicon):
        return False
    while j < len(toks) and _linking(toks[j].text, toks[j].key, lexicon):
        j += 1
    return j < len(toks) and _capitalised(toks[j].text) and j not in named


def _linking(text: str, key: str, lexicon: Lexicon) -> bool:
    return text == "," or key in lexicon.portfolio_links


def _capitalised(text: str) -> bool:
    return text[:1].isupper()
