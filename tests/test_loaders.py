"""Loading: every format, folders, stdin, and a clear failure for every bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS

from summarise.article import content_id
from summarise.errors import ArticleError
from summarise.loading.loader import STDIN_NAME, LoadResult, load_articles, load_path

OFFICIAL = (ROOT / "evals" / "dev" / "articles", ROOT / "evals" / "test" / "articles")

PARA_1 = (
    "Boris Johnson will speak to Russian President Vladimir Putin over the phone and visit "
    "Eastern Europe in the coming days amid rising fears of a military invasion in Ukraine."
)
PARA_2 = (
    "Downing Street says the Prime Minister will repeat the need for Russia to engage "
    "diplomatically, following reports the military build-up has expanded."
)
BODY = f"{PARA_1}\n\n{PARA_2}\n"

HTML_PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Johnson to call Putin | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2022-01-29T07:38:00Z">
<link rel="canonical" href="https://example.org/world/johnson-putin">
<script>document.write("HEAD SCRIPT TEXT");</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<article><h1>Johnson to call Putin</h1><p>{PARA_1}</p>
<script>console.log("ARTICLE SCRIPT TEXT")</script><p>{PARA_2}</p></article>
<footer><p>Copyright 2022 The Daily Example. All rights reserved.</p></footer></body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_one(path: Path) -> LoadResult:
    result = load_articles([path])
    assert len(result.articles) + len(result.failures) >= 1
    return result


def only_failure(path: Path) -> str:
    result = load_articles([path])
    assert result.articles == []
    assert len(result.failures) == 1
    assert result.failures[0].name == str(path)
    return result.failures[0].reason


# Formats


def test_text_file_with_a_headline_and_dateline(tmp_path: Path) -> None:
    raw = f"Johnson to call Putin\n\n29 January 2022, 07:38 | Updated: 29 January 2022\n\n{BODY}"
    path = write(tmp_path / "a.txt", raw)
    (article,) = load_path(path)
    assert article.title == "Johnson to call Putin"
    assert article.published == date(2022, 1, 29)
    assert article.text == f"Johnson to call Putin\n\n{PARA_1}\n\n{PARA_2}"
    assert article.id == content_id(raw)
    assert article.path == str(path)
    assert article.source is None
    assert article.url is None


def test_text_file_starting_with_prose_has_no_title(tmp_path: Path) -> None:
    (article,) = load_path(write(tmp_path / "a.txt", BODY))
    assert article.title is None
    assert article.published is None


def test_markdown_front_matter(tmp_path: Path) -> None:
    raw = (
        '---\ntitle: "Johnson to call Putin"\npublisher: The Daily Example\n'
        f"url: https://example.org/a\npublished: 2022-01-29\nlicence: CC BY\n---\n\n{BODY}"
    )
    (article,) = load_path(write(tmp_path / "a.md", raw))
    assert article.title == "Johnson to call Putin"
    assert article.source == "The Daily Example"
    assert article.url == "https://example.org/a"
    assert article.published == date(2022, 1, 29)
    assert article.text == f"{PARA_1}\n\n{PARA_2}"
    assert article.id == content_id(BODY)


def test_markdown_date_key_and_heading_title(tmp_path: Path) -> None:
    raw = f"---\ndate: '29 January 2022'\nsource: Wire\n---\n# Johnson to call Putin\n\n{BODY}"
    (article,) = load_path(write(tmp_path / "a.markdown", raw))
    assert article.title == "Johnson to call Putin"
    assert article.source == "Wire"
    assert article.published == date(2022, 1, 29)


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    (article,) = load_path(write(tmp_path / "a.md", BODY))
    assert article.text == f"{PARA_1}\n\n{PARA_2}"
    assert article.title is None


def test_html_main_text_without_scripts_or_navigation(tmp_path: Path) -> None:
    (article,) = load_path(write(tmp_path / "page.html", HTML_PAGE))
    assert PARA_1 in article.text
    assert PARA_2 in article.text
    assert "SCRIPT TEXT" not in article.text
    assert "World news" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Johnson to call Putin"
    assert article.source == "The Daily Example"
    assert article.url == "https://example.org/world/johnson-putin"
    assert article.published == date(2022, 1, 29)


def test_htm_extension_and_a_page_without_text(tmp_path: Path) -> None:
    (article,) = load_path(write(tmp_path / "page.htm", HTML_PAGE))
    assert PARA_1 in article.text
    reason = only_failure(write(tmp_path / "empty.html", "<html><body></body></html>"))
    assert "no article text found" in reason


def test_json_object_with_metadata(tmp_path: Path) -> None:
    record = {
        "title": "Johnson to call Putin",
        "publisher": "The Daily Example",
        "url": "https://example.org/a",
        "date": "2022-01-29T07:38:00Z",
        "content": BODY,
    }
    (article,) = load_path(write(tmp_path / "a.json", json.dumps(record)))
    assert article.title == "Johnson to call Putin"
    assert article.source == "The Daily Example"
    assert article.url == "https://example.org/a"
    assert article.published == date(2022, 1, 29)
    assert article.id == content_id(BODY)


def test_json_list_uses_text_content_or_body(tmp_path: Path) -> None:
    records = [
        {"text": "First article text, about talks.", "source": "Wire", "published": "2022-02-01"},
        {"content": "Second article text, about troops."},
        {"body": "Third article text, about sanctions."},
    ]
    result = load_articles([write(tmp_path / "a.json", json.dumps(records))])
    assert [article.text for article in result.articles] == [
        "First article text, about talks.",
        "Second article text, about troops.",
        "Third article text, about sanctions.",
    ]
    assert result.articles[0].source == "Wire"
    assert result.articles[0].published == date(2022, 2, 1)
    assert result.failures == []


def test_jsonl_one_record_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Article number {n} says something."}) for n in range(3)]
    result = load_articles([write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")])
    assert [article.text for article in result.articles] == [
        f"Article number {n} says something." for n in range(3)
    ]


def test_json_record_without_text_fails_alone(tmp_path: Path) -> None:
    records = [{"text": "An article that loads."}, {"title": "No text here"}]
    path = write(tmp_path / "a.json", json.dumps(records))
    result = load_articles([path])
    assert [article.text for article in result.articles] == ["An article that loads."]
    (failure,) = result.failures
    assert failure.name == str(path)
    assert (
        failure.reason
        == "record 2 has no article text; put it in a 'text', 'content' or 'body' field"
    )
    with pytest.raises(ArticleError, match="record 2 has no article text"):
        load_path(path)


def test_json_file_where_no_record_has_text_is_one_failure(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"file": f"{n}.md", "title": "t"}) for n in range(3))
    reason = only_failure(write(tmp_path / "manifest.jsonl", lines))
    assert reason.startswith("no record has article text")


def test_invalid_json_reports_the_line(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.json", '{\n  "text": "x",\n  "title" "y"\n}'))
    assert reason.startswith("invalid JSON at line 3, column 11")


def test_invalid_jsonl_line_fails_and_the_others_load(tmp_path: Path) -> None:
    content = '{"text": "Good line one."}\n{"text": broken}\n{"text": "Good line three."}\n'
    result = load_articles([write(tmp_path / "a.jsonl", content)])
    assert [article.text for article in result.articles] == ["Good line one.", "Good line three."]
    assert [failure.reason[:24] for failure in result.failures] == ["line 2: invalid JSON at "]


def test_json_file_holding_json_lines_is_read_as_lines(tmp_path: Path) -> None:
    content = '{"text": "First."}\n{"text": "Second."}\n'
    result = load_articles([write(tmp_path / "a.json", content)])
    assert [article.text for article in result.articles] == ["First.", "Second."]


# Folders


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Article b is about talks.")
    write(tmp_path / "a.md", "Article a is about troops.")
    write(tmp_path / "sub" / "c.json", json.dumps({"text": "Article c is about sanctions."}))
    write(tmp_path / "sub" / "deeper" / "d.txt", "Article d is about diplomacy.")
    write(tmp_path / "notes.pdf", b"%PDF-1.4 not an article")
    write(tmp_path / ".hidden.txt", "Hidden article text.")
    write(tmp_path / ".git" / "e.txt", "Hidden folder article text.")
    result = load_articles([tmp_path])
    assert result.failures == []
    assert [Path(str(article.path)).name for article in result.articles] == [
        "a.md",
        "b.txt",
        "c.json",
        "d.txt",
    ]


def test_explicitly_named_unsupported_file_is_reported(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "notes.pdf", b"%PDF-1.4"))
    assert reason.startswith("'.pdf' files are not supported; give a .txt")
    assert "without an extension" in only_failure(write(tmp_path / "README", "Text."))
    with pytest.raises(ArticleError, match=r"notes\.pdf: '\.pdf' files are not supported"):
        load_path(tmp_path / "notes.pdf")


def test_a_feed_file_named_is_pointed_to_the_scheduled_run(tmp_path: Path) -> None:
    feed = write(tmp_path / "wire.xml", "<rss version='2.0'><channel></channel></rss>")

    assert only_failure(feed).endswith(
        "; an RSS or Atom feed is read by summarise run, as a feed source of a briefing.toml"
    )
    assert "feed" not in only_failure(write(tmp_path / "notes.pdf", b"%PDF-1.4"))


def test_missing_path_is_reported(tmp_path: Path) -> None:
    assert only_failure(tmp_path / "nope.txt") == "no such file or folder; check the path"


def test_symlink_loop_in_a_folder_is_survived(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", "Article a is about talks.")
    write(tmp_path / "top" / "inner" / "b.txt", "Article b is about troops.")
    (tmp_path / "top" / "inner" / "loop").symlink_to(tmp_path / "top", target_is_directory=True)
    (tmp_path / "top" / "self").symlink_to(".", target_is_directory=True)
    result = load_articles([tmp_path / "top"])
    assert result.failures == []
    assert sorted(article.text for article in result.articles) == [
        "Article a is about talks.",
        "Article b is about troops.",
    ]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "First article is fine.")
    write(tmp_path / "2.txt", "")
    write(tmp_path / "3.json", "{broken")
    write(tmp_path / "4.txt", "Fourth article is fine.")
    result = load_articles([tmp_path])
    assert [article.text for article in result.articles] == [
        "First article is fine.",
        "Fourth article is fine.",
    ]
    assert [Path(failure.name).name for failure in result.failures] == ["2.txt", "3.json"]


def test_duplicates_load_once(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "copy.txt", BODY.replace("\n\n", "\n  \n").replace(" the ", "  the "))
    result = load_articles([tmp_path, first])
    assert len(result.articles) == 1
    assert result.articles[0].path == str(first)


def test_a_copy_read_once_is_said_and_a_file_named_twice_is_not(tmp_path: Path) -> None:
    """Four inputs and two articles with no word why left the person looking for the
    others; the same file named again (the look-alike) is the same input, and says nothing."""
    first = write(tmp_path / "a.txt", BODY)
    write(tmp_path / "copy.txt", BODY.replace(" the ", "  the "))
    record = json.dumps({"text": "Second article is fine."})
    write(tmp_path / "wire.jsonl", f"{record}\n{record}\n")

    result = load_articles([tmp_path, first])

    assert len(result.articles) == 2
    assert result.notes == [
        f"{tmp_path / 'copy.txt'}: the same text as an article read before it; read once",
        f"{tmp_path / 'wire.jsonl'}: line 2: the same text as an article read before it; read once",
    ]


# Standard input


@pytest.mark.parametrize(
    ("content", "expected_title"),
    [
        (f"Johnson to call Putin\n\n{BODY}", "Johnson to call Putin"),
        (json.dumps({"text": BODY, "title": "From JSON"}), "From JSON"),
        (f"---\ntitle: From front matter\n---\n{BODY}", "From front matter"),
        (HTML_PAGE, "Johnson to call Putin"),
    ],
    ids=["text", "json", "front-matter", "html"],
)
def test_stdin_format_is_sniffed(content: str, expected_title: str) -> None:
    result = load_articles(["-"], stdin=io.StringIO(content))
    (article,) = result.articles
    assert article.title == expected_title
    assert article.path == STDIN_NAME
    assert PARA_1 in article.text
    assert "SCRIPT TEXT" not in article.text


def test_stdin_mixed_with_files(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "File article text.")
    result = load_articles([path, "-"], stdin=io.StringIO("Stdin article text."))
    assert [article.text for article in result.articles] == [
        "File article text.",
        "Stdin article text.",
    ]


def test_empty_stdin_is_a_failure() -> None:
    result = load_articles(["-"], stdin=io.StringIO("  \n"))
    (failure,) = result.failures
    assert failure.name == STDIN_NAME
    assert failure.reason.startswith("holds only whitespace")


# Failures and decoding


def test_empty_file(tmp_path: Path) -> None:
    assert only_failure(write(tmp_path / "a.txt", "")).startswith("the file is empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert only_failure(write(tmp_path / "a.txt", " \n\t\n ")).startswith("holds only whitespace")


def test_binary_file(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert reason.startswith("looks like a binary file")


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.txt", bytes(range(1, 32)) * 20))
    assert reason.startswith("looks like a binary file")


def test_file_of_only_furniture_is_a_failure(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.txt", "Listen to this article\n\nLoading audio..."))
    assert reason.startswith("nothing is left after removing page clutter")


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        ("Caf\u00e9 talks \u2013 \u201cdiplomacy\u201d.".encode("cp1252"), "cp1252"),
        ("Caf\u00e9 talks in M\u00fcnchen.".encode("latin-1"), "latin-1"),
        (b"\xef\xbb\xbf" + "Caf\u00e9 talks in M\u00fcnchen.".encode(), "utf-8 with BOM"),
        ("Caf\u00e9 talks in M\u00fcnchen.".encode("utf-16"), "utf-16 with BOM"),
        (b"\xfe\xff" + "Caf\u00e9 talks in M\u00fcnchen.".encode("utf-16-be"), "utf-16-be BOM"),
        ("Caf\u00e9 talks in M\u00fcnchen.".encode("utf-16-le"), "utf-16-le, no BOM"),
        ("Caf\u00e9 talks \u2013 \u201cdiplomacy\u201d.".encode("utf-16-be"), "utf-16-be, no BOM"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_encodings_decode(tmp_path: Path, encoded: bytes, label: str) -> None:
    (article,) = load_path(write(tmp_path / "a.txt", encoded))
    assert article.text.startswith("Caf\u00e9 talks"), label
    assert "\ufeff" not in article.text


@pytest.mark.parametrize(
    "data",
    [
        bytes(64),  # zeros on both sides: no text
        b"\x00\x01" * 32,  # a zero in every other place, and control characters in the rest
        b"Report\x00" * 9,  # zeros, but not one in every other place
        "Caf\u00e9 talks.".encode("utf-16-le") + b"\x00",  # odd length: not UTF-16
    ],
    ids=["zeros", "control", "scattered", "odd"],
)
def test_zero_bytes_that_are_not_utf16_text_are_binary(tmp_path: Path, data: bytes) -> None:
    reason = only_failure(write(tmp_path / "a.txt", data))
    assert reason.startswith("looks like a binary file")


def test_unmarked_utf16_json_lines_are_read(tmp_path: Path) -> None:
    lines = '{"text": "Caf\u00e9 talks in M\u00fcnchen."}\n{"text": "Talks in Kyiv."}\n'
    articles = load_path(write(tmp_path / "a.jsonl", lines.encode("utf-16-le")))
    assert [a.text for a in articles] == ["Caf\u00e9 talks in M\u00fcnchen.", "Talks in Kyiv."]


def test_bad_utf16_is_undecodable(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.txt", b"\xff\xfe" + b"a\x00b"))
    assert reason == (
        "starts with a UTF-16 byte-order mark but is not valid in that encoding; "
        "re-save it as UTF-8"
    )


def test_newlines_are_normalised(tmp_path: Path) -> None:
    (article,) = load_path(write(tmp_path / "a.txt", f"{PARA_1}\r\n\r\n{PARA_2}\r"))
    assert article.text == f"{PARA_1}\n\n{PARA_2}"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", BODY)
    path.chmod(0)
    try:
        if _opens(path):  # running as root, where permission bits do not stop reads
            real_read_bytes = Path.read_bytes

            def denied_read_bytes(self: Path) -> bytes:
                if self == path:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_read_bytes(self)

            monkeypatch.setattr(Path, "read_bytes", denied_read_bytes)
        reason = only_failure(path)
        with pytest.raises(ArticleError, match=r"a\.txt: cannot be read \(permission denied"):
            load_path(path)
    finally:
        path.chmod(0o644)
    assert reason == (
        "cannot be read (permission denied; make it readable, e.g. chmod +r, or leave it out)"
    )


def _opens(path: Path) -> bool:
    try:
        with path.open("rb"):
            return True
    except PermissionError:
        return False


def test_load_path_names_the_file_in_its_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "")
    with pytest.raises(ArticleError, match=r"^.*a\.txt: the file is empty"):
        load_path(path)


def test_invalid_front_matter(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "a.md", f"---\ntitle: [unclosed\n---\n{BODY}"))
    assert reason.startswith("front matter is not valid YAML")


# Ids


def test_ids_are_stable_and_whitespace_insensitive(tmp_path: Path) -> None:
    (first,) = load_path(write(tmp_path / "a.txt", BODY))
    (again,) = load_path(write(tmp_path / "b.txt", BODY))
    (respaced,) = load_path(write(tmp_path / "c.txt", "  " + BODY.replace(" ", "   ") + "\n\n"))
    (other,) = load_path(write(tmp_path / "d.txt", BODY + "One more sentence."))
    assert first.id == again.id == respaced.id
    assert other.id != first.id


def test_id_hashes_the_body_before_cleaning(tmp_path: Path) -> None:
    raw = f"{PARA_1}\n\nRead more: Something else entirely\n\n{PARA_2}"
    (article,) = load_path(write(tmp_path / "a.txt", raw))
    assert article.id == content_id(raw)
    assert article.id != content_id(article.text)


# Real inputs


def test_seeds_load_with_titles_for_002_and_003() -> None:
    result = load_articles([SEEDS])
    assert result.failures == []
    titles = {Path(str(article.path)).name[:3]: article.title for article in result.articles}
    assert titles == {
        "000": None,
        "001": None,
        "002": "Boris to call Putin and visit Eastern Europe to 'ramp up deterrence' amid "
        "Ukraine crisis",
        "003": "UK prime minister to call Putin in attempt to stop Ukraine invasion",
    }
    by_name = {Path(str(article.path)).name[:3]: article for article in result.articles}
    assert by_name["002"].published == date(2022, 1, 29)


def test_official_documents_load_with_publisher_url_and_date() -> None:
    files = sorted(path for folder in OFFICIAL for path in folder.glob("*.md"))
    assert len(files) == 50
    result = load_articles(files)
    assert result.failures == []
    assert len(result.articles) == len(files)
    for article in result.articles:
        assert article.source
        assert article.url is not None
        assert article.url.startswith("http")
        assert article.published is not None
        assert article.title
        assert not article.text.startswith("---")


@pytest.mark.parametrize("published", ["2022-13-45", "2022-02-30"])
def test_an_impossible_date_is_ignored_with_a_warning_naming_the_file(
    tmp_path: Path, published: str
) -> None:
    write(tmp_path / "a.txt", BODY)
    bad = write(tmp_path / "b.md", f"---\ntitle: Talks\npublished: {published}\n---\n{PARA_2}\n")

    result = load_articles([tmp_path])

    assert result.failures == []
    assert [a.path for a in result.articles] == [str(tmp_path / "a.txt"), str(bad)]
    assert result.articles[1].published is None
    assert result.warnings == [
        f"{bad}: published '{published}' is not a valid date "
        "(write YYYY-MM-DD); the article is left undated"
    ]


def test_front_matter_never_closed_is_named_in_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "b.md", f"---\ntitle: Talks\npublished: 2022-02-03\n{PARA_2}\n")

    result = load_articles([path])

    assert result.failures == []
    assert result.articles[0].title != "Talks"
    assert result.warnings == [
        f"{path}: front matter opened with --- is never closed by a second ---, so its lines "
        "are read as article text, not as the title, publisher or date; add the closing ---"
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"---\n\n{PARA_1}\n\n{PARA_2}\n",  # a thematic break, then prose
        f"---\nNote: this is prose with a colon.\n\n{PARA_2}\n",  # no field of front matter
        f"---\ntitle: Talks\n---\n{PARA_2}\n",  # closed
        f"---\ntitle: Talks\n...\n{PARA_2}\n",  # closed by YAML's end marker
    ],
    ids=["rule", "prose", "closed", "dots"],
)
def test_markdown_that_is_no_unclosed_front_matter_gives_no_warning(
    tmp_path: Path, text: str
) -> None:
    result = load_articles([write(tmp_path / "b.md", text)])

    assert result.failures == []
    assert result.warnings == []


def test_an_impossible_hour_keeps_the_real_day(tmp_path: Path) -> None:
    path = write(tmp_path / "b.md", f"---\npublished: 2022-02-03T25:00:00\n---\n{PARA_2}\n")

    result = load_articles([path])

    assert result.failures == []
    assert result.articles[0].published == date(2022, 2, 3)


def test_an_impossible_json_date_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({"text": BODY, "date": "2022-02-30"}))

    result = load_articles([path])

    assert result.articles[0].published is None
    assert result.warnings == [
        f"{path}: the JSON object: date '2022-02-30' is not a valid date "
        "(write YYYY-MM-DD); the article is left undated"
    ]


SCRIPT_ONLY_PAGE = """<!doctype html><html><head><title>Example News</title></head>
<body><noscript><p>You need to enable JavaScript to run this app.</p></noscript>
<div id="root"></div><script src="/static/js/main.js"></script></body></html>
"""


def test_a_page_that_needs_javascript_is_no_article(tmp_path: Path) -> None:
    reason = only_failure(write(tmp_path / "app.html", SCRIPT_ONLY_PAGE))

    assert reason == (
        "no article text found in this web page (it shows its text only with JavaScript); "
        "save the page from a browser after it has loaded, or paste its text into a .txt file"
    )


def test_a_noscript_banner_never_reaches_an_article(tmp_path: Path) -> None:
    banner = "<noscript><p>Please enable JavaScript for the best experience.</p></noscript>"
    (article,) = load_path(
        write(tmp_path / "page.html", HTML_PAGE.replace("<article>", banner + "<article>"))
    )

    assert PARA_1 in article.text
    assert "JavaScript" not in article.text
