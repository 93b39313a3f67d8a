"""``summarise guide``: the labelling guide or the schema, from any install."""

from __future__ import annotations

from typing import get_args

import click

from summarise.guides import GuideName, guide_text


@click.command("guide")
@click.argument("name", type=click.Choice(get_args(GuideName)), default="labelling", required=False)
def guide(name: GuideName) -> None:
    """Print a guide as Markdown: labelling (how hard cases are labelled, the default) or
    schema (what each field means; the contract labels are written in)."""
    click.echo(guide_text(name), nl=False)
