"""The ``summarise`` command against a scripted model server.

The server on 127.0.0.1 stands in for a model: it echoes the hand labels of whichever
seed article it is sent (``LabelEchoResponder``), so every quote it returns is real. Most
tests run the command in this process through its console entry point (``run_cli``); a few
run it as a user does, in a process of its own (``run_cli_process``): the README's two
commands, stdin, and a check that both ways of running it see the same thing.
"""

import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SEED_FILES, SEEDS, isolated_env, run_cli, run_cli_process

from summarise.testing.fake_server import (
    Delay,
    HttpError,
    ScriptedModelServer,
    is_overview_request,
)

SECRET = "sk-test-secret-5f1c2e"


@pytest.fixture
def env(tmp_path: Path, label_echo_model_server: ScriptedModelServer) -> dict[str, str]:
    return {**isolated_env(tmp_path), "SUMMARISE_BASE_URL": label_echo_model_server.base_url}


def test_extract_seeds_cold_then_warm(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    cold = run_cli_process(["extract", str(SEEDS)], env)
    assert cold.returncode == 0, cold.stderr
    document = json.loads(cold.stdout)
    assert len(document["results"]) == 4
    assert document["failures"] == []
    assert document["backend"].startswith("openai")
    cold_requests = len(label_echo_model_server.chat_requests)
    assert cold_requests >= 4
    evidence = [
        e
        for r in document["results"]
        for category in ("positions", "military_movements", "diplomatic_contacts")
        for item in r["extraction"][category]
        for e in item["evidence"]
    ]
    assert evidence
    assert {e["match"] for e in evidence} == {"exact"}
    assert "0 cache hits" in cold.stderr

    warm = run_cli_process(["extract", str(SEEDS)], env)
    assert warm.returncode == 0, warm.stderr
    assert len(label_echo_model_server.chat_requests) == cold_requests
    assert "4 cache hits, 0 requests" in warm.stderr
    warm_results = json.loads(warm.stdout)["results"]
    assert all(r["cached"] for r in warm_results)
    assert [r["extraction"] for r in warm_results] == [r["extraction"] for r in document["results"]]


def test_brief_writes_markdown_naming_the_backend(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    result = run_cli_process(["brief", str(SEEDS), "--out", str(out)], env)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "## Positions" in text
    assert "## Diplomatic contacts" in text.replace("Diplomatic Contacts", "Diplomatic contacts")
    assert "openai" in text
    assert result.stdout == ""


def test_brief_json_and_html(env: dict[str, str], tmp_path: Path) -> None:
    as_json = run_cli(["brief", str(SEEDS), "--format", "json"], env)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["schema_version"] >= 1
    out = tmp_path / "b.html"
    as_html = run_cli(["brief", str(SEEDS), "--format", "html", "--out", str(out)], env)
    assert as_html.returncode == 0, as_html.stderr
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_some_articles_failing_exits_1_and_keeps_the_rest(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    result = run_cli(["extract", str(folder)], env)
    assert result.returncode == 1
    assert len(json.loads(result.stdout)["results"]) == 4
    assert "empty.txt" in result.stderr


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        "SUMMARISE_BASE_URL": f"http://127.0.0.1:{port}/v1",
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_RETRIES": "1",
        "SUMMARISE_RETRY_WAIT": "0.01",
        "SUMMARISE_CONCURRENCY": "1",
    }
    result = run_cli(["extract", str(SEEDS)], env)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "Cannot reach" in errors[0]
    assert "Traceback" not in result.stderr


def test_rejected_key_stops_and_never_shows_the_key(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    label_echo_model_server.script(HttpError(401, f"Incorrect API key provided: {SECRET}"))
    result = run_cli(
        ["extract", str(SEEDS), "--concurrency", "1"], {**env, "SUMMARISE_API_KEY": SECRET}
    )
    assert result.returncode == 2
    assert SECRET not in result.stdout + result.stderr
    assert "key" in result.stderr.lower()


def test_bad_setting_is_a_usage_error(env: dict[str, str]) -> None:
    result = run_cli(["extract", str(SEEDS)], {**env, "SUMMARISE_CONCURRENCY": "lots"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "concurrency" in result.stderr


def test_unknown_flag_is_a_usage_error(env: dict[str, str]) -> None:
    assert run_cli(["extract", "--frobnicate", str(SEEDS)], env).returncode == 2


def test_stdin_is_an_article(env: dict[str, str]) -> None:
    text = (SEEDS / "001_62866e718ed9b6a7.txt").read_text(encoding="utf-8")
    result = run_cli_process(["extract", "-"], env, stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["article"]["path"] == "<stdin>"


def test_key_reaches_server_but_no_file_or_output(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    out = tmp_path / "brief.json"
    result = run_cli(
        ["brief", str(SEEDS), "--format", "json", "--out", str(out)],
        {**env, "SUMMARISE_API_KEY": SECRET},
    )
    assert result.returncode == 0, result.stderr
    sent = {r.headers.get("authorization") for r in label_echo_model_server.requests if r.is_chat}
    assert sent == {f"Bearer {SECRET}"}
    assert SECRET not in result.stdout + result.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_openai_key_is_not_sent_to_another_server(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    result = run_cli(["extract", str(SEEDS)], {**env, "OPENAI_API_KEY": SECRET})
    assert result.returncode == 0, result.stderr
    sent = " ".join(str(r.headers) for r in label_echo_model_server.requests)
    assert SECRET not in sent


def test_cache_stats_and_clear_count_extractions_and_briefing_overviews(
    env: dict[str, str], tmp_path: Path
) -> None:
    briefed = run_cli(["brief", str(SEEDS)], env)
    assert briefed.returncode == 0, briefed.stderr
    assert "overview:" in briefed.stderr
    stats = run_cli(["cache", "stats"], env)
    assert stats.returncode == 0
    cache = tmp_path / "cache" / "extractions"
    assert stats.stdout.startswith(
        f"{cache}: 4 cached extractions and 1 cached briefing overview, "
    )
    cleared = run_cli(["cache", "clear"], env)
    assert cleared.stdout == (
        f"Removed 4 cached extractions and 1 cached briefing overview from {cache}.\n"
    )
    assert "0 cached extractions and 0 cached briefing overviews" in (
        run_cli(["cache", "stats"], env).stdout
    )


def test_output_file_gets_the_usual_permissions(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    assert run_cli(["brief", str(SEEDS), "--out", str(out)], env).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(("command", "opening"), [("brief", "# Briefing"), ("extract", "{")])
def test_out_dash_is_stdout_not_a_file_named_dash(
    env: dict[str, str], tmp_path: Path, command: str, opening: str
) -> None:
    """As ``-`` among the PATHs is stdin; it wrote a file named "-" in the current folder."""
    result = run_cli([command, str(SEED_FILES[0]), "--out", "-"], env, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(opening)
    assert not (tmp_path / "-").exists()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unwritable_out_fails_before_any_request(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    result = run_cli(
        ["brief", str(SEEDS), "--out", str(SEEDS / "000_d0d38992c23a9fae.txt" / "x.md")], env
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: Cannot write")
    assert label_echo_model_server.chat_requests == []


def test_since_drops_articles_before_they_are_paid_for(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    result = run_cli(["brief", str(SEEDS), "--since", "2022-01-01", "--no-overview"], env)
    assert result.returncode == 0, result.stderr
    assert len(label_echo_model_server.chat_requests) == 1  # only seed 002 carries a date


def test_a_cache_that_cannot_be_opened_is_one_line(env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = run_cli(["extract", str(SEEDS)], {**env, "SUMMARISE_CACHE_DIR": str(blocker / "c")})
    assert result.returncode == 2
    assert result.stderr.startswith("error: Cannot open the cache")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("flags", "settings"),
    [([], {"SUMMARISE_CONCURRENCY": "lots"}), (["--no-cache"], {})],
    ids=["config-error", "an-article-failing"],
)
def test_a_run_in_this_process_sees_what_a_process_sees(
    flags: list[str], settings: dict[str, str], tmp_path: Path
) -> None:
    """Most tests here trust ``run_cli``: it must give the exit code, stdout and stderr a
    process gives, timings aside (here: the default backend's notice, progress lines, a
    failed article and the summary; or an error line)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEEDS / "001_62866e718ed9b6a7.txt", folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    args = ["extract", *flags, str(folder)]
    env = {**settings, "SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}

    here, apart = run_cli(args, env), run_cli_process(args, env)

    assert here.returncode == apart.returncode
    assert without_timings(here.stdout) == without_timings(apart.stdout)
    assert without_timings(here.stderr) == without_timings(apart.stderr)
    assert here.stderr


def without_timings(output: str) -> str:
    return re.sub(r"\d+\.\d+", "<seconds>", output)


def billed_tokens(body: dict[str, object], reply: str) -> int:
    """What the stand-in server bills for one reply: a token per four characters of the
    prompt's messages and of the reply (``summarise.testing.completions``)."""
    messages = body["messages"]
    assert isinstance(messages, list)
    prompt = " ".join(str(m.get("content") or "") for m in messages)
    return math.ceil(len(prompt) / 4) + math.ceil(len(reply) / 4)


def test_a_failed_article_s_requests_and_tokens_are_counted(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    invalid = "this is not JSON {"
    label_echo_model_server.script(invalid, invalid)

    result = run_cli(["extract", str(SEED_FILES[0]), "--reasks", "1"], env)

    sent = label_echo_model_server.chat_requests
    billed = sum(billed_tokens(body, invalid) for body in sent)
    assert result.returncode == 1
    assert len(sent) == 2
    assert f"0 cache hits, 2 requests, {billed:,} tokens" in result.stderr


def test_a_base_url_without_a_scheme_is_a_usage_error_before_any_work(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    url = label_echo_model_server.base_url.removeprefix("http://")

    result = run_cli(["extract", str(SEEDS), "--base-url", url], env)

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"base_url: {url!r} is not an http(s) URL" in result.stderr
    assert label_echo_model_server.chat_requests == []


def extraction_seconds(stderr: str) -> float:
    """How long the extraction took, from the summary line: the command's own clock, which
    a busy test machine's slow start-up does not move."""
    found = re.search(r" (\d+\.\d)s \[", stderr)
    assert found, stderr
    return float(found.group(1))


def test_a_refused_connection_stops_the_run_once_within_seconds(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}

    # A model named, so no listing is asked first (test_served_model covers that question).
    url = f"http://127.0.0.1:{port}/v1"
    result = run_cli(["brief", str(SEEDS), "--base-url", url, "--model", "m"], env)

    assert extraction_seconds(result.stderr) < 2
    assert result.returncode == 1
    assert (
        result.stderr.count("error: 4 articles not extracted: Cannot reach the model server") == 1
    )


def test_a_rate_limit_asking_for_an_hour_keeps_what_was_done_and_says_when_to_come_back(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    """A spent quota: the server answers 429 with ``Retry-After: 3600``. The run stops at
    once (it waited a minute per retry, per article, to end in "Error code: 429 - {}"), the
    briefing holds the article done, and the same command later pays only for the rest."""
    label_echo_model_server.script(Delay(0), HttpError(429, headers={"Retry-After": "3600"}))
    out = tmp_path / "briefing.json"
    env = {**env, "SUMMARISE_MODEL": "m", "SUMMARISE_CONCURRENCY": "1"}

    stopped = run_cli(["brief", str(SEEDS), "--out", str(out)], env)
    briefed = json.loads(out.read_text(encoding="utf-8"))
    again = run_cli(["brief", str(SEEDS), "--out", str(out)], env)

    assert stopped.returncode == 1
    said = [line for line in stopped.stderr.splitlines() if line.startswith("error:")]
    assert len(said) == 1
    assert said[0].startswith(
        "error: 3 articles not extracted: The model server at "
        f"{label_echo_model_server.base_url} limits the request rate (HTTP 429: "
    )
    assert re.search(
        r"before \d{4}-\d\d-\d\d \d\d:\d\d UTC, in 60 minutes; try again then", said[0]
    )
    assert len(briefed["sources"]) == 1
    assert again.returncode == 0, again.stderr
    assert "4 articles extracted, " in again.stderr
    assert ", 1 cache hit, 3 requests, " in again.stderr


def test_a_run_the_server_stopped_sends_no_overview_request(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    """A server that asked for an hour's quiet is sent nothing more, the briefing's overview
    request included: the briefing of what was done is written without one, and the
    overview's line says why in a few words rather than repeating the server's."""
    label_echo_model_server.script(Delay(0), HttpError(429, headers={"Retry-After": "3600"}))
    out = tmp_path / "briefing.md"
    env = {**env, "SUMMARISE_MODEL": "m", "SUMMARISE_CONCURRENCY": "1"}

    stopped = run_cli(["brief", str(SEEDS), "--out", str(out)], env)

    sent = label_echo_model_server.chat_requests
    assert stopped.returncode == 1
    assert len(sent) == 2
    assert not any(is_overview_request(body) for body in sent)
    assert stopped.stderr.count("limits the request rate") == 1
    assert "failed: overview: not asked for, since the model server stopped the run" in (
        stopped.stderr
    )
    assert out.exists()


def test_a_rejected_key_is_a_configuration_error(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer
) -> None:
    label_echo_model_server.script(*[HttpError(401, "Incorrect API key provided")] * 4)

    result = run_cli(["extract", str(SEEDS)], env)

    assert result.returncode == 2
    assert result.stderr.count("rejected the API key") == 1


def test_a_plain_web_server_as_base_url_is_a_configuration_error_at_once(
    tmp_path: Path, plain_web_server: str
) -> None:
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}

    url = f"{plain_web_server}/v1"
    result = run_cli(["brief", str(SEEDS), "--base-url", url, "--model", "m"], env)

    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert extraction_seconds(result.stderr) < 2
    assert result.returncode == 2
    assert len(errors) == 1
    assert "is not an OpenAI-compatible API (HTTP 501: Unsupported method ('POST'))" in errors[0]
    assert "<" not in result.stderr
    assert result.stdout == ""


def test_commands_other_than_batch_start_without_the_openai_client() -> None:
    """The openai package costs seconds of start-up; only ``batch`` needs it up front."""
    probe = (
        "import sys\n"
        "from summarise.cli.commands import cli\n"
        "try:\n"
        "    cli.main(['--version'], standalone_mode=False)\n"
        "finally:\n"
        "    print('openai' in sys.modules)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )

    assert found.stdout.splitlines()[-1] == "False"
