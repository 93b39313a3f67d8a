"""The batch commands as library calls: submit, status, cancel and collect.

Each call reads and updates the batch state, so what it learns of a batch (its files, its
counts, whether it was collected) is there for the next command, after any restart. A
batch is always asked of the server it was submitted to: today's settings only bring the
key, and a base URL that disagrees with the batch's is an error, not a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

from summarise.batch.collect import CollectReport, LineFailure, ingest, replay
from summarise.batch.records import BatchRecord, CollectRecord
from summarise.batch.remote import BatchClient
from summarise.batch.state import BatchState
from summarise.errors import ConfigError, SummariseError, cause
from summarise.extraction.backends.openai import OPENAI_BASE_URL
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.pipeline import OnOutcome
from summarise.settings import Settings
from summarise.urls import public_url

Progress = Callable[[int], AbstractContextManager[OnOutcome]]

RESULT_FILES = (("output_file_id", "output.jsonl"), ("error_file_id", "errors.jsonl"))
# A batch in these states has, or will have, results for its file: submitting it again
# would pay twice.
_LIVE = frozenset({"validating", "in_progress", "finalizing", "completed", "cancelling"})


def endpoint(settings: Settings) -> str:
    return public_url(settings.base_url or OPENAI_BASE_URL)


def _check_endpoint(settings: Settings, url: str, what: str) -> None:
    if endpoint(settings) != url:
        raise ConfigError(
            f"{what} belongs to {url}, but the settings point at {endpoint(settings)}: "
            f"run with --base-url {url} (and its key)."
        )


def submit(state: BatchState, settings: Settings, path: Path) -> BatchRecord:
    """Upload a prepared request file and start a batch of it at its server."""
    resolved = path.resolve()
    settings_id = state.file_settings(resolved)
    if settings_id is None:
        raise ConfigError(
            f"{path} is no request file prepared with this data dir: make it with "
            "summarise batch prepare (results are matched to articles through the state "
            "prepare keeps)."
        )
    _check_endpoint(settings, endpoint(state.settings(settings_id, settings)), str(path))
    for record in state.batches():
        if record.file == str(resolved) and record.status in _LIVE:
            raise ConfigError(
                f"{path} is already batch {record.id} ({record.status}), and a file is paid "
                f"for once: collect it (summarise batch collect {record.id}); what it does "
                "not finish goes in a retry file (summarise batch prepare --only-missing)."
            )
    with BatchClient(settings) as client:
        record = client.submit(resolved)
    state.save_batch(record)
    return record


def status(state: BatchState, settings: Settings, batch_id: str | None) -> list[BatchRecord]:
    """One batch as its server sees it now, or every batch submitted from here (those not
    finished, and at today's server, asked again)."""
    if batch_id is not None:
        return [_refresh(state, settings, batch_id)]
    return [
        _refresh(state, settings, known.id)
        if not known.finished and known.base_url == endpoint(settings)
        else known
        for known in state.batches()
    ]


def cancel(state: BatchState, settings: Settings, batch_id: str) -> BatchRecord:
    """Ask the server to stop a batch; what it finished stays collectable."""
    return _refresh(state, settings, batch_id, cancel=True)


def _for_batch(settings: Settings, known: BatchRecord | None) -> Settings:
    """Settings that name no server ask a known batch's own server: ``batch submit
    --base-url URL`` then ``batch status ID`` must work as the hint after submit says.
    A server that needs a key is given one explicitly, with its ``--base-url``."""
    if known is None or settings.base_url is not None or known.base_url == OPENAI_BASE_URL:
        return settings
    # A key in these settings was meant for OpenAI: it is never sent to the batch's server.
    return settings.model_copy(update={"base_url": known.base_url, "api_key": None})


def _refresh(
    state: BatchState, settings: Settings, batch_id: str, *, cancel: bool = False
) -> BatchRecord:
    """The batch as its server sees it now (after asking it to stop, with ``cancel``),
    saved at once: a restart must not lose what the server said."""
    known = state.batch(batch_id)
    settings = _for_batch(settings, known)
    if known is not None:
        _check_endpoint(settings, known.base_url, f"Batch {batch_id}")
    with BatchClient(settings) as client:
        record = (client.cancel if cancel else client.retrieve)(batch_id, known)
    state.save_batch(record)
    return record


def collect_batch(
    state: BatchState,
    settings: Settings,
    cache: ExtractionCache,
    batch_id: str,
    *,
    on_line_failure: Callable[[LineFailure], None],
    progress: Progress | None = None,
) -> tuple[BatchRecord, CollectReport]:
    """Download a finished batch's output and error files (once) and collect them."""
    record = _refresh(state, settings, batch_id)
    settings = _for_batch(settings, record)
    if record.status == "failed":
        why = "; ".join(cause(e) for e in record.errors[:3]) or "no reason given"
        raise SummariseError(
            f"Batch {batch_id} failed at {record.base_url} before running: {why}. "
            "Fix the file (or prepare it again) and submit it again."
        )
    if not record.finished:
        raise SummariseError(
            f"Batch {batch_id} is {record.status} ({record.completed + record.failed} of "
            f"{record.total} requests done): collect it once it has finished "
            f"(summarise batch status {batch_id})."
        )
    folder = state.directory / re.sub(r"[^A-Za-z0-9_.-]", "_", batch_id)
    files = []
    with BatchClient(settings) as client:
        for attribute, name in RESULT_FILES:
            file_id = getattr(record, attribute)
            if file_id is None:
                continue
            destination = folder / name
            if not destination.exists():
                client.download(file_id, destination)
            files.append(destination)
    report = collect_files(
        state,
        settings,
        cache,
        files,
        source=batch_id,
        on_line_failure=on_line_failure,
        progress=progress,
    )
    record = record.model_copy(
        update={"collected": datetime.now(UTC), "usage": record.usage + report.stats.usage}
    )
    state.save_batch(record)
    return record, report


def collect_files(
    state: BatchState,
    settings: Settings,
    cache: ExtractionCache,
    files: list[Path],
    *,
    source: str,
    on_line_failure: Callable[[LineFailure], None],
    progress: Progress | None = None,
) -> CollectReport:
    """Collect result files (a batch's, or ``vllm run-batch`` output) into the cache, and
    append the collect's record to ``runs.jsonl`` in the state folder.

    ``progress(total)`` is entered once the lines are read and the number of articles to
    extract is known; it yields the callback each article's outcome is given to.
    """
    started = datetime.now(UTC)
    report = ingest(state, files, on_line_failure)
    with progress(state.touched_count()) if progress else nullcontext() as on_outcome:
        report.stats, report.backend = replay(state, cache, settings, on_outcome)
    record = CollectRecord(
        source=source,
        started=started,
        backend=report.backend,
        lines=report.lines,
        replies=report.replies,
        failed_lines=report.failed_lines,
        stats=report.stats,
    )
    with (state.directory / "runs.jsonl").open("a", encoding="utf-8") as log:
        log.write(record.model_dump_json() + "\n")
    return report
