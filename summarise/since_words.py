"""What ``--since`` left out, in one wording for the terminal, the briefing and the timeline.

A briefing file is read later, by people who never saw the command's stderr; it must say
what its ``--since`` cut-off left out in the words the command printed, so both come
from here. (A "window" is the scheduled run's, ``window = "24h"``: another idea.)
"""

from __future__ import annotations

from summarise.plural import counted


def no_date(articles: int) -> str:
    return f"no publication date was found in {'it' if articles == 1 else 'them'}"


def left_out(older: int, undated: int) -> str | None:
    """``2 articles published before it and 1 undated article (no publication date was
    found in it)``; None when the cut-off left nothing out."""
    parts = [
        *([f"{counted(older, 'article')} published before it"] if older else []),
        *([f"{counted(undated, 'undated article')} ({no_date(undated)})"] if undated else []),
    ]
    return " and ".join(parts) or None


def since_phrase(since: str, older: int, undated: int) -> str:
    """The cut-off as a briefing's or timeline's filters line names it."""
    missing = left_out(older, undated)
    return f"since {since}" + (f", leaving out {missing}" if missing else "")


def since_note(since: str, older: int, undated: int) -> str | None:
    """What the cut-off left out, as the command says it on stderr; None when nothing. Only
    the undated ones come with what to do: leaving out the older ones is what was asked."""
    missing = left_out(older, undated)
    if missing is None:
        return None
    return f"--since {since} left out {missing}" + (
        "; drop --since to include undated articles" if undated else ""
    )
