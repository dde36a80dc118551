"""A role noun set off by commas before a person's name titles that person, known to the knowledge base
or not, on sentences written for these tests: "Su representante en España, Abdulah Arabi," is Arabi,
not the UN envoy named a sentence before (actors.stage `_apposed_name`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

APPOSED = [
    (
        "es",
        "Albares recibió al enviado de la ONU, Staffan de Mistura. El Frente Polisario no tardó en reaccionar. "
        "Su representante en España, Abdulah Arabi, acusó al Gobierno.",
        "Su representante",
    ),
    (
        "fr",
        "Albares a reçu l'envoyé de l'ONU, Staffan de Mistura. Le Front Polisario n'a pas tardé à réagir. "
        "Son représentant en Espagne, Abdulah Arabi, a accusé le gouvernement.",
        "Son représentant",
    ),
]


@pytest.mark.parametrize(("lang", "text", "role"), APPOSED)
def test_a_role_set_off_before_a_name_titles_that_name(packaged_ids, lang: str, text: str, role: str) -> None:
    linked = packaged_ids(text, lang, "2025-10-16")
    assert linked.get(role) != "Staffan_de_Mistura", linked
    assert linked.get("Staffan de Mistura") == "Staffan_de_Mistura", linked


def test_a_role_referring_back_still_links(packaged_ids) -> None:
    text = "Albares recibió al enviado de la ONU, Staffan de Mistura. El enviado viajará después a Argel."
    linked = packaged_ids(text, "es", "2025-10-16")
    assert (
        linked.get("El enviado") == "Staffan_de_Mistura" or linked.get("enviado") == "Staffan_de_Mistura"
    ), linked
