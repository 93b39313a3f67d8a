"""Schema-constrained extraction through an OpenAI-style chat call, for any model behind one.

The remote backend (``openai.py``) and the in-process llama.cpp backend both hand this
class a ``create`` function that speaks OpenAI's chat-completion shape; everything about
prompting, re-asking, splitting and accounting lives here once.

Two retry layers are kept apart on purpose. Transport retries (429, 5xx, dropped
connections) live inside ``create``, below instructor: they resend the same request and a
person would never want them to cost a re-ask. Re-asks live in instructor: they send the
model its own invalid reply with the validation error. A reply cut off at ``max_tokens`` is
neither: asking again would be cut at the same place, so the piece of article is halved.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

import instructor
from instructor.core import (
    AsyncValidationError,
    IncompleteOutputException,
    InstructorRetryException,
    ResponseParsingError,
)
from instructor.v2 import mode_registry
from openai.types.chat import ChatCompletion, ChatCompletionMessageFunctionToolCall
from pydantic import BaseModel, ValidationError

from summarise.article import Article
from summarise.errors import ArticleError
from summarise.extraction.backends.base import (
    BackendResult,
    Completion,
    Identity,
    Reply,
    Spent,
    Usage,
    note_spent,
)
from summarise.extraction.prompting.candidates import unasked
from summarise.extraction.prompting.chunking import chunk_text, merge_drafts
from summarise.extraction.prompting.cut import finished_items
from summarise.extraction.prompting.strategy import Kind, Piece, Planner, Strategy
from summarise.extraction.sentences import split_sentences
from summarise.plural import counted
from summarise.schema import ExtractionDraft
from summarise.settings import Settings

ChatCreate = Callable[..., Awaitable[ChatCompletion]]

# Halving stops here: a model that cannot answer for a few sentences within max_tokens
# is looping or badly configured, and more splitting would only multiply the cost.
MIN_SPLIT_CHARS = 500

# What instructor re-asks on, plus the AssertionError it raises for a refusal.
_GAVE_UP = (
    ValidationError,
    json.JSONDecodeError,
    ResponseParsingError,
    AsyncValidationError,
    AssertionError,
)

# instructor logs every failed call at ERROR before raising; the error reaches the user
# through the exception instead, so without this Python's last-resort handler would print
# each failure twice to a CLI user who configured no logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())


@dataclass
class _Tally:
    """What one article's extraction cost, filled in as the calls happen."""

    attempts: int = 0
    requests: int = 0
    usage: Usage = field(default_factory=Usage)
    raw_replies: list[str] = field(default_factory=list)
    last: ChatCompletion | None = None


_current_tally: ContextVar[_Tally | None] = ContextVar("summarise_llm_tally", default=None)


def record_request() -> None:
    """Count one HTTP request against the extraction running in this task.

    Transport layers call this for every request they send, retries included. A context
    variable rather than a return value because instructor stands between the backend
    and the transport and passes only the completion through; each article's extraction
    runs in its own task, so concurrent articles keep separate counts.
    """
    tally = _current_tally.get()
    if tally is not None:
        tally.requests += 1


class _StructuredCreate(Protocol):
    async def __call__(
        self,
        *,
        response_model: type[BaseModel],
        max_retries: int,
        strict: bool,
        **kwargs: Any,
    ) -> BaseModel: ...


@dataclass(frozen=True)
class _Run:
    """One article's extraction in progress."""

    create: _StructuredCreate
    tally: _Tally
    article: Article


