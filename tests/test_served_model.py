"""``--base-url`` without ``--model``: the server is asked which model it serves.

OpenAI's default model name means nothing to Ollama, vLLM or llama.cpp, so a run against
a custom server with no model asks ``GET /v1/models``: one model is used and said, and the
run record, the cache key and the briefing all name it; several, none or no answer end the
command with one line asking for ``--model``. The scripted server on 127.0.0.1 plays the
server; nothing of the code under test is patched.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from helpers import LABELS, SEED_FILES, SEEDS, isolated_env, run_cli

from summarise.extraction.backends.openai import served_model
from summarise.settings import load_settings
from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer

ASK = "name the model with --model (SUMMARISE_MODEL, or model in the config file)."


def serving(**options: Any) -> ScriptedModelServer:
    return ScriptedModelServer(LabelEchoResponder(LABELS), **options)


@pytest.fixture
def one_model() -> Iterator[ScriptedModelServer]:
    with serving(model="qwen2.5:7b-instruct") as server:
        yield server


def chat_models(server: ScriptedModelServer) -> set[str]:
    return {r.body["model"] for r in server.requests if r.is_chat and r.body is not None}


def listings(server: ScriptedModelServer) -> int:
    return sum(1 for r in server.requests if r.method == "GET" and r.path == "/v1/models")


def test_the_one_model_a_server_serves_is_used_and_named_everywhere(
    one_model: ScriptedModelServer, tmp_path: Path
) -> None:
    env = isolated_env(tmp_path)
    url = one_model.base_url

    brief = run_cli(["brief", str(SEED_FILES[0]), "--base-url", url, "--format", "json"], env)
    record = tmp_path / "record.json"
    scored = run_cli(["eval", "--base-url", url, "--out", str(record)], env)

    assert brief.returncode == 0, brief.stderr
    assert (
        f"Using model 'qwen2.5:7b-instruct', the one the server at {url} serves "
        "(--model to name it)." in brief.stderr.splitlines()
    )
    assert json.loads(brief.stdout)["backend"] == "openai (qwen2.5:7b-instruct)"
    assert chat_models(one_model) == {"qwen2.5:7b-instruct"}
    assert scored.returncode == 0, scored.stderr
    written = json.loads(record.read_text("utf-8"))
    assert written["config"]["identity"]["model"] == "qwen2.5:7b-instruct"
    # The cache key is the identity: the article briefed above is a hit under the same model.
    cached = {Path(a["path"]).name for a in written["articles"] if a["cached"]}
    assert cached == {SEED_FILES[0].name}


def test_a_scheduled_run_records_the_model_it_was_served(
    one_model: ScriptedModelServer, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / SEED_FILES[0].name).write_bytes(SEED_FILES[0].read_bytes())
    config = tmp_path / "briefing.toml"
    config.write_text(
        'window = "24h"\nstate_dir = "state"\n'
        f'[model]\nbase_url = "{one_model.base_url}"\noverview = false\n'
        '[[source]]\nfolder = "saved"\n',
        encoding="utf-8",
    )

    done = run_cli(["run", str(config)], {**isolated_env(tmp_path)})

    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Using model 'qwen2.5:7b-instruct', the one the server")
    logged = json.loads((tmp_path / "state" / "runs.jsonl").read_text("utf-8"))
    assert logged["backend"] == "openai (qwen2.5:7b-instruct)"
    # The hint names the setting where this run's settings are written: summarise run takes
    # no --model flag.
    assert logged["notice"].endswith(f"(model in the [model] table of {config} to name it).")
    assert "--model" not in done.stderr


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ({"models": ["qwen2.5:7b", "llama3.1:8b"]}, f"serves 2 (llama3.1:8b, qwen2.5:7b): {ASK}"),
        ({"models": []}, f"lists none: {ASK}"),
        (
            {"models_status": 404},
            "did not list its models (HTTP 404: No model list at /v1/models): check that "
            f"--base-url is the server's API address (usually ending in /v1), or {ASK}",
        ),
    ],
)
def test_a_server_that_does_not_name_one_model_is_asked_for_model_in_one_line(
    options: dict[str, Any], said: str, tmp_path: Path
) -> None:
    with serving(**options) as server:
        done = run_cli(["brief", str(SEEDS), "--base-url", server.base_url], isolated_env(tmp_path))

    assert done.returncode == 2
    assert done.stderr == f"error: No model given, and the server at {server.base_url} {said}\n"
    assert chat_models(server) == set()


def test_a_key_rejected_when_asking_for_the_model_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    """As a key rejected by the articles' requests is (exit 2): the setting must change."""
    with serving(models_status=401) as server:
        done = run_cli(["brief", str(SEEDS), "--base-url", server.base_url], isolated_env(tmp_path))

    assert done.returncode == 2
    assert done.stderr.startswith(
        f"error: The model server at {server.base_url} rejected the API key (HTTP 401) when "
        "asked which models it serves."
    )
    assert len(done.stderr.splitlines()) == 1
    assert chat_models(server) == set()


