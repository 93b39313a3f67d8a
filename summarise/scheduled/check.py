"""``summarise run CONFIG --check``: a schedule's config and sources tried, nothing briefed.

A ``briefing.toml`` is written once and then run by cron or systemd, where a mistake shows
up hours later in a journal: a folder path mistyped, a feed address that serves a web page,
an output folder that cannot be written, a key missing, a model server down. The check asks
the model server the one free question it knows (which models it lists), reads every
source as a run would (fetching feeds, pages and files) and says what it found, but
extracts nothing, writes no briefing and touches neither the state nor the store nor the
lock, so it can run beside a scheduled run and leaves the next run exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import openai

from summarise.exit_codes import EXIT_FAILED, EXIT_OK
from summarise.extraction.backends.api_errors import server_message
from summarise.extraction.backends.openai import OPENAI_BASE_URL, listed_models, root_cause
from summarise.fileio import check_writable
from summarise.plural import counted
from summarise.scheduled.durations import format_duration
from summarise.scheduled.outputs import check_output, check_store
from summarise.scheduled.sources import Fetcher, SourceConfig, SourceRead, load_config, read_source
from summarise.scheduled.sources.fetch import RetryWaits
from summarise.session import Session
from summarise.settings import Settings
from summarise.urls import public_url


@dataclass
class CheckReport:
    """What the check found, as lines for a person, and its exit code: 0 when the model
    server answers and every source could be read whole, 1 when not."""

    lines: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK


def check_briefing(
    config_path: Path, *, now: datetime | None = None, waits: RetryWaits | None = None
) -> CheckReport:
    """Check the briefing ``config_path`` describes. Raises ``ConfigError`` (exit 2) for
    what a run would refuse before reading any source: the config itself, an output or
    state folder or a store that cannot be written, model settings the backend refuses."""
    config = load_config(config_path)
    settings = config.settings()
    check_output(config)
    state_dir = config.resolved_state_dir(settings)
    check_writable(state_dir / "runs.jsonl")
    check_store(config, config.resolved_store(settings))
    report = CheckReport()
    formats = ", ".join(config.formats)
    report.lines.append(
        f"config {config.path}: a {format_duration(config.window)} window; briefings to "
        f"{config.output} ({formats}); state in {state_dir}"
    )
    # A backend the settings cannot make fails here; the cache is not opened (nor made).
    with Session(settings, use_cache=False) as session:
        said = f" ({session.notice})" if session.notice else ""
        report.lines.append(f"extractor: {session.label}{said}")
        served = session.backend.name == "openai"
        model = str(session.backend.identity().get("model") or "")
    model_answers = True
    if served and settings.server_model_unnamed:
        # No model named: making the backend asked the server (GET /models), which
        # answered with this one model. Asked again, it was "does not list gpt-4o-mini",
        # OpenAI's default, beside the extractor line naming the model a run would use.
        url = public_url(settings.base_url or OPENAI_BASE_URL)
        report.lines.append(f"model server {url}: answers, and serves {model} alone")
    elif served:
        line, model_answers = _model_server_line(settings)
        report.lines.append(line)
    started = now or datetime.now(UTC)
    own_files = (config.output, state_dir, settings.cache_dir)
    unread = 0
    with Fetcher(config.fetch, waits=waits) as fetcher:
        for source in config.source:
            read = read_source(source, {}, {}, fetcher, started - config.window, own_files)
            report.lines.extend(_source_lines(source, read))
            if read.error is not None or read.failures or read.unreadable:
                unread += 1
    sources = len(config.source)
    verdict = (
        f"{counted(unread, 'source')} of {sources} could not be read whole"
        if unread
        else ("its one source" if sources == 1 else f"all {sources} sources") + " could be read"
    )
    if not model_answers:
        verdict = f"the model server cannot be used, and {verdict}"
    if unread or not model_answers:
        report.exit_code = EXIT_FAILED
    report.lines.append(
        f"Checked: {verdict}; nothing was extracted or briefed, and the state is unchanged."
    )
    return report


def _source_lines(source: SourceConfig, read: SourceRead) -> list[str]:
    """One line for the source (what it lists, reads, and keeps by its keywords), then a
    line per unit that failed and per warning, as a run's summary names them."""
    head = f"{source.kind} {source.name}: "
    if read.error is not None:
        return [head + f"FAILED: {read.error}"]
    articles = [a for found in read.found for a in found.articles]
    kept = [a for a in articles if source.matches(f"{a.title or ''}\n{a.text}")]
    parts = [f"{counted(len(articles), 'article')} read"]
    if source.keywords:
        parts.append(f"{len(kept)} with the keywords")
    if read.too_old:
        parts.append(f"{read.too_old} older than the window")
    failed = [*read.failures, *(u.failure for u in read.unreadable)]
    if failed:
        parts.append(f"{len(failed)} could not be read")
    lines = [head + ", ".join(parts)]
    lines.extend(f"  failed  {f.name}: {f.reason}" for f in failed)
    lines.extend(f"  warning  {w}" for w in read.warnings)
    return lines


def _model_server_line(settings: Settings) -> tuple[str, bool]:
    """Whether the model server answers, asked the cheapest question it knows (``GET
    /models``, no tokens spent), and whether it lists the model named: a server that is
    down or refuses the key is found now, not in the journal after the first scheduled
    run. A model it does not list is said but does not fail the check: llama.cpp's server
    answers to any name."""
    url = public_url(settings.base_url or OPENAI_BASE_URL)
    head = f"model server {url}: "
    try:
        names = listed_models(settings)
    except openai.APIConnectionError as error:
        return head + f"FAILED: cannot reach it ({root_cause(error)})", False
    except openai.APIStatusError as error:
        return head + f"FAILED: HTTP {error.status_code}: {server_message(error)}", False
    except (openai.OpenAIError, ValueError, TypeError, AttributeError):
        return head + "FAILED: its answer to GET /models is not a model list", False
    if settings.model in names:
        return head + f"answers, and lists {settings.model}", True
    listed = f"it lists {', '.join(names[:5])}{', …' if len(names) > 5 else ''}" if names else ""
    return head + f"answers, but does not list {settings.model} ({listed or 'it lists none'})", True
