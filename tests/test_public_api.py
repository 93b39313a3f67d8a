"""``import summarise`` is the public surface: what ``__all__`` lists exists and is enough."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS

import summarise
from summarise.evaluation import EvalRun
from summarise.overview.write import OverviewRun
from summarise.recorded import Recorded


def test_all_names_are_importable_and_unique() -> None:
    assert len(summarise.__all__) == len(set(summarise.__all__))
    missing = [name for name in summarise.__all__ if not hasattr(summarise, name)]
    assert missing == []


def test_every_name_loaded_on_first_use_is_listed() -> None:
    """The package binds its public names when first asked for (``_HOMES``), so that the
    command's entry point starts quickly: each such name is one ``__all__`` lists."""
    assert set(summarise._HOMES) == set(summarise.__all__)


def test_all_lists_every_public_name_the_package_binds() -> None:
    """A name bound in ``summarise/__init__.py`` but left out of ``__all__`` is a half-public
    name; submodules are reached through their packages, not listed."""
    bound = {
        name
        for name, value in vars(summarise).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("summarise")
    }
    assert bound - set(summarise.__all__) == set()


def test_every_public_class_and_function_has_a_docstring_of_its_own() -> None:
    """``help(summarise.render)`` is where a library user looks first; a pydantic model
    without a docstring shows pydantic's own."""
    bare = [
        name
        for name in summarise.__all__
        if (value := getattr(summarise, name)) is not None
        and (inspect.isclass(value) or inspect.isfunction(value))
        and not (vars(value).get("__doc__") if inspect.isclass(value) else value.__doc__)
    ]
    assert bare == []


def _own_public_methods(cls: type) -> list[object]:
    """The methods a public class defines itself (not those it inherits, e.g. pydantic's)."""
    return [
        value
        for name, value in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(value)
    ]


def test_every_public_class_its_methods_and_brief_have_annotations_that_resolve() -> None:
    """A caller's tools (dataclass and pydantic helpers, documentation) read the types with
    ``typing.get_type_hints``; a name imported only for type checkers fails there."""
    public = [getattr(summarise, name) for name in summarise.__all__]
    classes = [value for value in public if inspect.isclass(value)]
    methods = [method for cls in classes for method in _own_public_methods(cls)]
    for named in [summarise.brief, *classes, *methods]:
        typing.get_type_hints(named)
    result = typing.get_type_hints(summarise.BriefResult)
    options = typing.get_type_hints(summarise.BriefOptions)

    assert result["recorded"] == Recorded | None
    assert result["overview"] == OverviewRun | None
    assert result["party_read_as"] == str | None
    assert options["since"] == dt.date | None


def test_sessions_methods_name_what_they_return() -> None:
    """``Session``'s evaluate and overview return types that live in packages it reaches
    only when called: their annotations must still resolve to the classes."""
    hints = {
        name: typing.get_type_hints(getattr(summarise.Session, name))["return"]
        for name in ("evaluate", "aevaluate", "overview", "aoverview", "extract", "aextract")
    }

    assert hints["evaluate"] is hints["aevaluate"] is EvalRun
    assert hints["overview"] == hints["aoverview"] == OverviewRun | None
    assert hints["extract"] is hints["aextract"] is summarise.RunResult


def test_import_summarise_leaves_sqlite_utils_and_scipy_unimported() -> None:
    """sqlite-utils, numpy and scipy cost every command's start-up; only a store needs the
    first, only scoring the others."""
    probe = (
        "import sys, summarise; "
        "print([m for m in ('sqlite_utils', 'numpy', 'scipy') if m in sys.modules])"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )

    assert found.stdout.splitlines()[-1] == "[]"


def test_a_submodule_is_reached_from_the_package_as_before_the_names_were_lazy() -> None:
    """``import summarise; summarise.schema.Position`` worked while the package imported its
    names eagerly (importing them bound the submodules); a fresh interpreter, since this
    process has imported them already. A name that is neither still raises
    ``AttributeError``, which ``hasattr`` needs."""
    probe = (
        "import summarise; "
        "print(summarise.schema.Position.__name__, summarise.briefing.render.__name__, "
        "hasattr(summarise, 'no_such_part'))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )

    assert found.stdout.splitlines()[-1] == "Position render False"


def test_the_readme_example_runs_on_the_public_names_only() -> None:
    loaded = summarise.load_articles([SEEDS])
    with summarise.Session(summarise.Settings(backend="baseline"), use_cache=False) as session:
        run = session.extract(loaded)
    briefing = summarise.build_briefing(run.results, backend=session.label)
    text = summarise.render(briefing, "md")

    assert run.failures == []
    assert text.startswith("# Briefing")
    assert "Boris Johnson" in text


def _library_examples() -> list[str]:
    """The README Library section's Python blocks, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Library\n")[1].split("\n## ")[0]
    return [block.split("```")[0] for block in section.split("```python\n")[1:]]


def _offline_in_repo(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    """A newcomer's shell: no model settings, no config file, a fresh cache, the repo root."""
    for name in [n for n in os.environ if n.startswith(("SUMMARISE_", "OPENAI_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARISE_CONFIG", os.devnull)
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(cache))
    monkeypatch.chdir(ROOT)


def test_the_readme_library_example_runs_offline_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = _library_examples()[0]
    _offline_in_repo(monkeypatch, tmp_path)

    exec(compile(example, "README.md", "exec"), {})

    printed = capsys.readouterr().out
    assert printed.startswith("3 undated and 0 older articles left out\n")
    assert "party 'Rusia' read as Russia\n1 extracted; 0 failed\n# Briefing" in printed
    assert "party Russia (asked for as 'Rusia')" in printed


def test_a_failure_prints_as_the_command_says_it(tmp_path: Path) -> None:
    """``print(failure)`` in a caller's loop reads as the CLI's ``failed`` line, not as a
    model's repr."""
    missing = tmp_path / "missing.txt"

    loaded = summarise.load_articles([SEEDS, missing])

    assert [str(f) for f in loaded.failures] == [
        f"{missing}: no such file or folder; check the path"
    ]


def test_the_readme_library_continuation_prints_the_lead_and_writes_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example, continued = _library_examples()[:2]
    _offline_in_repo(monkeypatch, tmp_path / "cache")
    scope: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), scope)
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)

    exec(compile(continued, "README.md", "exec"), scope)

    printed = capsys.readouterr().out.splitlines()
    written = json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8"))
    assert printed
    assert printed == [f"{k['sentence']} {k['sources']}" for k in written["key_developments"]]
