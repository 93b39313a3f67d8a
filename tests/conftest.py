"""Fixtures shared across test files; plain helpers and paths are in ``helpers.py``."""

from collections.abc import Iterator

import pytest
from helpers import LABELS

from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer


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
