"""Actors named inside a person's title are part of that person's mention, not participants.

"The UN envoy for Western Sahara, Staffan de Mistura, met...": the actor is the envoy;
the UN and Western Sahara only say which envoy. "L'ambassadeur du Maroc auprès de l'ONU"
is one person, not Morocco and the UN.
With a dependency parse, a mention whose phrase hangs (through noun modifiers,
possessives, compounds or adjectives) on a word that names a *person* is such a
complement. Without a parse (Arabic) nothing is dropped here: the linker's own
nesting (`text.mentions.outermost`) is all there is.

A title the linker did not read as a person ("envoy", "embajador": `nominal_heads` in
lang/<xx>/actors.yaml) names one when a person's name stands in apposition to it. Under
such a title only what says where or for what its holder serves goes (a complement after
a `postings` preposition of lang/<xx>/events.yaml: "for Western Sahara", "auprès de
l'ONU", "ante la ONU"), and a person whose title it is ("the Secretary-General's envoy",
"l'envoyé du secrétaire général"); the holder's own state or body ("Morocco's ambassador",
"the UN envoy") is whom the holder acts for, and stays.
"""

from __future__ import annotations

from diplowatch.actors.langdata import cues as actor_cues
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import alias_keys
from diplowatch.text.sentences import Sentence

