""" "Le diplomate", "the diplomat", "el diplomático", "الدبلوماسي" stand for the last diplomat named before,
whoever the knowledge base calls a diplomat: an ambassador, an envoy, a head of diplomacy
(lang/<xx>/actors.yaml `diplomat_heads`, `diplomat_roles`). Sentences written for these tests."""

from __future__ import annotations

import pytest

TOLD = {
    "fr": (
        "Staffan de Mistura a présenté son rapport le 16 octobre. L'ambassadeur algérien auprès de l'ONU, Amar "
        "Bendjama, a pris la parole après le vote. Le diplomate a reproché aux rédacteurs d'ignorer le droit "
        "à l'autodétermination.",
        "Le diplomate",
    ),
    "en": (
        "Staffan de Mistura briefed the Council on October 16. Algeria's UN ambassador, Amar Bendjama, spoke "
        "after the vote. The diplomat said the text ignored the right to self-determination.",
        "The diplomat",
    ),
    "es": (
        "Staffan de Mistura informó al Consejo el 16 de octubre. El embajador argelino ante la ONU, Amar "
        "Bendjama, intervino tras la votación. El diplomático reprochó a los redactores ignorar el derecho a la "
        "autodeterminación.",
        "El diplomático",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(TOLD))
def test_the_diplomat_is_the_last_diplomat_named(packaged_ids, lang):
    text, phrase = TOLD[lang]
    assert packaged_ids(text, lang, "2024-11-01").get(phrase) == "Amar_Bendjama"


@pytest.mark.slow
def test_a_description_the_kb_holds_still_names_its_person(packaged_ids):
    """A diplomat's own description ("le diplomate italo-suédois") still names that diplomat."""
    text = (
        "L'ambassadeur algérien auprès de l'ONU, Amar Bendjama, a pris la parole. Le diplomate italo-suédois "
        "Staffan de Mistura a ensuite quitté la salle."
    )
    ids = packaged_ids(text, "fr", "2024-11-01")
    assert ids.get("Staffan de Mistura") == "Staffan_de_Mistura"
    assert "Amar_Bendjama" not in {v for k, v in ids.items() if "diplomate" in k}
