"""The scripted batch server: the Files and Batches endpoints of an OpenAI-compatible API.

It is the scripted model server (chat requests still work, and are still logged, so a test
can check that a briefing after ``collect`` sent none) with the endpoints a batch needs:
upload a file, create a batch of it, retrieve it, cancel it, and download its output and
error files. A batch runs when a retrieve finds it due, line by line, through the same
responder and steps as chat requests, and writes result lines in OpenAI's format.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, cast

from summarise.testing.batch_plans import BatchPlan, LineStep, Malformed
from summarise.testing.completions import chat_completion
from summarise.testing.responders import Responder
from summarise.testing.server import ChatHandler, ScriptedModelServer, bind_handler
from summarise.testing.steps import Answer, Delay, HttpError, RawText, Truncated

_EXPIRED = "This request could not be executed before the completion window expired."
_CANCELLED = "This request was not executed because the batch was cancelled."


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
        }


@dataclass
class ScriptedBatch:
    """A batch as the server keeps it."""

    id: str
    input_file_id: str
    endpoint: str
    plan: BatchPlan
    created_at: int
    metadata: dict[str, str] = field(default_factory=dict)
    status: str = "validating"
    polls: int = 0
    cancel_requested: bool = False
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "request_counts": {
                "total": self.total,
                "completed": self.completed,
                "failed": self.failed,
            },
            "metadata": self.metadata,
        }


class ScriptedBatchServer(ScriptedModelServer):
    """A scripted model server that also runs batches; ``plan(...)`` queues how the next
    batches run (by default: completed on the first retrieve, every line answered)."""

    def __init__(self, responder: Responder | None = None, **kwargs: Any) -> None:
        self.files: dict[str, StoredFile] = {}
        self.batches: dict[str, ScriptedBatch] = {}
        self._plans: deque[BatchPlan] = deque()
        self._ids = itertools.count(1)
        self._batch_lock = threading.RLock()
        super().__init__(responder, **kwargs)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        return bind_handler(_BatchHandler, self)

    def plan(self, *plans: BatchPlan) -> None:
        with self._batch_lock:
            self._plans.extend(plans)

    def add_file(self, filename: str, purpose: str, data: bytes) -> StoredFile:
        with self._batch_lock:
            stored = StoredFile(
                f"file-{next(self._ids)}", filename, purpose, data, int(time.time())
            )
            self.files[stored.id] = stored
        return stored

    def create_batch(self, body: dict[str, Any]) -> ScriptedBatch | str:
        """A new batch, or why the request is refused."""
        file_id = body.get("input_file_id")
        if file_id not in self.files:
            return f"No file with id {file_id!r}"
        with self._batch_lock:
            plan = self._plans.popleft() if self._plans else BatchPlan()
            batch = ScriptedBatch(
                id=f"batch_{next(self._ids)}",
                input_file_id=str(file_id),
                endpoint=str(body.get("endpoint")),
                plan=plan,
                created_at=int(time.time()),
                metadata=dict(body.get("metadata") or {}),
            )
            self.batches[batch.id] = batch
        return batch

    def retrieve(self, batch_id: str) -> ScriptedBatch | None:
        """The batch, moved on by one poll: in progress until its plan's polls are used,
        then run (or, if cancelled, run as far as it got)."""
        batch = self.batches.get(batch_id)
        if batch is None:
            return None
        with self._batch_lock:
            if batch.status == "cancelling":
                self._run(batch, stop_at=batch.plan.answered, status="cancelled")
            elif batch.status in ("validating", "in_progress"):
                batch.polls += 1
                if batch.polls <= batch.plan.polls:
                    batch.status = "in_progress"
                elif batch.plan.outcome == "failed":
                    batch.status = "failed"
                    batch.errors = [
                        {"code": "invalid_request", "message": message, "line": 1}
                        for message in batch.plan.errors
                    ]
                else:
                    stop = batch.plan.answered if batch.plan.outcome == "expired" else None
                    self._run(batch, stop_at=stop, status=batch.plan.outcome)
        return batch

    def cancel(self, batch_id: str) -> ScriptedBatch | None:
        batch = self.batches.get(batch_id)
        if batch is not None and batch.status in ("validating", "in_progress"):
            batch.status = "cancelling"
        return batch

    def _run(self, batch: ScriptedBatch, *, stop_at: int | None, status: str) -> None:
        lines = self.files[batch.input_file_id].data.decode("utf-8").splitlines()
        output: list[str] = []
        errors: list[str] = []
        for index, text in enumerate(line for line in lines if line.strip()):
            request = json.loads(text)
            custom_id = request["custom_id"]
            if stop_at is not None and index >= stop_at:
                code = "batch_cancelled" if status == "cancelled" else "batch_expired"
                message = _CANCELLED if status == "cancelled" else _EXPIRED
                errors.append(
                    _result_line(custom_id, None, None, {"code": code, "message": message})
                )
                continue
            step = batch.plan.lines.get(index)
            line, failed = self._answer(custom_id, request["body"], step)
            (errors if failed else output).append(line)
        batch.total = len(output) + len(errors)
        batch.completed = len(output)
        batch.failed = len(errors)
        if output:
            stored = self.add_file(f"{batch.id}_output.jsonl", "batch_output", _jsonl(output))
            batch.output_file_id = stored.id
        if errors:
            stored = self.add_file(f"{batch.id}_error.jsonl", "batch_output", _jsonl(errors))
            batch.error_file_id = stored.id
        batch.status = status

    def _answer(
        self, custom_id: str, body: dict[str, Any], step: LineStep | None
    ) -> tuple[str, bool]:
        """One result line and whether it belongs in the error file."""
        while isinstance(step, Delay):
            step = step.then
        if isinstance(step, Malformed):
            if step.text is not None:
                return step.text, False
            whole, _ = self._answer(custom_id, body, None)
            return whole[: len(whole) // 2], False
        if isinstance(step, HttpError):
            error = {"message": step.message, "type": "scripted_error", "code": step.status}
            return _result_line(custom_id, step.status, {"error": error}, None), True
        if isinstance(step, RawText):
            completion = chat_completion(body, step.text, truncated=False, model=self.model)
        elif isinstance(step, Truncated):
            text = step.text
            if text is None:
                full = json.dumps(self.responder(body))
                text = full[: len(full) // 2]
            completion = chat_completion(body, text, truncated=True, model=self.model)
        elif step is None or isinstance(step, Answer):
            answer = step.draft if step is not None else self.responder(body)
            completion = chat_completion(
                body, json.dumps(answer), truncated=False, model=self.model
            )
        else:
            raise ValueError(f"A batch line cannot {type(step).__name__}: give it another step")
        return _result_line(custom_id, 200, completion, None), False


def _result_line(
    custom_id: str,
    status: int | None,
    body: dict[str, Any] | None,
    error: dict[str, Any] | None,
) -> str:
    """A line of OpenAI's output or error file: no response for a request never run."""
    response = None
    if status is not None:
        response = {"status_code": status, "request_id": f"req_{custom_id[-8:]}", "body": body}
    line = {"id": f"batch_req_{custom_id[-8:]}", "custom_id": custom_id}
    return json.dumps({**line, "response": response, "error": error})