# Dependencies that attach a modifier to the noun it describes (UD and spaCy English labels).
MODIFIERS = frozenset({"nmod", "nmod:poss", "poss", "amod", "compound", "flat", "flat:name"})
NOMINALS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_STEPS = 4  # "the envoy of the Secretary-General of the United Nations": UN is three steps below envoy
# A person's phrase hangs on another person's title as its possessor or "of" complement.
PERSON_MODIFIERS = frozenset({"nmod", "nmod:poss", "poss"})
# A preposition's object under a title: English "envoy -prep-> for -pobj-> Western Sahara", French
# "ambassadeur -dep-> auprès -obl:arg-> ONU" (the parser reads "auprès" as an adverb).
OBJECTS = frozenset({"pobj", "obl:arg"})
PREPOSITION_DEPS = frozenset({"prep", "dep"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# postings naming a mandate's file, not where the holder sits ("envoy for Sudan", not "ambassador in Madrid")
MANDATES = frozenset({"for", "pour", "para"})
PHRASE_DEPS = MODIFIERS | {"appos"}  # climbed from a title to the head of its noun phrase


def title_complements(
    sentence: Sentence,
    found: list[ActorMention],
    postings: frozenset[str] = frozenset(),
    targets: frozenset[str] = frozenset(),
) -> set[ActorMention]:
    """The mentions of `found` (all inside `sentence`) that only qualify a person's title: states,
    organisations and territories under a person's mention, and the postings and persons under a
    title with a named holder. `postings`: the language's prepositions of a posting ("for", "auprès");
    `targets`: those that open what an act is aimed at ("contre", "contra"), which no title takes."""
    if not sentence.parsed:
        return _unparsed_titles(sentence, found, actor_cues(sentence.language).nominal_heads, postings)
    owner = {}  # token index -> the person mention it belongs to
    for m in found:
        if m.kind == "person":
            for i in _tokens(sentence, m):
                owner[i] = m
    titled = _Titled(sentence, found, actor_cues(sentence.language).nominal_heads, postings, owner)
    out = set()
    for m in found:
        if m.kind == "person":  # a name apposed to a title is who the title designates: never dropped
            if titled.posted(m):
                out.add(m)
            continue
        head = _head(sentence, m)
        if head is not None and _under_title(sentence, head, m, owner, targets) or titled.posted(m):
            out.add(m)
    return out


def _under_title(
    sentence: Sentence,
    head: int,
    mention: ActorMention,
    owner: dict[int, ActorMention],
    targets: frozenset[str],
) -> bool:
    """The mention's phrase hangs on a person's mention through modifiers. A complement a preposition of
    `targets` opens qualifies no title: "las críticas del presidente Maduro contra Colombia", where the
    parser hung "contra Colombia" on the title, is aimed at Colombia."""
    current = head
    for _ in range(MAX_STEPS):
        tok = sentence.toks[current]
        if tok.dep not in MODIFIERS or tok.head < 0 or sentence.toks[tok.head].pos not in NOMINALS:
            return False
        if tok.dep == "nmod" and any(
            sentence.toks[c].dep == "case" and sentence.toks[c].key in targets
            for c in sentence.children(current)
        ):
            return False
        current = tok.head
        person = owner.get(current)
        if person is not None and person.key != mention.key:
            return True
    return False


class _Titled:
    """Titles that name their holder: a person's mention ("UN Special Envoy for Yemen Hans Grundberg"),
    or a title noun with a name in apposition ("the UN envoy for X, Staffan de Mistura")."""

    def __init__(
        self,
        sentence: Sentence,
        found: list[ActorMention],
        titles: frozenset[str],
        postings: frozenset[str],
        owner: dict[int, ActorMention],
    ) -> None:
        self.sentence = sentence
        self.owner = owner
        self.titles = titles
        self.postings = postings
        self.genitives = actor_cues(sentence.language).genitives
        self.apposed: dict[int, ActorMention] = {}  # head token of an apposed name -> its person mention
        # each mention's nominal head, found once (`posted` asks again for every mention)
        self.heads = {m: _nominal_head(sentence, m) for m in found}
        for m in found:
            head = self.heads[m]
            if m.kind == "person" and head is not None and _apposed(sentence, head):
                self.apposed[head] = m

    def posted(self, mention: ActorMention) -> bool:
        """The mention says where or for what a named title holder serves, or whose title it is."""
        sentence = self.sentence
        current = self.heads[mention] if mention in self.heads else _nominal_head(sentence, mention)
        if current is None:
            return False
        person = mention.kind == "person"
        if person and sentence.toks[current].dep not in PERSON_MODIFIERS and not self._genitive(current):
            return False
        posting = mandate = False
        for _ in range(MAX_STEPS):
            tok = sentence.toks[current]
            if tok.dep in OBJECTS and tok.head >= 0 and self._preposition(tok.head):
                mandate = mandate or sentence.toks[tok.head].key in MANDATES
                posting, tok = True, sentence.toks[tok.head]  # "envoy for X": over the preposition
            elif person and self._genitive(current):
                tok = sentence.toks[tok.head]  # "the envoy of António Guterres": over "of"
            elif tok.dep in MODIFIERS:
                introduced = self._introduced(current)
                mandate = mandate or introduced in MANDATES
                posting = posting or introduced is not None
            else:
                return False
            if tok.head < 0 or sentence.toks[tok.head].pos not in NOMINALS:
                return False
            current = tok.head
            holder = self._holder(current)
            if holder is not None and holder.key != mention.key:
                # whose title it is, never a party; a posting, only under its acting holder, but the file
                # of a mandate ("envoy for Sudan") under any holder: the visiting envoy is no Sudan
                return person or posting and (mandate or self._acting(current))
        return False

    def _acting(self, title: int) -> bool:
        """The title's phrase is its clause's subject: what the holder does is the event. When the
        holder undergoes it, the posting may be the other side ("recalled its ambassador in Madrid, X")."""
        sentence = self.sentence
        top, steps = title, 0
        while sentence.toks[top].dep in PHRASE_DEPS and sentence.toks[top].head >= 0 and steps < MAX_STEPS:
            top, steps = sentence.toks[top].head, steps + 1
        return sentence.toks[top].dep in SUBJECTS

    def _holder(self, noun: int) -> ActorMention | None:
        """The person whose title the noun is: its own mention's, or an apposed name's."""
        sentence = self.sentence
        if noun in self.owner:
            return self.owner[noun]
        if not set(alias_keys(sentence.toks[noun].text)) & self.titles:
            return None
        # the parser may hang the name on the title's last complement ("envoy for Western Sahara, X")
        inside = sentence.subtree(noun)
        return next((m for i, m in self.apposed.items() if i in inside and i > noun), None)

    def _preposition(self, i: int) -> bool:
        tok = self.sentence.toks[i]
        return tok.pos in ("ADP", "ADV") and tok.dep in PREPOSITION_DEPS and tok.key in self.postings

    def _genitive(self, i: int) -> bool:
        """The object of a genitive preposition ("of" in English, where UD languages say nmod)."""
        tok = self.sentence.toks[i]
        if tok.dep not in OBJECTS or tok.head < 0:
            return False
        prep = self.sentence.toks[tok.head]
        return prep.pos == "ADP" and prep.dep in PREPOSITION_DEPS and prep.key in self.genitives

    def _introduced(self, noun: int) -> str | None:
        """The posting preposition of a French or Spanish complement ("pour" of "pour le Sahara")."""
        sentence = self.sentence
        return next(
            (
                sentence.toks[c].key
                for c in sentence.children(noun)
                if sentence.toks[c].dep == "case" and sentence.toks[c].key in self.postings
            ),
            None,
        )


def _apposed(sentence: Sentence, head: int) -> bool:
    """A name in apposition: so labelled, or read as a conjunct with only a comma before it and no
    conjunction ("l'envoyé spécial des États-Unis pour le Soudan, Tom Perriello": "Tom" a conjunct)."""
    tok = sentence.toks[head]
    if tok.dep == "appos":
        return True
    return (
        tok.dep == "conj"
        and head > 0
        and sentence.toks[head - 1].text == ","
        and not any(sentence.toks[c].dep == "cc" for c in sentence.children(head))
    )


def _tokens(sentence: Sentence, mention: ActorMention) -> list[int]:
    return sentence.tokens_within(mention.start, mention.end)


def _head(sentence: Sentence, mention: ActorMention) -> int | None:
    """The mention's syntactic head: its token whose head lies outside it."""
    inside = _tokens(sentence, mention)
    heads = [i for i in inside if sentence.toks[i].head not in inside]
    return heads[0] if heads else None


def _nominal_head(sentence: Sentence, mention: ActorMention) -> int | None:
    """ "The UN": the determiner hangs outside the mention too; the noun is its head."""
    inside = _tokens(sentence, mention)
    heads = [i for i in inside if sentence.toks[i].head not in inside]
    nominal = [i for i in heads if sentence.toks[i].pos in NOMINALS]
    return next(iter(nominal or heads), None)


ARABIC_ARTICLE = "ال"
NAME_AFTER_TITLE = 3  # tokens from a title's complement to its holder's name ("السوداني عبد الفتاح")
TITLE_BEFORE_POSTING = 4  # tokens from a title noun to its posting ("المبعوث الخاص للأمين العام إلى")


def _unparsed_titles(
    sentence: Sentence,
    found: list[ActorMention],
    heads: frozenset[str],
    postings: frozenset[str] = frozenset(),
) -> set[ActorMention]:
    """Unparsed (Arabic): a state or body right after a title noun in the construct state, or after a
    posting preposition a few words after a title noun ("المبعوث الأممي إلى اليمن هانس غروندبرغ"), with
    its holder's name a few words on ("رئيس مجلس السيادة السوداني عبد الفتاح البرهان", "وزير خارجية
    المغرب ناصر بوريطة" keeps no Morocco of its own): part of the title."""
    construct = set(heads)  # kept without the article, as aliases are (`_title_noun` reads both forms)
    persons = [m for m in found if m.kind == "person"]
    starts = {sentence.token_at(m.start) for m in persons}
    # the last word of a person's role mention ("وزير خارجية" of Attaf) is a title noun too
    role_ends = {sentence.token_at(max(m.start, m.end - 1)) for m in persons}
    out = set()
    for m in found:
        first, last = sentence.token_at(m.start), sentence.token_at(max(m.start, m.end - 1))
        if m.kind == "person" or first is None or last is None or first == 0:
            continue
        titled = _title_noun(sentence.toks[first - 1].key, construct) or first - 1 in role_ends
        if not titled and sentence.toks[first - 1].key in postings:  # "المبعوث الأممي إلى اليمن"
            before = range(max(0, first - 1 - TITLE_BEFORE_POSTING), first - 1)
            titled = any(_title_noun(sentence.toks[i].key, construct) or i in role_ends for i in before)
        if titled and any(s is not None and 0 < s - last <= NAME_AFTER_TITLE for s in starts):
            out.add(m)
    return out


def _title_noun(key: str, construct: set[str]) -> bool:
    """A title noun, in the construct state ("سفير المغرب") or with its article ("السفير الأمريكي لدى"):
    the lexicon's heads are kept without the article, as aliases are."""
    bare = key[len(ARABIC_ARTICLE) :] if key.startswith(ARABIC_ARTICLE) else key
    return key in construct or bare in construct
