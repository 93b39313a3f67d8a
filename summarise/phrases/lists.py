"""Names listed in running text: "a", "a and b", "a, b and c".

The extraction names a joint voice or a group of signatories this way and the briefing
lists sources and parties this way; one helper keeps every list written alike (no Oxford
comma, the house style of the labels and of the briefing's lines)."""

from __future__ import annotations

from collections.abc import Sequence


def and_joined(names: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``: commas between the names, "and" before the
    last. At least one name."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
