"""The API key goes to the model server it belongs to and nowhere else.

A unique canary key is used, and everything a run leaves behind is searched for it: cache
files, extraction and briefing outputs, eval run records and reports, a scheduled run's
state, run log and dated briefings, stderr with the SDK's debug logging on, and every log
record of every logger at DEBUG. The server is scripted to echo the key back in its error
messages, as some proxies do, so the redaction of server messages is exercised too.
``test_cli.py`` and ``test_config.py`` cover the basic cases (a rejected key,
``SUMMARISE_BASE_URL`` with ``OPENAI_API_KEY``); this file extends them.
"""

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from summarise.extraction.backends.openai import PLACEHOLDER_KEY, RetryPolicy, make_openai_backend
from summarise.loading.loader import load_articles
from summarise.session import Session
from summarise.settings import Settings, load_settings
from summarise.testing.fake_server import HttpError, LabelEchoResponder, ScriptedModelServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
LABELS = ROOT / "evals" / "labels"
ONE_SEED = SEEDS / "001_62866e718ed9b6a7.txt"
KEY = "sk-canary-summarise-4b7e19d2c8"
OPENAI_KEY = "sk-canary-openai-90f3aa61e5"
FAST = RetryPolicy(initial_wait=0.01, max_wait=0.02, jitter=0.0)


