"""The options a mistyped one is said to resemble: only close ones.

click offers every option whose spelling is 60% like the one typed (``difflib``'s default
cutoff), so ``--formt`` was offered ``--out`` beside ``--format``: two short names that share
their dashes and a letter or two pass that bar. A real slip of one or two letters in a name
of four or more (``--formt``, ``--fromat``, ``--sinse``, ``--otu``) is 80% like the name
meant or more, and ``--formt`` is 67% like ``--out``: 75% keeps the first and drops the
second. A typo close to nothing gets no suggestion, and ``--help`` lists them all.
"""

from __future__ import annotations

import difflib

import click

_CUTOFF = 0.75


def usage_message(exc: click.ClickException) -> str:
    """``exc``'s message, a mistyped option's suggestions kept to the close ones."""
    if not isinstance(exc, click.NoSuchOption) or not exc.possibilities:
        return exc.format_message()
    close = difflib.get_close_matches(exc.option_name, exc.possibilities, cutoff=_CUTOFF)
    if not close:
        return exc.message
    named = " or ".join(repr(option) for option in close)
    return f"{exc.message} Did you mean {named}?"
