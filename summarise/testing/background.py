"""Test tooling: an HTTP server on a thread of its own, started and stopped by ``with``.

Every stand-in server (a model, a news site) needs the same care to be quick and quiet in
tests: a short poll so stopping takes milliseconds, daemon threads so a stuck client
cannot hang the test run, and a listen backlog deep enough for a client's burst of
connections, and no traceback when a client hangs up, which tests do on purpose.
"""

from __future__ import annotations

import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 overflows when a client opens 16 connections at
    # once; the kernel then resets some, and clients see errors no real server would cause.
    request_queue_size = 128

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        """Quiet about a client that hung up (a timeout, a refused oversized reply): that is
        what the tests provoke; anything else is printed as usual."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class BackgroundServer:
    """Serves ``handler`` on ``host:port`` (port 0: any free one) from ``start`` to ``stop``."""

    def __init__(
        self, host: str, port: int, handler: type[BaseHTTPRequestHandler], name: str
    ) -> None:
        self._httpd = _HTTPServer((host, port), handler)
        self._name = name
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        """``http://host:port``, with the port the system chose."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._thread = threading.Thread(target=self.serve_forever, name=self._name, daemon=True)
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

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
