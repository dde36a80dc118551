"""Table-driven cases for the error classes found on samples/ (sentences written for these tests):
texts voted by an assembly act for it and are what reactions are about, abstentions are
rejections addressed to the assembly, ambassador recalls are sanctions, planned visits are AGREE
with the host country, a place of another clause hosts nothing, investigations need no target."""

from __future__ import annotations

import pytest

# (lang, text, type, ids that must be among actor+recipient, ids that must not be actors, aux required)
CASES = [
    # A voted text acts for the assembly that adopted it (not for who drafted it).
    (
        "fr",
        "Le Conseil de sécurité a voté jeudi. Le texte exhorte le Maroc et le Polisario à reprendre le dialogue.",
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco", "Polisario_Front"},
        set(),
        set(),
    ),
    (
        "en",
        (
            "The Security Council voted on Thursday. The text, drafted by Spain, urges Morocco and the Polisario "
            "to resume talks."
        ),
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco"},
        {"Spain"},
        set(),
    ),
    (
        "es",
        "El Consejo de Seguridad votó el jueves. El texto insta a Marruecos y al Polisario a retomar el diálogo.",
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco"},
        set(),
        set(),
    ),
    (
        "ar",
        "اجتمع مجلس الأمن أمس. ويحث القرار المغرب والبوليساريو على استئناف الحوار.",
        "REQUEST",
        {"United_Nations_Security_Council", "Morocco"},
        set(),
        set(),
    ),
    # An abstention is a rejection addressed to the assembly; a coordinated Arabic subject acts as a whole.
    (
        "fr",
        "Le Conseil de sécurité a voté jeudi. La Russie s'est abstenue.",
        "REJECT",
        {"Russia", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "en",
        "The Security Council voted on Thursday. Russia abstained.",
        "REJECT",
        {"Russia", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "es",
        "El Consejo de Seguridad votó el jueves. Rusia se abstuvo.",
        "REJECT",
        {"Russia", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "ar",
        "اجتمع مجلس الأمن أمس. وامتنعت روسيا والجزائر عن التصويت.",
        "REJECT",
        {"Russia", "Algeria", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    # A reaction to the voted text is addressed to the assembly.
    (
        "fr",
        "Le Conseil de sécurité a voté jeudi. Rabat a salué le texte.",
        "SUPPORT",
        {"Morocco", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "en",
        "The Security Council voted on Thursday. The Polisario criticised the resolution.",
        "ACCUSE",
        {"Polisario_Front", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "es",
        "El Consejo de Seguridad votó el jueves. Argelia criticó la resolución.",
        "ACCUSE",
        {"Algeria", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    (
        "ar",
        "اجتمع مجلس الأمن أمس. ورحبت الرباط بالقرار.",
        "SUPPORT",
        {"Morocco", "United_Nations_Security_Council"},
        set(),
        set(),
    ),
    # Ambassador recalls are sanctions, even with words between the verb and "ambassador".
    (
        "fr",
        "L'Algérie a retiré avec effet immédiat son ambassadeur à Madrid.",
        "SANCTION",
        {"Algeria", "Spain"},
        set(),
        set(),
    ),
    (
        "en",
        "Algeria recalled its ambassador in Madrid for consultations.",
        "SANCTION",
        {"Algeria"},
        set(),
        set(),
    ),
    (
        "es",
        "Argelia ordenó el regreso inmediato de su embajador en Madrid para consultas.",
        "SANCTION",
        {"Algeria"},
        set(),
        set(),
    ),
    ("ar", "أعلنت الجزائر سحب سفيرها من مدريد.", "SANCTION", {"Algeria"}, set(), set()),
    # Planned visits are AGREE, their host country the recipient.
    (
        "fr",
        "Staffan de Mistura se rendra à Madrid dans les prochains jours.",
        "AGREE",
        {"Staffan_de_Mistura", "Spain"},
        set(),
        {"future"},
    ),
    (
        "en",
        "Staffan de Mistura will travel to Madrid next week.",
        "AGREE",
        {"Staffan_de_Mistura", "Spain"},
        set(),
        {"future"},
    ),
    (
        "es",
        "Staffan de Mistura viajará a Madrid la próxima semana.",
        "AGREE",
        {"Staffan_de_Mistura", "Spain"},
        set(),
        {"future"},
    ),
    (
        "ar",
        "ومن المنتظر أن يتوجه دي ميستورا إلى مدريد.",
        "AGREE",
        {"Staffan_de_Mistura", "Spain"},
        set(),
        {"future"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who", "not_actor", "aux"), CASES, ids=[c[1][-40:] for c in CASES]
)
def test_events_votes_recalls_visits(code, lang, text, kind, who, not_actor, aux):
    found = code(text, lang)
    events = [e for e in found if e.type == kind]
    assert events, f"no {kind} in {[(e.type, e.actor, e.recipient) for e in found]}"
    best = max(events, key=lambda e: len(who & (set(e.actor) | set(e.recipient))))
    assert who <= set(best.actor) | set(best.recipient), (best.actor, best.recipient)
    assert not not_actor & set(best.actor)
    assert aux <= set(best.aux)
    assert "negation" not in best.aux and "hypothetical" not in best.aux


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Argelia ordenó el regreso inmediato de su embajador en Madrid para consultas."),
        ("fr", "L'Algérie a rappelé son ambassadeur à Madrid pour consultations."),
    ],
)
def test_events_recall_for_consultations_is_no_meeting(code, lang, text):
    assert not [e for e in code(text, lang) if e.type == "CONSULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "actor", "stranger"),
    [
        ("fr", "Rabat a salué la décision, tandis qu'Alger a dénoncé ce choix.", "Morocco", "Algeria"),
        ("en", "Rabat welcomed the decision, while Algiers condemned it.", "Morocco", "Algeria"),
        ("es", "Marruecos apoyó la decisión, aunque Argel la condenó.", "Morocco", "Algeria"),
    ],
)
def test_events_place_of_another_clause_is_not_the_recipient(code, lang, text, actor, stranger):
    support = [e for e in code(text, lang) if e.type == "SUPPORT" and actor in e.actor]
    assert support and all(stranger not in e.recipient for e in support)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Staffan de Mistura met Nasser Bourita in Rabat on Monday. Morocco opened an investigation on Sunday.",
        ),
        (
            "fr",
            "Staffan de Mistura a rencontré Nasser Bourita lundi à Rabat. Le Maroc a ouvert une enquête dimanche.",
        ),
    ],
)
def test_events_investigation_needs_no_recipient(code, lang, text):
    accuse = [e for e in code(text, lang) if e.type == "ACCUSE" and "Morocco" in e.actor]
    assert accuse and accuse[0].mode == ("investigate",)
