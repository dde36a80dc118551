"""A parse repair: the subject named right after an opening phrase and its comma ("Après sa visite dans
les camps de Tindouf, Staffan de Mistura s'est rendu à Nouakchott", "Tras su visita a los campamentos
de Tinduf, Staffan de Mistura viajó", "After his visit to the camps near Tindouf, Staffan de Mistura
travelled"). The parsers hang the name on the phrase's last noun (apposition, conjunct, modifier) and
leave the verb after it without a subject, or hang the verb there too. The name is that verb's subject;
the verb is the root and the opening phrase hangs on it (lang/parse_repairs.yaml `fronted_subjects`,
which gives per language the label of the phrase's head on the verb).
"""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

OPENERS = ("ADP", "SCONJ", "ADV")  # the word opening the phrase: "Après", "Tras", "After", "Lors"
NAME_PARTS = ("PROPN",)
NAME_LINKS = ("de", "del", "di", "da", "el", "al", "ben", "bin", "ould")  # "Staffan de Mistura"
BETWEEN = ("AUX", "PRON")  # between the name and its verb: "s'est", "a", "se"
ENGLISH_PREPOSITION = "prep"  # spaCy's English labels: the opener is the verb's "prep", its noun the "pobj"


def fronted_subject_restored(toks: tuple[Token, ...], label: str) -> tuple[Token, ...]:
    if len(toks) < 5 or toks[0].pos not in OPENERS:
        return toks
    # the comma that closes the phrase: the first one a name follows (the phrase may hold commas of its
    # own: "Après une visite chez le Polisario, dans les camps de Tindouf, et une escale en Algérie, X")
    commas = [i for i, t in enumerate(toks) if t.text == "," and i >= 2]
    comma = next((i for i in commas if _name_end(toks, i + 1) is not None), None)
    if comma is None:
        return toks
    name_end = _name_end(toks, comma + 1)
    if name_end is None:
        return toks
    span = range(comma + 1, name_end + 1)
    outside = [i for i in span if toks[i].head not in span]
    if len(outside) != 1:
        return toks
    name = outside[0]
    if toks[name].head >= comma or toks[name].head < 0 or toks[name].dep.startswith("nsubj"):
        return toks  # hung outside the opening phrase: the parser did not swallow it
    verb = next((i for i in range(name_end + 1, len(toks)) if toks[i].pos not in BETWEEN), None)
    if verb is None or toks[verb].pos != "VERB":
        return toks
    if any(toks[i].head != verb for i in range(name_end + 1, verb)):
        return toks
    subjects = [i for i, t in enumerate(toks) if t.head == verb and t.dep.startswith("nsubj")]
    if any(i > comma for i in subjects):
        return toks  # the verb has a subject of its own after the phrase
    out = list(toks)
    out[name] = dataclasses.replace(toks[name], head=verb, dep="nsubj")
    if 0 <= toks[verb].head < comma and _one_head(toks, comma):  # the verb hung inside the phrase: a root
        out[verb] = dataclasses.replace(toks[verb], head=-1, dep="ROOT")
        for i in range(len(out)):
            if i != verb and out[i].head < 0:
                out[i] = dataclasses.replace(
                    out[i], head=verb, dep="punct" if out[i].pos == "PUNCT" else label
                )
    for i in subjects:  # "After his visit..., X travelled": the visit was read as the subject
        out[i] = dataclasses.replace(out[i], dep="pobj" if label == ENGLISH_PREPOSITION else label)
    if label == ENGLISH_PREPOSITION and subjects:
        out[0] = dataclasses.replace(out[0], head=verb, dep=ENGLISH_PREPOSITION)
        out[subjects[0]] = dataclasses.replace(out[subjects[0]], head=0)
    return tuple(out)


def _name_end(toks: tuple[Token, ...], first: int) -> int | None:
    """The last token of the name opening at `first` ("Staffan de Mistura", "de Mistura"), None when no
    name opens there."""
    if first >= len(toks):
        return None
    particle = toks[first].key in NAME_LINKS and first + 1 < len(toks) and toks[first + 1].pos in NAME_PARTS
    if toks[first].pos not in NAME_PARTS and not particle:
        return None
    end = first
    while end + 1 < len(toks) and (
        toks[end + 1].pos in NAME_PARTS
        or toks[end + 1].key in NAME_LINKS
        and end + 2 < len(toks)
        and toks[end + 2].pos in NAME_PARTS
    ):
        end += 1
    return end


def _one_head(toks: tuple[Token, ...], comma: int) -> bool:
    """The opening phrase is one whole: a single token of it hangs outside it (or is the root)."""
    return sum(1 for i in range(comma) if not 0 <= toks[i].head < comma) == 1
