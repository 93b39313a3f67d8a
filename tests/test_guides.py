"""``summarise guide``: the labelling guide and the schema, read from any install."""

import tomllib

import pytest
from helpers import ROOT, run_cli

from summarise.guides import SOURCES, GuideName, guide_text


@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_guide_prints_the_checkouts_own_file(name: GuideName, source: str) -> None:
    text = (ROOT / source).read_text(encoding="utf-8")

    shown = run_cli(["guide", name])

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == text == guide_text(name)


def test_guide_defaults_to_the_labelling_guide_and_refuses_another_name() -> None:
    default, unknown = run_cli(["guide"]), run_cli(["guide", "styles"])

    assert default.stdout.startswith("# Hand labels")
    assert unknown.returncode == 2
    assert unknown.stderr.count("\n") == 1
    assert "'styles' is not one of 'labelling', 'schema'" in unknown.stderr


def test_every_guide_is_shipped_in_the_wheel_where_guide_text_looks() -> None:
    """A pip install has no ``evals/``: the wheel must carry each guide's file."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]

    assert {source: shipped.get(source) for source in SOURCES.values()} == {
        source: f"summarise/docs/{name}.md" for name, source in SOURCES.items()
    }
