"""The shape of an Arabic word: a verbal noun or a noun, or a verb (unparsed text has no parts of speech)."""

from __future__ import annotations


def nominal_shape(word: str, text: str = "") -> bool:
    """The lexicon word has the shape of an Arabic verbal noun or of a noun, not of a verb: "تمديد",
    "استقبال", "زيارة", "زيارت*" (with a possessive), "مطالبة", "محادثات", "لقاء". After a comma a noun
    is mostly an object or a complement ("قرر المجلس، الجمعة، تمديد ولاية البعثة": the extension is
    the Council's, not the mission's), so the subject is not looked for after it. The token itself is a
    noun when it carries the article or a ta marbuta ("، الهجوم", "دعوة")."""
    stem = word.rstrip("*")
    stem = stem[1:] if stem[:1] in ("و", "ف") and len(stem) > 4 else stem  # a glued "and"
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text
    return (
        (bare.startswith("ال") and not stem.startswith("ال"))  # the article, not "التقى", "التزم"
        or text.endswith("ة")
        or stem.endswith(("ه", "ات", "ء", "اي", "ائ"))
        or (stem.startswith("م") and len(stem) >= 5)
        or (stem.startswith("ت") and len(stem) >= 5 and stem[-2] == "ي")
        or (stem.startswith("ا") and len(stem) >= 5 and stem[-2] == "ا")
        or (stem.endswith("ت") and len(stem) >= 5 and stem[-3] in "اي")
        # fu'ul, a verbal noun ("هجوم", "خروج"), not an imperfect ("يقوم", "تقول")
        or (len(stem) == 4 and stem[2] == "و" and stem[0] not in IMPERFECT_PREFIXES)
    )


IMPERFECT_PREFIXES = "يتنأا"
