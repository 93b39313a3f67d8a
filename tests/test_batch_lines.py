"""Batch lines: the request format both providers read, and every result line they write.

Result lines are written here as OpenAI's Batch API and ``vllm run-batch`` write them
(vLLM's ``BatchRequestOutput``: a string ``error`` beside a 400 status; OpenAI: an
``{code, message}`` object, or an error body under a non-200 status).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarise.batch.lines import read_result_line, request_id, request_line

COMPLETION: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "{}"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12},
}


def _line(**fields: Any) -> str:
    return json.dumps({"id": "batch_req_1", "custom_id": "summarise-abc", **fields})


def test_a_request_line_is_the_openai_batch_format_with_the_body_as_given() -> None:
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "é"}]})
    line = json.loads(request_line("summarise-1", body))
    assert line == {
        "custom_id": "summarise-1",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": json.loads(body),
    }


def test_the_custom_id_digests_the_article_key_and_the_request() -> None:
    first = request_id("key-a", '{"n": 1}')
    assert first == request_id("key-a", '{"n": 1}')
    assert len({first, request_id("key-b", '{"n": 1}'), request_id("key-a", '{"n": 2}')}) == 3
    assert first.startswith("summarise-")
    assert len(first) <= 64


def test_a_successful_line_of_either_provider_gives_its_completion() -> None:
    openai_line = _line(response={"status_code": 200, "request_id": "r", "body": COMPLETION})
    vllm_line = json.dumps(
        {
            "id": "vllm-1",
            "custom_id": "summarise-abc",
            "response": {"status_code": 200, "request_id": "vllm-batch-1", "body": COMPLETION},
            "error": None,
        }
    )
    for text in (openai_line, vllm_line):
        result = read_result_line(text)
        assert result.custom_id == "summarise-abc"
        assert result.reason is None
        assert result.completion is not None
        assert result.completion.usage is not None
        assert result.completion.usage.prompt_tokens == 10


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (
            {"response": None, "error": {"code": "batch_expired", "message": "Too late."}},
            "batch_expired: Too late.",
        ),
        (
            {
                "response": {
                    "status_code": 429,
                    "request_id": "r",
                    "body": {"error": {"message": "Slow down", "code": None}},
                },
                "error": None,
            },
            "HTTP 429: Slow down",
        ),
        (
            {
                "response": {"status_code": 400, "request_id": "vllm-batch-1", "body": None},
                "error": "The model does not support Chat Completions API",
            },
            "HTTP 400: The model does not support Chat Completions API",
        ),
        (
            {
                "response": {"status_code": 400, "request_id": "r"},
                "error": {"error": {"message": "bad schema", "code": 400}},
            },
            "HTTP 400: bad schema",
        ),
        ({"response": None, "error": None}, "has neither a response nor an error"),
    ],
)
def test_a_failed_line_says_why_in_the_providers_words(fields: dict[str, Any], reason: str) -> None:
    result = read_result_line(_line(**fields))
    assert result.custom_id == "summarise-abc"
    assert result.completion is None
    assert result.reason == reason


def test_a_body_that_is_no_chat_completion_is_a_failed_line() -> None:
    body = {"object": "chat.completion", "choices": "none"}
    result = read_result_line(_line(response={"status_code": 200, "body": body}))
    assert result.completion is None
    assert result.reason is not None
    assert result.reason.startswith("the response is not a chat completion (")


def test_a_line_cut_short_still_names_its_request_when_it_can() -> None:
    whole = _line(response={"status_code": 200, "body": COMPLETION})
    cut = read_result_line(whole[: len(whole) // 2])
    assert cut.custom_id == "summarise-abc"
    assert cut.reason is not None
    assert cut.reason.startswith("not valid JSON (")

    nameless = read_result_line('{"id": "batch_req_1", "respo')
    assert nameless.custom_id is None
    assert read_result_line("[1, 2]").reason == "not a JSON object"
    assert read_result_line('{"response": {}}').reason == "has no custom_id"
