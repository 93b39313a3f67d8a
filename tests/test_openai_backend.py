"""The openai backend over real HTTP against ``scripted_model_server``, a stand-in model.

Every test drives the whole client path: prompt, instructor, the transport retry layer,
the OpenAI SDK, a socket and back. Backoff waits are shrunk through ``RetryPolicy``; the
``Retry-After`` a server sends is honoured as it is.
"""

import asyncio
import http.server
import json
import math
import re
import socket
import time
from typing import Any, ClassVar

import pytest
from helpers import settings_for
from pydantic import SecretStr

from summarise.article import Article
from summarise.errors import ArticleError, BackendMisconfigured, BackendUnavailable, ConfigError
from summarise.extraction.backends.base import BackendResult
from summarise.extraction.backends.openai import RetryPolicy, make_openai_backend
from summarise.extraction.prompting.compact import compacted
from summarise.extraction.prompting.prompts import load_prompt
from summarise.schema import ExtractionDraft
from summarise.settings import ModeName, Settings
from summarise.testing.background import BackgroundServer
from summarise.testing.fake_server import Delay, Drop, HttpError, ScriptedModelServer, Truncated
from summarise.urls import public_url, url_secrets

FAST = RetryPolicy(initial_wait=0.01, max_wait=0.02, jitter=0.0)
KEY = "sk-test-SECRET-0123456789"

PARAGRAPHS = [
    "NATO allies have expressed concern about a build-up of about 100,000 Russian troops "
    "near the Ukrainian border. The Prime Minister urged Russia to step back from the brink. "
    "He said any further incursion would be a tragic miscalculation.",
    "The Foreign Secretary will travel to Moscow in the coming days for talks with her "
    "Russian counterpart. Officials said the visit had been agreed on Tuesday. The talks "
    "are expected to cover troop movements and arms control.",
    "The Ministry of Defence confirmed that 350 Royal Marines would be sent to Poland. "
    "Four Typhoon fighters from RAF Lossiemouth intercepted two Russian bombers on Monday. "
    "The Kremlin denied it had any plan to invade its neighbour.",
    "The President spoke to the German Chancellor by phone this afternoon. The leaders "
    "agreed that escalation was in no one's interest. They promised to keep in close "
    "contact over the weekend as the crisis develops.",
    "Ukraine's foreign minister called on the West to supply more weapons. He warned that "
    "time was running out for diplomacy. The United States said it was sending a further "
    "shipment of anti-tank missiles to Kyiv this week.",
    "Analysts in Brussels said the alliance remained united. The EU has prepared a package "
    "of sanctions that could be adopted within days. Its foreign policy chief said the "
    "bloc stood ready to respond to any aggression.",
]
LONG_TEXT = "\n\n".join(PARAGRAPHS)
ARTICLE = Article(id="a1", text=LONG_TEXT, title="Crisis talks", source="Test Wire")
SHORT = Article(id="a2", text=PARAGRAPHS[0])


def position(quote: str, holder: str = "NATO") -> dict[str, Any]:
    return {
        "holder": {"name": holder, "kind": "organisation"},
        "stance": "concern",
        "topic": quote[:40],
        "evidence": [{"quote": quote}],
    }


def draft(*quotes: str) -> dict[str, Any]:
    return {
        "positions": [position(q) for q in quotes],
        "military_movements": [],
        "diplomatic_contacts": [],
    }


def extract(settings: Settings, article: Article = ARTICLE) -> BackendResult:
    async def run() -> BackendResult:
        backend = make_openai_backend(settings, policy=FAST)
        try:
            return await backend.extract(article)
        finally:
            await backend.aclose()

    return asyncio.run(run())


