"""Scripted steps: what the scripted model server does with one chat request.

Tests queue these to meet, in a known order, each way a real model server answers or
fails; the fault policy builds the same steps from seeded draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarise.schema import ExtractionDraft


@dataclass(frozen=True)
class Answer:
    """The model answers with this extraction, shaped for the request's mode."""

    draft: dict[str, Any]


@dataclass(frozen=True)
class RawText:
    """The model writes this text verbatim (in tool-call arguments in tools mode)."""

    text: str


@dataclass(frozen=True)
class HttpError:
    """The server fails the request with this status, JSON body and headers."""

    status: int
    message: str = "scripted failure"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Truncated:
    """The reply stops short with ``finish_reason: length``; default: half the answer."""

    text: str | None = None


@dataclass(frozen=True)
class Drop:
    """The server closes the connection without sending a byte of response."""


@dataclass(frozen=True)
class Delay:
    """Wait, then handle the request with ``then`` (default: the responder)."""

    seconds: float
    then: Step | None = None


Step = Answer | RawText | HttpError | Truncated | Drop | Delay


def as_step(step: Step | dict[str, Any] | ExtractionDraft | str) -> Step:
    """Lets a script say a plain answer briefly: dicts and drafts answer, strings are raw text."""
    if isinstance(step, ExtractionDraft):
        return Answer(step.model_dump(mode="json"))
    if isinstance(step, dict):
        return Answer(step)
    if isinstance(step, str):
        return RawText(step)
    return step
