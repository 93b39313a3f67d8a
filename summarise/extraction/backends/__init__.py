"""Extractors behind one interface (``base.Backend``), chosen from the settings.

Backends are imported lazily: the baseline must start fast, and the local backend's
llama.cpp dependency is an optional extra.
"""

from __future__ import annotations

from typing import assert_never

from summarise.extraction.backends.base import Backend
from summarise.settings import Settings


def backend_label(backend: Backend) -> str:
    """The backend and, for models, which model: every output says what produced it."""
    model = backend.identity().get("model")
    return f"{backend.name} ({model})" if model else backend.name


def make_backend(settings: Settings) -> tuple[Backend, str | None]:
    """The configured backend, and a notice for the user when it was chosen by default."""
    name, notice = settings.resolved_backend()
    if name == "openai":
        from summarise.extraction.backends.openai import make_openai_backend, served_model

        settings, chosen = served_model(settings)
        return make_openai_backend(settings), chosen or notice
    if name == "local":
        from summarise.extraction.backends.local import make_local_backend

        return make_local_backend(settings), notice
    if name == "baseline":
        from summarise.extraction.backends.baseline import BaselineBackend

        return BaselineBackend(), notice
    assert_never(name)
