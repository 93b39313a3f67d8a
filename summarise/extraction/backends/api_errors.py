"""What an OpenAI-compatible server's error response says, read once for every client of
one: the model backend's transport and the batch commands' Files and Batches client.

Its own words (a web page's markup or the SDK's "Error code: 429 - {}" are none), the wait
it asks for (``retry-after-ms``, then ``Retry-After``), and what a status sent with such a
wait says of the server, so that both clients say "try again then" the same way.
"""

from __future__ import annotations

import re

import openai

from summarise.retry_after import retry_after_seconds

_MESSAGE_CHARS = 200
# What a status with a Retry-After says of the server, in the sentence that says when to resume.
_REFUSING = {429: "limits the request rate", 503: "is unavailable"}
_TAG = re.compile(r"<[^>]*>")


def asked_wait(error: openai.APIStatusError) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, then ``Retry-After``."""
    headers = error.response.headers
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    return retry_after_seconds(headers.get("retry-after"))


def server_message(error: openai.APIStatusError) -> str:
    """The server's own words, one line at most: OpenAI nests them under ``error.message``;
    a web page's markup is no message, so its status line's reason stands in for it."""
    body = error.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        text = body["message"]
    elif isinstance(body, str) and body.lstrip().startswith("<"):
        text = error.response.reason_phrase or _TAG.sub("\n", body)
    elif isinstance(body, str) and body:
        text = body
    elif body:
        text = error.message
    else:
        # No words of its own ({} or nothing): the SDK's "Error code: 429 - {}" says less
        # than the status line's reason.
        text = error.response.reason_phrase
    line = next((" ".join(part.split()) for part in text.splitlines() if part.strip()), "")
    return line[:_MESSAGE_CHARS] or f"HTTP {error.status_code}"


def refusing(status: int) -> str:
    """What a status sent with a ``Retry-After`` says of the server, in our sentence."""
    return _REFUSING.get(status, "cannot answer now")
