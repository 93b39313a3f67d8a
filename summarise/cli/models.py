"""``summarise models``: the local models known by name, where they are, whether verified."""

from __future__ import annotations

from pathlib import Path

import click

from summarise.cli.options import config_option
from summarise.modelfiles import KNOWN_MODELS, ModelState, ensure_model, model_state
from summarise.settings import load_settings

_STATUS = {
    "verified": "verified (size and SHA-256 match the release)",
    "unverified": "not verified yet (hashed before its next use, or now with --verify)",
    "installed": "parts installed; assembled and verified on first use",
    "not installed": "not installed",
}


@click.command("models")
@click.option(
    "--verify",
    is_flag=True,
    help="Assemble every installed model now and check its SHA-256 again.",
)
@config_option
def models(verify: bool, config_file: Path | None) -> None:
    """List the known local models (use one with --model NAME)."""
    settings = load_settings(config_file=config_file)
    for model in KNOWN_MODELS.values():
        if verify and model_state(model, settings.data_dir).state != "not installed":
            ensure_model(model, settings.data_dir, rehash=True)
        click.echo(_describe(model_state(model, settings.data_dir)))


def _describe(state: ModelState) -> str:
    model = state.model
    lines = [
        f"{model.name}: {_STATUS[state.state]}",
        f"  {model.title}, {model.size / 1e6:,.0f} MB, {model.licence}",
    ]
    if state.state == "not installed":
        lines.append(f"  install: {state.install_hint} (missing {', '.join(state.missing)})")
    else:
        lines.append(f"  file:    {state.path}")
        lines.append(f"  use:     summarise brief PATH --model {model.name}")
    return "\n".join(lines)
