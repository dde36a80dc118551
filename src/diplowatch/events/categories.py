"""Groups of PLOVER categories that several rule modules read, defined once."""

from __future__ import annotations

# What one says of, or asks of, another: a stance needs a counterpart (events.sides), its noun may
# name its holder ("Spain's support", events.nominal), and it is said to whoever was met
# (events.meeting_acts).
STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
# Stances taken on something: their object may be a voted or authored text (events.voting,
# events.authored), another's act told before (events.reactions) or a stance held (events.arguments).
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
# Asks: whom they address is the one asked to act (events.arguments, events.asked_acts).
REQUESTS = frozenset({"REQUEST"})
# A meeting: its adverbial after another act is a happening of its own (events.arguments).
MEETING = "CONSULT"
# Force: acts of armed force, whose doers are the states or groups that wield it; a vehicle that does
# them is its state's (events.background), an infinitive of purpose tells them as aims (events.purposes).
FORCE = frozenset({"ASSAULT", "COERCE"})
