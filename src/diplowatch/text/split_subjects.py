"""A parse repair: a subject the parser left as a root of its own before an incise ("Moscou, par la voix
de sa porte-parole, a critiqué...": "Moscou" one root, "critiqué" another, without a subject). The name
opening the sentence, followed by a comma, is the subject of the later root verb that has none
(lang/parse_repairs.yaml `split_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

NOMINAL = ("PROPN", "NOUN")
LEADING = ("DET",)  # what may stand before the name ("Le Maroc, ...")


def split_subject_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    roots = [i for i, t in enumerate(toks) if t.head < 0]
    if len(roots) < 2:
        return toks
    name = roots[0]
    after = _name_end(toks, name) + 1
    if toks[name].pos not in NOMINAL or after >= len(toks) or toks[after].text != ",":
        return toks
    if any(toks[i].pos not in LEADING for i in range(name)):
        return toks
    verb = next((r for r in roots[1:] if toks[r].pos == "VERB"), None)
    if verb is None or any(t.head == verb and t.dep.startswith(("nsubj", "expl")) for t in toks):
        return toks
    out = list(toks)
    out[name] = dataclasses.replace(toks[name], head=verb, dep="nsubj")
    return tuple(out)


def _name_end(toks: tuple[Token, ...], name: int) -> int:
    """The last token of the name: its flat parts follow it ("Maria Zakharova")."""
    end = name
    while (
        end + 1 < len(toks)
        and toks[end + 1].head in range(name, end + 1)
        and toks[end + 1].dep.startswith("flat")
    ):
        end += 1
    return end
