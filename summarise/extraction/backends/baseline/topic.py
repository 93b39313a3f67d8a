"""A position's topic: the issue a stance is about, as a short phrase an analyst can read.

The topic readers tell apart the shapes that read differently in a summary, because one
summary template cannot fit them all (``Topic.form`` picks the template):

- ``noun``: "concern about [the continuing tensions in Eastern Europe]";
- ``action``: "the need to [include Ukraine in talks]" -> topic "including Ukraine in
  talks", summary "stressed the need to include Ukraine in talks";
- ``agent_action``: "urged [Russia] to [step back]" -> "Russia stepping back";
- ``agent_gerund`` and ``noun_agent``: "accused [the US] of [trying to provoke Moscow]",
  "blamed [the US] for [the rising tensions]";
- ``clause``: "warned that [Russia plans to install a pro-Russian leader]", and a stance
  noun after "be": "[a Russian invasion] would be a disaster";
- ``none``: nothing usable ("laid out a series of demands it says ..."): the summary then
  says only that a demand was made, rather than "called for demands".

A topic also records where the parties it is about stand, so that the position's target
is the party addressed or acting, not any name that falls inside the topic ("the need to
include Ukraine in talks" has no target).
"""

from __future__ import annotations

from typing import NamedTuple

from summarise.extraction.backends.baseline.reader import Span


class Topic(NamedTuple):
    """A topic, the words its summary's template needs, and the spans in which the
    position's target is looked for."""

    text: str
    form: str = "noun"
    action: str = ""
    agent: str = ""
    clause: str = ""
    addressee: Span | None = None
    subject: Span | None = None
    head: Span | None = None
    # False for an action, whose object is no target ("include Ukraine in talks"): a
    # name in its head counts only as a modifier or possessor ("halt Russian shelling").
    head_names: bool = True
    condition: Span | None = None
    against: Span | None = None
