"""The timeline's facets in the URL: parsed into the library's filter and written back unchanged."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from diplowatch.errors import UsageError
from diplowatch.web.facets import facets_from, narrowed, url, without


def parsed(link: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(link).query)


@pytest.mark.parametrize(
    "link",
    [
        "/",
        "/?type=ACCUSE&type=REJECT",
        "/?actor=Spain&actor=Morocco&exact=1&role=recipient",
        "/?future=1&negated=1&place=Rabat&lang=ar&outlet=Example+Wire&since=2024-01&until=2024",
        "/?min_confidence=0.75&lanes=actor&page=3",
    ],
)
def test_a_view_url_round_trips(link: str) -> None:
    assert url(facets_from(parsed(link))) == link


def test_values_are_checked_with_the_library_s_messages() -> None:
    with pytest.raises(UsageError, match="not a PLOVER category"):
        facets_from({"type": ["MEET"]})
    with pytest.raises(UsageError, match="min_confidence"):
        facets_from({"min_confidence": ["high"]})
    with pytest.raises(UsageError, match="choose actor or recipient"):
        facets_from({"role": ["host"]})
    with pytest.raises(UsageError, match="lanes"):
        facets_from({"lanes": ["country"]})


def test_a_side_without_an_actor_is_ignored_and_blank_fields_are_absent() -> None:
    facets = facets_from({"role": ["actor"], "place": [""], "type": ["consult"]})
    assert facets.where.role is None and facets.where.place is None and facets.where.types == ("CONSULT",)


def test_narrowing_and_removing_keep_the_other_facets() -> None:
    facets = facets_from(parsed("/?type=ACCUSE&lang=fr&page=4"))
    assert (
        narrowed(facets, types=("REJECT",), since="2024-03")
        == "/?type=REJECT&lang=fr&since=2024-03&until=2024-03"
    )
    assert without(facets, "type", "ACCUSE") == "/?lang=fr"
    assert without(facets, "lang") == "/?type=ACCUSE"
