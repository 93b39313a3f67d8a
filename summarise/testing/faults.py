"""The fault policy: an unreliable server whose failures repeat from run to run.

Load and fault tests need real servers' failures at a chosen rate, yet a failing test must
fail the same way when rerun, so every fault is drawn from a seed and the request itself.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from typing import Any, Literal, get_args

from summarise.testing.steps import Delay, Drop, HttpError, RawText, Step, Truncated

FaultKind = Literal[
    "rate_limit",
    "server_error",
    "unavailable",
    "drop",
    "timeout",
    "invalid_json",
    "schema_invalid",
    "truncated",
]
FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)
# Valid JSON that breaks the schema in three ways: a missing field, a stance outside its
# enum, a list given as a string.
_SCHEMA_INVALID = json.dumps(
    {
        "positions": [{"holder": {"name": "NATO"}, "stance": "maybe", "evidence": []}],
        "military_movements": "none",
        "diplomatic_contacts": [],
    }
)
_INVALID_JSON = '{"positions": [{"holder": {"name": "NATO", "kind": '


@dataclass(frozen=True)
class FaultPolicy:
    """An unreliable server: every chat reply waits ``latency``; a share ``rate`` fails.

    A failing request fails one way, drawn evenly from ``kinds``: 429 asking for
    ``retry_after`` seconds, 500, 503, a dropped connection, a stall of ``hang`` seconds
    (set it above the client's timeout), invalid JSON, JSON that breaks the schema, or a
    reply cut at ``max_tokens``. The draw depends on the seed, the request body and how
    often that same body was sent before, never on arrival order, so concurrent clients
    meet the same faults on every run with the same seed; a resent request draws afresh.
    """

    rate: float = 0.0
    latency: float = 0.0
    seed: int = 0
    kinds: tuple[FaultKind, ...] = FAULT_KINDS
    retry_after: float = 0.05
    hang: float = 5.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        if self.latency < 0 or self.hang < 0 or self.retry_after < 0:
            raise ValueError("latency, hang and retry_after cannot be negative")
        if self.rate > 0 and not self.kinds:
            raise ValueError("a fault rate needs at least one fault kind")

    def fault(self, request: str, seen: int) -> FaultKind | None:
        """The fault for the ``seen``-th resend (0: the first send) of the request whose
        digest is ``request``, or None."""
        draw = random.Random(f"{self.seed}:{request}:{seen}")
        if draw.random() >= self.rate:
            return None
        return draw.choice(self.kinds)

    def step(self, request: str, seen: int) -> Step:
        """What the server does for this request: the fault's step after the latency."""
        kind = self.fault(request, seen)
        then: Step | None = None
        if kind == "rate_limit":
            headers = {
                "Retry-After": f"{self.retry_after:g}",
                "retry-after-ms": str(round(self.retry_after * 1000)),
            }
            then = HttpError(429, "Rate limit reached; please retry after a short wait.", headers)
        elif kind == "server_error":
            then = HttpError(500, "The server had an error while processing your request.")
        elif kind == "unavailable":
            then = HttpError(503, "The engine is currently overloaded; please try again later.")
        elif kind == "drop":
            then = Drop()
        elif kind == "timeout":
            then = Delay(self.hang)
        elif kind == "invalid_json":
            then = RawText(_INVALID_JSON)
        elif kind == "schema_invalid":
            then = RawText(_SCHEMA_INVALID)
        elif kind == "truncated":
            then = Truncated()
        return Delay(self.latency, then)


def request_digest(body: dict[str, Any]) -> str:
    """Names a request by its content, so a resend of the same body is recognised."""
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