def user_text(body: dict[str, Any]) -> str:
    return " ".join(str(m.get("content")) for m in body["messages"] if m["role"] == "user")


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_each_mode_sends_its_request_shape_and_parses_the_answer(
    scripted_model_server: ScriptedModelServer, mode: ModeName
) -> None:
    scripted_model_server.script(draft("The Prime Minister urged Russia to step back"))

    result = extract(settings_for(scripted_model_server, mode=mode, seed=7, max_tokens=4096))

    (body,) = scripted_model_server.chat_requests
    assert result.draft.positions[0].evidence[0].quote.startswith("The Prime Minister")
    assert (body["model"], body["temperature"], body["max_tokens"], body["seed"]) == (
        "test-model",
        0.0,
        4096,
        7,
    )
    if mode == "tools":
        name = body["tools"][0]["function"]["name"]
        assert body["tool_choice"] == {"type": "function", "function": {"name": name}}
        assert body["tools"][0]["function"]["parameters"]["properties"].keys() == {
            "positions",
            "military_movements",
            "diplomatic_contacts",
        }
    else:
        assert "tools" not in body
    if mode == "json_schema":
        assert body["response_format"]["type"] == "json_schema"
        # The API path's default strategy sends the compact schema.
        assert body["response_format"]["json_schema"]["schema"] == (
            compacted(ExtractionDraft).model_json_schema()
        )
    if mode == "json":
        assert body["response_format"] == {"type": "json_object"}
    if mode == "md_json":
        assert "response_format" not in body


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_system_message_is_first_and_static_and_the_article_comes_last(
    scripted_model_server: ScriptedModelServer, mode: ModeName
) -> None:
    settings = settings_for(scripted_model_server, mode=mode)
    extract(settings, ARTICLE)
    extract(settings, SHORT)

    first, second = scripted_model_server.chat_requests
    assert first["messages"][0]["role"] == "system"
    assert first["messages"][0]["content"].startswith(load_prompt("compact").system_text())
    assert first["messages"][0] == second["messages"][0]
    assert PARAGRAPHS[-1] in first["messages"][-1]["content"]
    assert PARAGRAPHS[0] in second["messages"][-1]["content"]


def test_seed_is_left_out_when_not_set(scripted_model_server: ScriptedModelServer) -> None:
    extract(settings_for(scripted_model_server))

    assert "seed" not in scripted_model_server.chat_requests[0]


def test_429_is_retried_after_the_servers_retry_after(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(429, "slow down", {"Retry-After": "0"}), draft("x"))

    result = extract(settings_for(scripted_model_server))

    assert (result.requests, result.attempts) == (2, 1)
    assert result.draft.positions[0].evidence[0].quote == "x"


def test_retry_after_ms_is_honoured_even_when_backoff_is_shorter(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(429, headers={"retry-after-ms": "300"}))

    started = time.perf_counter()
    result = extract(settings_for(scripted_model_server))

    assert time.perf_counter() - started >= 0.3
    assert result.requests == 2


def test_a_retry_after_beyond_the_cap_is_not_waited_for_and_stops_the_run(
    scripted_model_server: ScriptedModelServer,
) -> None:
    """A server asking for an hour's quiet is not retried a minute later, five times over
    for every article (five minutes before a word): the run stops at once, saying when."""
    scripted_model_server.script(HttpError(503, headers={"Retry-After": "3600"}))
    settings = settings_for(scripted_model_server)

    async def run() -> BackendResult:
        policy = RetryPolicy(initial_wait=0.01, max_wait=0.02, jitter=0.0, max_retry_after=60)
        backend = make_openai_backend(settings, policy=policy)
        try:
            return await backend.extract(SHORT)
        finally:
            await backend.aclose()

    started = time.perf_counter()
    with pytest.raises(BackendUnavailable) as caught:
        asyncio.run(run())

    assert time.perf_counter() - started < 30  # not the hour the header asked for
    assert len(scripted_model_server.chat_requests) == 1
    message = str(caught.value)
    assert "is unavailable (HTTP 503: scripted failure) and asks for no request before" in message
    assert re.search(
        r"before \d{4}-\d\d-\d\d \d\d:\d\d UTC, in 60 minutes; try again then", message
    )


def test_a_retry_after_within_the_cap_is_waited_for_and_retried(
    scripted_model_server: ScriptedModelServer,
) -> None:
    """The look-alike: a short ask is honoured and the request sent again, as before."""
    scripted_model_server.script(HttpError(429, headers={"Retry-After": "0.2"}))

    result = extract(settings_for(scripted_model_server))

    assert result.requests == 2


def test_a_rate_limit_with_an_empty_body_says_the_status_not_the_sdk_s_words() -> None:
    """A 429 whose body is ``{}``: the message was the SDK's raw "Error code: 429 - {}"."""
    server, posts = _one_reply_server("{}", "application/json", status=429)
    with server:
        url = f"{server.origin}/v1"
        with pytest.raises(ArticleError) as caught:
            extract(Settings(base_url=url, model="m", retries=1))

    message = str(caught.value)
    assert "(HTTP 429, tried 2 times): Too Many Requests; it limits the request rate" in message
    assert "Error code" not in message
    assert len(posts) == 2


