"""A feed source given the address of a web page, as a person copying a site's address
does: the run says it is a page, not a feed, and names the feeds the page links, from a
real web server on 127.0.0.1 (``plain_web_server`` serves the current folder)."""

from pathlib import Path

import pytest
from helpers import CliRun, run_cli

PAGE = """<!DOCTYPE html><html><head><title>World news</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="World" href="/world/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://other.example.org/atom">
<link rel="alternate" hreflang="fr" href="/fr/">
</head><body><p>Front page.</p></body></html>"""

PLAIN_PAGE = """<html><head><title>World news</title><link rel="alternate" hreflang="fr"
href="/fr/"></head><body><p>Front page.</p></body></html>"""


def run_with_feed(tmp_path: Path, origin: str, name: str) -> str:
    (tmp_path / "briefing.toml").write_text(
        f'window = "24h"\noutput = "out"\nstate_dir = "state"\ncache_dir = "cache"\n'
        f'[[source]]\nname = "world"\nfeed = "{origin}/{name}"\n',
        encoding="utf-8",
    )
    result = run_cli(["run", str(tmp_path / "briefing.toml")], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("feed world")]
    return line


def test_a_page_given_as_a_feed_is_said_to_be_one_with_the_feeds_it_names(
    tmp_path: Path, plain_web_server: str
) -> None:
    (tmp_path / "news.html").write_text(PAGE, encoding="utf-8")

    line = run_with_feed(tmp_path, plain_web_server, "news.html")

    assert line == (
        f"feed world: FAILED: {plain_web_server}/news.html: a web page, not an RSS or Atom "
        f"feed; the page names its feed: {plain_web_server}/world/rss.xml or "
        "https://other.example.org/atom"
    )


def test_a_page_that_names_no_feed_says_so(tmp_path: Path, plain_web_server: str) -> None:
    (tmp_path / "news.html").write_text(PLAIN_PAGE, encoding="utf-8")

    line = run_with_feed(tmp_path, plain_web_server, "news.html")

    assert line == (
        f"feed world: FAILED: {plain_web_server}/news.html: a web page, not an RSS or Atom "
        "feed (it names none); give the site's feed address, or list article pages in a urls "
        "source"
    )


@pytest.mark.parametrize(
    ("name", "body"),
    [("feed.json", '{"items": []}'), ("feed.txt", "<p>no html element</p>")],
)
def test_what_is_neither_feed_nor_page_is_not_called_a_page(
    tmp_path: Path, plain_web_server: str, name: str, body: str
) -> None:
    (tmp_path / name).write_text(body, encoding="utf-8")

    line = run_with_feed(tmp_path, plain_web_server, name)

    assert line.startswith(f"feed world: FAILED: {plain_web_server}/{name}: not an RSS or Atom")
    assert "web page" not in line
    assert "no Content-type specified" not in line


FEED = """<?xml version="1.0" encoding="utf-8"?>
<!-- generated -->
<rss version="2.0"><channel><title>World</title><item><title>Talks</title>
<link>https://example.org/talks</link><description>Envoys met.</description></item>
</channel></rss>"""

ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><entry><title>Talks
</title><link href="https://example.org/talks"/><summary>Envoys met.</summary></entry></feed>"""


def run_with_page(tmp_path: Path, origin: str, name: str, body: str) -> CliRun:
    """A run of a urls source listing one file, ``name``, served with ``body``."""
    (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "watch.txt").write_text(f"{origin}/{name}\n", encoding="utf-8")
    (tmp_path / "briefing.toml").write_text(
        'window = "24h"\noutput = "out"\nstate_dir = "state"\ncache_dir = "cache"\n'
        '[[source]]\nname = "watch"\nurls = "watch.txt"\n',
        encoding="utf-8",
    )
    return run_cli(["run", str(tmp_path / "briefing.toml")], cwd=tmp_path)


@pytest.mark.parametrize(
    ("name", "body"),
    [("rss.xml", FEED), ("atom.xml", ATOM), ("feed", FEED)],
    ids=["rss-as-text-xml", "atom", "no-type-but-its-root"],
)
def test_a_feed_listed_as_a_page_is_said_to_be_a_feed(
    tmp_path: Path, plain_web_server: str, name: str, body: str
) -> None:
    """The mirror of a page given as a feed: a feed's address copied into a urls list."""
    result = run_with_page(tmp_path, plain_web_server, name, body)

    assert f"  failed  {plain_web_server}/{name}: an RSS or Atom feed, not an article page: " in (
        result.stderr
    )
    assert "feed = its URL" in result.stderr


@pytest.mark.parametrize(
    "body",
    [
        '<?xml version="1.0"?><html><body><p>Envoys met in Vienna on Tuesday.</p></body></html>',
        "<!doctype html><html><body><p>Our RSS feed: <a href='/rss'>rss</a></p></body></html>",
    ],
    ids=["xhtml-with-a-prologue", "page-naming-its-feed"],
)
def test_a_page_is_not_called_a_feed(tmp_path: Path, plain_web_server: str, body: str) -> None:
    result = run_with_page(tmp_path, plain_web_server, "page.html", body)

    assert result.returncode == 0
    assert "urls watch: 1 read; 1 new, 0 changed" in result.stderr
    assert "RSS or Atom feed" not in result.stderr
