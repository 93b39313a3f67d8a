"""The model-written overview: asked over real HTTP of the scripted server standing in for a
model, checked sentence by sentence, cached, and rendered with its items and quotes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import GENERATED, LABELS, ROOT, label_results, run_cli, settings_for

from summarise.briefing import Briefing, build_briefing, render
from summarise.briefing.model import BriefingItem, DroppedSentence, Overview, OverviewClaim
from summarise.errors import ConfigError
from summarise.overview import OverviewFailed
from summarise.overview.write import OverviewRun
from summarise.schema import CATEGORIES
from summarise.session import Session
from summarise.settings import Settings
from summarise.testing.fake_server import (
    HttpError,
    LabelEchoResponder,
    ScriptedModelServer,
    is_overview_request,
)

ITEM_LINE = re.compile(r"^\[(?P<id>[PMC]\d+)\] (?P<text>.*)$", re.MULTILINE)


def label_briefing() -> Briefing:
    """The seeds' briefing with their hand labels as the extraction."""
    return build_briefing(label_results(), backend="labels", generated_at=GENERATED)


def seeds_overview(server: ScriptedModelServer, tmp_path: Path) -> tuple[Briefing, OverviewRun]:
    """The labelled seeds' briefing and the overview the scripted stand-in model writes."""
    server.responder = scripted_overview
    briefing = label_briefing()
    with Session(settings_for(server, cache_dir=tmp_path)) as session:
        run = session.overview(briefing)
    assert run is not None
    return briefing, run


def shown(body: dict[str, Any]) -> dict[str, str]:
    """The items an overview request shows the model: id -> sentence."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return {m["id"]: m["text"] for m in ITEM_LINE.finditer(user)}


def first(items: dict[str, str], *words: str) -> str:
    return next(i for i, text in items.items() if all(w in text for w in words))


def scripted_overview(body: dict[str, Any]) -> dict[str, Any]:
    """A stand-in model's overview of the items it is shown: one sentence true to its item,
    one citing nothing, one with a wrong number, one with an invented name, one citing an
    item that does not exist."""
    items = shown(body)
    build_up = first(items, "massed")
    deployment = first(items, "deploy", "3,000")
    call = first(items, "spoke by phone", "Vladimir Putin")
    return {
        "sentences": [
            {
                "text": "Russia has massed more than 100,000 troops near the Ukrainian border.",
                "items": [build_up],
            },
            {"text": "The crisis is the gravest in Europe for decades.", "items": []},
            {
                "text": "The United States will send 5,000 more troops to Eastern Europe.",
                "items": [deployment],
            },
            {"text": "Emmanuel Macron spoke to Vladimir Putin by phone.", "items": [call]},
            {"text": "Boris Johnson spoke to Vladimir Putin.", "items": ["C99"]},
        ]
    }


class StandInModel:
    """Answers extractions with the seeds' hand labels and the overview with the script."""

    def __init__(self) -> None:
        self.labels = LabelEchoResponder(LABELS)

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        return scripted_overview(body) if is_overview_request(body) else self.labels(body)


def evidence_words(briefing: Briefing, item_ids: list[str]) -> str:
    items = [briefing.item(i) for i in item_ids]
    quotes = [q.span for item in items if item for r in item.reports for q in r.quotes]
    names = [
        e.actor.name for e in briefing.actors if any(i and e.actor.id in i.parties for i in items)
    ]
    return " ".join([*quotes, *names])


