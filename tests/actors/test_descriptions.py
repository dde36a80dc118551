"""Descriptions that stand for an actor the article names ("le royaume", "la Cancillería", "the
junta"): linked to the one actor they fit, never to a guess (actors.descriptions)."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.actors.matcher import AliasIndex
from diplowatch.kb import kb_from_dicts
from diplowatch.model import Article, DateValue, Segment
from diplowatch.text.normalise import tokens

ENTRIES = [
    {
        "id": "Morocco",
        "kind": "country",
        "name": "Morocco",
        "country": "MAR",
        "names": {
            "en": ["Morocco", "Kingdom of Morocco"],
            "fr": ["Maroc", "Royaume du Maroc"],
            "es": ["Marruecos", "Reino de Marruecos"],
            "ar": ["المغرب", "المملكة المغربية"],
        },
    },
    {
        "id": "Spain",
        "kind": "country",
        "name": "Spain",
        "country": "ESP",
        "names": {
            "en": ["Spain", "Kingdom of Spain"],
            "fr": ["Espagne", "Royaume d'Espagne"],
            "es": ["España", "Reino de España"],
        },
    },
    {
        "id": "Algeria",
        "kind": "country",
        "name": "Algeria",
        "country": "DZA",
        "names": {
            "en": ["Algeria", "People's Democratic Republic of Algeria"],
            "fr": ["Algérie"],
            "es": ["Argelia"],
            "ar": ["الجزائر"],
        },
    },
    {
        "id": "Niger",
        "kind": "country",
        "name": "Niger",
        "country": "NER",
        "names": {"en": ["Niger"], "fr": ["Niger"], "es": ["Níger"], "ar": ["النيجر"]},
    },
    {
        "id": "Abdourahamane_Tchiani",
        "kind": "person",
        "name": "Abdourahamane Tchiani",
        "country": "NER",
        "names": {"xx": ["Abdourahamane Tchiani", "Abdourahamane Tiani"]},
        "roles": [{"role": "head_of_state", "country": "NER", "start": date(2023, 7, 26), "end": None}],
    },
    {
        "id": "Ministry_of_Foreign_Affairs_(Algeria)",
        "kind": "organization",
        "name": "Ministry of Foreign Affairs of Algeria",
        "country": "DZA",
        "names": {"es": ["Ministerio de Exteriores argelino", "cancillería argelina"]},
    },
    {
        "id": "Horst_Köhler",
        "kind": "person",
        "name": "Horst Köhler",
        "names": {"xx": ["Horst Köhler"], "ar": ["هورست كولر"]},
        "roles": [{"role": "un_envoy", "start": date(2017, 8, 16), "end": date(2019, 5, 22)}],
    },
    {
        "id": "United_Nations",
        "kind": "organization",
        "name": "United Nations",
        "names": {"xx": ["UN"], "en": ["United Nations", "the UN"]},
    },
    {
        "id": "Sudanese_Armed_Forces",
        "kind": "organization",
        "name": "Sudanese Armed Forces",
        "country": "SDN",
        "names": {
            "en": ["Sudanese army"],
            "fr": ["armée soudanaise"],
            "es": ["ejército sudanés"],
            "ar": ["الجيش السوداني"],
        },
    },
    {
        "id": "National_Liberation_Army_(Colombia)",
        "kind": "group",
        "name": "National Liberation Army",
        "country": "COL",
        "names": {"xx": ["ELN"], "es": ["Ejército de Liberación Nacional"]},
    },
]
ROLES = [
    {
        "role": "un_envoy",
        "org": "United_Nations",
        "phrases": {"en": ["UN envoy"], "ar": ["الوسيط الأممي"]},
    }
]


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(kb_from_dicts(ENTRIES, ROLES), use_spacy=False)


def mentions(
    linker: ActorLinker, text: str, lang: str, anchor: str | None = "2018-10-20"
) -> dict[str, list[str]]:
    article = Article(
        doc_id="t",
        source="test",
        body=text,
        language=lang,
        published=DateValue(anchor, "day") if anchor else None,
        segments=(Segment(0, len(text), lang),),
    )
    return {a.id or a.name: [m.text for m in a.mentions] for a in linker(article).actors}


# (lang, text, actor, the description's words that must be one of its mentions)
LINKED = [
    ("fr", "Le Maroc et l'Algérie étaient invités. Le royaume a décliné l'invitation.", "Morocco", "royaume"),
    ("en", "Morocco and Algeria were invited. The kingdom declined the invitation.", "Morocco", "kingdom"),
    ("es", "Marruecos y Argelia fueron invitados. El reino rechazó la invitación.", "Morocco", "reino"),
    ("ar", "دعي المغرب والجزائر إلى جنيف. ورفضت المملكة الدعوة.", "Morocco", "المملكة"),
    (
        "es",
        "El Ministerio de Exteriores argelino protestó. La Cancillería llamó a consultas a su embajador.",
        "Ministry_of_Foreign_Affairs_(Algeria)",
        "Cancillería",
    ),
    ("fr", "La Cédéao a menacé le Niger. Les putschistes ont rejeté l'ultimatum.", "Niger", "putschistes"),
    ("en", "Algeria warned Niger on Monday. The junta rejected the warning.", "Niger", "junta"),
    # after the French plural's contracted determiners
    (
        "fr",
        "La Cédéao a menacé le Niger. Elle a donné une semaine aux putschistes pour céder.",
        "Niger",
        "putschistes",
    ),
    (
        "fr",
        "La Cédéao a menacé le Niger. L'Algérie a rejeté l'ultimatum des putschistes.",
        "Niger",
        "putschistes",
    ),
    ("es", "Argelia advirtió al Níger. Los golpistas rechazaron la advertencia.", "Niger", "golpistas"),
    ("es", "Argelia advirtió al Níger. La junta rechazó la advertencia.", "Niger", "junta"),
    (
        "fr",
        "La Cédéao a menacé le Niger. Les autorités de transition ont rejeté l'ultimatum.",
        "Niger",
        "autorités de transition",
    ),
    ("ar", "حذرت الجزائر النيجر. ورفض المجلس العسكري التحذير.", "Niger", "المجلس العسكري"),
    # an alias that begins with its article yields to the longer role phrase after it
    (
        "en",
        "Horst Köhler arrived on Monday. The UN envoy met Algeria's minister.",
        "Horst_Köhler",
        "UN envoy",
    ),
    ("ar", "وصل هورست كولر يوم الاثنين. ويعقد الوسيط الأممي سلسلة من اللقاءات.", "Horst_Köhler", "الوسيط"),
    # the one state army the article names, also after a contracted determiner ("del", "du")
    (
        "en",
        "The Sudanese army met in Port Sudan. The RSF rejected the army's proposal.",
        "Sudanese_Armed_Forces",
        "army",
    ),
    (
        "fr",
        "L'armée soudanaise a proposé une trêve. Les FSR ont rejeté l'offre de l'armée.",
        "Sudanese_Armed_Forces",
        "armée",
    ),
    (
        "fr",
        "L'armée soudanaise a proposé une trêve. Les FSR ont rejeté le plan du commandement et de l'armée.",
        "Sudanese_Armed_Forces",
        "armée",
    ),
    (
        "es",
        "El ejército sudanés propuso una tregua. Las FAR rechazaron la propuesta del ejército.",
        "Sudanese_Armed_Forces",
        "ejército",
    ),
    (
        "ar",
        "اقترح الجيش السوداني هدنة. ورفضت قوات الدعم السريع مقترح الجيش.",
        "Sudanese_Armed_Forces",
        "الجيش",
    ),
]


@pytest.mark.parametrize(("lang", "text", "actor", "words"), LINKED, ids=[f"{r[0]}-{r[3]}" for r in LINKED])
def test_description_links_to_the_one_actor_it_fits(linker, lang, text, actor, words):
    found = mentions(linker, text, lang, anchor="2024-03-13" if actor == "Niger" else "2018-10-20")
    assert any(words in m for m in found.get(actor, [])), found


# two candidates, none, or a junta the KB does not know on that day: no link
UNLINKED = [
    ("fr", "Le Maroc et l'Espagne étaient invités. Le royaume a décliné l'invitation.", "royaume"),
    ("en", "Algeria was invited. The kingdom declined the invitation.", "kingdom"),
    ("en", "Algeria warned Niger on Monday. The junta rejected the warning.", "junta"),  # 2018: no junta
    ("fr", "Le Maroc a protesté. Le Royaume Tower est fermé.", "Royaume"),  # a name begins
    ("es", "Argelia advirtió al Níger. La Junta de Andalucía protestó.", "Junta"),  # a name begins
    # an armed movement named "army" is not "the army"
    (
        "es",
        "El ELN se reunió con el Gobierno en La Habana. El ELN culpó al ejército de los combates.",
        "ejército",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), UNLINKED, ids=[f"{r[0]}-{r[2]}" for r in UNLINKED])
def test_description_without_a_single_candidate_links_nothing(linker, lang, text, words):
    found = mentions(linker, text, lang)
    assert not any(words in m for ms in found.values() for m in ms), found


def test_article_alias_keeps_its_hit_when_nothing_longer_follows(linker):
    text = "The UN said on Monday that talks would resume."
    hits = AliasIndex.for_kb(linker.kb).find(text, tokens(text, 0), "en")
    assert [text[h.start : h.end] for h in hits] == ["The UN"]


def test_a_role_in_the_possessive_leaves_the_article_alias_alone(linker):
    text = "The UN envoy's proposal was discussed on Monday."
    hits = AliasIndex.for_kb(linker.kb).find(text, tokens(text, 0), "en")
    assert [text[h.start : h.end] for h in hits][:1] == ["The UN"]


def test_undated_junta_is_the_one_whose_leader_the_article_names(linker):
    text = "Abdourahamane Tiani a reçu la Cédéao au Niger. Les putschistes ont rejeté l'ultimatum."
    assert any("putschistes" in m for m in mentions(linker, text, "fr", anchor=None).get("Niger", []))
    undated = "L'Algérie a averti le Niger. Les putschistes ont rejeté l'avertissement."
    assert not any(
        "putschistes" in m for ms in mentions(linker, undated, "fr", anchor=None).values() for m in ms
    )
