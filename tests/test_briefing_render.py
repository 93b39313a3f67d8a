"""Markdown, JSON and HTML renderings of a briefing, hostile article text included."""

import base64
import hashlib
import html as html_lib
import json
import re
from pathlib import Path

import pytest
from browser import HeadlessChromium
from helpers import DATA, GENERATED, crisis_results, grounded_result

from summarise.briefing import SCHEMA_VERSION, Briefing, build_briefing, render
from summarise.errors import ConfigError
from summarise.extraction.results import ArticleResult

# An extraction that found nothing in its article.
_NO_ITEMS = {"positions": [], "military_movements": [], "diplomatic_contacts": []}


def hostile_result() -> ArticleResult:
    """An article whose every field carries markup that would run script if not escaped."""
    return grounded_result(json.loads((DATA / "briefing_hostile.json").read_text(encoding="utf-8")))


def briefing_with_hostile_article() -> Briefing:
    return build_briefing(
        [*crisis_results(), hostile_result()], backend="scripted", generated_at=GENERATED
    )


def test_full_markdown_has_counts_sections_parties_citations_and_a_footer() -> None:
    text = render(briefing_with_hostile_article(), "md", "full")

    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == [
        "Key developments",
        "Summary",
        "Parties",
        "Positions",
        "Military movements",
        "Diplomatic contacts",
        "Disputed or inconsistent",
        "Sources",
    ]
    assert "- 6 articles read, 6 cited; 17 extracted items merged into 9." in text
    assert "| Boris Johnson | person | United Kingdom | 2 | 0 | 2 |" in text
    assert "### Boris Johnson" in text
    assert "- **Boris Johnson \u2013 Vladimir Putin · phone call · held** [1][2][3][4][5]" in text
    assert "  - [3] “Mr Johnson spoke to President Putin” — 2022-02-02" in text
    assert (
        "1. Johnson to call Putin and visit Eastern Europe — LBC, 2022-01-29 <https://lbc.example/a-lbc>"
        in text
    )
    assert text.rstrip().endswith(
        "Produced by the scripted backend on 2022-02-03T12:00:00+00:00 (briefing schema v1)."
    )


def test_a_briefing_that_cites_no_article_says_so_under_sources() -> None:
    quiet = crisis_results()[0]
    empty = quiet.model_copy(update={"extraction": quiet.extraction.model_copy(update=_NO_ITEMS)})
    briefing = build_briefing([empty], backend="scripted", generated_at=GENERATED)

    text = render(briefing, "md")
    page = render(briefing, "html")

    assert "1 article read, 0 cited" in text
    assert text.split("## Sources\n\n", 1)[1].startswith("None cited.\n")
    assert "<h2>Sources</h2>\n<p>None cited.</p>" in page
    assert "None cited." not in render(briefing_with_hostile_article(), "html")


def _read_from(path: str) -> Briefing:
    """The first crisis article as read from ``path``: its own address, or a saved file."""
    first = crisis_results()[0]
    article = first.article.model_copy(update={"path": path})
    result = first.model_copy(update={"article": article})
    return build_briefing([result], backend="scripted", generated_at=GENERATED)


def test_a_page_read_from_its_address_is_not_named_twice_under_sources() -> None:
    """A scheduled run's page has its address as its path: "<url> · `url`"."""
    url = "https://lbc.example/a-lbc"
    briefing = _read_from(url)

    line = render(briefing, "md").split("## Sources\n\n", 1)[1].splitlines()[0]
    page = render(briefing, "html")

    assert line == f"1. Johnson to call Putin and visit Eastern Europe — LBC, 2022-01-29 <{url}>"
    assert f'<code class="path">{url}</code>' not in page


def test_a_file_read_from_disk_is_still_named_beside_the_address() -> None:
    """The look-alike: a saved copy's file is where to find it, and stays."""
    briefing = _read_from("/srv/desk/saved/a-lbc.html")

    line = render(briefing, "md").split("## Sources\n\n", 1)[1].splitlines()[0]

    assert line.endswith("<https://lbc.example/a-lbc> · `/srv/desk/saved/a-lbc.html`")
    assert '<code class="path">/srv/desk/saved/a-lbc.html</code>' in render(briefing, "html")


@pytest.mark.parametrize("detail", ["short", "full"])
def test_markdown_escapes_article_text(detail: str) -> None:
    text = render(briefing_with_hostile_article(), "md", detail)  # type: ignore[arg-type]

    assert re.search(r"(?<!\\)<(script|img|a )", text) is None
    assert "javascript:" not in text.split("## Sources")[1].split("<")[0]


def test_full_markdown_shows_every_hostile_quote_escaped() -> None:
    text = render(briefing_with_hostile_article(), "md", "full")

    assert r"\<script\>document.title='pwned'\</script\>" in text
    assert r"(javascript:document.title='pwned-url')" in text


def test_json_is_the_versioned_briefing_model() -> None:
    briefing = briefing_with_hostile_article()

    text = render(briefing, "json")
    data = json.loads(text)

    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["backend"] == "scripted"
    assert data["generated_at"] == "2022-02-03T12:00:00Z"
    assert Briefing.model_validate_json(text) == briefing


def test_html_escapes_every_piece_of_article_text() -> None:
    html = render(briefing_with_hostile_article(), "html")

    assert html.count("<script") == 1
    assert "<img" not in html
    assert html.count("<svg") == html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart ')
    assert "<b>" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;document.body.setAttribute" in html


