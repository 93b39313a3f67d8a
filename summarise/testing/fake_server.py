"""Test tooling: a scripted OpenAI-compatible model server on 127.0.0.1.

It stands in for a model over real HTTP, so tests and newcomers exercise the whole client
path (SDK, transport retries, instructor's re-asks) without a GPU or an API key. Replies
come from a queue of scripted steps (answers, raw text, HTTP errors, truncated replies,
dropped connections, delays) and, when the queue is empty, from a responder such as
``LabelEchoResponder``, which answers with the hand label of the article it is shown, or
``SentenceQuoteResponder``, which quotes the article's own sentences. A ``FaultPolicy``
adds latency to every reply and fails a seeded share of them the ways real servers fail,
for load and fault tests.

Run ``python -m summarise.testing.fake_server --labels evals/labels --port 8000`` (add
``--fault-rate 0.3 --latency 0.2 --seed 1`` for an unreliable server) and point
``SUMMARISE_BASE_URL`` at ``http://127.0.0.1:8000/v1``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, get_args

from pydantic import ValidationError

from summarise.schema import CATEGORIES, ArticleExtraction, ExtractionDraft

Responder = Callable[[dict[str, Any]], dict[str, Any]]
"""Request body in, the model's answer (an ``ExtractionDraft`` as a dict) out."""

DEFAULT_MODEL = "scripted-model"


@dataclass(frozen=True)
class Answer:
    """The model answers with this extraction, shaped for the request's mode."""

    draft: dict[str, Any]


@dataclass(frozen=True)
class RawText:
    """The model writes this text verbatim (in tool-call arguments in tools mode)."""

    text: str


@dataclass(frozen=True)
class HttpError:
    """The server fails the request with this status, JSON body and headers."""

    status: int
    message: str = "scripted failure"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Truncated:
    """The reply stops short with ``finish_reason: length``; default: half the answer."""

    text: str | None = None


@dataclass(frozen=True)
class Drop:
    """The server closes the connection without sending a byte of response."""


@dataclass(frozen=True)
class Delay:
    """Wait, then handle the request with ``then`` (default: the responder)."""

    seconds: float
    then: Step | None = None


Step = Answer | RawText | HttpError | Truncated | Drop | Delay


FaultKind = Literal[
    "rate_limit",
    "server_error",
    "unavailable",
    "drop",
    "timeout",
    "invalid_json",
    "schema_invalid",
    "truncated",
]
FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)
# Valid JSON that breaks the schema in three ways: a missing field, a stance outside its
# enum, a list given as a string.
_SCHEMA_INVALID = json.dumps(
    {
        "positions": [{"holder": {"name": "NATO"}, "stance": "maybe", "evidence": []}],
        "military_movements": "none",
        "diplomatic_contacts": [],
    }
)
_INVALID_JSON = '{"positions": [{"holder": {"name": "NATO", "kind": '


@dataclass(frozen=True)
class FaultPolicy:
    """An unreliable server: every chat reply waits ``latency``; a share ``rate`` fails.

    A failing request fails one way, drawn evenly from ``kinds``: 429 asking for
    ``retry_after`` seconds, 500, 503, a dropped connection, a stall of ``hang`` seconds
    (set it above the client's timeout), invalid JSON, JSON that breaks the schema, or a
    reply cut at ``max_tokens``. The draw depends on the seed, the request body and how
    often that same body was sent before, never on arrival order, so concurrent clients
    meet the same faults on every run with the same seed; a resent request draws afresh.
    """

    rate: float = 0.0
    latency: float = 0.0
    seed: int = 0
    kinds: tuple[FaultKind, ...] = FAULT_KINDS
    retry_after: float = 0.05
    hang: float = 5.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        if self.latency < 0 or self.hang < 0 or self.retry_after < 0:
            raise ValueError("latency, hang and retry_after cannot be negative")
        if self.rate > 0 and not self.kinds:
            raise ValueError("a fault rate needs at least one fault kind")

    def fault(self, request: str, seen: int) -> FaultKind | None:
        """The fault for the ``seen``-th resend (0: the first send) of the request whose
        digest is ``request``, or None."""
        draw = random.Random(f"{self.seed}:{request}:{seen}")
        if draw.random() >= self.rate:
            return None
        return draw.choice(self.kinds)

    def step(self, request: str, seen: int) -> Step:
        """What the server does for this request: the fault's step after the latency."""
        kind = self.fault(request, seen)
        then: Step | None = None
        if kind == "rate_limit":
            headers = {
                "Retry-After": f"{self.retry_after:g}",
                "retry-after-ms": str(round(self.retry_after * 1000)),
            }
            then = HttpError(429, "Rate limit reached; please retry after a short wait.", headers)
        elif kind == "server_error":
            then = HttpError(500, "The server had an error while processing your request.")
        elif kind == "unavailable":
            then = HttpError(503, "The engine is currently overloaded; please try again later.")
        elif kind == "drop":
            then = Drop()
        elif kind == "timeout":
            then = Delay(self.hang)
        elif kind == "invalid_json":
            then = RawText(_INVALID_JSON)
        elif kind == "schema_invalid":
            then = RawText(_SCHEMA_INVALID)
        elif kind == "truncated":
            then = Truncated()
        return Delay(self.latency, then)


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


