"""Who said a quotation, read from the spaCy dependency parse (French, English, Spanish).

The speaker is the subject of the reporting verb, never merely the nearest name: in
"Bourita a dit au ministre russe : «...»" the nearest mention is the Russian minister. The
reporting verb is looked for, in order:

1. an attribution clause right after the quotation ("«...», a déploré l'ambassadeur X",
   "“...,” X said", "..., añadió el texto"): news put the source there, and it overrides the
   subject of a verb before the quotation ("le ministre a réitéré «...», indique le
   porte-parole du Département d'Etat": the department is the source);
2. the verbs governing the quotation, walking up the tree: the nearest reporting verb, else the
   nearest verb with a subject ("Attaf a exhorté l'émissaire à initier «...»");
   Among reporting verbs the outermost comes first: in "Sánchez escribió que España considera
   «...»" the words are Sánchez's, the country is what his letter talks about;
3. "selon X" / "according to X" / "según X" in the sentence: last, because a source named
   after the fact ("..., according to TV5") is the medium, not the speaker.

An attribution clause is "[,] verb subject" or "[,] subject verb" with nothing of its own to
say: a verb introduced by "que"/"and" ("y que subrayaron") continues the sentence. Such a
clause closing the sentence ("..., department spokesperson X said in a statement.") is
the attribution even far from the quotation.

The subject is a `Phrase`: its tokens without relative or adverbial clauses, and whether it is
a pronoun ("il", "he") or names a text ("le communiqué"): the caller resolves those.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from diplowatch.quotes.cues import QuoteCues
from diplowatch.quotes.spans import QuoteSpan
from diplowatch.text.normalise import fold

_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
# A subject placed after its verb ("a déclaré le ministre") is often parsed as an object.
_INVERTED = _SUBJECTS | {"obj", "dobj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "attr"}
_CLAUSES = {
    "acl",
    "acl:relcl",
    "relcl",
    "advcl",
    "parataxis",
    "ccomp",
    "xcomp",
    "conj",
    "cc",
    "punct",
    "mark",
}
_VERBAL = {"VERB", "AUX"}
_NAME_PARTS = {"flat", "flat:name", "compound", "fixed"}
_RELATIVE_CLAUSES = {"acl:relcl", "relcl", "acl"}
_SHARES_SUBJECT = {"conj", "xcomp", "advcl", "advcl:cleft"}
INVERTED_GAP = 80  # characters between a quotation's closing mark and its attribution verb
_OWN_COMPLEMENTS = {"obj", "dobj", "ccomp", "xcomp", "mark", "cc"}
_CLAUSE_MARKERS = {"mark", "cc"}  # "que", "and": a clause continuing the sentence, not an attribution
_INDEFINITE_WORDS = {
    "one",
    "some",
    "several",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "unos",
    "unas",
    "varios",
    "varias",
    "algunos",
    "algunas",
}


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int  # body offsets of the phrase's first and last tokens
    end: int
    tokens: tuple[tuple[int, int], ...]  # body offsets of each token kept
    head: tuple[int, int]  # body offsets of the head word ("ministre" in "le ministre russe")
    pronoun: bool  # "il", "he", "ella": resolve to someone named before
    document: bool  # "le communiqué", "the statement": the source named before
    latter: bool = False  # "ce dernier", "the latter": the person named last, subject or not
    anonymous: bool = (
        False  # "une source proche du dossier", "a diplomat": nobody named (unless a name is in it)
    )
    resolution: bool = False  # "la résolution": the Security Council's words
    text: bool = False  # "le texte": the last document named
    plural: bool = False  # "fuentes diplomáticas argelinas": a government's voice, when a country is named
    possessive: bool = False  # "his office", "son cabinet": a possessive word among its tokens

    def covers(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.tokens)


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: Phrase
    how: str  # "inverted", "governor", "source": which rule found it (for diagnostics)


class ParsedSentence:
    """The parse of one segment, seen from body offsets."""

    def __init__(self, doc: Any, base: int, cues: QuoteCues, quotes: Sequence[QuoteSpan]) -> None:
        self.doc, self.base, self.cues, self.quotes = doc, base, cues, quotes
        self._starts: list[int] | None = None  # each token's body offset, in order: read once

    def inside_quote(self, token: Any) -> bool:
        at = self.base + token.idx
        return any(q.outer_start <= at < q.outer_end for q in self.quotes)

    def tokens_between(self, start: int, end: int) -> list[Any]:
        """The tokens that begin in [start, end), by bisection: every quote asks, over long segments."""
        if self._starts is None:  # read from the Doc's array: no Token object built for each word
            self._starts = [self.base + idx for idx in self.doc.to_array("IDX").tolist()]
        return list(self.doc[bisect_left(self._starts, start) : bisect_left(self._starts, end)])

    def is_cue(self, token: Any) -> bool:
        """A reporting verb or source preposition (by its form or lemma), outside quotations."""
        if token.pos_ not in _VERBAL | {"ADP"} and token.lower_ != "according":
            return False
        return not self.inside_quote(token) and (
            self.cues.is_reporting(fold(token.text)) or self.cues.is_reporting(fold(token.lemma_))
        )


def attribute(sent: ParsedSentence, quote: QuoteSpan, window: tuple[int, int]) -> Iterator[Attribution]:
    """Candidate speaker phrases for `quote`, best first."""
    inner = sent.tokens_between(quote.start, quote.end)
    if not inner:
        return
    after = [
        t
        for t in sent.tokens_between(quote.outer_end, window[1])
        if sent.is_cue(t)
        and t.pos_ in _VERBAL
        and not _ongoing(t)
        and not _continues(sent, t)
        and (sent.base + t.idx <= quote.outer_end + INVERTED_GAP or _closing_attribution(sent, t, quote))
    ]
    for verb in after[:1]:
        # No subject at all is a dropped one ("..., añadió"): someone named before, like a pronoun.
        yield Attribution(subject(sent, verb, inverted=True) or dropped_subject(sent, verb), "inverted")
    reporting = False
    for verb in governors(sent, inner, window):
        if reporting and not sent.is_cue(verb):
            break
        if phrase := subject(sent, verb, inverted=verb.idx + sent.base > quote.outer_end):
            # every reporting verb's subject in turn ("«...», añade la misma fuente" names nobody:
            # "Argelia reafirmó su «...»" does), else the nearest other verb's
            yield Attribution(phrase, "governor")
            if not sent.is_cue(verb):
                break
            reporting = True
    for token in sent.tokens_between(*window):
        if sent.is_cue(token) and token.pos_ not in _VERBAL and (phrase := source_phrase(sent, token)):
            yield Attribution(phrase, "source")
    opening = next((t for t in sent.tokens_between(*window) if not t.is_space and not t.is_punct), None)
    if (
        opening is not None
        and opening.dep_ == "case"
        and fold(opening.text) in sent.cues.framing
        and opening.head.idx < quote.start - sent.base
        and not sent.inside_quote(opening.head)
    ):
        yield Attribution(phrase_of(sent, opening.head), "source")  # "Pour l'ambassadeur, «...»"


def governors(sent: ParsedSentence, inner: list[Any], window: tuple[int, int] | None = None) -> list[Any]:
    """Verbs above the quotation outside it, in its sentence: reporting verbs first, outermost
    first, then the others, nearest first."""
    inside = {t.i for t in inner}
    start, end = window if window is not None else (sent.base, sent.base + len(sent.doc.text))
    chain: list[Any] = []
    for root in (t for t in inner if t.head.i not in inside or t.head.i == t.i):
        node = root
        while node.head.i != node.i:
            node = node.head
            if (
                node.i not in inside
                and _verbal(node)
                and node not in chain
                and start <= sent.base + node.idx < end
            ):
                chain.append(node)
            if node.i not in inside and node.dep_ == "conj" and _own_subject(sent, node):
                # "X stated: «...», but Y criticized Z for «...»": a coordinated clause with its own
                # subject is a sentence of its own; the verb it is joined to is not its attribution
                break
    # The parse may also hang the reporting verb under the quotation ("«...», a dit X" as parataxis).
    hung = [c for t in inner for c in t.children if c.i not in inside and sent.is_cue(c) and c not in chain]
    return [v for v in reversed(chain) if sent.is_cue(v)] + hung + [v for v in chain if not sent.is_cue(v)]


def _own_subject(sent: ParsedSentence, verb: Any) -> bool:
    return any(c.dep_ in _SUBJECTS and not sent.inside_quote(c) for c in verb.children)


def _verbal(token: Any) -> bool:
    """A verb, or a root tagged as a noun that has a subject ("The resolution calls/NOUN on...")."""
    return token.pos_ in _VERBAL or (
        token.dep_ == "ROOT" and any(c.dep_ in _SUBJECTS for c in token.children)
    )


def _continues(sent: ParsedSentence, verb: Any) -> bool:
    """A verb introduced by "que"/"and" or with a relative subject ("y que subrayaron") goes on
    with the sentence: it is not an attribution clause."""
    kids = [c for c in verb.children if not sent.inside_quote(c)]
    return any(c.dep_ in _CLAUSE_MARKERS for c in kids) or any(
        c.dep_ in _SUBJECTS and _relative(c) for c in kids
    )


def _closing_attribution(sent: ParsedSentence, verb: Any, quote: QuoteSpan) -> bool:
    """ "..., department spokesperson X said in a statement.": a subject after a comma, then the
    verb, with no complement of its own (what it says is the earlier clause)."""
    kids = [c for c in verb.children if not sent.inside_quote(c)]
    subj = next(
        (c for c in kids if c.dep_ in _SUBJECTS and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None
    )
    if subj is None or any(c.dep_ in _OWN_COMPLEMENTS for c in kids):
        return False
    left = subj.left_edge
    return (
        sent.base + left.idx > quote.outer_end
        and left.i > 0
        and sent.doc[left.i - 1].text in (",", "،")
        and not any(
            sent.doc[k].pos_ in _VERBAL
            for k in range(subj.i + 1, verb.i)
            if sent.doc[k].dep_ not in ("aux", "aux:tense", "aux:pass")
        )
    )


def subject(sent: ParsedSentence, verb: Any, inverted: bool) -> Phrase | None:
    """The verb's subject; an inverted verb's subject may come after it under another label."""
    kids = [c for c in verb.children if not sent.inside_quote(c) and c.pos_ != "SPACE"]
    # Trust the label over the tag: names unknown to the model get odd tags ("Attaf/ADJ/nsubj").
    found = next((c for c in kids if c.dep_ in _SUBJECTS), None)
    if found is not None and _relative(found) and verb.dep_ in _RELATIVE_CLAUSES:
        # "Albares, quien ha expresado «...»": the relative pronoun is the noun the clause describes
        return phrase_of(sent, _described(found, verb))
    if found is None and inverted:
        after = [c for c in kids if c.dep_ in _INVERTED and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
        after += [g for c in after for g in c.children if g.dep_ == "appos" and g.pos_ in ("NOUN", "PROPN")]
        # "a déclaré mardi le dirigeant sahraoui": the day, an adjunct (obl:mod), is no subject
        after.sort(key=lambda c: c.dep_ == "obl:mod")
        # "a déclaré à La Gazette un conseiller": the subject has no preposition, the addressee has
        found = next((c for c in after if not any(k.dep_ == "case" for k in c.children)), None) or next(
            iter(after), None
        )
    if found is None and verb.dep_ in _SHARES_SUBJECT and verb.head.pos_ in _VERBAL:
        # "a déclaré et ajouté «...»", "a exhorté X à initier «...»", "en soulignant «...»":
        # the verb has the subject of the verb it depends on
        return subject(sent, verb.head, inverted=False)
    if found is None:
        return None
    # "the Head of the UN Mission in South Sudan, Nicholas Haysom said": a title and the name in
    # apposition to it, which the parser made two subjects of the verb, are one phrase
    split = tuple(c for c in kids if c.dep_ in _SUBJECTS and c is not found and found.i < c.i < verb.i)
    return phrase_of(sent, found, (_trailing_name(sent, kids, found) if inverted else ()) + split)


def _trailing_name(sent: ParsedSentence, kids: list[Any], found: Any) -> tuple[Any, ...]:
    """A name right after an inverted subject that the parser hung on the verb instead ("a déclaré le
    ministre marocain Nasser Bourita": "Nasser" an object of "déclaré"): part of the subject phrase."""
    after = found.right_edge.i + 1
    return tuple(c for c in kids if c.left_edge.i == after and c.pos_ == "PROPN" and c.dep_ not in _SUBJECTS)


def dropped_subject(sent: ParsedSentence, verb: Any) -> Phrase:
    at = (sent.base + verb.idx, sent.base + verb.idx + len(verb.text))
    return Phrase(at[0], at[1], (at,), at, pronoun=True, document=False)


def subject_spans(sent: ParsedSentence) -> list[tuple[int, int]]:
    """Body offsets of every subject phrase of the segment: who a pronoun most likely means."""
    doc = sent.doc
    # The labels compared as the Doc stores them (string ids): a Token is built for the subjects only.
    wanted = {doc.vocab.strings[label] for label in _SUBJECTS}
    heads = [doc[i] for i, dep in enumerate(doc.to_array("DEP").tolist()) if dep in wanted]
    return [
        (sent.base + t.left_edge.idx, sent.base + t.right_edge.idx + len(t.right_edge.text)) for t in heads
    ]


def _described(pronoun: Any, verb: Any) -> Any:
    """The noun a relative clause describes: its head, or when the parse hung the clause on a
    verb, the name just before the pronoun ("a vu Ahmed Attaf, qui ...")."""
    if verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    before = next((t for t in reversed(pronoun.doc[: pronoun.i]) if t.pos_ != "PUNCT"), None)
    if before is None:
        return verb.head
    while before.dep_ in _NAME_PARTS and before.head.i != before.i:
        before = before.head
    return before


def _relative(token: Any) -> bool:
    return "Rel" in token.morph.get("PronType") or token.tag_ in ("WP", "WDT")


def _ongoing(verb: Any) -> bool:
    """A gerund or present participle ("insistant sur", "saying"): it continues the sentence's
    own clause, it is not an attribution clause with a subject of its own."""
    return (
        verb.tag_ == "VBG"
        or "Ger" in verb.morph.get("VerbForm")
        or ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))
    )


