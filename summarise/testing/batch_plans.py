"""Batch plans: how the scripted batch server runs the next batch it is given.

A real batch takes hours and fails in ways a test cannot wait for or provoke: lines that
fail, a window that expires with half the work done, a file rejected before it runs, an
output line that arrives broken. A plan says which of these happen, to which lines, so a
test meets each in a known order; lines no plan mentions are answered by the server's
responder, as its chat requests are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from summarise.testing.steps import Step

Outcome = Literal["completed", "expired", "failed"]


@dataclass(frozen=True)
class Malformed:
    """A broken output line: ``text``, or by default the line's own text cut in half, as a
    provider's file cut short would hold it."""

    text: str | None = None


LineStep = Step | Malformed
"""What one line does: a chat step (an answer, raw text, a truncated reply, an HTTP error,
which goes to the error file as a real provider's would), or a malformed output line."""


@dataclass(frozen=True)
class BatchPlan:
    """How one batch runs.

    ``polls``: retrieves that still see it in progress before it finishes. ``outcome``:
    ``completed``; ``expired`` (only the first ``answered`` lines ran, the rest fail with
    ``batch_expired``); or ``failed`` (rejected before running, with ``errors``).
    ``lines``: steps for chosen lines, by their index in the input file (from 0).
    """

    polls: int = 0
    outcome: Outcome = "completed"
    answered: int = 0
    lines: dict[int, LineStep] = field(default_factory=dict)
    errors: tuple[str, ...] = ("the input file is not valid",)
