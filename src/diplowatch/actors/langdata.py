"""Per-language cues for the actor linker, read from lang/<xx>/actors.yaml (data, not code)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import lang_data, lang_path
from diplowatch.text.normalise import alias_keys

_LIST_KEYS = (
    "honorifics",
    "place_prepositions",
    "place_proclitics",
    "destination_prepositions",
    "motion_prepositions",
    "motion_words",
    "place_nouns",
    "genitives",
    "of_words",
    "determiners",
    "nominal_heads",
    "diplomat_heads",
    "diplomat_roles",
    "possessive_determiners",
    "posting_prepositions",
    "org_heads",
    "occasion_heads",
    "nationality_heads",
    "conjunctions",
    "plural_role_heads",
    "name_stops",
    "title_qualifiers",
    "singular_determiners",
    "descriptive_heads",
    "capital_nouns",
    "government_links",
    "government_heads",
    "text_nouns",
    "text_modifiers",
    "consent_words",
)


@dataclass(frozen=True, slots=True)
class LangCues:
    """Folded keys of each cue list; honorifics keep their multi-word shape ("el ministro")."""

    honorifics: tuple[tuple[str, ...], ...] = ()
    place_prepositions: frozenset[str] = frozenset()
    place_proclitics: tuple[str, ...] = ()
    # "to Riyadh", "vers Pretoria": where someone travels; the capital stays its government too
    destination_prepositions: frozenset[str] = frozenset()
    # Spanish "a": where someone goes only after a word of motion ("viajó a Rabat"); elsewhere it marks
    # the verb's object ("criticó a Argelia"), no place
    motion_prepositions: frozenset[str] = frozenset()
    motion_words: frozenset[str] = frozenset()  # folded lemmas: "viajar", "llegar", "visita"
    place_nouns: frozenset[str] = frozenset()  # "capitale", "city": the capital after one is the city
    genitives: frozenset[str] = frozenset()
    # "of", "de", "del": a name right after a role and one of these, with no comma between, is whose the
    # role is or holds a title nested in it ("el enviado del secretario general António Guterres")
    of_words: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    nominal_heads: frozenset[str] = frozenset()
    # "le diplomate", "the diplomat": any diplomat named before, one whose roles are one of `diplomat_roles`
    # (an ambassador, an envoy, a head of diplomacy), not only one the KB calls a diplomat
    diplomat_heads: frozenset[str] = frozenset()
    diplomat_roles: frozenset[str] = frozenset()
    # "son ambassadeur à Paris", "su embajador en Madrid", "her envoy to Rabat": a possessor's own envoy
    # to a place, not the last diplomat named (see actors.stage._posted_by_possessor)
    possessive_determiners: frozenset[str] = frozenset()
    posting_prepositions: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    # "Cumbre", "Conférence", "Summit": a name they head is an occasion's, no actor's (actors.occasion_names)
    occasion_heads: frozenset[str] = frozenset()
    nationality_heads: frozenset[str] = (
        frozenset()
    )  # "diplomate" + demonym: a nationality, not a state acting
    conjunctions: frozenset[str] = frozenset()
    plural_role_heads: frozenset[str] = (
        frozenset()
    )  # "chefs" in "les chefs d'État de la Cédéao": several holders
    name_stops: frozenset[str] = frozenset()  # words no name holds (unparsed text: names after a title)
    # "then", "former" between a title and the name ("وزير الخارجية الإسرائيلي آنذاك يائير لبيد"): they
    # date the title; the name follows them
    title_qualifiers: frozenset[str] = frozenset()
    singular_determiners: frozenset[str] = frozenset()  # "l'Allemand": a person of that nationality
    descriptive_heads: frozenset[str] = frozenset()  # "colonie espagnole": a demonym naming no actor
    capital_nouns: frozenset[str] = frozenset()  # "la capitale algérienne": that state's capital, a place
    # "وزير الخارجية *في* الحكومة اليمنية", "the foreign minister *in* the Yemeni government": a role
    # in a state's government (`government_heads`) is that state's
    government_links: frozenset[str] = frozenset()
    government_heads: frozenset[str] = frozenset()
    # "the Algiers agreement", "les accords de Minsk": a city naming a text is no actor (actors.text_names)
    text_nouns: frozenset[str] = frozenset()
    text_modifiers: frozenset[str] = frozenset()  # "peace" in "the Algiers peace agreement"
    consent_words: frozenset[str] = frozenset()  # "avec l'accord de Rabat": that government's consent


@functools.cache
def cues(language: str) -> LangCues:
    """The cues of `language`; an empty set of cues for a language without a file."""
    path = lang_path(f"{language}/actors.yaml")
    if not path.is_file():
        return LangCues()
    data = lang_data(f"{language}/actors.yaml")
    unknown = set(data) - set(_LIST_KEYS)
    if unknown:
        raise DataFileError(
            str(path), None, f"unknown keys {sorted(unknown)} (known: {', '.join(_LIST_KEYS)})"
        )
    return _build(data)


def _build(data: dict[str, list[str]]) -> LangCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(k for phrase in data.get(key) or [] for k in alias_keys(str(phrase)))

    return LangCues(
        honorifics=tuple(keys for h in data.get("honorifics") or [] if (keys := alias_keys(str(h)))),
        place_prepositions=words("place_prepositions"),
        place_proclitics=tuple(str(p) for p in data.get("place_proclitics") or []),
        destination_prepositions=words("destination_prepositions"),
        motion_prepositions=words("motion_prepositions"),
        motion_words=words("motion_words"),
        place_nouns=words("place_nouns"),
        genitives=words("genitives"),
        of_words=words("of_words"),
        determiners=words("determiners"),
        nominal_heads=words("nominal_heads"),
        diplomat_heads=words("diplomat_heads"),
        diplomat_roles=words("diplomat_roles"),
        possessive_determiners=words("possessive_determiners"),
        posting_prepositions=words("posting_prepositions"),
        org_heads=words("org_heads"),
        occasion_heads=words("occasion_heads"),
        nationality_heads=words("nationality_heads"),
        conjunctions=words("conjunctions"),
        plural_role_heads=words("plural_role_heads"),
        name_stops=words("name_stops"),
        title_qualifiers=words("title_qualifiers"),
        singular_determiners=words("singular_determiners"),
        descriptive_heads=words("descriptive_heads"),
        capital_nouns=words("capital_nouns"),
        government_links=words("government_links"),
        government_heads=words("government_heads"),
        text_nouns=words("text_nouns"),
        text_modifiers=words("text_modifiers"),
        consent_words=words("consent_words"),
    )
