"""What several test files share that is not a fixture: paths, test data, a stand-in model
and ways to run the ``summarise`` command. Fixtures live in ``conftest.py``."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pytest
from sqlite_utils import Database

from summarise.article import Article
from summarise.briefing import build_briefing
from summarise.briefing.build import build_merged
from summarise.briefing.model import Briefing
from summarise.cli import main
from summarise.evaluation.labels import load_labels
from summarise.extraction.backends.base import BackendResult, Identity, Usage
from summarise.extraction.grounding import ground_extraction, ground_labels
from summarise.extraction.results import ArticleResult
from summarise.loading.loader import load_path
from summarise.schema import ExtractionDraft
from summarise.settings import Settings
from summarise.store import Recorded, record_run
from summarise.testing.fake_server import ScriptedModelServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
LABELS = ROOT / "evals" / "labels"
DATA = Path(__file__).resolve().parent / "data"

# When the briefings built from test data say they were generated, so renderings are stable.
GENERATED = dt.datetime(2022, 2, 3, 12, 0, tzinfo=dt.UTC)


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose cache and (empty) config file are the test's own: a command run
    with it reads none of the machine's settings, so what it prints depends on the test."""
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    return {
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_CONFIG": str(tmp_path / "config.toml"),
    }


def grounded_result(raw: dict[str, Any]) -> ArticleResult:
    """An article and its draft from a test data file, grounded as the pipeline grounds them."""
    article = Article.model_validate(raw["article"])
    draft = ExtractionDraft.model_validate(raw["draft"])
    extraction = ground_extraction(draft, article.text, article.id)
    return ArticleResult(article=article, extraction=extraction, backend="scripted")


def state_movement(
    article_id: str,
    text: str,
    actor: str,
    forces: str,
    *,
    activity: str = "deploy",
    status: str = "completed",
    destination: str | None = None,
    origin: str | None = None,
    quantity: dict[str, Any] | None = None,
    claimant: dict[str, Any] | None = None,
    published: str = "2022-02-01",
) -> ArticleResult:
    """An invented article whose one movement is the state ``actor``'s ``activity`` of
    ``forces``, quoting ``text``; its destination, origin, quantity and claimant only when given,
    as a reader leaves out what the article does not say."""
    movement: dict[str, Any] = {
        "actor": {"name": actor, "kind": "state"},
        "activity": activity,
        "forces": forces,
        "status": status,
        "evidence": [{"quote": text}],
    }
    if destination is not None:
        movement["destination"] = destination
    if origin is not None:
        movement["origin"] = origin
    if quantity is not None:
        movement["quantity"] = quantity
    if claimant is not None:
        movement["claimed_by"] = claimant
    return grounded_result(
        {
            "article": {
                "id": article_id,
                "text": text,
                "title": article_id,
                "published": published,
            },
            "draft": {"military_movements": [movement]},
        }
    )


def counted_deployment(
    article_id: str,
    text: str,
    actor: str,
    forces: str,
    low: int,
    claimant: dict[str, Any] | None = None,
) -> ArticleResult:
    """An invented article whose one movement is a state's completed deployment of
    ``forces`` to the Odesa region, counted as ``low`` troops, claimed by ``claimant``."""
    return state_movement(
        article_id,
        text,
        actor,
        forces,
        destination="the Odesa region",
        quantity={"low": low, "unit": "troops"},
        claimant=claimant,
    )


def briefed(*reports: ArticleResult) -> Briefing:
    """The briefing of ``reports`` as a scripted run generated at ``GENERATED`` builds it."""
    return build_briefing(list(reports), backend="scripted", generated_at=GENERATED)


def movement_headlines(*reports: ArticleResult) -> list[str]:
    """The briefing's movement headlines, in the section's order."""
    return [m.headline for m in briefed(*reports).military_movements]


def crisis_results() -> list[ArticleResult]:
    """Five hand-written articles on one crisis, fresh for each caller to change at will."""
    raws = json.loads((DATA / "briefing_articles.json").read_text(encoding="utf-8"))
    return [grounded_result(raw) for raw in raws]


def record_results(
    db: Database, results: list[ArticleResult], *, started: dt.datetime = GENERATED
) -> Recorded:
    """A briefing of ``results`` recorded into the store ``db`` as a run does it; returns
    what was new."""
    return record_run(
        db,
        kind="run",
        label="test",
        started=started,
        backend="scripted",
        articles=[r.article for r in results],
        built=build_merged(results, backend="scripted", generated_at=GENERATED),
    )


def label_results() -> list[ArticleResult]:
    """The seeds with their hand labels as the extraction: what a perfect extractor gives."""
    labels = load_labels(LABELS)
    results = []
    for path in SEED_FILES:
        loaded = load_path(path)[0]
        extraction = ground_labels(labels[loaded.id], loaded.text)
        results.append(ArticleResult(article=loaded, extraction=extraction, backend="labels"))
    return results


def settings_for(server: ScriptedModelServer, **overrides: Any) -> Settings:
    """Settings pointing the ``openai`` backend at a stand-in model server."""
    values: dict[str, Any] = {"base_url": server.base_url, "model": "test-model", "retries": 2}
    return Settings.model_validate({**values, **overrides})


