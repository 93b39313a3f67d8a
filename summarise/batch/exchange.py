"""The live extraction, run with a ``create`` that records its requests or replays replies.

A batch is only trustworthy if its lines are exactly what a live extraction would send and
its replies are read exactly as a live extraction reads them. So neither prompt building
nor reply parsing is written again here: the live ``openai`` backend runs unchanged, and
only its transport is swapped for a callable that

- when preparing, writes each request as a batch line and answers with an empty but valid
  reply, so the backend goes on to its next request (the next chunk, the next pass);
- when collecting, answers each request with the reply the batch returned for it, so the
  backend's own validation, re-asks, chunk merge and accounting apply, and the pipeline
  grounds and caches the result under the key a live run would use.

A request with no collected reply (a re-ask after an invalid reply, half of a piece cut at
``max_tokens``, a line that failed) cannot be answered offline: when collecting, the
article fails with the reason; when preparing with ``only_missing``, it becomes a line of
the next file while the replies already collected are replayed to reach it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from openai.types.chat import ChatCompletion

from summarise.article import Article
from summarise.batch.lines import request_id
from summarise.errors import ArticleError
from summarise.extraction.backends.base import BackendResult, Identity
from summarise.extraction.backends.llm import ChatCreate, record_request
from summarise.extraction.backends.openai import make_openai_backend
from summarise.extraction.cache import cache_key
from summarise.settings import Settings

_article_key: ContextVar[str] = ContextVar("summarise_batch_article_key")


class KeyedBackend:
    """The live ``openai`` backend over a stand-in transport, telling it whose requests
    these are: a request's ``custom_id`` digests the article's cache key with the request.

    Each article is extracted in a task of its own, so a context variable keeps the key
    of concurrent articles apart, as ``record_request`` keeps their counts apart.
    """

    def __init__(self, settings: Settings, create: ChatCreate) -> None:
        self._inner = make_openai_backend(settings, create=create)
        self._identity = self._inner.identity()

    @property
    def name(self) -> str:
        return self._inner.name

    def identity(self) -> Identity:
        return self._inner.identity()

    def key(self, article: Article) -> str:
        return cache_key(article, self._identity)

    async def extract(self, article: Article) -> BackendResult:
        token = _article_key.set(self.key(article))
        try:
            return await self._inner.extract(article)
        finally:
            _article_key.reset(token)

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass(frozen=True)
class Request:
    """One request as the backend made it: whose, its id and its JSON body."""

    key: str
    custom_id: str
    body: str


def _request(kwargs: dict[str, Any]) -> Request:
    """Key order is kept as the backend built it: the schema's property order is the order
    a model writes the fields in, so a re-sorted body would not be the live request."""
    key = _article_key.get()
    body = json.dumps(kwargs, ensure_ascii=False)
    return Request(key, request_id(key, body), body)


Lookup = Callable[[str], ChatCompletion | None]


def replaying(replies: Lookup, missing: Callable[[str, dict[str, Any]], str]) -> ChatCreate:
    """A ``create`` that answers from collected ``replies``; ``missing(custom_id, kwargs)``
    says why a request has none, as the article's failure."""

    async def create(**kwargs: Any) -> ChatCompletion:
        request = _request(kwargs)
        reply = replies(request.custom_id)
        if reply is None:
            raise ArticleError(missing(request.custom_id, kwargs))
        record_request()
        return reply

    return create


def recording(replies: Lookup, record: Callable[[Request], None]) -> ChatCreate:
    """A ``create`` that replays what ``replies`` holds and hands every other request to
    ``record``, answering it with an empty extraction so the backend carries on."""

    async def create(**kwargs: Any) -> ChatCompletion:
        request = _request(kwargs)
        reply = replies(request.custom_id)
        if reply is not None:
            return reply
        record(request)
        return empty_reply(kwargs)

    return create


def no_replies(_custom_id: str) -> ChatCompletion | None:
    return None


def empty_reply(kwargs: dict[str, Any]) -> ChatCompletion:
    """An extraction with every list empty (``{}``), shaped for the request's mode: the
    arguments of the tool it was told to call, else the message content."""
    message: dict[str, Any] = {"role": "assistant", "content": "{}"}
    tools = kwargs.get("tools")
    if isinstance(tools, list) and tools:
        name = tools[0].get("function", {}).get("name", "extract")
        call = {"id": "call_0", "type": "function", "function": {"name": name, "arguments": "{}"}}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
    return ChatCompletion.model_validate(
        {
            "id": "batch-prepare",
            "object": "chat.completion",
            "created": 0,
            "model": str(kwargs.get("model", "")),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }
    )
