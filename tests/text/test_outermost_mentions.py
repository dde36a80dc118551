"""outermost keeps the mentions no longer mention of another actor contains, whatever the order of
mentions that start at the same place (a property test against the pairwise definition)."""

from hypothesis import given
from hypothesis import strategies as st

from diplowatch.text.mentions import ActorMention, outermost


def _pairwise(found: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    return tuple(
        m
        for m in found
        if not any(
            o.key != m.key and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in found
        )
    )


spans = st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(["A", "B", "C"]))


@given(st.lists(spans, max_size=12))
def test_outermost_is_the_pairwise_definition_for_mentions_sorted_by_start(items: list) -> None:
    found = tuple(
        sorted(
            (ActorMention(start, start + length, key, "country") for start, length, key in items),
            key=lambda m: m.start,
        )
    )
    assert outermost(found) == _pairwise(found)


def test_a_longer_mention_after_one_with_the_same_start_contains_it() -> None:
    short, long = ActorMention(0, 5, "Morocco", "country"), ActorMention(0, 20, "Omar_Hilale", "person")
    assert outermost((short, long)) == (long,)