def test_a_rate_limit_asking_for_an_hour_stops_at_once_and_says_when() -> None:
    server, posts = _one_reply_server(
        "{}", "application/json", status=429, headers={"Retry-After": "3600"}
    )
    with server:
        url = f"{server.origin}/v1"
        with pytest.raises(BackendUnavailable) as caught:
            extract(Settings(base_url=url, model="m", retries=5))

    message = str(caught.value)
    assert message.startswith(
        f"The model server at {url} limits the request rate (HTTP 429: Too Many Requests) "
        "and asks for no request before "
    )
    assert "in 60 minutes; try again then. What was extracted before it is in the cache" in message
    assert len(posts) == 1


def test_server_error_then_success_is_retried(scripted_model_server: ScriptedModelServer) -> None:
    scripted_model_server.script(HttpError(500, "boom"))

    result = extract(settings_for(scripted_model_server))

    assert (result.requests, result.attempts) == (2, 1)


def test_dropped_connection_then_success_is_retried(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(Drop(), draft("y"))

    result = extract(settings_for(scripted_model_server))

    assert (result.requests, result.attempts) == (2, 1)
    assert result.draft.count() == 1


def test_persistent_server_errors_fail_the_article_after_the_retries(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(*[HttpError(503, "overloaded")] * 3)

    with pytest.raises(ArticleError, match=r"HTTP 503, tried 3 times\): overloaded; "):
        extract(settings_for(scripted_model_server, retries=2))

    assert len(scripted_model_server.chat_requests) == 3


@pytest.mark.parametrize(
    ("status", "said", "expected"),
    [
        (500, "Internal server error.", "HTTP 500, tried 2 times): Internal server error; try"),
        (503, "Overloaded...", "HTTP 503, tried 2 times): Overloaded; try"),
        (429, "Slow down!", "HTTP 429, tried 2 times): Slow down; it limits"),
        (400, "Is the prompt too long?", "refused the request (HTTP 400): Is the prompt too long"),
    ],
)
def test_a_server_s_own_punctuation_is_not_doubled_by_the_sentence_around_it(
    scripted_model_server: ScriptedModelServer, status: int, said: str, expected: str
) -> None:
    scripted_model_server.script(*[HttpError(status, said)] * 2)

    with pytest.raises(ArticleError) as caught:
        extract(settings_for(scripted_model_server, retries=1, retry_wait=0.01))

    assert expected in str(caught.value)
    assert not re.search(r"[.!?][.:!?]", str(caught.value).replace("...", ""))


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_invalid_json_is_reasked_with_the_error(
    scripted_model_server: ScriptedModelServer, mode: ModeName
) -> None:
    scripted_model_server.script("this is not JSON {", draft("z"))

    result = extract(settings_for(scripted_model_server, mode=mode))

    assert (result.attempts, result.requests) == (2, 2)
    assert result.raw_replies[0] == "this is not JSON {"
    assert result.draft.positions[0].evidence[0].quote == "z"
    first, second = scripted_model_server.chat_requests
    reask = json.dumps(second["messages"][len(first["messages"]) :])
    assert "this is not JSON {" in reask
    assert "Invalid JSON" in reask


def test_schema_violations_are_reasked_and_then_give_up_in_one_line(
    scripted_model_server: ScriptedModelServer,
) -> None:
    wrong = draft("q")
    wrong["positions"][0]["stance"] = "grumble"
    scripted_model_server.script(*[wrong] * 3)

    with pytest.raises(ArticleError) as caught:
        extract(settings_for(scripted_model_server, reasks=2))

    message = str(caught.value)
    assert message.startswith("model output invalid after 3 attempts: positions.0.stance:")
    assert "\n" not in message
    assert len(scripted_model_server.chat_requests) == 3


def test_one_invalid_reply_and_no_reask_is_one_attempt(
    scripted_model_server: ScriptedModelServer,
) -> None:
    """--reasks 0 said "after 1 attempts"."""
    scripted_model_server.script("I cannot help with that.")

    with pytest.raises(ArticleError) as caught:
        extract(settings_for(scripted_model_server, reasks=0))

    assert str(caught.value).startswith("model output invalid after 1 attempt: ")


def test_truncated_reply_splits_the_piece_in_two_on_a_sentence_boundary(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(Truncated(), draft("first half"), draft("second half"))

    result = extract(settings_for(scripted_model_server))

    assert (result.attempts, result.requests) == (3, 3)
    quotes = [p.evidence[0].quote for p in result.draft.positions]
    assert quotes == ["first half", "second half"]
    _, left, right = (user_text(b) for b in scripted_model_server.chat_requests)
    assert PARAGRAPHS[0] in left
    assert PARAGRAPHS[-1] not in left
    assert PARAGRAPHS[-1] in right
    assert PARAGRAPHS[0] not in right


def test_truncation_of_a_short_piece_says_which_setting_to_change(
    scripted_model_server: ScriptedModelServer,
) -> None:
    with pytest.raises(ArticleError, match=r"cut at max_tokens=16 .*--max-tokens.*--chunk-chars"):
        extract(settings_for(scripted_model_server, max_tokens=16), SHORT)

    assert len(scripted_model_server.chat_requests) == 1


def test_usage_is_summed_over_every_reply(scripted_model_server: ScriptedModelServer) -> None:
    valid = draft("w")
    scripted_model_server.script("nope", valid)

    result = extract(settings_for(scripted_model_server, mode="json_schema"))

    prompts = [
        math.ceil(len(" ".join(str(m.get("content") or "") for m in b["messages"])) / 4)
        for b in scripted_model_server.chat_requests
    ]
    assert result.usage.prompt_tokens == sum(prompts)
    assert result.usage.completion_tokens == 1 + math.ceil(len(json.dumps(valid)) / 4)


def test_a_long_article_is_extracted_in_chunks_and_merged(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(draft("a"), draft("a", "b"), draft("c"))

    result = extract(settings_for(scripted_model_server, chunk_chars=600))

    bodies = scripted_model_server.chat_requests
    assert len(bodies) == result.attempts >= 3
    assert f"(part 1 of {len(bodies)})" in user_text(bodies[0])
    assert [p.evidence[0].quote for p in result.draft.positions][:3] == ["a", "b", "c"]


def test_concurrent_articles_keep_their_own_counts(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(500), draft("only"))
    settings = settings_for(scripted_model_server)

    async def run() -> list[BackendResult]:
        backend = make_openai_backend(settings, policy=FAST)
        try:
            return list(await asyncio.gather(backend.extract(ARTICLE), backend.extract(SHORT)))
        finally:
            await backend.aclose()

    results = asyncio.run(run())

    assert sorted(r.requests for r in results) == [1, 2]
    assert [r.attempts for r in results] == [1, 1]


def test_rejected_key_stops_the_run_without_showing_the_key(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(401, f"Incorrect API key provided: {KEY}"))
    settings = settings_for(scripted_model_server, api_key=SecretStr(KEY))

    with pytest.raises(BackendUnavailable) as caught:
        extract(settings)

    assert "rejected the API key" in str(caught.value)
    assert "SUMMARISE_API_KEY" in str(caught.value)
    assert KEY not in str(caught.value)
    assert caught.value.__cause__ is None
    assert len(scripted_model_server.chat_requests) == 1
    sent = scripted_model_server.requests[0].headers
    assert sent["authorization"] == f"Bearer {KEY}"


def test_unknown_model_stops_the_run(scripted_model_server: ScriptedModelServer) -> None:
    scripted_model_server.script(HttpError(404, "model 'test-model' not found"))

    with pytest.raises(BackendUnavailable, match=r"Model 'test-model' was not found"):
        extract(settings_for(scripted_model_server))


def test_other_client_errors_fail_the_article_with_the_servers_message(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(400, "context length exceeded"))

    with pytest.raises(ArticleError, match=r"HTTP 400\): context length exceeded$"):
        extract(settings_for(scripted_model_server))

    assert len(scripted_model_server.chat_requests) == 1


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_closed_port_means_the_server_is_unavailable() -> None:
    url = closed_port_url()

    with pytest.raises(BackendUnavailable) as caught:
        extract(Settings(base_url=url, retries=1))

    assert str(caught.value).startswith(f"Cannot reach the model server at {url} (")
    assert "Connect call failed" in str(caught.value)
    assert "request" not in str(caught.value)
    assert str(caught.value).endswith("): is it running? Check --base-url / SUMMARISE_BASE_URL.")
    assert "SUMMARISE_BASE_URL" in str(caught.value)


def test_timeouts_are_retried_then_reported(scripted_model_server: ScriptedModelServer) -> None:
    scripted_model_server.script(Delay(1.0), Delay(1.0))

    with pytest.raises(ArticleError, match=r"did not answer within 0.2s .*--timeout"):
        extract(settings_for(scripted_model_server, timeout=0.2, retries=1))


def test_identity_names_what_shapes_the_output_and_no_secret() -> None:
    settings = Settings(
        base_url="http://user:pw@127.0.0.1:9/v1", api_key=SecretStr(KEY), mode="json", seed=3
    )

    identity = make_openai_backend(settings).identity()

    assert identity["backend"] == "openai"
    assert identity["base_url"] == "http://127.0.0.1:9/v1"
    assert (identity["mode"], identity["seed"], identity["model"]) == ("json", 3, "gpt-4o-mini")
    assert identity["prompt"] == "compact"
    assert identity["prompt_version"] == load_prompt("compact").version
    assert KEY not in json.dumps(identity)
    assert "pw" not in json.dumps(identity)


def test_openai_itself_needs_a_key() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        make_openai_backend(Settings(backend="openai"))


def test_public_url_keeps_urls_without_credentials() -> None:
    assert public_url("https://api.openai.com/v1") == "https://api.openai.com/v1"


def test_article_text_reaches_the_model_verbatim(
    scripted_model_server: ScriptedModelServer,
) -> None:
    text = "Officials said {{ nothing }} and {% raw %} stays as written. " * 3
    extract(settings_for(scripted_model_server), Article(id="t", text=text))

    assert text.strip() in scripted_model_server.chat_requests[0]["messages"][-1]["content"]


def test_public_url_hides_credentials_and_key_parameters() -> None:
    url = "https://user:pw@gw.example:8443/v1?api-key=SECRET&api-version=2024-06-01"
    shown = public_url(url)
    assert "SECRET" not in shown
    assert "pw" not in shown
    assert shown == "https://gw.example:8443/v1?api-key=***&api-version=2024-06-01"


def test_url_secrets_are_what_public_url_masks_as_a_reply_may_echo_them() -> None:
    """The password and secret-looking query values, each decoded and encoded (an echoed
    path carries the encoded form), longest first so no shorter one masks part of it; a
    blank value is no secret, and a URL that does not parse has none to mask."""
    url = "https://user:pw@gw.example/v1?api-key=a/b&token=&api-version=2024-06-01"

    assert url_secrets(url) == ["a%2Fb", "a/b", "pw"]
    assert url_secrets("https://api.openai.com/v1") == []
    assert url_secrets("http://[::1/v1?api_key=x") == []


def test_a_percent_encoded_password_is_masked_as_written_and_as_decoded() -> None:
    """The URL writes a password percent-encoded ("p%40ss" for "p@ss"), which ``urlsplit``
    leaves so: it is decoded like the query's values, and both forms are masked (encoding
    the written form again gave "p%2540ss", which no reply carries, and missed "p@ss")."""
    assert url_secrets("https://user:p%40ss@gw.example/v1") == ["p%40ss", "p@ss"]
    # Look-alike: a password with nothing to decode has one form.
    assert url_secrets("https://user:pass@gw.example/v1") == ["pass"]


def test_a_plain_web_server_fails_at_once_as_a_configuration_error(plain_web_server: str) -> None:
    url = f"{plain_web_server}/v1"
    started = time.monotonic()

    with pytest.raises(BackendMisconfigured) as caught:
        extract(Settings(base_url=url, retries=5))

    message = str(caught.value)
    assert time.monotonic() - started < 2
    assert message.startswith(f"The server at {url} is not an OpenAI-compatible API (HTTP 501")
    assert "--base-url" in message
    assert "\n" not in message
    assert "<" not in message
    assert "Try again later" not in message


@pytest.mark.parametrize("status", [400, 403, 404, 405, 413, 422])
def test_a_client_error_is_never_retried(
    scripted_model_server: ScriptedModelServer, status: int
) -> None:
    scripted_model_server.script(*[HttpError(status, "no")] * 3)

    with pytest.raises((ArticleError, BackendUnavailable)):
        extract(settings_for(scripted_model_server, retries=2))

    assert len(scripted_model_server.chat_requests) == 1


def test_a_server_s_message_is_quoted_one_line_at_most(
    scripted_model_server: ScriptedModelServer,
) -> None:
    scripted_model_server.script(HttpError(400, "context length exceeded\nTraceback: a.py line 3"))

    with pytest.raises(ArticleError) as caught:
        extract(settings_for(scripted_model_server))

    assert str(caught.value).endswith("(HTTP 400): context length exceeded")


def test_a_refused_connection_fails_within_a_couple_of_seconds() -> None:
    url = closed_port_url()
    started = time.monotonic()

    with pytest.raises(BackendUnavailable, match="Cannot reach the model server"):
        extract(Settings(base_url=url))

    assert time.monotonic() - started < 2


def test_with_on_cut_keep_a_truncated_reply_keeps_its_finished_items_in_one_request(
    scripted_model_server: ScriptedModelServer,
) -> None:
    whole = json.dumps(draft("first", "second"))
    cut = whole[: whole.index('"second"') + 4]
    scripted_model_server.script(Truncated(cut))

    result = extract(settings_for(scripted_model_server, on_cut="keep"))

    assert (result.attempts, result.requests) == (1, 1)
    assert [p.evidence[0].quote for p in result.draft.positions] == ["first"]


class _OneReplyServer(http.server.BaseHTTPRequestHandler):
    """Answers every POST with the class's ``status`` (200), ``extra`` headers and ``body``
    as ``content_type``: a reply that is no chat completion, as a web UI's port or a broken
    proxy sends, or an error with no words of its own."""

    body: ClassVar[bytes] = b""
    content_type: ClassVar[str] = "application/json"
    status: ClassVar[int] = 200
    extra: ClassVar[dict[str, str]] = {}
    posts: ClassVar[list[str]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.posts.append(self.path)
        self.send_response(self.status)
        for name, value in self.extra.items():
            self.send_header(name, value)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Not an access log in the test output."""


def _one_reply_server(
    body: str, content_type: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> tuple[BackgroundServer, list[str]]:
    """The server, and the paths of the POSTs it answers, as they come."""
    posts: list[str] = []
    handler = type(
        "Handler",
        (_OneReplyServer,),
        {
            "body": body.encode("utf-8"),
            "content_type": content_type,
            "status": status,
            "extra": headers or {},
            "posts": posts,
        },
    )
    return BackgroundServer("127.0.0.1", 0, handler, "one-reply"), posts


def test_a_web_page_answering_a_chat_request_is_no_model_api() -> None:
    """A web UI served at --base-url answers any path with its page and HTTP 200: the SDK
    hands the page back as text, which failed each article as an internal error."""
    page = "<!doctype html><html><body><div id='app'></div></body></html>"
    server, _ = _one_reply_server(page, "text/html; charset=utf-8")
    with server:
        url = f"{server.origin}/v1"
        with pytest.raises(BackendMisconfigured) as caught:
            extract(Settings(base_url=url, model="m", retries=2))

    message = str(caught.value)
    assert message.startswith(f"The server at {url} is not an OpenAI-compatible API (")
    assert "a web page, not JSON" in message
    assert "internal error" not in message


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("", "sent an empty reply"),
        ("upstream timed out", "sent a reply that is not JSON (Expecting value)"),
        ('{"id": "x", "object": "chat.completion", "choices": []}', "with no choices"),
    ],
    ids=["empty", "not-json", "no-choices"],
)
def test_a_reply_that_is_no_completion_fails_the_article_without_re_asking(
    body: str, said: str
) -> None:
    """The HTTP body, not the model's output, is at fault: it was re-asked as invalid model
    output ("raise --reasks, try a larger model"), or failed as an internal error."""
    server, posts = _one_reply_server(body, "application/json")
    with server:
        url = f"{server.origin}/v1"
        with pytest.raises(ArticleError) as caught:
            extract(Settings(base_url=url, model="m", retries=2, reasks=2))

    assert said in str(caught.value)
    assert "reasks" not in str(caught.value)
    assert len(posts) == 1
