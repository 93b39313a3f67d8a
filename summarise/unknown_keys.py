"""A key a config file does not know, named with the nearest ones it does.

A mistyped key is the commonest config mistake (``format`` for ``formats``, ``modle``), and
pydantic's own words for it, "Extra inputs are not permitted", name neither the key nor
the fix. Both config files (``config.toml`` and ``briefing.toml``) say it this one way.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

# How alike a known key must be to be offered: edits (a swap of two letters is one, so
# "modle" is as near "model" as "mode") against the longer key's length; "url" and "urls"
# are 0.75, "colour" and "folder" 0.5.
_NEAR = 0.6


def nearest_keys(key: str, known: Sequence[str]) -> list[str]:
    """The known keys nearest ``key``, all of them when several are equally near: one
    guess picked among ties would be wrong as often as right."""
    scored = [(OSA.normalized_similarity(key, k), k) for k in known]
    best = max((score for score, _ in scored), default=0.0)
    return [k for score, k in scored if score == best] if best >= _NEAR else []


def unknown_keys(keys: Sequence[str], known: Sequence[str], noun: str = "key") -> str:
    """``unknown setting 'tempreture'; did you mean 'temperature'?``; a key near none of
    ``known`` gets the list of them instead, since there is no guess to offer."""
    nearest = {key: " or ".join(repr(k) for k in nearest_keys(key, known)) for key in keys}
    listed = "" if all(nearest.values()) else f"; known {noun}s: {', '.join(known)}"
    if len(keys) == 1:
        near = nearest[keys[0]]
        guess = f"; did you mean {near}?" if near else ""
        return f"unknown {noun} {keys[0]!r}{guess}{listed}"
    named = [f"{k!r} (did you mean {n}?)" if n else repr(k) for k, n in nearest.items()]
    return f"unknown {noun}s {', '.join(named)}{listed}"
