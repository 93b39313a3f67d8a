"""Read articles from files, folders and standard input.

People point the tool at whatever they saved: a folder of text files, Markdown with YAML
front matter, web pages, JSON exports. Loading therefore never stops at the first bad
file: each problem becomes an ``ArticleFailure`` with one line saying what is wrong and
what to do, and the other files load.

Formats, chosen by extension (standard input, named ``-``, is sniffed instead):

- ``.txt``: the article; a first line that reads as a headline becomes the title.
- ``.md`` / ``.markdown``: optional front matter (``title``, ``publisher`` or ``source``,
  ``url``, ``published`` or ``date``), then the article.
- ``.html`` / ``.htm``: the page's main text, with its title, site name and date.
- ``.json``: one record or a list of records; ``.jsonl``: one record per line. A record
  holds the article in ``text``, ``content`` or ``body`` and may carry ``title``,
  ``source`` or ``publisher``, ``url``, ``published`` or ``date``.

An article's id hashes its body as loaded (after decoding and front-matter removal, before
cleaning), so hand labels keyed on it survive improvements to the cleaner.
A headline that opens the body stays in ``text`` (see ``summarise.loading.cleaning``) and is
copied into ``title``.

This module decides which inputs to read and gathers what they yield; reading one input
(decoding, the per-format readers, metadata) is ``summarise.loading``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, TextIO

from pydantic import BaseModel, Field

from summarise.article import Article, content_id
from summarise.errors import ArticleError
from summarise.extraction.results import ArticleFailure
from summarise.loading.cleaning import clean_text
from summarise.loading.drafts import BadInput, BadRecord, Draft, NotArticles, ReadItem
from summarise.loading.readers import InputFormat
from summarise.loading.reading import (
    FEED_ADVICE,
    FEED_SUFFIXES,
    SUFFIX_LIST,
    SUPPORTED_SUFFIXES,
    os_reason,
    parse_stdin,
    stream_file,
)
from summarise.loading.records import TEXT_FIELDS
from summarise.plural import counted

STDIN_ARGUMENT = "-"
STDIN_NAME = "<stdin>"


class LoadResult(BaseModel):
    """Every article that loaded, in input order, and every input that did not.

    ``warnings`` name what an article loaded without (a date that does not exist);
    ``notes`` name the files of a folder skipped as not being articles (a manifest), and
    count those of other types (images, PDFs).
    """

    articles: list[Article] = Field(default_factory=list)
    failures: list[ArticleFailure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Seen(Protocol):
    """What a load remembers to skip repeats: files read and article ids loaded.

    ``add`` returns False for a key it already holds. A set is enough for a briefing's
    worth of articles; a batch over an archive passes one kept on disk, so memory stays
    flat however many articles stream past.
    """

    def add(self, key: str) -> bool: ...


class SeenInMemory:
    def __init__(self) -> None:
        self._keys: set[str] = set()

    def add(self, key: str) -> bool:
        if key in self._keys:
            return False
        self._keys.add(key)
        return True


@dataclass(frozen=True)
class LoadNote:
    """A line for the person that is no failure: ``warning`` (an article loaded without
    some of its metadata) or ``note`` (a folder's files skipped as holding no articles)."""

    kind: Literal["warning", "note"]
    text: str


Loaded = Article | ArticleFailure | LoadNote


def load_articles(paths: Sequence[str | Path], stdin: TextIO | None = None) -> LoadResult:
    """Load files, folders (recursively) and ``-`` (standard input), skipping duplicates
    (a file named twice silently; an article whose text was read already with a note).

    Folders are walked in sorted order, skipping hidden entries and files of other types;
    a file of another type named explicitly is reported, since the user asked for it.
    """
    return _gathered(iter_articles(paths, stdin))


def iter_articles(
    paths: Sequence[str | Path], stdin: TextIO | None = None, seen: Seen | None = None
) -> Iterator[Loaded]:
    """What ``load_articles`` gathers, one article, failure or note at a time, in the same
    order. Only one input file is held in memory at once, so an archive can stream through.
    """
    loader = _Loader(stdin if stdin is not None else sys.stdin, seen or SeenInMemory())
    for path in paths:
        yield from loader.add(path)


def load_path(path: Path) -> list[Article]:
    """The articles in one file; raises ``ArticleError`` at the first problem in it."""
    loaded = load_file(path)
    if loaded.failures:
        reason = loaded.failures[0].reason
        raise ArticleError(f"{path}: {reason}", reason=reason)
    return loaded.articles


def load_file(path: Path, *, in_folder: bool = False) -> LoadResult:
    """One file's articles, failures and warnings. ``in_folder``: the file was met while
    walking a folder rather than named, so one that holds no articles is only a note."""
    loader = _Loader(sys.stdin, SeenInMemory())
    return _gathered(loader.add_file(path, named=not in_folder))


def article_files(
    folder: Path, excluded: Callable[[Path], bool] | None = None
) -> tuple[list[Path], list[ArticleFailure]]:
    """The files ``load_articles`` would read under ``folder``, in its order, and what it
    would report on the way (a folder that cannot be listed, a broken link). ``excluded``
    leaves out the files and folders it is true for, unread and unreported."""
    failures: list[ArticleFailure] = []

    def fail(name: str, reason: str) -> None:
        failures.append(ArticleFailure(name=name, reason=reason))

    return list(_walk(folder, set(), fail, excluded)), failures


def _gathered(items: Iterable[Loaded]) -> LoadResult:
    result = LoadResult()
    for item in items:
        if isinstance(item, Article):
            result.articles.append(item)
        elif isinstance(item, ArticleFailure):
            result.failures.append(item)
        elif item.kind == "warning":
            result.warnings.append(item.text)
        else:
            result.notes.append(item.text)
    return result


class _Loader:
    """Reads inputs one at a time, remembering in ``seen`` the files and ids already loaded
    (and the folders entered, which are few, in a set)."""

    def __init__(self, stdin: TextIO, seen: Seen) -> None:
        self._stdin = stdin
        self._seen = seen
        self._folders: set[Path] = set()

    def add(self, argument: str | Path) -> Iterator[Loaded]:
        if str(argument) == STDIN_ARGUMENT:
            yield from self._load(STDIN_NAME, lambda: parse_stdin(self._stdin))
            return
        path = Path(argument)
        if path.is_dir():
            failures: list[ArticleFailure] = []
            skipped: Counter[str] = Counter()
            walked = _walk(
                path, self._folders, lambda n, r: failures.append(_failure(n, r)), skipped=skipped
            )
            for file in walked:
                yield from failures
                failures.clear()
                yield from self.add_file(file, named=False)
            yield from failures
            if skipped:
                yield LoadNote("note", other_types_note(str(path), skipped))
        elif not path.exists():
            yield _failure(str(path), "no such file or folder; check the path")
        else:
            yield from self.add_file(path, named=True)

    def add_file(self, path: Path, *, named: bool) -> Iterator[Loaded]:
        if self._seen.add(f"file:{path.resolve()}"):
            yield from self._load(str(path), lambda: stream_file(path), named=named)

    def _load(
        self, name: str, parse: Callable[[], Iterable[ReadItem]], *, named: bool = True
    ) -> Iterator[Loaded]:
        """The articles, failures and notes of one input; a reader may find the whole input
        bad only at its end (a JSON Lines file with no article text), having yielded
        nothing."""
        try:
            for item in parse():
                yield from self._item(name, item)
        except NotArticles as error:
            if named:
                yield _failure(name, error.reason)
            else:
                yield LoadNote("note", f"{name}: skipped, it holds no article records")
        except BadInput as error:
            yield _failure(name, error.reason)

    def _item(self, name: str, item: ReadItem) -> Iterator[Loaded]:
        if isinstance(item, BadRecord):
            yield _failure(name, item.reason)
            return
        try:
            article = _article(item, name)
        except BadInput as error:
            yield _failure(name, error.reason)
            return
        for warning in item.warnings:
            yield LoadNote("warning", f"{name}: {item.where}{warning}")
        if self._seen.add(f"id:{article.id}"):
            yield article
        else:
            # Read once, as it should be, but said: four files named and "[1/2]" with
            # "2 articles read" left the person looking for the other two.
            yield LoadNote("note", f"{name}: {item.where}{_REPEATED}")


# The note for an article whose text was read already (a copy saved twice, a record
# repeated in an export); which input held it first is not kept, so memory stays flat.
_REPEATED = "the same text as an article read before it; read once"


def _failure(name: str, reason: str) -> ArticleFailure:
    return ArticleFailure(name=name, reason=reason)


def other_types_note(folder: str, skipped: Counter[str]) -> str:
    """One line for all the files of other types a folder held (``skipped``: how many of
    each suffix, "" for none): a folder of hundreds of images gets one line, not hundreds,
    and the person still learns that their PDFs were never read. A saved feed among them is
    told where feeds are read, as one named on the command line is."""
    order = sorted(skipped.items(), key=lambda pair: (not pair[0], -pair[1], pair[0]))
    kinds = ", ".join(f"{number} {suffix or 'without a suffix'}" for suffix, number in order)
    files = counted(skipped.total(), "file")
    read = f"articles are read from {SUFFIX_LIST}"
    feeds = f"; {FEED_ADVICE}" if FEED_SUFFIXES & skipped.keys() else ""
    return f"{folder}: skipped {files} of other types ({kinds}); {read}{feeds}"


def _walk(
    folder: Path,
    entered: set[Path],
    fail: Callable[[str, str], None],
    excluded: Callable[[Path], bool] | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Path]:
    """Supported files under ``folder``, sorted; each real folder is entered once.

    A link to nowhere with an article's extension is reported, not skipped: the user
    saved something there and would otherwise never learn it was not read. Files of other
    types are counted by suffix in ``skipped``, for one line about them all.
    """
    resolved = folder.resolve()
    if resolved in entered:
        return
    entered.add(resolved)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        fail(str(folder), f"cannot list this folder ({os_reason(error)})")
        return
    for entry in entries:
        if entry.name.startswith(".") or (excluded is not None and excluded(entry)):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as error:  # listed but not enterable: read without execute permission
            fail(str(entry), f"cannot be read ({os_reason(error)})")
            continue
        suffix = entry.suffix.lower()
        if is_dir:
            yield from _walk(entry, entered, fail, excluded, skipped)
        elif suffix in SUPPORTED_SUFFIXES and is_file:
            yield entry
        elif suffix in SUPPORTED_SUFFIXES and not entry.exists():
            fail(str(entry), "is a broken link; point it at the article or remove it")
        elif is_file and skipped is not None:
            skipped[suffix] += 1


def _article(draft: Draft, name: str) -> Article:
    text = clean_text(draft.body)
    if not text:
        raise BadInput(
            f"{draft.where}nothing is left after removing page clutter (captions, links, "
            "bylines); check that it holds an article"
        )
    return Article(
        id=content_id(draft.body),
        text=text,
        title=draft.title,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        path=name,
    )


__all__ = [
    "STDIN_ARGUMENT",
    "STDIN_NAME",
    "SUPPORTED_SUFFIXES",
    "TEXT_FIELDS",
    "InputFormat",
    "LoadNote",
    "LoadResult",
    "Loaded",
    "Seen",
    "article_files",
    "iter_articles",
    "load_articles",
    "load_file",
    "load_path",
]
