"""The one small interface every extractor implements."""

from __future__ import annotations

from typing import Protocol

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
