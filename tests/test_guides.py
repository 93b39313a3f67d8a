"""``summarise guide``: the labelling guide and the schema, read from any install."""

import tomllib

import pytest
from helpers import ROOT, run_cli

from summarise.guides import SOURCES, GuideName, guide_text, portable_links


@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_guide_prints_the_checkouts_own_file(name: GuideName, source: str) -> None:
    text = (ROOT / source).read_text(encoding="utf-8")

    shown = run_cli(["guide", name])

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == portable_links(name, text) == guide_text(name)
    assert "](../" not in shown.stdout


def test_the_labelling_guide_names_the_schema_by_the_command_that_prints_it() -> None:
    """An installed copy has no ``../extraction-schema.md`` to follow."""
    shown = run_cli(["guide", "labelling"]).stdout

    assert "The contract is\n`summarise guide schema`, the schema" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The other guide, linked by its path or with words of its own.
        (
            "See [`../extraction-schema.md`](../extraction-schema.md).",
            "See `summarise guide schema`.",
        ),
        (
            "Read [the schema](../extraction-schema.md#stance) first.",
            "Read the schema (`summarise guide schema`) first.",
        ),
        # Another file of the project: its path from the repository's root.
        (
            "The [records](../runs/README.md) say how.",
            "The records (`evals/runs/README.md` in the project's repository) say how.",
        ),
        # Look-alikes: a web link, an anchor and a rooted path stay links.
        (
            "See [PLOVER](https://example.org/plover.md).",
            "See [PLOVER](https://example.org/plover.md).",
        ),
        (
            "See [above](#format-of-the-labels-directory).",
            "See [above](#format-of-the-labels-directory).",
        ),
        ("See [the site](/docs/schema.md).", "See [the site](/docs/schema.md)."),
    ],
)
def test_relative_links_are_said_so_a_printed_copy_can_follow_them(text: str, said: str) -> None:
    assert portable_links("labelling", text) == said


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