def echoing_errors() -> tuple[HttpError, HttpError]:
    """A rate limit (retried at once) and a refusal (fails its article), both quoting the
    key back the way a careless proxy does."""
    return (
        HttpError(429, f"Rate limit for key {KEY}", {"retry-after-ms": "10"}),
        HttpError(400, f"Invalid request from key {KEY}"),
    )


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    return subprocess.run(
        [sys.executable, "-m", "summarise", *args],
        env={**clean, "SUMMARISE_CONFIG": os.devnull, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def label_echo_model_server() -> Iterator[ScriptedModelServer]:
    """A stand-in model answering each seed article with its hand label."""
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        yield server


def keys_sent(server: ScriptedModelServer) -> set[str]:
    return {r.headers.get("authorization", "") for r in server.requests if r.is_chat}


def test_the_key_is_in_no_cache_entry_output_run_record_report_or_log(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    env = {
        "SUMMARISE_BASE_URL": label_echo_model_server.base_url,
        "SUMMARISE_API_KEY": KEY,
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_CONCURRENCY": "1",
        "OPENAI_LOG": "debug",
    }
    label_echo_model_server.script(*echoing_errors())
    out = tmp_path / "out"
    extract = run_cli(["extract", str(SEEDS), "--out", str(out / "extract.json")], env)
    brief = run_cli(["brief", str(SEEDS), "--format", "html", "--out", str(out / "b.html")], env)
    label_echo_model_server.script(*echoing_errors())
    evaluation = [
        "eval",
        "--labels",
        str(LABELS),
        "--articles",
        str(SEEDS),
        "--no-cache",
        "--out",
        str(out / "record.json"),
        "--report",
        str(out / "report.html"),
    ]
    runs = [extract, brief, run_cli(evaluation, env)]

    assert extract.returncode == 1
    assert "Invalid request from key ***" in extract.stderr
    assert "HTTP Request: POST" in extract.stderr
    assert all(r.returncode in (0, 1) for r in runs), [r.stderr for r in runs]
    for name in ("extract.json", "b.html", "record.json", "report.html"):
        assert (out / name).is_file()
    assert keys_sent(label_echo_model_server) == {f"Bearer {KEY}"}
    for run in runs:
        assert KEY not in run.stdout
        assert KEY not in run.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.parent.name == "extractions" for p in written)
    for path in written:
        assert KEY.encode() not in path.read_bytes(), path


def test_the_key_is_in_no_file_a_scheduled_run_leaves(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    env = {"SUMMARISE_API_KEY": KEY, "SUMMARISE_CONCURRENCY": "1", "OPENAI_LOG": "debug"}
    config = tmp_path / "briefing.toml"
    config.write_text(
        'output = "briefings"\nstate_dir = "state"\ncache_dir = "cache"\n'
        'formats = ["md", "json", "html"]\n'
        f'[model]\nbase_url = "{label_echo_model_server.base_url}"\n'
        f'[[source]]\nfolder = "{SEEDS}"\n',
        encoding="utf-8",
    )
    label_echo_model_server.script(*echoing_errors())
    first = run_cli(["run", str(config)], env)
    second = run_cli(["run", str(config)], env)

    assert first.returncode == 1, first.stderr
    assert "Invalid request from key ***" in first.stderr
    assert second.returncode == 0, second.stderr
    assert "1 extracted" in second.stderr
    assert keys_sent(label_echo_model_server) == {f"Bearer {KEY}"}
    for run in (first, second):
        assert KEY not in run.stdout + run.stderr
    state = tmp_path / "state"
    for name in ("briefing.db", "runs.jsonl"):
        assert (state / name).is_file(), name
    assert "Invalid request from key ***" in (state / "runs.jsonl").read_text(encoding="utf-8")
    outputs = sorted(p.name for p in (tmp_path / "briefings").iterdir())
    assert [n for n in outputs if n.startswith("latest.")] == [
        "latest.html",
        "latest.json",
        "latest.md",
    ]
    assert len([n for n in outputs if n.startswith("briefing-")]) >= 3
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.parent.name == "extractions" for p in written)
    for path in written:
        assert KEY.encode() not in path.read_bytes(), path


def test_no_logger_sees_the_key_at_debug(
    label_echo_model_server: ScriptedModelServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    label_echo_model_server.script(*echoing_errors())
    settings = Settings(
        base_url=label_echo_model_server.base_url,
        api_key=SecretStr(KEY),
        concurrency=1,
        cache_dir=tmp_path,
    )

    with Session(settings, backend=make_openai_backend(settings, policy=FAST)) as session:
        run = session.extract(load_articles([SEEDS]))

    assert len(run.failures) == 1
    assert "***" in run.failures[0].reason
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"openai", "instructor"} <= loggers
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    for record in caplog.records:
        assert KEY not in record.getMessage(), record.name
    assert KEY not in caplog.text
    assert KEY not in run.model_dump_json()
    assert keys_sent(label_echo_model_server) == {f"Bearer {KEY}"}


@pytest.mark.parametrize(
    ("how", "expected"),
    [("openai_base_url", PLACEHOLDER_KEY), ("api_key_flag", KEY)],
)
def test_the_openai_key_goes_to_another_server_only_when_given_for_it(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path, how: str, expected: str
) -> None:
    url = label_echo_model_server.base_url
    env = {"OPENAI_API_KEY": OPENAI_KEY, "SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}
    args = ["extract", str(ONE_SEED)]
    if how == "openai_base_url":
        env["OPENAI_BASE_URL"] = url
    else:
        args += ["--base-url", url, "--api-key", KEY]

    result = run_cli(args, env)

    assert result.returncode == 0, result.stderr
    assert keys_sent(label_echo_model_server) == {f"Bearer {expected}"}
    everything = " ".join(str(r.headers) for r in label_echo_model_server.requests)
    assert OPENAI_KEY not in everything
    assert KEY not in result.stdout + result.stderr


def test_the_openai_key_stays_behind_a_base_url_flag_and_a_config_file_key_is_used(
    tmp_path: Path,
) -> None:
    url = "http://127.0.0.1:8000/v1"
    env = {"OPENAI_API_KEY": OPENAI_KEY}
    config = tmp_path / "config.toml"
    config.write_text(f'base_url = "{url}"\napi_key = "{KEY}"\n', encoding="utf-8")

    by_flag = load_settings(flags={"base_url": url}, env=env, config_file=None)
    by_file = load_settings(env=env, config_file=config)

    assert by_flag.api_key is None
    assert by_file.api_key is not None
    assert by_file.api_key.get_secret_value() == KEY


@pytest.mark.parametrize(
    "url",
    [
        "https://api.openai.com.evil.example/v1",
        "https://api.openai.com@evil.example/v1",
        "https://evil.example/api.openai.com/v1",
        "https://evil.example/v1?host=api.openai.com",
        "https://api-openai.com/v1",
    ],
)
def test_the_openai_key_is_not_sent_to_a_lookalike_of_openai(url: str) -> None:
    settings = load_settings(
        env={"OPENAI_API_KEY": OPENAI_KEY, "SUMMARISE_BASE_URL": url}, config_file=None
    )

    assert settings.api_key is None
    assert not settings.talks_to_openai


def test_the_openai_key_is_sent_to_openai_whatever_the_spelling_of_its_host() -> None:
    settings = load_settings(
        env={"OPENAI_API_KEY": OPENAI_KEY, "SUMMARISE_BASE_URL": "https://API.OpenAI.com/v1"},
        config_file=None,
    )

    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == OPENAI_KEY
