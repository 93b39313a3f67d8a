"""The lines of a batch: requests out (OpenAI's batch input format), results in.

One request format serves both routes: OpenAI's Batch API and ``vllm run-batch`` read
``{"custom_id", "method", "url", "body"}``. Their result lines share a shape too
(``id``, ``custom_id``, ``response.status_code``, ``response.body``, ``error``), but differ
in how a failure is told: OpenAI puts an object ``{"code", "message"}`` in ``error`` or an
error body under a non-200 status, vLLM puts a string in ``error`` beside a 400 status.
Every way a line can fail becomes one sentence, since each is shown to a person.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Final

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

CHAT_URL: Final = "/v1/chat/completions"
ID_PREFIX = "summarise-"
_CUSTOM_ID = re.compile(r'"custom_id"\s*:\s*"([^"\\]+)"')


def request_id(key: str, body: str) -> str:
    """The ``custom_id`` of one request: the article's cache key and the request itself.

    A digest rather than a counter, so the same request of the same article gets the same
    id in every file it is ever written to, and a reply finds its way back to the article
    (and to the cache entry a live extraction would have made) with no other record.
    """
    digest = hashlib.sha256(f"{key}\n{body}".encode()).hexdigest()
    return f"{ID_PREFIX}{digest[:32]}"


def request_line(custom_id: str, body: str) -> str:
    """One line of the requests file; ``body`` is already JSON, so it is not encoded twice."""
    head = json.dumps({"custom_id": custom_id, "method": "POST", "url": CHAT_URL})
    return f'{head[:-1]}, "body": {body}}}\n'


@dataclass(frozen=True)
class ResultLine:
    """One line of an output or error file: a completion, or why there is none.

    ``custom_id`` is None when the line is too broken to say which request it answers.
    """

    custom_id: str | None
    completion: ChatCompletion | None = None
    reason: str | None = None


def read_result_line(text: str) -> ResultLine:
    """A result line of either provider, checked down to a valid chat completion."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # A line cut short usually still names its request: say whose line it was.
        named = _CUSTOM_ID.search(text)
        reason = f"not valid JSON ({exc.msg} at column {exc.colno})"
        return ResultLine(named.group(1) if named else None, reason=reason)
    if not isinstance(data, dict):
        return ResultLine(None, reason="not a JSON object")
    custom_id = data.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        return ResultLine(None, reason="has no custom_id")
    response = data.get("response")
    failure = data.get("error")
    if failure:
        return ResultLine(custom_id, reason=_error_text(failure, response))
    if not isinstance(response, dict):
        return ResultLine(custom_id, reason="has neither a response nor an error")
    status = response.get("status_code")
    body = response.get("body")
    if status != 200:
        return ResultLine(custom_id, reason=f"HTTP {status}: {_error_text(body, None)}")
    try:
        return ResultLine(custom_id, completion=ChatCompletion.model_validate(body))
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        return ResultLine(
            custom_id, reason=f"the response is not a chat completion ({where}: {first['msg']})"
        )


def _error_text(error: Any, response: Any) -> str:
    """The provider's own words for a failure: OpenAI's ``{code, message}`` (possibly
    nested under ``error``), or vLLM's plain string, with the HTTP status when there is one."""
    status = response.get("status_code") if isinstance(response, dict) else None
    prefix = f"HTTP {status}: " if isinstance(status, int) and status != 200 else ""
    if isinstance(error, dict) and isinstance(error.get("error"), dict):
        error = error["error"]
    if isinstance(error, dict):
        message = " ".join(str(error.get("message") or "no message").split())
        # OpenAI's codes are words worth showing (batch_expired); vLLM's repeat the status.
        code = error.get("code")
        return (
            f"{prefix}{code}: {message}"[:300]
            if isinstance(code, str)
            else f"{prefix}{message}"[:300]
        )
    if error is None:
        return f"{prefix}no error message"
    return f"{prefix}{' '.join(str(error).split())}"[:300]
