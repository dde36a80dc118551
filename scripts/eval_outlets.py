#!/usr/bin/env python3
"""News outlets among event participants in a prediction file: there must be none.

    python scripts/eval_outlets.py PRED.jsonl [--list]

An outlet reports an event and never takes part in it ("(Reuters)", "selon
l'AFP", "told Reuters"). A predicted event actor or recipient counts as an
outlet when its name, id or one of its mentions is a name of `lang/outlets.yaml`,
or when it is a KB organisation with sector JRN (news media). Prints the count
over every participant of every event; with --list, each one with its document
(for browsing: run it on the train fold's predictions only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from folds import fold_of  # scripts/ is on sys.path when a script runs

from diplowatch.actors.outlets import is_outlet
from diplowatch.kb import KB, default_kb


def outlet_actor(actor: dict, kb: KB) -> bool:
    texts = [actor.get("name") or "", (actor.get("id") or "").replace("_", " ")]
    texts += [m.get("text") or "" for m in actor.get("mentions") or []]
    if any(is_outlet(t) for t in texts if t):
        return True
    entry = kb.get(actor.get("id"))
    return entry is not None and entry.kind == "organization" and "JRN" in (entry.sector or "").split()


def outlet_participants(record: dict, kb: KB) -> tuple[int, list[str]]:
    """(participants counted, names of those that are outlets) over the record's events."""
    actors = {a.get("id") or a.get("name"): a for a in record.get("actors") or []}
    total, outlets = 0, []
    for event in record.get("events") or []:
        for key in ("actor", "recipient"):
            for ref in event.get(key) or []:
                ref = ref if isinstance(ref, str) else (ref.get("id") or ref.get("name"))
                total += 1
                actor = actors.get(ref) or {"id": ref, "name": ref}
                if outlet_actor(actor, kb):
                    outlets.append(f"{event.get('type')} {key} {ref}")
    return total, outlets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred", type=Path)
    parser.add_argument("--list", action="store_true", help="print each outlet participant")
    args = parser.parse_args(argv)
    kb = default_kb()
    total = 0
    found: list[tuple[str, str]] = []
    for line in args.pred.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        counted, outlets = outlet_participants(record, kb)
        total += counted
        found += [(Path(record.get("source") or "?").name, o) for o in outlets]
    print(f"outlet_participants {len(found)} (of {total} event actors and recipients)")
    if args.list:
        for source, what in found:
            if fold_of(source) == "train":
                print(f"  {source}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