class StructuredLLMBackend:
    """An extractor over any OpenAI-style chat ``create`` (see ``backends.base``).

    The strategy (``summarise.extraction.prompting.strategy``) decides which requests a piece of an
    article becomes; every one of them goes through ``create``, and every reply becomes a
    draft here, so a caller that records or replays ``create`` sees the whole extraction.
    """

    def __init__(
        self,
        *,
        name: str,
        create: ChatCreate,
        mode: instructor.Mode,
        identity: Identity,
        settings: Settings,
        strategy: Strategy | None = None,
        on_close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._name = name
        self._create = create
        self._mode = mode
        self._identity = dict(identity)
        self._settings = settings
        self._planner = Planner(strategy if strategy is not None else Strategy())
        self._on_close = on_close
        sampling: dict[str, Any] = {
            "model": settings.model,
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
        }
        if settings.seed is not None:
            sampling["seed"] = settings.seed
        self._sampling = sampling
        # instructor imports its OpenAI handlers on first use (about 0.2 s); load them while
        # building the backend rather than inside the first request.
        mode_registry.get_handlers(instructor.Provider.OPENAI, mode)

    @property
    def name(self) -> str:
        return self._name

    @property
    def strategy(self) -> Strategy:
        return self._planner.strategy

    def identity(self) -> Identity:
        identity = dict(self._identity)
        identity.setdefault("mode", self._mode.value)
        identity.update(self._planner.identity(), chunk_chars=self._settings.chunk_chars)
        if self._settings.on_cut != "split":
            # Only when set, so the caches written before the setting existed stay valid.
            identity["on_cut"] = self._settings.on_cut
        if self.strategy.candidates == "baseline":
            # The model judges the offline extractor's items: new rules are a new extraction,
            # so a cached verdict on the old rules' items must not be served for them.
            from summarise.extraction.backends.baseline import BaselineBackend

            identity["candidates_from"] = BaselineBackend().identity()["version"]
        return identity

    async def extract(self, article: Article) -> BackendResult:
        tally = _Tally()
        token = _current_tally.set(tally)
        try:
            run = _Run(self._structured_create(tally), tally, article)
            proposals = await self._proposals(article)
            drafts: list[ExtractionDraft] = []
            for chunk in chunk_text(article.text, self._settings.chunk_chars):
                piece = Piece(
                    text=chunk.text,
                    title=article.title,
                    source=article.source,
                    published=article.published,
                    index=chunk.index + 1,
                    count=chunk.count,
                    proposals=proposals,
                )
                for kind in self.strategy.kinds:
                    drafts += await self._extract_piece(run, kind, piece)
            if proposals is not None:
                drafts.append(unasked(proposals))
        except Exception as exc:
            spent = Spent(usage=tally.usage, attempts=tally.attempts, requests=tally.requests)
            note_spent(exc, spent)
            raise
        finally:
            _current_tally.reset(token)
        return BackendResult(
            draft=merge_drafts(drafts),
            usage=tally.usage,
            attempts=tally.attempts,
            requests=tally.requests,
            raw_replies=tally.raw_replies,
        )

    async def _proposals(self, article: Article) -> ExtractionDraft | None:
        """The offline extractor's items, for the hybrid strategy to have judged."""
        if self.strategy.candidates != "baseline":
            return None
        from summarise.extraction.backends.baseline import BaselineBackend

        return (await BaselineBackend().extract(article)).draft

    async def aclose(self) -> None:
        if self._on_close is not None:
            await self._on_close()

    async def complete(
        self, messages: list[dict[str, str]], response_model: type[Reply]
    ) -> Completion[Reply]:
        """One reply of ``response_model``'s schema outside any article (the briefing's
        overview), with the extraction's transport, mode, sampling and re-asks."""
        tally = _Tally()
        token = _current_tally.set(tally)
        try:
            create = cast(Callable[..., Awaitable[Reply]], self._structured_create(tally))
            value = await create(
                messages=messages,
                response_model=response_model,
                max_retries=self._settings.reasks,
                strict=False,
                **self._sampling,
            )
        except IncompleteOutputException:
            raise ArticleError(
                f"The model's reply was cut at max_tokens={self._settings.max_tokens}: "
                "raise --max-tokens."
            ) from None
        except InstructorRetryException as exc:
            cause = exc.__cause__
            if isinstance(cause, Exception) and not isinstance(cause, _GAVE_UP):
                raise cause from cause.__cause__
            raise _gave_up(exc, tally) from exc
        finally:
            _current_tally.reset(token)
        return Completion(
            value=value, usage=tally.usage, requests=tally.requests, raw_replies=tally.raw_replies
        )

    def _structured_create(self, tally: _Tally) -> _StructuredCreate:
        """instructor's create over ``self._create``, recording every reply into ``tally``."""
        inner = self._create

        async def counted(**kwargs: Any) -> ChatCompletion:
            tally.attempts += 1
            completion = await inner(**kwargs)
            tally.last = completion
            tally.raw_replies.append(_reply_text(completion))
            if completion.usage is not None:
                tally.usage += Usage(
                    prompt_tokens=completion.usage.prompt_tokens,
                    completion_tokens=completion.usage.completion_tokens,
                )
            return completion

        return cast(_StructuredCreate, instructor.patch(create=counted, mode=self._mode))

    async def _extract_piece(self, run: _Run, kind: Kind, piece: Piece) -> list[ExtractionDraft]:
        request = self._planner.request(kind, piece)
        if request is None:
            return []
        try:
            reply = await run.create(
                messages=request.messages,
                response_model=request.response_model,
                max_retries=self._settings.reasks,
                # Lax validation: a local model writing "3000" for an integer is right enough.
                strict=False,
                **self._sampling,
            )
        except IncompleteOutputException:
            if self._settings.on_cut == "keep":
                kept = finished_items(run.tally.raw_replies[-1], request.response_model)
                return [] if kept is None else [request.to_draft(kept)]
            halves = halve(piece.text)
            if halves is None:
                raise ArticleError(
                    f"The model's reply was cut at max_tokens={self._settings.max_tokens} "
                    f"for a {len(piece.text)}-character piece of the article: raise --max-tokens "
                    "or lower --chunk-chars."
                ) from None
            drafts: list[ExtractionDraft] = []
            for half in halves:
                drafts += await self._extract_piece(run, kind, replace(piece, text=half))
            return drafts
        except InstructorRetryException as exc:
            # instructor wraps whatever ended its loop, transport failures included; those
            # surface as their own class so the pipeline can stop a run on BackendUnavailable.
            cause = exc.__cause__
            if isinstance(cause, Exception) and not isinstance(cause, _GAVE_UP):
                raise cause from cause.__cause__
            raise _gave_up(exc, run.tally) from exc
        return [request.to_draft(reply)]


def _gave_up(exc: InstructorRetryException, tally: _Tally) -> ArticleError:
    """The error for replies that never validated: the first problem, in one line."""
    cause = exc.__cause__
    refusal = _refusal(tally.last) if tally.last is not None else None
    if isinstance(cause, AssertionError) and refusal is not None:
        return ArticleError(f"The model refused to extract this article: {refusal[:200]}")
    reason = _short_reason(cause) if isinstance(cause, Exception) else str(exc)
    return ArticleError(
        f"model output invalid after {counted(exc.n_attempts, 'attempt')}: {reason}"
        "; raise --reasks, try a larger model or another --mode."
    )


def halve(text: str) -> tuple[str, str] | None:
    """``text`` cut at the sentence boundary nearest its middle, or None if too short.

    Both halves must keep at least ``MIN_SPLIT_CHARS``; quotes stay whole because the cut
    is between sentences.
    """
    middle = len(text) / 2
    cuts = [start for start, _ in split_sentences(text)[1:]]
    fitting = [c for c in cuts if MIN_SPLIT_CHARS <= c <= len(text) - MIN_SPLIT_CHARS]
    if not fitting:
        return None
    cut = min(fitting, key=lambda c: abs(c - middle))
    return text[:cut], text[cut:]


def _reply_text(completion: ChatCompletion) -> str:
    """What the model wrote: tool-call arguments in tools mode, the content otherwise."""
    if not completion.choices:
        return ""
    message = completion.choices[0].message
    arguments = [
        call.function.arguments
        for call in message.tool_calls or []
        if isinstance(call, ChatCompletionMessageFunctionToolCall)
    ]
    return "\n".join(arguments) if arguments else message.content or ""


def _refusal(completion: ChatCompletion) -> str | None:
    return completion.choices[0].message.refusal if completion.choices else None


def _short_reason(error: Exception) -> str:
    """The first problem in a line: a whole pydantic report can run to pages."""
    if isinstance(error, ValidationError):
        errors = error.errors(include_url=False, include_input=False)
        first = errors[0]
        where = ".".join(str(part) for part in first["loc"])
        reason = f"{where}: {first['msg']}" if where else first["msg"]
        more = len(errors) - 1
        return f"{reason} (and {more} more)" if more else reason
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg} at character {error.pos})"
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
