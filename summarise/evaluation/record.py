"""The run record: an eval run saved so it can be read and compared later.

A record holds everything needed to read the result without the cache or the model: the
backend identity (never a secret: ``Settings`` is not dumped), package versions, each
article's text, gold and predicted items and their pairing, and the scores. Records in
``evals/runs/`` are compared run to run, so a prompt change shows which gold items it gained
and which it lost, not only how a number moved.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from summarise.evaluation.scoring import ArticleScore, EvalScore
from summarise.extraction.backends.base import Identity, Usage
from summarise.fileio import read_model, write_atomic
from summarise.schema import ArticleExtraction

# The project's own records, relative to where eval runs: a checkout of the project has
# this folder, a folder of someone's own labels does not.
RUNS_DIR = Path("evals/runs")


class EvalConfig(BaseModel):
    """What was evaluated and with what: enough to repeat the run."""

    backend: str
    identity: Identity = Field(default_factory=dict)
    prompt_version: str | None = None
    labels_dir: str
    articles_dir: str
    concurrency: int
    # The articles ``--only`` kept (file stems), when the run scored part of the folder.
    only: list[str] | None = None


class Versions(BaseModel):
    summarise: str
    python: str
    instructor: str
    openai: str
    pydantic: str


class ArticleEval(BaseModel):
    """One labelled article: its text, both extractions, how it was obtained and its score."""

    article_id: str
    title: str | None = None
    path: str | None = None
    text: str
    gold: ArticleExtraction
    predicted: ArticleExtraction | None = None
    failure: str | None = None
    cached: bool = False
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    score: ArticleScore

    @property
    def name(self) -> str:
        """What a person knows the article by: its title, else its file, else its id (a
        hash of its text, which only a program can use)."""
        return self.title or self.path or self.article_id

    @property
    def short_name(self) -> str:
        """The article's file name without its suffix, for tables: official readouts share
        their first forty characters ("Telephone conversation with President of …"), and
        the file's stem is also what its label is named by."""
        return Path(self.path).stem if self.path else self.name[:40]


class EvalRun(BaseModel):
    config: EvalConfig
    versions: Versions
    timestamp: datetime
    articles: list[ArticleEval]
    scores: EvalScore
    warnings: list[str] = Field(default_factory=list)
    # The model server refused the settings (URL, key, model), so eval ends as a
    # configuration error; a fact about this invocation, not kept in the record.
    misconfigured: bool = Field(default=False, exclude=True)
    # Why no article was extracted, when one cause lost them all (a server that cannot be
    # reached, a rejected key, an unknown model): eval says it as its error, not as a table
    # of zeros. Not kept in the record, which such a run does not write.
    stopped: str | None = Field(default=None, exclude=True)


def default_run_path(run: EvalRun, runs_dir: Path = RUNS_DIR) -> Path:
    """``<runs_dir>/<UTC timestamp>-<backend>.json``: names sort by time."""
    stamp = run.timestamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    backend = re.sub(r"[^A-Za-z0-9_.-]+", "-", run.config.backend).strip("-") or "backend"
    return runs_dir / f"{stamp}-{backend}.json"


def default_record_path(run: EvalRun, runs_dir: Path = RUNS_DIR) -> Path | None:
    """Where a run's record goes when no path is given: ``runs_dir`` if it is already a
    folder (a checkout of the project, whose records are compared run to run), else
    nowhere. A user scoring their own labels in their own folder gets no ``evals/runs/``
    made there unasked; ``--out`` keeps a record anywhere."""
    return default_run_path(run, runs_dir) if runs_dir.is_dir() else None


def write_run_record(run: EvalRun, path: Path) -> Path:
    """Written whole or not at all: a record is the baseline later runs are compared to."""
    write_atomic(path, run.model_dump_json(indent=2) + "\n")
    return path


def load_run_record(path: Path) -> EvalRun:
    return read_model(
        path,
        EvalRun,
        "Run record",
        "it may come from an older version of summarise: compare against a newer record",
    )
