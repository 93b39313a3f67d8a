"""The scripted model server: an OpenAI-compatible HTTP server on 127.0.0.1.

It stands in for a model over real HTTP, so tests and newcomers exercise the whole client
path (SDK, transport retries, instructor's re-asks) without a GPU or an API key. Chat
requests take the next scripted step, else the fault policy's, else the responder's answer.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any, TypeVar

from summarise.schema import ExtractionDraft
from summarise.testing.background import BackgroundServer
from summarise.testing.completions import chat_completion
from summarise.testing.faults import FaultPolicy, request_digest
from summarise.testing.responders import Responder, empty_responder
from summarise.testing.steps import Delay, Drop, HttpError, RawText, Step, Truncated, as_step

DEFAULT_MODEL = "scripted-model"


@dataclass(frozen=True)
class ReceivedRequest:
    """A request as it arrived; header names are lower-cased, as HTTP treats them."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None

    @property
    def is_chat(self) -> bool:
        return self.method == "POST" and self.path.rstrip("/") == "/v1/chat/completions"


class ScriptedModelServer(BackgroundServer):
    """A threaded OpenAI-compatible HTTP server; a context manager that starts and stops it.

    ``script(*steps)`` queues replies for the next chat requests, in order; dicts and
    ``ExtractionDraft`` objects are answers, strings raw text. Requests beyond the script
    are answered by ``responder``, through ``faults`` when a policy is set. ``GET
    /v1/models`` lists ``models`` (by default ``model`` alone), or answers
    ``models_status`` when that is not 200, as a server without the listing does.
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        model: str = DEFAULT_MODEL,
        faults: FaultPolicy | None = None,
        models: Sequence[str] | None = None,
        models_status: int = 200,
    ) -> None:
        self.model = model
        self.models = [model] if models is None else list(models)
        self.models_status = models_status
        self._responder: Responder = responder or empty_responder
        self._faults = faults
        self._seen: dict[str, int] = {}
        self._steps: deque[Step] = deque()
        self._received: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        super().__init__(host, port, self._handler_class(), "scripted-model-server")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        """The request handler, bound to this server; a server with more routes (the batch
        server) extends ``ChatHandler`` and binds its own."""
        return bind_handler(ChatHandler, self)

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    @property
    def requests(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._received)

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """Bodies of the chat-completion requests received so far, oldest first."""
        return [r.body for r in self.requests if r.is_chat and r.body is not None]

    @property
    def responder(self) -> Responder:
        with self._lock:
            return self._responder

    @responder.setter
    def responder(self, responder: Responder) -> None:
        with self._lock:
            self._responder = responder

    @property
    def faults(self) -> FaultPolicy | None:
        with self._lock:
            return self._faults

    @faults.setter
    def faults(self, faults: FaultPolicy | None) -> None:
        with self._lock:
            self._faults = faults

    def script(self, *steps: Step | dict[str, Any] | ExtractionDraft | str) -> None:
        with self._lock:
            self._steps.extend(as_step(step) for step in steps)

    def pending(self) -> int:
        """Scripted steps not yet used: a test can check its script was played out."""
        with self._lock:
            return len(self._steps)

    def receive(self, request: ReceivedRequest) -> Step | None:
        """Log a request and hand a chat request its step (scripted, else the fault
        policy's), atomically."""
        with self._lock:
            self._received.append(request)
            if not request.is_chat:
                return None
            if self._steps:
                return self._steps.popleft()
            if self._faults is None or request.body is None:
                return None
            digest = request_digest(request.body)
            seen = self._seen.get(digest, 0)
            self._seen[digest] = seen + 1
            return self._faults.step(digest, seen)


H = TypeVar("H", bound="ChatHandler")


def bind_handler(handler: type[H], server: ScriptedModelServer) -> type[H]:
    """``handler`` answering for ``server``: the HTTP server builds handlers by class."""
    return type(handler.__name__, (handler,), {"scripted": server})


class ChatHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the body waits for
    # the client's delayed ACK of the headers, adding about 40 ms to every reply.
    disable_nagle_algorithm = True
    scripted: ScriptedModelServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: test output and the CLI's terminal are not access logs."""

    def do_GET(self) -> None:
        self.scripted.receive(self._received(None))
        if self.path.rstrip("/") == "/v1/models" and self.scripted.models_status != 200:
            self._send_error(self.scripted.models_status, f"No model list at {self.path}")
        elif self.path.rstrip("/") == "/v1/models":
            listed = [
                {"id": name, "object": "model", "owned_by": "summarise"}
                for name in self.scripted.models
            ]
            self._send_json(200, {"object": "list", "data": listed})
        else:
            self._send_error(404, f"No route for GET {self.path}")

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            body = None
        received = self._received(body if isinstance(body, dict) else None)
        step = self.scripted.receive(received)
        if not received.is_chat:
            self._send_error(404, f"No route for POST {self.path}")
        elif not isinstance(body, dict):
            self._send_error(400, "Request body is not a JSON object")
        else:
            self._play(step, body)

    def _received(self, body: dict[str, Any] | None) -> ReceivedRequest:
        headers = {name.lower(): value for name, value in self.headers.items()}
        return ReceivedRequest(self.command, self.path, headers, body)

    def _play(self, step: Step | None, body: dict[str, Any]) -> None:
        while isinstance(step, Delay):
            time.sleep(step.seconds)
            step = step.then
        if isinstance(step, Drop):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif isinstance(step, HttpError):
            self._send_error(step.status, step.message, step.headers)
        elif isinstance(step, RawText):
            self._send_completion(body, step.text, truncated=False)
        elif isinstance(step, Truncated):
            text = step.text
            if text is None:
                full = json.dumps(self.scripted.responder(body))
                text = full[: len(full) // 2]
            self._send_completion(body, text, truncated=True)
        else:
            answer = step.draft if step is not None else self.scripted.responder(body)
            self._send_completion(body, json.dumps(answer), truncated=False)

    def _send_completion(self, body: dict[str, Any], text: str, *, truncated: bool) -> None:
        reply = chat_completion(body, text, truncated=truncated, model=self.scripted.model)
        self._send_json(200, reply)

    def _send_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        error = {"message": message, "type": "scripted_error", "code": status}
        self._send_json(status, {"error": error}, headers)

    def _send_json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
