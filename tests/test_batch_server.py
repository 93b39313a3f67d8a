"""The scripted batch server (test tooling) speaks the Files and Batches API the SDK expects.

Driven with the OpenAI SDK itself, so what ``summarise batch`` is tested against is what
the SDK can read: uploads, batches that move from validating to completed, cancelled and
expired batches with partial output, rejected files, and broken output lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from summarise.testing.batch_plans import BatchPlan, Malformed
from summarise.testing.batch_server import ScriptedBatchServer
from summarise.testing.steps import HttpError, RawText

QUOTE = "NATO said the alliance would defend every ally."


def _request(n: int) -> dict[str, Any]:
    return {
        "custom_id": f"req-{n}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {
            "model": "m",
            "messages": [{"role": "user", "content": f"<article>\n{QUOTE} ({n})\n</article>"}],
        },
    }


@pytest.fixture
def client(scripted_batch_server: ScriptedBatchServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(
        base_url=scripted_batch_server.base_url, api_key="none", max_retries=0
    ) as client:
        yield client


def _submit(client: openai.OpenAI, count: int) -> str:
    lines = "".join(json.dumps(_request(n)) + "\n" for n in range(count)).encode()
    uploaded = client.files.create(file=("requests.jsonl", lines), purpose="batch")
    assert uploaded.bytes == len(lines)
    assert uploaded.purpose == "batch"
    batch = client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    assert batch.status == "validating"
    return batch.id


def _lines(client: openai.OpenAI, file_id: str | None) -> list[str]:
    assert file_id is not None
    return client.files.content(file_id).text.splitlines()


def test_an_uploaded_file_reads_back_as_sent(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    uploaded = client.files.create(file=("a.jsonl", b'{"x": 1}\n'), purpose="batch")
    assert client.files.retrieve(uploaded.id).filename == "a.jsonl"
    assert client.files.content(uploaded.id).content == b'{"x": 1}\n'
    assert scripted_batch_server.files[uploaded.id].data == b'{"x": 1}\n'


def test_a_batch_is_in_progress_for_its_polls_then_completes_with_every_line_answered(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    scripted_batch_server.responder = lambda body: {"positions": [], "note": len(str(body))}
    scripted_batch_server.plan(BatchPlan(polls=2))
    batch_id = _submit(client, 3)
    assert [client.batches.retrieve(batch_id).status for _ in range(3)] == [
        "in_progress",
        "in_progress",
        "completed",
    ]
    batch = client.batches.retrieve(batch_id)
    assert batch.request_counts is not None
    assert (batch.request_counts.total, batch.request_counts.completed) == (3, 3)
    assert batch.error_file_id is None
    lines = [json.loads(line) for line in _lines(client, batch.output_file_id)]
    assert [line["custom_id"] for line in lines] == ["req-0", "req-1", "req-2"]
    assert all(line["response"]["status_code"] == 200 for line in lines)
    assert lines[0]["response"]["body"]["usage"]["prompt_tokens"] > 0
    assert scripted_batch_server.chat_requests == []


def test_scripted_lines_fail_break_or_answer_as_planned(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    scripted_batch_server.plan(
        BatchPlan(lines={0: HttpError(500, "boom"), 1: Malformed(), 2: RawText("not json")})
    )
    batch = client.batches.retrieve(_submit(client, 4))
    errors = [json.loads(line) for line in _lines(client, batch.error_file_id)]
    assert errors == [
        {
            "id": "batch_req_req-0",
            "custom_id": "req-0",
            "response": {
                "status_code": 500,
                "request_id": "req_req-0",
                "body": {"error": {"message": "boom", "type": "scripted_error", "code": 500}},
            },
            "error": None,
        }
    ]
    output = _lines(client, batch.output_file_id)
    assert len(output) == 3
    with pytest.raises(json.JSONDecodeError):
        json.loads(output[0])
    assert '"custom_id": "req-1"' in output[0]
    raw = json.loads(output[1])["response"]["body"]["choices"][0]["message"]["content"]
    assert raw == "not json"


def test_an_expired_batch_returns_what_ran_and_fails_the_rest(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    scripted_batch_server.plan(BatchPlan(outcome="expired", answered=2))
    batch = client.batches.retrieve(_submit(client, 5))
    assert batch.status == "expired"
    assert len(_lines(client, batch.output_file_id)) == 2
    errors = [json.loads(line) for line in _lines(client, batch.error_file_id)]
    assert [e["custom_id"] for e in errors] == ["req-2", "req-3", "req-4"]
    assert {e["error"]["code"] for e in errors} == {"batch_expired"}
    assert all(e["response"] is None for e in errors)


def test_a_cancelled_batch_keeps_what_it_finished(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    scripted_batch_server.plan(BatchPlan(polls=5, answered=1))
    batch_id = _submit(client, 3)
    assert client.batches.cancel(batch_id).status == "cancelling"
    batch = client.batches.retrieve(batch_id)
    assert batch.status == "cancelled"
    assert len(_lines(client, batch.output_file_id)) == 1
    errors = [json.loads(line) for line in _lines(client, batch.error_file_id)]
    assert {e["error"]["code"] for e in errors} == {"batch_cancelled"}


def test_a_rejected_file_fails_the_batch_with_its_errors(
    client: openai.OpenAI, scripted_batch_server: ScriptedBatchServer
) -> None:
    scripted_batch_server.plan(BatchPlan(outcome="failed", errors=("line 1 has no body",)))
    batch = client.batches.retrieve(_submit(client, 1))
    assert batch.status == "failed"
    assert batch.errors is not None
    assert batch.errors.data is not None
    assert batch.errors.data[0].message == "line 1 has no body"
    assert batch.output_file_id is None


def test_unknown_batches_and_files_are_404s(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.batches.retrieve("batch_nope")
    with pytest.raises(openai.NotFoundError):
        client.files.content("file-nope")
    with pytest.raises(openai.BadRequestError):
        client.batches.create(
            input_file_id="file-nope", endpoint="/v1/chat/completions", completion_window="24h"
        )