def test_a_rate_limit_met_when_asking_for_the_model_says_try_again_not_no_model(
    tmp_path: Path,
) -> None:
    """A busy server is there and serves a model: "did not list its models (HTTP 429: …)"
    read as if none were served, and ended as a configuration error (exit 2)."""
    with serving(models_status=429) as server:
        done = run_cli(["brief", str(SEEDS), "--base-url", server.base_url], isolated_env(tmp_path))

    assert done.returncode == 1
    assert done.stderr == (
        f"error: The model server at {server.base_url} limits the request rate (HTTP 429: "
        "No model list at /v1/models) when asked which model it serves: try again later, "
        f"or {ASK}\n"
    )


def test_an_unreachable_server_is_named_before_any_article(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/v1"

    done = run_cli(["brief", str(SEEDS), "--base-url", url], isolated_env(tmp_path))

    assert done.returncode == 1
    assert done.stderr.startswith(f"error: Cannot reach the model server at {url} (")
    assert done.stderr.endswith(
        "to ask which model it serves: is it running? Check --base-url / SUMMARISE_BASE_URL.\n"
    )
    assert len(done.stderr.splitlines()) == 1


def test_a_model_given_anywhere_is_not_looked_up(tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text('model = "llama3.1:8b"\n', encoding="utf-8")
    with serving(models=["qwen2.5:7b", "llama3.1:8b"]) as server:
        flag = run_cli(
            ["brief", str(SEED_FILES[0]), "--base-url", server.base_url, "--model", "qwen2.5:7b"],
            isolated_env(tmp_path),
        )
        in_file = run_cli(
            ["brief", str(SEED_FILES[0]), "--base-url", server.base_url, "--no-cache"],
            {"SUMMARISE_CONFIG": str(config), "SUMMARISE_CACHE_DIR": str(tmp_path / "cache")},
        )

    assert (flag.returncode, in_file.returncode) == (0, 0), flag.stderr + in_file.stderr
    assert "Using model" not in flag.stderr + in_file.stderr
    assert listings(server) == 0
    assert chat_models(server) == {"qwen2.5:7b", "llama3.1:8b"}


def test_openai_itself_keeps_its_default_model_without_asking() -> None:
    for env in ({"OPENAI_API_KEY": "sk-test"}, {"SUMMARISE_BASE_URL": "https://api.openai.com/v1"}):
        settings = load_settings(env={"SUMMARISE_CONFIG": "/dev/null", **env})

        assert served_model(settings) == (settings, None)
        assert settings.model == "gpt-4o-mini"


def test_batch_prepare_for_a_custom_server_needs_the_model_named(tmp_path: Path) -> None:
    env = {**isolated_env(tmp_path), "SUMMARISE_DATA_DIR": str(tmp_path / "data")}
    out = tmp_path / "requests.jsonl"
    url = "http://127.0.0.1:9/v1"

    done = run_cli(["batch", "prepare", str(SEEDS), "--out", str(out), "--base-url", url], env)

    assert done.returncode == 2
    assert done.stderr == (
        f"error: No model given for {url}: batch requests name their model, so give --model "
        "(for vLLM, the name run-batch serves).\n"
    )
    assert not out.exists()


class _EchoingServer(ThreadingHTTPServer):
    """A server that answers every request 404 and echoes the path and query it was asked,
    as some gateways and frameworks do ("No route for GET …")."""

    def __init__(self) -> None:
        class Echo(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                body = json.dumps({"error": {"message": f"No route for GET {self.path}"}})
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

        super().__init__(("127.0.0.1", 0), Echo)


@pytest.mark.parametrize("query", ["api_key=s3cret-in-the-url", "api-key=s3cret%2Fin%2Furl"])
def test_a_server_echoing_the_url_it_was_asked_does_not_show_its_secret(
    query: str, tmp_path: Path
) -> None:
    """The base URL is shown masked (``?api_key=***``), and so is the server's echo of it."""
    server = _EchoingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1?{query}"
        done = run_cli(["brief", str(SEEDS), "--base-url", url], isolated_env(tmp_path))
    finally:
        server.shutdown()
        server.server_close()

    assert done.returncode == 2
    assert "No route for GET /v1?api" in done.stderr
    assert "s3cret" not in done.stderr
    assert "***" in done.stderr
