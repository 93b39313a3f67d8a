"""What is remembered of a submitted batch, and what each ``collect`` cost.

A submitted batch is paid-for work in flight: its id, its file and its provider's counts
are kept the moment it is created, so ``status`` and ``collect`` work after a restart.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from summarise.extraction.backends.base import Usage
from summarise.extraction.results import RunStats

FINISHED = frozenset({"completed", "expired", "cancelled", "failed"})


class BatchRecord(BaseModel):
    """A batch as last seen at its provider; ``collected`` is set once it was collected."""

    id: str
    file: str
    input_file_id: str
    base_url: str
    status: str
    submitted: datetime
    total: int = 0
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[str] = Field(default_factory=list)
    collected: datetime | None = None
    usage: Usage = Field(default_factory=Usage)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


class CollectRecord(BaseModel):
    """One ``collect``: its lines and, in the live runs' terms, what it extracted and cost.

    ``stats`` is the same record a live run's summary line is made from: its tokens are the
    prompt and completion tokens the replies report, summed over the articles extracted.
    """

    source: str
    started: datetime
    backend: str
    lines: int = 0
    replies: int = 0
    failed_lines: int = 0
    stats: RunStats = Field(default_factory=RunStats)
