"""Errors that carry a sentence a person can act on.

The CLI prints ``str(error)`` as one line and picks the exit code from the class, so the
message must say what went wrong and what to do, without a traceback.
"""

from __future__ import annotations


class SummariseError(Exception):
    """Base class: the message is shown to the user as it is."""


class ConfigError(SummariseError):
    """A setting, flag or config file is wrong; nothing was attempted (exit 2)."""


class ArticleError(SummariseError):
    """One article could not be read or extracted; the others go on.

    The message may name the article (``path: reason``); ``reason`` is the message without
    the name, for reports that show the name apart. It is the whole message by default.
    """

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = message if reason is None else reason


class BackendUnavailable(SummariseError):
    """The model cannot be used at all (server unreachable, key rejected): stop the run.

    Every later article would fail the same way, so the run stops early; extractions that
    already succeeded are in the cache and are not lost.
    """


class BackendMisconfigured(BackendUnavailable):
    """The model server refuses what it was asked for: a base URL that serves no
    OpenAI-compatible API, a rejected key, an unknown model. No retry or later run can fix
    it; the settings must change, so the command ends as a configuration error (exit 2)."""


def cause(text: str) -> str:
    """Someone else's words (a server's message, an OS or parser error) as a clause of one
    of our sentences: on one line and without its own closing punctuation, so that
    "…: {cause}. Try again" never reads "error.. Try", "down!. Try" or "model?: check"."""
    return " ".join(text.split()).rstrip(".!?:;, ")


def one_line(error: BaseException) -> str:
    """An exception's own words ("[Errno 111] Connection refused") on one line and at most
    150 characters, or its kind when it says nothing: what a transport failure tells a user."""
    return " ".join(str(error).split())[:150] or type(error).__name__