def test_the_check_keeps_only_what_the_cited_items_say(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    _, run = seeds_overview(scripted_model_server, tmp_path)

    overview = run.overview
    assert [c.text for c in overview.claims] == [
        "Russia has massed more than 100,000 troops near the Ukrainian border."
    ]
    assert [(d.reason, d.detail) for d in overview.dropped] == [
        ("uncited", ""),
        ("unsupported", "not in the cited items: number '5,000'"),
        ("unsupported", "not in the cited items: name 'Emmanuel', name 'Macron'"),
        ("unknown_item", "cites C99"),
    ]
    assert overview.written == 5
    assert overview.written_by == "openai (test-model)"
    assert overview.prompt == "overview v1"
    assert run.requests == 1


def test_what_is_kept_states_no_number_or_name_its_items_lack(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    """Checked independently of the checker: digits and capitalised words, read plainly."""
    briefing, run = seeds_overview(scripted_model_server, tmp_path)

    assert run.overview.claims
    for claim in run.overview.claims:
        evidence = evidence_words(briefing, claim.items)
        for number in re.findall(r"\d[\d,]*", claim.text):
            assert number in evidence
        for name in re.findall(r"(?<!^)\b[A-Z][a-z]+", claim.text):
            assert name in evidence


def test_an_overview_is_asked_for_once_and_then_read_from_the_cache(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    scripted_model_server.responder = scripted_overview
    briefing = label_briefing()
    settings = settings_for(scripted_model_server, cache_dir=tmp_path)

    with Session(settings) as session:
        first_run = session.overview(briefing)
        again = session.overview(briefing)
    fewer = briefing.model_copy(update={"positions": briefing.positions[1:]})
    with Session(settings) as session:
        other = session.overview(fewer)

    assert first_run is not None
    assert again is not None
    assert other is not None
    assert again.cached
    assert again.overview == first_run.overview
    assert again.requests == 0
    assert not other.cached
    assert len(scripted_model_server.chat_requests) == 2


def test_a_backend_without_a_model_cannot_write_an_overview(tmp_path: Path) -> None:
    settings = Settings(backend="baseline", cache_dir=tmp_path)

    with (
        Session(settings) as session,
        pytest.raises(ConfigError, match="baseline backend cannot write an overview"),
    ):
        session.overview(label_briefing())
    with pytest.raises(ConfigError, match="baseline backend cannot write an overview"):
        Session(settings.model_copy(update={"overview": True}))


def test_a_model_that_keeps_failing_is_one_clear_error(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    scripted_model_server.script(*[HttpError(500)] * 3)

    settings = settings_for(scripted_model_server, cache_dir=tmp_path, retry_wait=0)

    with (
        Session(settings) as session,
        pytest.raises(OverviewFailed, match=r"overview could not be written.*HTTP 500"),
    ):
        session.overview(label_briefing())


def test_the_brief_command_writes_the_checked_overview_first(tmp_path: Path) -> None:
    with ScriptedModelServer(StandInModel()) as server:
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_MODEL": "test-model",
            "SUMMARISE_CACHE_DIR": str(tmp_path),
        }
        markdown = run_cli(["brief", str(ROOT / "seeds")], env)
        page = run_cli(["brief", str(ROOT / "seeds"), "--format", "html"], env)
        data = run_cli(["brief", str(ROOT / "seeds"), "--format", "json"], env)
        off = run_cli(["brief", str(ROOT / "seeds"), "--no-overview"], env)

    assert markdown.returncode == 0, markdown.stderr
    headings = re.findall(r"^## (.+)$", markdown.stdout, flags=re.MULTILINE)
    assert headings[:3] == ["Key developments", "Overview", "Summary"]
    section = markdown.stdout.split("## Overview\n\n")[1].split("\n## ")[0]
    assert (
        "1 of 5 sentences kept (dropped: 1 cited no item; 1 cited an item that does not " in section
    )
    assert "2 stated a number, name or date its items do not)" in section
    claim = section.splitlines()[2]
    assert claim.startswith(
        "- Russia has massed more than 100,000 troops near the Ukrainian border. ["
    )
    assert "  - M" in section.splitlines()[3]
    assert "100,000" in section.splitlines()[3]
    assert "overview: 1 of 5 sentences kept" in markdown.stderr
    assert '<section id="overview">' in page.stdout
    assert re.search(r'<a class="item-link" href="#M\d+">M\d+</a>', page.stdout)
    assert json.loads(data.stdout)["overview"]["dropped"][0]["reason"] == "uncited"
    assert "## Overview" not in off.stdout


def test_the_baseline_writes_no_overview_and_refuses_to_be_asked_for_one() -> None:
    default = run_cli(["brief", str(ROOT / "seeds")])
    asked = run_cli(["brief", str(ROOT / "seeds"), "--overview"])

    assert default.returncode == 0
    assert "## Overview" not in default.stdout
    assert asked.returncode == 2
    assert asked.stdout == ""
    assert "baseline backend cannot write an overview" in asked.stderr


def test_a_failed_overview_leaves_the_briefing_written_and_says_so(tmp_path: Path) -> None:
    labels = LabelEchoResponder(LABELS)

    def confused(body: dict[str, Any]) -> dict[str, Any]:
        """A stand-in model that answers the overview request with the wrong shape."""
        return {"sentences": "none"} if is_overview_request(body) else labels(body)

    with ScriptedModelServer(confused) as server:
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_CACHE_DIR": str(tmp_path),
            "SUMMARISE_REASKS": "0",
        }
        run = run_cli(["brief", str(ROOT / "seeds")], env)

    assert run.returncode == 1
    assert "## Key developments" in run.stdout
    assert "## Overview" not in run.stdout
    assert "failed: overview: The overview could not be written" in run.stderr


def test_an_overview_interrupted_leaves_what_extraction_cost_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Session, "overview", interrupted)
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        env = {"SUMMARISE_BASE_URL": server.base_url, "SUMMARISE_CACHE_DIR": str(tmp_path)}
        run = run_cli(["brief", str(ROOT / "seeds"), "--overview"], env)

    assert run.returncode == 130
    assert run.stdout == ""
    said = run.stderr.splitlines()
    assert said[-1] == "Interrupted."
    assert any(line.startswith("4 articles extracted, ") and "4 requests" in line for line in said)


def item_by(briefing: Briefing, predicate: Any) -> BriefingItem:
    return next(i for c in CATEGORIES for i in briefing.items(c) if predicate(i))


def test_the_overview_renders_in_every_format_with_its_quotes() -> None:
    briefing = label_briefing()
    build_up = item_by(briefing, lambda i: "100,000" in i.headline)
    overview = Overview(
        written_by="openai (m)",
        prompt="overview v1",
        claims=[
            OverviewClaim(
                text="Russia <b>massed</b> troops.", items=[build_up.id], sources=build_up.sources
            )
        ],
        dropped=[DroppedSentence(text="x", reason="uncited")],
    )
    with_overview = briefing.model_copy(update={"overview": overview})

    markdown = render(with_overview, "md")
    page = render(with_overview, "html")

    assert r"- Russia \<b\>massed\</b\> troops." in markdown
    assert "Russia &lt;b&gt;massed&lt;/b&gt; troops." in page
    assert f'href="#{build_up.id}"' in page.split('<section id="overview">')[1]
    assert "1 of 2 sentences kept (dropped: 1 cited no item)." in markdown


def test_a_sentence_the_overview_repeats_is_kept_once(
    scripted_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    def repeating(body: dict[str, Any]) -> dict[str, Any]:
        """A stand-in model that says its one true sentence twice, in two entries."""
        build_up = first(shown(body), "massed")
        text = "Russia has massed more than 100,000 troops near the Ukrainian border."
        return {"sentences": [{"text": text, "items": [build_up]}] * 2}

    scripted_model_server.responder = repeating
    with Session(settings_for(scripted_model_server, cache_dir=tmp_path)) as session:
        run = session.overview(label_briefing())

    assert run is not None
    assert len(run.overview.claims) == 1
    assert [d.reason for d in run.overview.dropped] == ["repeated"]