class StandInModel:
    """A backend standing in for a model: a scripted draft per article, failures on cue.

    It answers an article with its entry in ``drafts`` (by article text), else ``default``,
    else an empty draft; it raises ``fail[article.id]`` where one is given. It records the
    ids it was asked for and the most articles it was ever working on at once. It reports
    two attempts, two requests and 400 tokens per article: figures no default and no count
    of articles could produce, so a test can tell that costs were read from its results.
    """

    name = "stand-in"

    def __init__(
        self,
        drafts: Mapping[str, dict[str, Any]] | None = None,
        *,
        default: dict[str, Any] | None = None,
        fail: Mapping[str, Exception] | None = None,
    ) -> None:
        self.drafts = drafts or {}
        self.default = default or {}
        self.fail = fail or {}
        self.calls: list[str] = []
        self.running = 0
        self.peak = 0

    def identity(self) -> Identity:
        return {"backend": self.name, "prompt_version": "7"}

    async def extract(self, article: Article) -> BackendResult:
        self.calls.append(article.id)
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            # A real model takes a while: long enough for concurrent articles to overlap.
            await asyncio.sleep(0.01)
            if article.id in self.fail:
                raise self.fail[article.id]
            answer = self.drafts.get(article.text, self.default)
            return BackendResult(
                draft=ExtractionDraft.model_validate(answer),
                usage=Usage(prompt_tokens=300, completion_tokens=100),
                attempts=2,
                requests=2,
            )
        finally:
            self.running -= 1

    async def aclose(self) -> None:
        return None


@dataclass(frozen=True)
class CliRun:
    """How a run of ``summarise`` ended: what a shell would see of it."""

    returncode: int
    stdout: str
    stderr: str


_MACHINE_SETTINGS = ("SUMMARISE_", "OPENAI_")
# The warning filters of a Python started without -W or PYTHONWARNINGS.
_PROCESS_IGNORES = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


def _environment(env: Mapping[str, str] | None) -> dict[str, str]:
    """Settings for a run: none of this machine's, no config file unless ``env`` names one."""
    return {"SUMMARISE_CONFIG": os.devnull, **(env or {})}


def run_cli(
    args: list[str], env: Mapping[str, str] | None = None, *, cwd: Path | None = None
) -> CliRun:
    """``summarise ARGS`` in this process, through the console entry point ``main()``.

    ``main()`` is what maps errors to one line and an exit code, so it is called rather than
    the click group. The run sees what a fresh process would: the environment without this
    machine's settings, its own stdout and stderr (a pipe, not a terminal), Python's default
    warning filters, and logging with no handlers set up, so a library's warnings reach
    stderr through logging's last resort as they would for a user. The console output of
    every thread goes to the run while it lasts, as it would in a process. An exception
    ``main()`` lets through fails the test here; a process would print its traceback.
    Usage messages name the program ``summarise``, as the installed command does.
    """
    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        for name in list(os.environ):
            if name.startswith(_MACHINE_SETTINGS):
                patch.delenv(name)
        for name, value in _environment(env).items():
            patch.setenv(name, value)
        if cwd is not None:
            patch.chdir(cwd)
        patch.setattr(sys, "argv", ["summarise", *args])
        patch.setattr(sys, "stdout", stdout)
        patch.setattr(sys, "stderr", stderr)
        patch.setattr(logging.getLogger(), "handlers", [])
        warnings.resetwarnings()
        for category in _PROCESS_IGNORES:
            warnings.simplefilter("ignore", category)
        warnings.showwarning = _show_warning
        try:
            main()
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        else:
            code = 0
    return CliRun(code, stdout.getvalue(), stderr.getvalue())


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Python's own display of a warning, written to the run's stderr."""
    (file or sys.stderr).write(warnings.formatwarning(message, category, filename, lineno, line))


def _process_command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "summarise", *args]


def _process_environment(env: Mapping[str, str] | None) -> dict[str, str]:
    machine = {k: v for k, v in os.environ.items() if not k.startswith(_MACHINE_SETTINGS)}
    return {**machine, **_environment(env)}


def run_cli_process(
    args: list[str],
    env: Mapping[str, str] | None = None,
    *,
    cwd: Path | None = None,
    stdin: str | None = None,
    preexec: Callable[[], None] | None = None,
) -> CliRun:
    """``python -m summarise ARGS`` as a user runs it, in a process of its own: for what only
    a process shows (start-up, stdin, signals, dropped privileges)."""
    done = subprocess.run(
        _process_command(args),
        env=_process_environment(env),
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=preexec,
    )
    return CliRun(done.returncode, done.stdout, done.stderr)


def start_cli_process(
    args: list[str], env: Mapping[str, str] | None = None, *, sigint_ignored: bool = False
) -> subprocess.Popen[str]:
    """``python -m summarise ARGS`` started in the background, for a test to signal it;
    ``sigint_ignored``: started as a shell script's background job is, with SIGINT
    ignored (``summarise brief … &``): an ignored signal stays ignored in the child."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if sigint_ignored else None
    try:
        return subprocess.Popen(
            _process_command(args),
            env=_process_environment(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        if sigint_ignored:
            signal.signal(signal.SIGINT, previous)