def source_phrase(sent: ParsedSentence, cue: Any) -> Phrase | None:
    """The X of "selon X" (UD: X heads "selon") or "according to X" (to -> pobj X)."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        head = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    else:
        head = cue.head if cue.dep_ == "case" else None
    return phrase_of(sent, head) if head is not None and not sent.inside_quote(head) else None


def phrase_of(sent: ParsedSentence, head: Any, extra: tuple[Any, ...] = ()) -> Phrase:
    """The head's subtree without its clauses ("le ministre, qui a rencontré X" is not about X), and the
    subtrees of `extra` words that belong to the phrase though the parser hung them elsewhere."""
    kept = [head, *extra]
    stack = [c for t in kept for c in t.children if c.dep_ not in _CLAUSES and c.pos_ != "SPACE"]
    while stack:
        token = stack.pop()
        if not sent.inside_quote(token):
            kept.append(token)
            stack.extend(c for c in token.children if c.dep_ not in _CLAUSES and c.pos_ != "SPACE")
    spans = tuple(sorted((sent.base + t.idx, sent.base + t.idx + len(t.text)) for t in kept))
    document = sent.cues.is_document(fold(head.lemma_)) or sent.cues.is_document(fold(head.text))
    words = " ".join(fold(t.text) for t in sorted(kept, key=lambda t: t.i))
    latter = sent.cues.is_pronoun(words)
    at = sent.base + head.idx
    keys = (fold(head.text), fold(head.lemma_))
    anonymous = any(sent.cues.is_anonymous(k) for k in keys) and _indefinite(head)
    return Phrase(
        spans[0][0],
        spans[-1][1],
        spans,
        (at, at + len(head.text)),
        head.pos_ == "PRON" or latter,
        document,
        latter,
        anonymous,
        any(sent.cues.is_resolution(k) for k in keys),
        any(sent.cues.is_text(k) for k in keys),
        "Plur" in head.morph.get("Number"),
        # clauses count: "a statement issued by his office"
        any(
            ("Yes" in t.morph.get("Poss") or t.tag_ == "PRP$") and not sent.inside_quote(t)
            for t in head.subtree
        ),
    )


def _possessive(sent: ParsedSentence, head: Any) -> bool:
    """A possessive word under the head, clauses included: "a statement issued by his office"."""
    return any(
        ("Yes" in t.morph.get("Poss") or t.tag_ == "PRP$") and not sent.inside_quote(t) for t in head.subtree
    )


def _indefinite(head: Any) -> bool:
    """ "un diplomate", "a source", "some officials", or a bare plural ("fuentes diplomáticas")."""
    dets = [c for c in head.children if c.dep_ in ("det", "nummod", "poss", "nmod:poss", "det:poss")]
    if not dets:
        return "Plur" in head.morph.get("Number")
    if any("Def" in d.morph.get("Definite") or d.dep_ in ("poss", "nmod:poss", "det:poss") for d in dets):
        return False  # "les deux responsables", "ses conseillers": someone named before
    return any(
        "Ind" in d.morph.get("Definite") or d.lower_ in _INDEFINITE_WORDS or d.dep_ == "nummod" for d in dets
    )
