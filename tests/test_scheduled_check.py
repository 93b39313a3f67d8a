"""``summarise run CONFIG --check``: the config and its sources tried, nothing briefed.

A feed and pages served from 127.0.0.1 and a scripted model server stand in for the web
and the model; the check must read what a run reads, say what failed, and leave the next
run exactly as it would have been (no state, no store, no lock, no model request).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import isolated_env, run_cli

from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer
from summarise.testing.news_site import NewsSite, article_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    with NewsSite() as site:
        yield site


@pytest.fixture
def model() -> Iterator[ScriptedModelServer]:
    with ScriptedModelServer(LabelEchoResponder(ROOT / "evals" / "labels")) as server:
        yield server


def desk(tmp_path: Path, site: NewsSite, model: ScriptedModelServer, sources: str) -> Path:
    """A config with the scripted model, a feed of two seeds (one a teaser), and ``sources``."""
    items = []
    for index, seed in enumerate(SEEDS[:2]):
        text = seed.read_text(encoding="utf-8")
        site.put(f"/news/{seed.stem}", article_page(f"Seed {seed.stem}", text))
        body = "" if index else f"<content:encoded><![CDATA[<p>{html.escape(text)}</p>]]>"
        items.append(
            f"<item><guid>{seed.stem}</guid><title>Seed {seed.stem}</title>"
            f"<link>{site.url('/news/' + seed.stem)}</link>"
            f"<description>{html.escape(text[:150])}</description>"
            f"{body}{'</content:encoded>' if body else ''}</item>"
        )
    site.put(
        "/feed.xml",
        "<?xml version='1.0'?><rss version='2.0' xmlns:content="
        "'http://purl.org/rss/1.0/modules/content/'><channel><title>Desk</title>"
        + "".join(items)
        + "</channel></rss>",
        "application/rss+xml",
    )
    config = tmp_path / "briefing.toml"
    config.write_text(
        'window = "24h"\noutput = "briefings"\nstate_dir = "state"\ncache_dir = "cache"\n'
        f'[model]\nbase_url = "{model.base_url}"\nmodel = "scripted-model"\n'
        f'[fetch]\nretries = 0\n[[source]]\nname = "wire"\nfeed = "{site.url("/feed.xml")}"\n'
        + sources,
        encoding="utf-8",
    )
    return config


def test_a_check_reads_every_source_and_briefs_nothing(
    tmp_path: Path, news_site: NewsSite, model: ScriptedModelServer
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / SEEDS[2].name).write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")
    config = desk(tmp_path, news_site, model, '[[source]]\nfolder = "saved"\n')

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))
    asked = len(model.chat_requests)
    ran = run_cli(["run", str(config)], isolated_env(tmp_path))

    assert (checked.returncode, asked) == (0, 0), checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0].startswith(f"config {config}: a 24h window; briefings to ")
    assert lines[1] == "extractor: openai (scripted-model)"
    assert lines[2] == f"model server {model.base_url}: answers, and lists scripted-model"
    assert "feed wire: 2 articles read" in lines
    assert "folder saved: 1 article read" in lines
    assert lines[-1] == (
        "Checked: all 2 sources could be read; nothing was extracted or briefed, and the "
        "state is unchanged."
    )
    assert news_site.hits(f"/news/{SEEDS[1].stem}")  # the teaser's page, fetched as a run would
    assert ran.returncode == 0, ran.stderr
    assert "3 new, 0 changed" in ran.stderr  # the run after it still finds everything new


def test_a_check_leaves_no_state_briefing_or_lock_behind(
    tmp_path: Path, news_site: NewsSite, model: ScriptedModelServer
) -> None:
    config = desk(tmp_path, news_site, model, "")

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 0, checked.stderr
    assert model.chat_requests == []
    assert not (tmp_path / "state").exists()
    assert not (tmp_path / "briefings").exists()


def test_a_source_that_cannot_be_read_is_named_and_the_check_exits_1(
    tmp_path: Path, news_site: NewsSite, model: ScriptedModelServer
) -> None:
    (tmp_path / "watch.txt").write_text(news_site.url("/gone") + "\n", encoding="utf-8")
    config = desk(
        tmp_path,
        news_site,
        model,
        '[[source]]\nfolder = "missing"\n[[source]]\nname = "watch"\nurls = "watch.txt"\n',
    )

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    missing = f"folder missing: FAILED: folder {tmp_path / 'missing'} does not exist"
    assert any(line.startswith(missing) for line in lines)
    assert "urls watch: 0 articles read, 1 could not be read" in lines
    assert any(line.startswith(f"  failed  {news_site.url('/gone')}: ") for line in lines)
    assert lines[-1].startswith("Checked: 2 sources of 3 could not be read whole;")
    assert not (tmp_path / "state").exists()


def test_a_model_server_that_is_down_is_found_by_the_check(
    tmp_path: Path, news_site: NewsSite, model: ScriptedModelServer
) -> None:
    """Found now rather than in the journal after the first scheduled run; the sources
    are still read, so one check names every problem."""
    config = desk(tmp_path, news_site, model, "")
    url = model.base_url
    model.stop()

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert lines[2].startswith(f"model server {url}: FAILED: cannot reach it (")
    assert "feed wire: 2 articles read" in lines
    assert lines[-1].startswith(
        "Checked: the model server cannot be used, and its one source could be read;"
    )


def test_a_config_the_run_would_refuse_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('window = "24"\n[[source]]\nfolder = "."\n', encoding="utf-8")

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 2
    assert checked.stderr.startswith("error: ")
    assert checked.stdout == ""


def test_a_store_that_cannot_be_made_is_found_by_the_check(tmp_path: Path) -> None:
    """The check said all was well, and every run then failed after writing its briefing."""
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    (tmp_path / "saved").mkdir()
    config = tmp_path / "briefing.toml"
    config.write_text(
        'window = "24h"\nstore = "taken/desk.db"\n[[source]]\nfolder = "saved"\n',
        encoding="utf-8",
    )

    checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 2
    assert checked.stderr.startswith(f"error: Cannot write {tmp_path / 'taken' / 'desk.db'}: ")
    assert f"Check store in {config}." in checked.stderr


def test_check_and_force_together_are_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('window = "24h"\n[[source]]\nfolder = "."\n', encoding="utf-8")

    both = run_cli(["run", str(config), "--check", "--force"], isolated_env(tmp_path))

    assert both.returncode == 2
    assert "--check briefs nothing: it cannot be forced." in both.stderr


def test_a_model_the_server_does_not_list_is_said_without_failing_the_check(
    tmp_path: Path, news_site: NewsSite
) -> None:
    """The look-alike of a server that is down: it answers, so the check passes, but says
    the model named is not among those it lists (llama.cpp's server answers to any name)."""
    with ScriptedModelServer(models=["qwen2.5:7b-instruct", "llama3.1:8b"]) as other:
        config = desk(tmp_path, news_site, other, "")
        checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))

    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.splitlines()[2] == (
        f"model server {other.base_url}: answers, but does not list scripted-model "
        "(it lists llama3.1:8b, qwen2.5:7b-instruct)"
    )


def test_a_model_the_server_was_asked_for_is_the_one_checked(
    tmp_path: Path, news_site: NewsSite
) -> None:
    """No model named: the run uses the one model the server lists, and the check said
    "does not list gpt-4o-mini" (OpenAI's default) beside it, having asked a second time."""
    with ScriptedModelServer(models=["qwen2.5:7b-instruct"]) as server:
        config = desk(tmp_path, news_site, server, "")
        config.write_text(
            config.read_text(encoding="utf-8").replace('model = "scripted-model"\n', ""),
            encoding="utf-8",
        )
        checked = run_cli(["run", str(config), "--check"], isolated_env(tmp_path))
        asked = [r for r in server.requests if r.method == "GET"]

    assert checked.returncode == 0, checked.stdout
    lines = checked.stdout.splitlines()
    assert lines[1].startswith("extractor: openai (qwen2.5:7b-instruct) (Using model ")
    assert (
        lines[2] == f"model server {server.base_url}: answers, and serves qwen2.5:7b-instruct alone"
    )
    assert "gpt-4o-mini" not in checked.stdout
    assert len(asked) == 1