def empty_responder(_body: dict[str, Any]) -> dict[str, Any]:
    """A model that finds nothing: every category empty."""
    return ExtractionDraft().model_dump(mode="json")


class LabelEchoResponder:
    """Answers with the gold label of whichever labelled article the request shows.

    The label is recognised by its quotes appearing in the user messages; only items with
    a quote in the text are returned, so a chunk of an article gets that chunk's items and
    the merged chunks give back the label. Unknown articles get an empty extraction.
    """

    def __init__(self, labels_dir: Path) -> None:
        self._labels: list[ExtractionDraft] = []
        for path in sorted(labels_dir.glob("*.json")):
            try:
                label = ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValidationError) as exc:
                raise ValueError(f"Label file {path} is not a valid extraction: {exc}") from exc
            self._labels.append(_as_draft(label))

    def __len__(self) -> int:
        return len(self._labels)

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        text = _squash(
            " ".join(
                str(m.get("content") or "")
                for m in body.get("messages", [])
                if m.get("role") == "user"
            )
        )
        best: dict[str, Any] = ExtractionDraft().model_dump(mode="json")
        best_hits = 0
        for label in self._labels:
            found: dict[str, Any] = {
                category: [
                    item.model_dump(mode="json")
                    for item in label.items(category)
                    if any(_squash(e.quote) in text for e in item.evidence)
                ]
                for category in CATEGORIES
            }
            hits = sum(len(items) for items in found.values())
            if hits > best_hits:
                best, best_hits = found, hits
        return best


def _as_draft(label: ArticleExtraction) -> ExtractionDraft:
    """A label as a model would write it: no article id, evidence as bare quotes."""
    data = label.model_dump(mode="json", exclude={"article_id"})
    for category in CATEGORIES:
        for item in data[category]:
            item["evidence"] = [{"quote": e["quote"]} for e in item["evidence"]]
    return ExtractionDraft.model_validate(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.DOTALL)
_SENTENCE = re.compile(r"[A-Z][^.!?\n]{15,200}[.!?]")


class SentenceQuoteResponder:
    """A model for any article: one position per sentence, quoting it word for word.

    Every quote grounds, so briefings built from its answers have items; the holder is the
    sentence's first word, which is crude but enough to give the merge distinct parties.
    ``limit`` caps the items per request.
    """

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        user = " ".join(
            str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user"
        )
        inside = _ARTICLE.search(user)
        text = inside.group(1) if inside else user
        positions = [
            {
                "holder": {"name": sentence.split()[0], "kind": "other"},
                "stance": "other",
                "topic": sentence[:60],
                "evidence": [{"quote": sentence}],
            }
            for sentence in islice((m.group() for m in _SENTENCE.finditer(text)), self.limit)
        ]
        return {"positions": positions, "military_movements": [], "diplomatic_contacts": []}


def _tokens(text: str) -> int:
    """The usual rough estimate of four characters a token."""
    return math.ceil(len(text) / 4)


