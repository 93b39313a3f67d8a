"""Fixtures shared across test files."""

from collections.abc import Iterator

import pytest

from summarise.testing.fake_server import ScriptedModelServer


@pytest.fixture
def scripted_model_server() -> Iterator[ScriptedModelServer]:
    """A real OpenAI-compatible HTTP server on 127.0.0.1 standing in for a model.

    It answers with an empty extraction unless a test scripts replies (``server.script``)
    or sets ``server.responder``.
    """
    with ScriptedModelServer() as server:
        yield server
