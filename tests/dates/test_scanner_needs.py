"""The scanner skips a rule whose required tokens a text lacks: it must find what running every rule finds."""

from __future__ import annotations

import dataclasses

import pytest

from diplowatch.dates.grammar import PatternCompiler
from diplowatch.dates.scanner import Grammar, _line_local, _matches, grammar
from diplowatch.text.normalise import fold_aligned
from tests.dates.date_cases import load_cases


def _every_rule(folded: str, compiled: Grammar) -> list[tuple[int, int, int, str]]:
    return [
        (match.start("x"), match.end("x"), order, match.group(0))
        for order, (_, regex) in enumerate(compiled.rules)
        for match in regex.finditer(folded)
        if match.end("x") > match.start("x")
    ]


def test_required_tokens_leave_out_optional_runs_and_context() -> None:
    compiler = PatternCompiler({"DAY": "[0-3]?\\d", "MONTH": "(?:mars|avril)", "WEEKDAY": "(?:lundi)"}, {})
    required = compiler.required("<!la> [WEEKDAY] DAY MONTH [YEAR] !")
    assert required == (compiler._item("DAY"), compiler._item("MONTH"))
    assert compiler.required("[WEEKDAY] [DAY]") == ()  # nothing required: the rule always runs


@pytest.mark.parametrize("language", ["fr", "en", "es", "ar"])
def test_skipping_rules_finds_what_every_rule_finds(language: str) -> None:
    sentences = [case.sentence for case in load_cases() if case.language == language]
    compiled = grammar(language)
    lines = "\n".join(sentences)
    for text in [*sentences, " ".join(sentences), lines, lines.replace("\n", "\n\n"), "Rien ici.", "", "\n"]:
        folded = fold_aligned(text).text
        found = [
            (start, end, order, match.group(0)) for start, end, order, match in _matches(folded, compiled)
        ]
        assert found == _every_rule(folded, compiled), text


def test_a_rule_that_could_cross_a_line_is_run_over_the_whole_text() -> None:
    assert _line_local(["(?<!\\w)(?P<x>mars(?:[^\\S\\n]*,?[^\\S\\n]*)2024)"])
    assert not _line_local(["(?P<x>mars\\s+2024)"])  # \s takes a line break
    assert not _line_local(["(?P<x>mars[^,]2024)"])  # so does a negated set
    compiled = dataclasses.replace(grammar("fr"), line_local=False)
    folded = fold_aligned("Le 3\nmars 2024, puis le 4 mars.\nRien.").text
    assert [(s, e, o) for s, e, o, _ in _matches(folded, compiled)] == [
        (s, e, o) for s, e, o, _ in _every_rule(folded, compiled)
    ]
