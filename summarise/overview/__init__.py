"""The briefing's overview: a short text a model writes from the merged items, kept only
where it says what the items' evidence says.

- ``draft``: the reply the model is asked for (sentences, each citing item ids);
- ``request``: the items as the model sees them, and the prompt messages;
- ``claims``: the numbers, names and dates a sentence states, and the ones evidence holds;
- ``check``: which sentences stand, and why the others were dropped;
- ``write``: one overview for a briefing, through the cache.
"""

from summarise.overview.check import check_overview
from summarise.overview.write import OverviewFailed, write_overview

__all__ = ["OverviewFailed", "check_overview", "write_overview"]