class ScriptedModelServer:
    """A threaded OpenAI-compatible HTTP server; a context manager that starts and stops it.

    ``script(*steps)`` queues replies for the next chat requests, in order; dicts and
    ``ExtractionDraft`` objects are answers, strings raw text. Requests beyond the script
    are answered by ``responder``, through ``faults`` when a policy is set.
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        model: str = DEFAULT_MODEL,
        faults: FaultPolicy | None = None,
    ) -> None:
        self.model = model
        self._responder: Responder = responder or empty_responder
        self._faults = faults
        self._seen: dict[str, int] = {}
        self._steps: deque[Step] = deque()
        self._received: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        self._httpd = _HTTPServer((host, port), _handler_class(self))
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

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
            self._steps.extend(_as_step(step) for step in steps)

    def pending(self) -> int:
        """Scripted steps not yet used: a test can check its script was played out."""
        with self._lock:
            return len(self._steps)

    def start(self) -> ScriptedModelServer:
        self._thread = threading.Thread(
            target=self.serve_forever, name="scripted-model-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def serve_forever(self) -> None:
        # A short poll keeps stop() quick: tests start and stop a server each.
        self._httpd.serve_forever(poll_interval=0.02)

    def __enter__(self) -> ScriptedModelServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

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


def request_digest(body: dict[str, Any]) -> str:
    """Names a request by its content, so a resend of the same body is recognised."""
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _as_step(step: Step | dict[str, Any] | ExtractionDraft | str) -> Step:
    if isinstance(step, ExtractionDraft):
        return Answer(step.model_dump(mode="json"))
    if isinstance(step, dict):
        return Answer(step)
    if isinstance(step, str):
        return RawText(step)
    return step


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 overflows when a client opens 16 connections at
    # once; the kernel then resets some, and clients see errors no real server would cause.
    request_queue_size = 128


def _handler_class(server: ScriptedModelServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        scripted = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the body waits for
    # the client's delayed ACK of the headers, adding about 40 ms to every reply.
    disable_nagle_algorithm = True
    scripted: ScriptedModelServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: test output and the CLI's terminal are not access logs."""

    def do_GET(self) -> None:
        self.scripted.receive(self._received(None))
        if self.path.rstrip("/") == "/v1/models":
            model = {"id": self.scripted.model, "object": "model", "owned_by": "summarise"}
            self._send_json(200, {"object": "list", "data": [model]})
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
        """A chat completion shaped for the request's mode, cut at ``max_tokens`` as a model is."""
        limit = body.get("max_tokens")
        if isinstance(limit, int) and _tokens(text) > limit:
            text, truncated = text[: limit * 4], True
        message: dict[str, Any] = {"role": "assistant", "content": text}
        tools = body.get("tools")
        if isinstance(tools, list) and tools:
            name = tools[0].get("function", {}).get("name", "extract")
            call_id = f"call_{uuid.uuid4().hex[:12]}"
            call = {
                "id": call_id,
                "type": "function",
                "function": {"name": name, "arguments": text},
            }
            message = {"role": "assistant", "content": None, "tool_calls": [call]}
        elif text.lstrip().startswith("{") and _wants_markdown(body):
            message["content"] = f"```json\n{text}\n```"
        prompt = " ".join(str(m.get("content") or "") for m in body.get("messages", []))
        finish = "length" if truncated else ("tool_calls" if "tool_calls" in message else "stop")
        self._send_json(
            200,
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", self.scripted.model),
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": {
                    "prompt_tokens": _tokens(prompt),
                    "completion_tokens": _tokens(text),
                    "total_tokens": _tokens(prompt) + _tokens(text),
                },
            },
        )

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


def _wants_markdown(body: dict[str, Any]) -> bool:
    """instructor's md_json mode asks for a ```json block in the last message."""
    messages = body.get("messages") or [{}]
    return "```json" in str(messages[-1].get("content") or "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m summarise.testing.fake_server",
        description="Test tooling: a scripted stand-in for an OpenAI-compatible model server.",
    )
    parser.add_argument("--labels", type=Path, help="folder of gold label JSON files to echo")
    parser.add_argument(
        "--quotes",
        action="store_true",
        help="answer any article with positions quoting its own sentences",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of chat requests that fail (0-1)"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each reply")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    parser.add_argument(
        "--hang", type=float, default=FaultPolicy.hang, help="seconds a timeout fault stalls"
    )
    parser.add_argument(
        "--retry-after",
        type=float,
        default=FaultPolicy.retry_after,
        help="seconds a 429 fault asks the client to wait",
    )
    args = parser.parse_args(argv)
    responder: Responder = empty_responder
    if args.labels is not None and args.quotes:
        parser.error("give --labels or --quotes, not both")
    if args.labels is not None:
        if not args.labels.is_dir():
            parser.error(f"--labels {args.labels} is not a folder")
        echo = LabelEchoResponder(args.labels)
        print(f"Echoing {len(echo)} labelled articles from {args.labels}.")
        responder = echo
    elif args.quotes:
        responder = SentenceQuoteResponder()
    try:
        faults = FaultPolicy(
            rate=args.fault_rate,
            latency=args.latency,
            seed=args.seed,
            hang=args.hang,
            retry_after=args.retry_after,
        )
    except ValueError as error:
        parser.error(str(error))
    server = ScriptedModelServer(responder, host=args.host, port=args.port, faults=faults)
    if faults.rate or faults.latency:
        print(
            f"Faults: {faults.rate:.0%} of chat requests fail (seed {faults.seed}); "
            f"{faults.latency:g}s latency; a timeout fault stalls {faults.hang:g}s."
        )
    print(
        f"Scripted model server (test tooling) at {server.base_url}; Ctrl-C to stop.\n"
        f"Try: SUMMARISE_BASE_URL={server.base_url} summarise extract seeds/",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
