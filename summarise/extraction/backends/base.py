"""The one small interface every extractor implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, Field

from summarise.article import Article
from summarise.schema import ExtractionDraft

Identity = dict[str, str | int | float | bool | None]
"""What shapes a backend's output (model, base URL, mode, sampling, prompt); never a secret."""


class Usage(BaseModel):
    """Tokens spent; zero for backends without a model."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class BackendResult(BaseModel):
    """What a backend returns for one article, before grounding.

    ``attempts`` counts model replies asked for (first tries plus re-asks, over all chunks);
    ``requests`` counts HTTP requests sent, transport retries included.
    """

    draft: ExtractionDraft
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0
    raw_replies: list[str] = Field(default_factory=list)


class Spent(BaseModel):
    """What an extraction cost before it failed. A failed article's requests were sent and
    its tokens billed all the same, so the failure carries them to the run's totals."""

    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0


_SPENT = "summarise_spent"


def note_spent(error: BaseException, spent: Spent) -> None:
    """Attach to ``error`` what was spent before it was raised. An attribute rather than a
    wrapping exception: the pipeline tells failures apart by their class, which must stay."""
    setattr(error, _SPENT, spent)


def spent_on(error: BaseException) -> Spent:
    """What was spent before ``error`` (nothing, when no backend said)."""
    spent = getattr(error, _SPENT, None)
    return spent if isinstance(spent, Spent) else Spent()


class Backend(Protocol):
    """An extractor: article in, ungrounded draft out.

    ``identity`` lists everything that shapes the output (model, base URL, mode, sampling);
    it goes into cache keys and run records, so it must never hold a secret.
    """

    @property
    def name(self) -> str: ...

    def identity(self) -> Identity: ...

    async def extract(self, article: Article) -> BackendResult: ...

    async def aclose(self) -> None: ...


Reply = TypeVar("Reply", bound=BaseModel)


@dataclass(frozen=True)
class Completion(Generic[Reply]):
    """A structured reply and what it cost."""

    value: Reply
    usage: Usage = field(default_factory=Usage)
    requests: int = 0
    raw_replies: list[str] = field(default_factory=list)


@runtime_checkable
class StructuredCompleter(Protocol):
    """A backend that can also answer one request outside any article (the briefing's
    overview) with a reply of a given schema. Model backends have it; the baseline does not.
    """

    async def complete(
        self, messages: list[dict[str, str]], response_model: type[Reply]
    ) -> Completion[Reply]: ...
