"""The scripted stand-in model server, spoken to over plain HTTP with urllib."""

import asyncio
import http.client
import json
import math
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from summarise.article import Article
from summarise.extraction.backends.openai import make_openai_backend
from summarise.schema import ExtractionDraft
from summarise.settings import Settings
from summarise.testing.fake_server import (
    Delay,
    Drop,
    HttpError,
    LabelEchoResponder,
    ScriptedModelServer,
    Truncated,
    main,
)

QUOTE_A = "NATO warned Russia to step back."
QUOTE_B = "Russia has massed 100,000 troops near the border."
LABEL = {
    "article_id": "abc",
    "positions": [
        {
            "holder": {"name": "NATO", "kind": "organisation"},
            "stance": "warn",
            "topic": "Russian troops near the border",
            "evidence": [{"quote": QUOTE_A, "start": 0, "end": 32, "match": "exact"}],
        }
    ],
    "military_movements": [
        {
            "actor": {"name": "Russia", "kind": "state"},
            "activity": "mass",
            "forces": "100,000 troops",
            "status": "ongoing",
            "evidence": [{"quote": QUOTE_B}],
        }
    ],
}
EMPTY: dict[str, list[Any]] = {"positions": [], "military_movements": [], "diplomatic_contacts": []}


def chat_body(text: str = "Hello", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": "m",
        "messages": [{"role": "system", "content": "sys"}, {"role": "user", "content": text}],
    }
    body.update(extra)
    return body


def post(server: ScriptedModelServer, body: dict[str, Any]) -> tuple[int, dict[str, Any], Any]:
    request = urllib.request.Request(
        f"{server.base_url}/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-Probe": "1"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.load(error)


def labels_dir(tmp_path: Path) -> Path:
    (tmp_path / "abc.json").write_text(json.dumps(LABEL), encoding="utf-8")
    return tmp_path


def test_models_endpoint_lists_the_model_and_leaves_the_script_alone(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(500))

    with urllib.request.urlopen(f"{scripted_model_server.base_url}/models", timeout=5) as reply:
        listing = json.load(reply)

    assert [m["id"] for m in listing["data"]] == [scripted_model_server.model]
    assert scripted_model_server.base_url.startswith("http://127.0.0.1:")
    assert scripted_model_server.pending() == 1


def test_answers_in_content_without_tools_and_records_the_request(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script({"positions": []})

    status, _, reply = post(scripted_model_server, chat_body("Hello there"))

    assert status == 200
    choice = reply["choices"][0]
    assert json.loads(choice["message"]["content"]) == {"positions": []}
    assert choice["finish_reason"] == "stop"
    (received,) = scripted_model_server.requests
    assert received.body == chat_body("Hello there")
    assert received.headers["x-probe"] == "1"
    assert scripted_model_server.pending() == 0


def test_answers_with_a_call_of_the_requested_tool(
    scripted_model_server: ScriptedModelServer,
) -> None:
    tools = [{"type": "function", "function": {"name": "Extract", "parameters": {}}}]

    _, _, reply = post(scripted_model_server, chat_body(tools=tools))

    message = reply["choices"][0]["message"]
    assert message["content"] is None
    (call,) = message["tool_calls"]
    assert call["function"]["name"] == "Extract"
    assert json.loads(call["function"]["arguments"]) == EMPTY
    assert reply["choices"][0]["finish_reason"] == "tool_calls"


def test_usage_estimates_four_characters_a_token(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script("abcdefghi")

    _, _, reply = post(scripted_model_server, chat_body("12345678"))

    assert reply["usage"] == {
        "prompt_tokens": math.ceil(len("sys 12345678") / 4),
        "completion_tokens": 3,
        "total_tokens": math.ceil(len("sys 12345678") / 4) + 3,
    }


def test_replies_longer_than_max_tokens_are_cut(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script("x" * 100)

    _, _, reply = post(scripted_model_server, chat_body(max_tokens=5))

    assert reply["choices"][0]["finish_reason"] == "length"
    assert reply["choices"][0]["message"]["content"] == "x" * 20


def test_truncated_step_sends_half_the_answer(scripted_model_server: ScriptedModelServer) -> None:
    scripted_model_server.script(Truncated())

    _, _, reply = post(scripted_model_server, chat_body())

    full = json.dumps(EMPTY)
    assert reply["choices"][0]["message"]["content"] == full[: len(full) // 2]
    assert reply["choices"][0]["finish_reason"] == "length"


def test_http_error_step_sends_status_body_and_headers(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(429, "slow down", {"Retry-After": "7"}))

    status, headers, body = post(scripted_model_server, chat_body())

    assert status == 429
    assert headers["Retry-After"] == "7"
    assert body["error"]["message"] == "slow down"


def test_drop_step_closes_the_connection_without_a_response(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(Drop())

    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        post(scripted_model_server, chat_body())

    status, _, _ = post(scripted_model_server, chat_body())
    assert status == 200


def test_delay_step_waits_then_plays_its_follow_up(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(Delay(0.05, HttpError(503)))

    status, _, _ = post(scripted_model_server, chat_body())

    assert status == 503


def test_unknown_route_is_a_404(scripted_model_server: ScriptedModelServer) -> None:
    request = urllib.request.Request(f"{scripted_model_server.base_url}/embeddings", data=b"{}")

    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=5)

    assert caught.value.code == 404


def test_label_echo_answers_with_the_label_of_the_article_shown(tmp_path: Path) -> None:
    echo = LabelEchoResponder(labels_dir(tmp_path))

    whole = echo(chat_body(f"<article>\n{QUOTE_B}\n{QUOTE_A}\n</article>"))
    part = echo(chat_body(f"<article>\nSomething else.\n{QUOTE_A}\n</article>"))
    unknown = echo(chat_body("An article nobody labelled."))

    assert ExtractionDraft.model_validate(whole).count() == 2
    assert whole["positions"][0]["evidence"] == [{"quote": QUOTE_A}]
    assert "article_id" not in whole
    assert (len(part["positions"]), len(part["military_movements"])) == (1, 0)
    assert ExtractionDraft.model_validate(unknown).count() == 0


def test_label_echo_rejects_a_broken_label_file(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"positions": "nope"}', encoding="utf-8")

    with pytest.raises(ValueError, match=r"bad\.json is not a valid extraction"):
        LabelEchoResponder(tmp_path)


def test_backend_gets_the_label_back_through_the_whole_client_path(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    scripted_model_server.responder = LabelEchoResponder(labels_dir(tmp_path))
    article = Article(id="abc", text=f"{QUOTE_B} Officials were worried. {QUOTE_A}")
    settings = Settings(base_url=scripted_model_server.base_url, mode="tools")

    async def run() -> ExtractionDraft:
        backend = make_openai_backend(settings)
        try:
            return (await backend.extract(article)).draft
        finally:
            await backend.aclose()

    extracted = asyncio.run(run())

    assert extracted.positions[0].evidence[0].quote == QUOTE_A
    assert extracted.military_movements[0].forces == "100,000 troops"


def test_command_line_refuses_a_missing_labels_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--labels", str(tmp_path / "missing"), "--port", "0"])
