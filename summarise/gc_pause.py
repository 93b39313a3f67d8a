"""Pausing Python's cyclic garbage collector while a large, acyclic structure is built.

The collector runs a full pass over every tracked object each time enough new containers
have survived, so building hundreds of thousands of rows, dicts and models (a whole store's
timeline) pays for several passes over an ever larger heap: a quarter of the time, for
objects that form no cycles and would be freed by reference counting anyway. Mercurial
pauses the collector around reading its large indexes for the same reason.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, and back as it was (a caller may have turned it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
