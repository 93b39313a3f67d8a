"""The backend for any OpenAI-compatible server: OpenAI itself, vLLM, Ollama, llama.cpp.

The SDK's own retries are off so that this module owns the transport retry layer: it can
count every HTTP request it sends, honour ``Retry-After`` with a cap, and turn what is left
after the retries into one sentence a person can act on. The API key appears in none of
those sentences, in no identity and in no log line.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import instructor
import openai
from openai.types.chat import ChatCompletion
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from summarise.errors import (
    ArticleError,
    BackendMisconfigured,
    BackendUnavailable,
    ConfigError,
    cause,
    one_line,
)
from summarise.extraction.backends.api_errors import asked_wait, refusing, server_message
from summarise.extraction.backends.base import Identity
from summarise.extraction.backends.llm import ChatCreate, StructuredLLMBackend, record_request
from summarise.extraction.prompting.strategy import Strategy, resolve_strategy
from summarise.retry_after import retry_when
from summarise.settings import ModeName, Settings
from summarise.urls import public_url, url_secrets

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers ignore the key, but the SDK refuses to start without one.
PLACEHOLDER_KEY = "no-key"

MODES: dict[ModeName, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}

_RETRIED_STATUS = frozenset({408, 409, 429})
# A server answering these serves no chat-completion API at that address: a plain web
# server (501 to a POST) or one that takes no POST there (405).
_NOT_AN_API_STATUS = frozenset({405, 501})
# Asking a server which models it serves is quick or broken: no run waits long for it.
_LISTING_TIMEOUT = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between transport retries (``Settings.retry_wait`` scales it).

    The number of retries is ``Settings.retries``; this only shapes the waits: exponential
    backoff with jitter from ``initial_wait`` up to ``max_wait``, or the server's own
    ``Retry-After`` when it sends one, up to ``max_retry_after``: a longer ask (a spent
    quota's hour) is not waited for, nor retried sooner than asked; the run stops at once,
    saying when to try again, so a hostile or confused header cannot stall it either.
    """

    initial_wait: float = 1.0
    max_wait: float = 30.0
    jitter: float = 1.0
    max_retry_after: float = 60.0


def make_openai_backend(
    settings: Settings,
    *,
    policy: RetryPolicy | None = None,
    strategy: Strategy | None = None,
    create: ChatCreate | None = None,
) -> StructuredLLMBackend:
    """The ``openai`` backend for ``settings``; raises ``ConfigError`` if OpenAI has no key.

    ``create`` stands in for the HTTP transport: batch extraction writes and reads its
    requests through this very backend, so a batch line is what the live path would send.
    No client is made then, and no key is needed.
    """
    base_url = settings.base_url or OPENAI_BASE_URL
    on_close: Callable[[], Awaitable[None]] | None = None
    if create is None:
        key = api_key(settings)
        client = openai.AsyncOpenAI(
            api_key=key, base_url=base_url, timeout=settings.timeout, max_retries=0
        )
        policy = policy or RetryPolicy(initial_wait=settings.retry_wait, jitter=settings.retry_wait)
        create = _Transport(client, settings, policy, public_url(base_url), key).create
        on_close = client.close
    mode = settings.resolved_mode
    identity: Identity = {
        "backend": "openai",
        "model": settings.model,
        "base_url": public_url(base_url),
        "mode": mode,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "seed": settings.seed,
    }
    return StructuredLLMBackend(
        name="openai",
        create=create,
        mode=MODES[mode],
        identity=identity,
        settings=settings,
        strategy=strategy or resolve_strategy(settings, "openai"),
        on_close=on_close,
    )


