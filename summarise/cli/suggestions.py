"""The options a mistyped one is said to resemble: only close ones.

click offers every option whose spelling is 60% like the one typed (``difflib``'s default
cutoff), so ``--formt`` was offered ``--out`` beside ``--format``: two short names that share
their dashes and a letter or two pass that bar. A real slip of one or two letters in a name
of four or more (``--formt``, ``--fromat``, ``--sinse``, ``--otu``) is 80% like the name
meant or more, and ``--formt`` is 67% like ``--out``: 75% keeps the first and drops the
second. A typo close to nothing gets no suggestion, and ``--help`` lists them all.

A hyphen put into or left out of a name (``--out-put``, ``--nocache``) is a slip of
spelling, not of letters: names are also compared without their inner hyphens, where
``--output`` is 77% like ``--out``. The names compared are the command's own, not click's
list, which keeps only its three best at 60% before this cutoff is applied.
"""

from __future__ import annotations

import difflib

import click

_CUTOFF = 0.75
_OFFERED = 3


def usage_message(exc: click.ClickException) -> str:
    """``exc``'s message, a mistyped option's suggestions kept to the close ones."""
    if not isinstance(exc, click.NoSuchOption) or not exc.possibilities:
        return exc.format_message()
    close = _close(exc.option_name, _options(exc) or list(exc.possibilities))
    if not close:
        return exc.message
    named = " or ".join(repr(option) for option in close)
    return f"{exc.message} Did you mean {named}?"


def _options(exc: click.NoSuchOption) -> list[str]:
    """The long options of the command the mistyped one was given to, hidden ones left out."""
    if exc.ctx is None:
        return []
    return [
        name
        for param in exc.ctx.command.get_params(exc.ctx)
        if isinstance(param, click.Option) and not param.hidden
        for name in (*param.opts, *param.secondary_opts)
        if name.startswith("--")
    ]


def _close(typed: str, options: list[str]) -> list[str]:
    """The options at least ``_CUTOFF`` like ``typed`` as written or without inner hyphens,
    the closest first."""
    scored = sorted(
        (
            (max(_likeness(typed, o), _likeness(_unhyphenated(typed), _unhyphenated(o))), o)
            for o in options
        ),
        key=lambda pair: -pair[0],
    )
    return [option for score, option in scored[:_OFFERED] if score >= _CUTOFF]


def _likeness(one: str, other: str) -> float:
    return difflib.SequenceMatcher(None, one, other).ratio()


def _unhyphenated(option: str) -> str:
    """``--out-put`` as ``--output``: the leading dashes kept, the inner hyphens dropped."""
    return "--" + option.removeprefix("--").replace("-", "")