def _jsonl(lines: list[str]) -> bytes:
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


class _BatchHandler(ChatHandler):
    """Routes ``/v1/files`` and ``/v1/batches``; everything else is a chat server's."""

    @property
    def server_state(self) -> ScriptedBatchServer:
        return cast(ScriptedBatchServer, self.scripted)

    def do_GET(self) -> None:
        parts = self.path.split("?")[0].strip("/").split("/")
        if parts[:2] == ["v1", "files"] and len(parts) in (3, 4):
            self.scripted.receive(self._received(None))
            stored = self.server_state.files.get(parts[2])
            if stored is None:
                self._send_error(404, f"No such File object: {parts[2]}")
            elif len(parts) == 4 and parts[3] == "content":
                self._send_bytes(stored.data)
            else:
                self._send_json(200, stored.as_json())
        elif parts[:2] == ["v1", "batches"] and len(parts) == 3:
            self.scripted.receive(self._received(None))
            batch = self.server_state.retrieve(parts[2])
            self._send_batch(batch, parts[2])
        else:
            super().do_GET()

    def do_POST(self) -> None:
        parts = self.path.split("?")[0].strip("/").split("/")
        if parts == ["v1", "files"]:
            self._upload()
        elif parts == ["v1", "batches"]:
            body = self._json_body()
            self.scripted.receive(self._received(body))
            created = self.server_state.create_batch(body or {})
            if isinstance(created, str):
                self._send_error(400, created)
            else:
                self._send_json(200, created.as_json())
        elif parts[:2] == ["v1", "batches"] and parts[3:] == ["cancel"]:
            self._json_body()
            self.scripted.receive(self._received(None))
            self._send_batch(self.server_state.cancel(parts[2]), parts[2])
        else:
            super().do_POST()

    def _send_batch(self, batch: ScriptedBatch | None, batch_id: str) -> None:
        if batch is None:
            self._send_error(404, f"No batch found with id '{batch_id}'")
        else:
            self._send_json(200, batch.as_json())

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _json_body(self) -> dict[str, Any] | None:
        try:
            body = json.loads(self._body() or b"{}")
        except json.JSONDecodeError:
            return None
        return body if isinstance(body, dict) else None

    def _upload(self) -> None:
        """A multipart upload with ``file`` and ``purpose`` fields, read as email reads one."""
        raw = self._body()
        self.scripted.receive(self._received(None))
        head = f"Content-Type: {self.headers.get('Content-Type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = (part.get_filename(), payload)
        if "file" not in fields or "purpose" not in fields:
            self._send_error(400, "An upload needs a 'file' and a 'purpose'")
            return
        filename, data = fields["file"]
        purpose = fields["purpose"][1].decode("utf-8")
        stored = self.server_state.add_file(filename or "upload.jsonl", purpose, data)
        self._send_json(200, stored.as_json())

    def _send_bytes(self, data: bytes) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