def served_model(settings: Settings) -> tuple[Settings, str | None]:
    """``settings`` with the model to ask for, and a line saying so when it was looked up.

    A server at a custom ``base_url`` (Ollama, vLLM, llama.cpp) rejects OpenAI's default
    model name, so when no model was given it is asked what it serves (``GET /models``):
    one model is used, and said; several, or none, or no answer, end the command with one
    line asking for ``--model``. Given a model, or talking to OpenAI, nothing is asked.
    """
    if not settings.server_model_unnamed:
        return settings, None
    base_url = settings.base_url or OPENAI_BASE_URL
    url = public_url(base_url)
    ask = "name the model with --model (SUMMARISE_MODEL, or model in the config file)"
    key = api_key(settings)
    try:
        names = listed_models(settings)
    except openai.APIConnectionError as error:
        if not _never_connected(error):
            why = "timed out" if isinstance(error, openai.APITimeoutError) else root_cause(error)
            raise ConfigError(
                f"No model given, and the server at {url} did not say which models it serves "
                f"({cause(why)}): {ask}."
            ) from None
        raise BackendUnavailable(
            f"Cannot reach the model server at {url} ({root_cause(error)}) to ask which model "
            "it serves: is it running? Check --base-url / SUMMARISE_BASE_URL."
        ) from None
    except openai.APIStatusError as error:
        if error.status_code in (401, 403):
            raise BackendMisconfigured(
                f"The model server at {url} rejected the API key (HTTP {error.status_code}) "
                f"when asked which models it serves. {settings.rejected_key_advice()}"
            ) from None
        why = cause(_redacted(server_message(error), key, base_url))
        if _transient(error):  # busy or rate-limited now: the server is there, ask later
            asked = asked_wait(error)
            when = f"after {retry_when(asked)}" if asked is not None else "later"
            raise BackendUnavailable(
                f"The model server at {url} {refusing(error.status_code)} "
                f"(HTTP {error.status_code}: {why}) when asked which model it serves: try "
                f"again {when}, or {ask}."
            ) from None
        address = (
            "check that --base-url is the server's API address (usually ending in /v1), or "
            if error.status_code in (404, *_NOT_AN_API_STATUS)
            else ""
        )
        raise ConfigError(
            f"No model given, and the server at {url} did not list its models "
            f"(HTTP {error.status_code}: {why}): {address}{ask}."
        ) from None
    except (openai.OpenAIError, ValueError, TypeError, AttributeError):
        raise ConfigError(
            f"No model given, and the server at {url} did not list its models (its reply "
            f"is not a model list): {ask}."
        ) from None
    if len(names) != 1:
        served = f"serves {len(names)} ({', '.join(names)})" if names else "lists none"
        raise ConfigError(f"No model given, and the server at {url} {served}: {ask}.")
    return settings.model_copy(update={"model": names[0]}), (
        f"Using model '{names[0]}', the one the server at {url} serves "
        f"({settings.named('model')} to name it)."
    )


def listed_models(settings: Settings) -> list[str]:
    """The models the server at ``settings.base_url`` lists (``GET /models``), asked once
    and briefly; the SDK's errors are the caller's to word (``served_model``, a config
    check)."""
    base_url = settings.base_url or OPENAI_BASE_URL
    timeout = min(settings.timeout, _LISTING_TIMEOUT)
    key = api_key(settings)
    with openai.OpenAI(api_key=key, base_url=base_url, timeout=timeout, max_retries=0) as client:
        return sorted({model.id for model in client.models.list()})


def root_cause(error: BaseException) -> str:
    """The innermost reason ("Connection refused", "Name or service not known"): the SDK's
    own "Connection error." cannot tell a stopped server from a mistyped host."""
    while (inner := error.__cause__ or error.__context__) is not None:
        error = inner
    return one_line(error)


def api_key(settings: Settings) -> str:
    """The key to send to ``settings.base_url``; raises ``ConfigError`` if OpenAI has none."""
    if settings.api_key is not None:
        return settings.api_key.get_secret_value()
    if settings.talks_to_openai:
        raise ConfigError(
            "No API key for OpenAI: set OPENAI_API_KEY, SUMMARISE_API_KEY or --api-key, "
            "or point --base-url / SUMMARISE_BASE_URL at a local server."
        )
    return PLACEHOLDER_KEY


