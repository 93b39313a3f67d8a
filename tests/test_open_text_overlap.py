"""No test sentence and no docstring copies the words of a document the rules are scored on.

A rule shown only on a labelled document's sentence may be that sentence's memory, not a
construction (the lesson of the held-out sets): tests show a rule on invented sentences,
and docstrings name a construction by invented examples. A run of eight words shared with
an open set's or the seeds' document is a copy; shorter runs are the ordinary phrases of
official texts ("the Ministry of Foreign Affairs of the"). Only the folders
``evals/open-sets.txt`` lists are read, so the check never opens a held-out set.

The copies written before the check are listed in ``data/open_text_copies.txt``, each by
its file and its first shared run: the list may only shrink. A new copy fails, and so does
a listed one that is gone (reworded: take its line out).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Words as the documents write them, a typographic apostrophe read as a plain one.
_WORD = re.compile(r"[\w\u2019'-]+")
RUN = 8


def words(text: str) -> list[str]:
    """``text``'s words, folded, so that case and apostrophes never hide a copy."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def runs(text: str, length: int = RUN) -> Iterator[tuple[str, ...]]:
    """Every run of ``length`` consecutive words of ``text``."""
    folded = words(text)
    for i in range(len(folded) - length + 1):
        yield tuple(folded[i : i + length])


def open_documents(root: Path = ROOT) -> list[Path]:
    """The documents of the open sets and the seeds, the folders ``open-sets.txt`` lists:
    their articles (``.md``, ``.txt``), not their manifests."""
    listed = (root / "evals" / "open-sets.txt").read_text(encoding="utf-8").splitlines()
    folders = [root / line.strip() for line in listed if line.strip() and not line.startswith("#")]
    return sorted(p for f in folders for p in f.iterdir() if p.suffix in (".md", ".txt"))


def document_runs(documents: list[Path]) -> dict[tuple[str, ...], str]:
    """Each run of the documents, with the name of the first document holding it."""
    found: dict[tuple[str, ...], str] = {}
    for path in documents:
        for run in runs(path.read_text(encoding="utf-8", errors="ignore")):
            found.setdefault(run, path.name)
    return found


def literals(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of a test file (adjacent literals are one), with its line."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def docstrings(path: Path) -> Iterator[tuple[int, str]]:
    """Every docstring of a module, its classes and its functions, with its line."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = node.body[0] if node.body else None
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            yield first.lineno, first.value.value


def copies(
    texts: Iterator[tuple[Path, int, str]], known: dict[tuple[str, ...], str]
) -> dict[tuple[str, str], str]:
    """Each text sharing a run with a document, by its file and its first shared run, with
    where it stands and the document it copies."""
    found: dict[tuple[str, str], str] = {}
    for path, line, text in texts:
        for run in runs(text):
            if run in known:
                where = path.relative_to(ROOT).as_posix()
                found.setdefault((where, " ".join(run)), f"{where}:{line} ~ {known[run]}")
                break
    return found


LISTED = Path(__file__).parent / "data" / "open_text_copies.txt"


def listed_copies() -> set[tuple[str, str]]:
    """The copies written before the check (file, tab, run), the lines that are no comment."""
    rows = LISTED.read_text(encoding="utf-8").splitlines()
    return {
        (row.split("\t")[0], row.split("\t")[1]) for row in rows if row and not row.startswith("#")
    }


def _ours() -> Iterator[tuple[Path, int, str]]:
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for line, text in literals(path):
            yield path, line, text
    for path in sorted((ROOT / "summarise").rglob("*.py")):
        for line, text in docstrings(path):
            yield path, line, text


def test_no_test_literal_or_docstring_copies_an_open_document() -> None:
    found = copies(_ours(), document_runs(open_documents()))
    listed = listed_copies()
    new = sorted(f"{found[key]}: '{key[1]}'" for key in found.keys() - listed)
    assert not new, "reword into invented sentences of the same construction:\n" + "\n".join(new)
    gone = sorted("\t".join(key) for key in listed - found.keys())
    assert not gone, f"reworded: take these lines out of {LISTED.name}:\n" + "\n".join(gone)


def test_a_copied_run_is_found_and_a_shorter_one_is_not() -> None:
    """The check itself: eight shared words are a copy wherever they stand and however
    they are written; seven are not."""
    document = "The ministers of Arcadia and Borduria met on Tuesday in the old harbour town."
    known = dict.fromkeys(runs(document), "a.md")
    here = Path(__file__)
    copied = "As we said, the Ministers of Arcadia and Borduria met on Tuesday in town."
    curly = "the ministers of Arcadia and Borduria met on Tuesday\u2019s"
    shorter = "the ministers of Arcadia and Borduria met there"
    assert copies(iter([(here, 1, copied)]), known)
    assert not copies(iter([(here, 1, shorter)]), known)
    assert list(runs(curly))[-1][-1] == "tuesday's"


def test_only_open_folders_are_read() -> None:
    """Every document read lies in a folder ``open-sets.txt`` lists."""
    listed = (ROOT / "evals" / "open-sets.txt").read_text(encoding="utf-8").splitlines()
    folders = {ROOT / line.strip() for line in listed if line.strip() and not line.startswith("#")}
    documents = open_documents()
    assert documents
    assert all(path.parent in folders for path in documents)
