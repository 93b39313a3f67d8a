"""``benchmarks/instructions.py --stages`` splits an article's instructions by stage by
calling each stage's functions through a C function of the interpreter that the package
never calls. These tests keep that true: every name it wraps still exists in ``extract``,
the package calls none of the C functions it reads, and the wrapped pipeline finds the same
items."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from summarise.article import Article
from summarise.extraction.backends.baseline import extract
from summarise.extraction.backends.baseline.attribution import Attributor

ROOT = Path(__file__).resolve().parent.parent


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "instructions_benchmark", ROOT / "benchmarks" / "instructions.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCHMARK = _benchmark()

# How the package would call each C function the benchmark reads: a call of it would count
# in that stage wherever it ran.
_CALLS = re.compile(
    r"\b(?:starmap|takewhile|dropwhile|filterfalse|methodcaller)\b|(?<![\w.])filter\(|"
    r"(?<![\w.@])staticmethod\("
)


def test_every_wrapped_name_is_one_extract_calls() -> None:
    for _, names in BENCHMARK.STAGES.values():
        for name in names:
            if name == "Attributor.read":
                assert callable(Attributor.read)
            else:
                assert callable(getattr(extract, name)), name


def test_the_package_calls_none_of_the_stages_c_functions() -> None:
    calls = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in sorted((ROOT / "summarise").rglob("*.py"))
        for line in path.read_text().splitlines()
        if _CALLS.search(line)
    ]
    assert calls == []


def test_the_pattern_finds_such_calls() -> None:
    # Look-alikes: the words in a name or a docstring's other sense do not count.
    for line in ("list(itertools.starmap(f, xs))", "filter(None, xs)", "staticmethod(f)()"):
        assert _CALLS.search(line), line
    for line in ("self.filter(x)", "filtered = 1", "@staticmethod", "x.staticmethod(f)"):
        assert not _CALLS.search(line), line


# Invented: a statement with a position, a movement and a contact.
_TEXT = (
    "Polish Foreign Minister Jan Nowak said on Monday that Poland condemns the shelling of "
    "Ukrainian villages by Russian forces. Russia has deployed 2,000 more troops to Belarus, "
    "the Ukrainian defence ministry said on Tuesday. Nowak met his German counterpart in "
    "Berlin on Tuesday to discuss the crisis."
)


def test_the_same_items_wrapped_and_not(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="x", text=_TEXT)
    plain = extract.extract_article(article).model_dump()
    assert all(plain[kind] for kind in ("positions", "military_movements", "diplomatic_contacts"))
    names = {caller: wrapped for caller, (_, wrapped) in BENCHMARK.STAGES.items()}
    # Each name set back as it was once the test is over.
    for name in (n for ns in names.values() for n in ns if n != "Attributor.read"):
        monkeypatch.setattr(extract, name, getattr(extract, name))
    monkeypatch.setattr(Attributor, "read", Attributor.read)
    exec(BENCHMARK._STAGES_CHILD, {"STAGE_NAMES": names})
    assert extract.find_positions.__qualname__.startswith("_through")
    assert Attributor.read.__qualname__.startswith("_through")
    assert extract.extract_article(article).model_dump() == plain