class _Transport:
    """``chat.completions.create`` with retries below instructor, errors in plain words."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        settings: Settings,
        policy: RetryPolicy,
        url: str,
        key: str,
    ) -> None:
        # The SDK imports its resources on first attribute access (about 0.4 s): pay that
        # while building the backend, not inside the first request's timing and latency.
        self._completions = client.chat.completions
        self._settings = settings
        self._policy = policy
        self._url = url
        self._key = key
        self._backoff = wait_exponential_jitter(
            multiplier=policy.initial_wait, max=policy.max_wait, jitter=policy.jitter
        )

    async def create(self, **kwargs: Any) -> ChatCompletion:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._settings.retries + 1),
            wait=self._wait,
            retry=retry_if_exception(self._retried),
            reraise=True,
        )
        try:
            completion: ChatCompletion = await retrying(self._send, **kwargs)
        except openai.APIError as exc:
            raise self._explain(exc, retrying.statistics.get("attempt_number", 1)) from None
        return completion

    async def _send(self, **kwargs: Any) -> ChatCompletion:
        record_request()
        try:
            completion: object = await self._completions.create(**kwargs)
        except json.JSONDecodeError as exc:
            # The HTTP body, not the model's output: re-asking the model cannot mend it.
            what = f"a reply that is not JSON ({exc.msg})" if exc.doc.strip() else "an empty reply"
            raise ArticleError(
                f"The model server at {self._url} sent {what}: try again later; if it "
                "persists, check the server's own log."
            ) from None
        return self._checked(completion)

    def _checked(self, completion: object) -> ChatCompletion:
        """The reply as a chat completion, or why it is none. The SDK hands back a reply
        not labelled JSON as its text: a web page answering at ``--base-url`` (a web UI's
        port, a proxy's page) is no model API, for any article; a completion without
        choices holds no answer to read (it failed as an internal error in both cases)."""
        if isinstance(completion, str):
            what = "a web page" if completion.lstrip().startswith("<") else "text"
            raise BackendMisconfigured(
                f"The server at {self._url} is not an OpenAI-compatible API (it answered a "
                f"chat request with {what}, not JSON): check --base-url / SUMMARISE_BASE_URL, "
                "the address of the model server's API, usually ending in /v1."
            )
        if not isinstance(completion, ChatCompletion) or not completion.choices:
            raise ArticleError(
                f"The model server at {self._url} sent a chat completion with no choices: "
                "try again later; if it persists, check the server's own log."
            )
        return completion

    def _retried(self, error: BaseException) -> bool:
        """Transient, and not put off beyond the cap: a server asking for an hour's quiet
        (a spent quota) gets no retry a minute later, and the run is told at once."""
        return _transient(error) and self._put_off(error) is None

    def _put_off(self, error: BaseException) -> float | None:
        """The seconds the server asked us to stay away when they exceed what a run waits
        (``max_retry_after``); None for a shorter ask or none."""
        if not isinstance(error, openai.APIStatusError):
            return None
        asked = asked_wait(error)
        return asked if asked is not None and asked > self._policy.max_retry_after else None

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome is not None else None
        hinted = asked_wait(error) if isinstance(error, openai.APIStatusError) else None
        if hinted is not None:  # within max_retry_after: a longer ask is not retried
            return max(hinted, 0.0)
        return self._backoff(state)

    def _explain(self, error: openai.APIError, sent: int) -> Exception:
        """One sentence for what the retries could not fix; never the key, never a trace."""
        url = self._url
        tries = "tried once" if sent == 1 else f"tried {sent} times"
        if isinstance(error, openai.APITimeoutError):
            return ArticleError(
                f"The model server at {url} did not answer within {self._settings.timeout:g}s "
                f"({tries}); raise --timeout, or lower --chunk-chars for a slow local model."
            )
        if isinstance(error, openai.APIConnectionError) and _never_connected(error):
            return BackendUnavailable(
                f"Cannot reach the model server at {url} ({root_cause(error)}): is it "
                "running? Check --base-url / SUMMARISE_BASE_URL."
            )
        if isinstance(error, openai.APIConnectionError):
            return ArticleError(
                f"The connection to the model server at {url} broke before it answered "
                f"({root_cause(error)}, {tries}); try again later or lower --concurrency."
            )
        if not isinstance(error, openai.APIStatusError):
            return ArticleError(
                f"The model server at {url} sent a reply that is not a chat "
                f"completion: {self._redact(str(error))[:300]}"
            )
        status = error.status_code
        message = cause(self._redact(server_message(error)))
        if (asked := self._put_off(error)) is not None and _transient(error):
            # Every later request would be refused alike: stop the run, say when to resume.
            return BackendUnavailable(
                f"The model server at {url} {refusing(status)} "
                f"(HTTP {status}: {message}) and asks for no request before "
                f"{retry_when(asked)}; try again then. What was extracted before it is in "
                "the cache, so running the same command again pays only for the rest."
            )
        if status in (401, 403):
            return BackendMisconfigured(
                f"The model server at {url} rejected the API key (HTTP {status}). "
                f"{self._settings.rejected_key_advice()}"
            )
        if status == 404:
            return BackendMisconfigured(
                f"Model '{self._settings.model}' was not found at {url} (HTTP 404): check "
                "--model / SUMMARISE_MODEL, and that --base-url ends in /v1."
            )
        if status in _NOT_AN_API_STATUS:
            return BackendMisconfigured(
                f"The server at {url} is not an OpenAI-compatible API (HTTP {status}: "
                f"{message}): check --base-url / SUMMARISE_BASE_URL, the address of the "
                "model server's API, usually ending in /v1."
            )
        if status == 429:
            return ArticleError(
                f"The model server at {url} kept failing (HTTP 429, {tries}): {message}; "
                "it limits the request rate: lower --concurrency, or try again later."
            )
        if status >= 500:
            return ArticleError(
                f"The model server at {url} kept failing (HTTP {status}, {tries}): {message}; "
                "try again later, and if it persists, check the server's own log."
            )
        return ArticleError(
            f"The model server at {url} refused the request (HTTP {status}): {message}"
        )

    def _redact(self, text: str) -> str:
        return _redacted(text, self._key, self._settings.base_url)


def _transient(error: BaseException) -> bool:
    """Worth sending again unchanged: rate limits, server faults, broken connections.

    Not a connection that could not be opened (nothing listens there, or no such host):
    waiting out the retries only delays the one sentence that says so. Not a client error
    either (4xx but 408, 409, 429) nor a 501: the same request gets the same answer.
    """
    if isinstance(error, openai.APIConnectionError):
        return not _never_connected(error)
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        return status in _RETRIED_STATUS or (status >= 500 and status not in _NOT_AN_API_STATUS)
    return False


def _redacted(text: str, key: str, base_url: str | None) -> str:
    """``text`` with the API key masked, and the secrets of the base URL (a password, a key
    in its query): a server may echo the key it rejected or the path and query it was
    asked. An empty key masks nothing (replacing "" would put the mask between every
    character)."""
    for secret in [key, *url_secrets(base_url or "")]:
        text = text.replace(secret, "***") if secret else text
    return text


def _never_connected(error: BaseException) -> bool:
    """True when no connection could be opened (refused, unknown host): the server is
    unusable for every article. A connection that opened and then broke proves the server
    is there; it costs that one article, not the run.

    The transport's ``ConnectError`` is recognised by name because the SDK versions this
    project accepts use either httpx or its fork httpx2, whose classes are unrelated.
    """
    cause: BaseException | None = error
    while cause is not None:
        if type(cause).__name__ == "ConnectError":
            return True
        cause = cause.__cause__ or cause.__context__
    return False
