"""Short names: an unlinked one-word subject ("le Conseil") that opens the name of exactly one
organisation the article mentions is that organisation."""

from __future__ import annotations

import dataclasses

from diplowatch.model import Article
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import fold

SHORT_NAME_MIN = 4  # letters: "Conseil" may stand for "Conseil de sécurité", "UN" may not stand for anything


def short_name(subject: str, found: tuple[ActorMention, ...], body: str) -> str | None:
    """An unlinked subject whose last word opens the name of an organisation the article mentions
    ("les membres du Conseil" after "le Conseil de sécurité") is that organisation."""
    words = subject.split()
    if not words or len(words[-1]) < SHORT_NAME_MIN or not words[-1][:1].isupper():
        return None
    last = fold(words[-1])
    named = {
        m.key for m in found if m.kind == "organization" and last == _first_name_word(body[m.start : m.end])
    }
    return named.pop() if len(named) == 1 else None


def resolve_short_names(found: tuple[ActorMention, ...], article: Article) -> tuple[ActorMention, ...]:
    """A one-word actor the KB does not know ("Conseil") that opens the name of exactly one known
    organisation of the article ("Conseil de sécurité") is that organisation."""
    unknown = {a.name for a in article.actors if a.id is None and len(a.name.split()) == 1}
    if not unknown:
        return found
    known = [m for m in found if m.kind == "organization" and m.key not in unknown]
    out = []
    for m in found:
        short = short_name(m.key, tuple(known), article.body) if m.key in unknown else None
        out.append(dataclasses.replace(m, key=short, kind="organization") if short else m)
    return tuple(out)


def _first_name_word(text: str) -> str:
    """ "le Conseil de sécurité" -> "conseil": the first capitalised word of a name."""
    return next((fold(w) for w in text.replace("’", " ").replace("'", " ").split() if w[:1].isupper()), "")
