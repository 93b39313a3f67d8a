"""The baseline's module map (``summarise/extraction/backends/baseline/README.md``) names
every module of the package once, and no module that is gone: a newcomer finds the stage
of any rule there, so a module added without its line, or removed with it left, fails
here. In the map a module is a lower-case name in backticks."""

from __future__ import annotations

import re
from pathlib import Path

from summarise.extraction.backends import baseline

_PACKAGE = Path(baseline.__file__).parent


def test_the_module_map_names_every_module_once() -> None:
    listed = re.findall(r"`([a-z_0-9]+)`", (_PACKAGE / "README.md").read_text(encoding="utf-8"))
    assert sorted(listed) == sorted(p.stem for p in _PACKAGE.glob("*.py"))