def test_html_is_one_self_contained_file_under_a_strict_policy() -> None:
    html = render(briefing_with_hostile_article(), "html")

    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    script = re.search(r"<script>(.*)</script>", html, flags=re.DOTALL)
    style = re.search(r"<style>(.*)</style>", html, flags=re.DOTALL)
    assert policy is not None
    assert script is not None
    assert style is not None

    def pinned(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    directives = html_lib.unescape(policy.group(1)).split("; ")
    assert "default-src 'none'" in directives
    assert f"script-src 'sha256-{pinned(script.group(1))}'" in directives
    assert f"style-src 'sha256-{pinned(style.group(1))}'" in directives
    assert "http" not in policy.group(1)
    assert re.search(r"<[a-z][^>]*\ssrc=", html) is None
    assert "<link" not in html


def test_html_shows_each_quote_highlighted_in_its_article_context() -> None:
    results = crisis_results()
    html = render(build_briefing(results, backend="scripted", generated_at=GENERATED), "html")
    itv = next(r for r in results if r.article.id == "a-itv")
    evidence = itv.extraction.diplomatic_contacts[0].evidence[0]
    assert evidence.start is not None
    assert evidence.end is not None
    span = itv.article.text[evidence.start : evidence.end]

    assert f"<mark>{span}</mark> and expressed his" in html
    assert 'data-category="diplomatic_contacts"' in html
    assert 'data-parties="boris-johnson russia vladimir-putin"' in html


def test_unknown_format_is_refused_in_words() -> None:
    with pytest.raises(ConfigError, match="Unknown briefing format 'pdf'"):
        render(briefing_with_hostile_article(), "pdf")  # type: ignore[arg-type]


# Run inside the page: what a reader would see, as plain data.
PAGE_STATE = """(() => {
  const visible = el => !!el && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== "hidden";
  const sections = ["summary", "parties", "positions", "military_movements",
    "diplomatic_contacts", "disputed", "sources"];
  const marks = Array.from(document.querySelectorAll("mark"));
  return {
    title: document.title,
    pwned: document.body.hasAttribute("data-pwned"),
    scripts: document.scripts.length,
    images: document.images.length,
    filters: document.documentElement.getAttribute("data-filters"),
    sections: sections.filter(id => visible(document.getElementById(id))
      && visible(document.querySelector("#" + id + " h2"))),
    visibleMarks: marks.filter(visible).map(m => m.textContent),
    hostileText: document.getElementById("positions").textContent,
  };
})()"""

FILTER_BY_PUTIN = """(() => {
  const select = document.getElementById("party-filter");
  select.value = "vladimir-putin";
  select.dispatchEvent(new Event("change"));
  return Array.from(document.querySelectorAll("article.item"))
    .filter(el => el.getClientRects().length > 0).map(el => el.id);
})()"""

# Markup inserted after load: only the policy stands between its handler and running.
INJECT_UNDER_POLICY = """new Promise(resolve => {
  const violations = [];
  document.addEventListener("securitypolicyviolation", e => violations.push(e.violatedDirective));
  document.body.insertAdjacentHTML("beforeend",
    '<img src="x" onerror="document.title = \\'injected\\'">');
  setTimeout(() => resolve({title: document.title, violations: violations}), 300);
})"""


def test_html_in_headless_chromium_renders_and_runs_no_article_script(
    chromium: HeadlessChromium, tmp_path: Path
) -> None:
    page = tmp_path / "briefing.html"
    page.write_text(render(briefing_with_hostile_article(), "html"), encoding="utf-8")

    chromium.open(page.as_uri())
    state = chromium.evaluate(PAGE_STATE)
    shown_after_filter = chromium.evaluate(FILTER_BY_PUTIN)
    injected = chromium.evaluate(INJECT_UNDER_POLICY)

    assert state["title"] == "Briefing"
    assert state["pwned"] is False
    assert state["scripts"] == 1
    assert state["images"] == 0
    assert state["filters"] == "ready"
    assert state["sections"] == [
        "summary",
        "parties",
        "positions",
        "military_movements",
        "diplomatic_contacts",
        "disputed",
        "sources",
    ]
    assert "Mr Johnson spoke to President Putin" in state["visibleMarks"]
    assert "<script>document.title='pwned'</script>" in state["hostileText"]
    assert shown_after_filter == ["C2"]
    assert injected["title"] == "Briefing"
    assert injected["violations"]


NARROW = 400
# What overflows the page sideways at the window's width: nothing, on a phone.
OVERFLOW = """(() => ({
  page: document.documentElement.scrollWidth,
  parties: Math.ceil(document.querySelector("#parties table").getBoundingClientRect().right),
  window: window.innerWidth,
}))()"""


def test_html_fits_a_400_pixel_window(chromium: HeadlessChromium, tmp_path: Path) -> None:
    page = tmp_path / "briefing.html"
    page.write_text(render(briefing_with_hostile_article(), "html"), encoding="utf-8")

    chromium.open(page.as_uri(), width=NARROW)
    widths = chromium.evaluate(OVERFLOW)

    assert widths["window"] == NARROW
    assert widths["page"] <= NARROW, widths
    assert widths["parties"] <= NARROW, widths
