"""A key the model server rejects is named by where it was given, never shown: a user with a
key in a config file, the environment and a flag must know which one to fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SEED_FILES, isolated_env, run_cli

from summarise.scheduled.config import load_config
from summarise.testing.fake_server import HttpError, ScriptedModelServer


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path)


def test_a_rejected_key_from_a_config_file_names_the_file_not_the_key(
    tmp_path: Path, scripted_model_server: ScriptedModelServer
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(
        f'base_url = "{scripted_model_server.base_url}"\napi_key = "sk-wrong-in-file"\n',
        encoding="utf-8",
    )
    scripted_model_server.script(*[HttpError(401, "Incorrect API key provided")] * 4)
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}

    result = run_cli(["extract", str(SEED_FILES[0]), "--config", str(config)], env)

    assert result.returncode == 2
    assert f"The key came from the config file {config}: set a valid one there." in result.stderr
    assert "sk-wrong" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("given", "named"),
    [
        (["--api-key", "sk-wrong"], "The key came from --api-key"),
        ([], "The key came from SUMMARISE_API_KEY"),
    ],
)
def test_a_rejected_key_names_the_flag_or_variable_it_came_from(
    env: dict[str, str],
    scripted_model_server: ScriptedModelServer,
    given: list[str],
    named: str,
) -> None:
    scripted_model_server.script(*[HttpError(401, "Incorrect API key provided")] * 4)
    env = {
        **env,
        "SUMMARISE_BASE_URL": scripted_model_server.base_url,
        "SUMMARISE_API_KEY": "sk-wrong-in-env",
    }

    result = run_cli(["extract", str(SEED_FILES[0]), *given], env)

    assert result.returncode == 2
    assert named in result.stderr
    assert "sk-wrong" not in result.stderr


def test_a_scheduled_run_names_its_config_s_model_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("SUMMARISE_CONFIG", str(tmp_path / "empty.toml"))
    monkeypatch.delenv("SUMMARISE_API_KEY", raising=False)
    (tmp_path / "saved").mkdir()
    config = tmp_path / "briefing.toml"
    config.write_text(
        '[model]\nbase_url = "http://127.0.0.1:9/v1"\napi_key = "sk-wrong"\n'
        '[[source]]\nfolder = "saved"\n',
        encoding="utf-8",
    )

    advice = load_config(config).settings().rejected_key_advice()

    assert advice == f"The key came from the [model] table of {config}: set a valid one there."
