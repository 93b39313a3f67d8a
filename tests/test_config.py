from pathlib import Path

import pytest

from summarise.errors import ConfigError
from summarise.settings import load_settings

NO_FILE = Path("/nonexistent/summarise-config.toml")


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_layer() -> None:
    settings = load_settings(env={"SUMMARISE_CONFIG": ""}, config_file=None, flags={})
    assert settings.model == "gpt-4o-mini"
    assert settings.concurrency == 4
    assert settings.resolved_backend()[0] == "baseline"


def test_flag_beats_env_beats_file_beats_default(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'model = "from-file"\nconcurrency = 3\ntimeout = 9\n')
    env = {"SUMMARISE_MODEL": "from-env", "SUMMARISE_CONCURRENCY": "7"}
    settings = load_settings(flags={"model": "from-flag"}, env=env, config_file=config)
    assert settings.model == "from-flag"
    assert settings.concurrency == 7
    assert settings.timeout == 9
    assert settings.retries == 5


def test_unset_flags_fall_through() -> None:
    settings = load_settings(flags={"model": None}, env={"SUMMARISE_MODEL": "m"}, config_file=None)
    assert settings.model == "m"


def test_openai_key_is_used_for_openai_itself() -> None:
    settings = load_settings(env={"OPENAI_API_KEY": "sk-openai"}, config_file=None)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk-openai"
    assert settings.resolved_backend()[0] == "openai"
    assert settings.resolved_mode == "tools"


def test_openai_key_is_not_sent_to_another_server() -> None:
    env = {"OPENAI_API_KEY": "sk-openai", "SUMMARISE_BASE_URL": "http://127.0.0.1:8000/v1"}
    settings = load_settings(env=env, config_file=None)
    assert settings.api_key is None
    assert settings.resolved_mode == "json_schema"


def test_explicit_key_goes_to_any_server() -> None:
    env = {
        "OPENAI_API_KEY": "sk-openai",
        "SUMMARISE_API_KEY": "sk-local",
        "SUMMARISE_BASE_URL": "http://127.0.0.1:8000/v1",
    }
    settings = load_settings(env=env, config_file=None)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk-local"


def test_openai_base_url_is_honoured() -> None:
    settings = load_settings(env={"OPENAI_BASE_URL": "http://localhost:11434/v1"}, config_file=None)
    assert settings.base_url == "http://localhost:11434/v1"
    assert settings.resolved_backend()[0] == "openai"


def test_key_never_shows_in_repr_or_dump() -> None:
    settings = load_settings(env={"SUMMARISE_API_KEY": "sk-secret-123"}, config_file=None)
    assert "sk-secret-123" not in repr(settings)
    assert "sk-secret-123" not in settings.model_dump_json()


def test_gguf_model_selects_local_backend() -> None:
    settings = load_settings(flags={"model": "/models/tiny.gguf"}, env={}, config_file=None)
    assert settings.model_path == Path("/models/tiny.gguf")
    assert settings.resolved_backend() == ("local", None)


def test_baseline_notice_says_how_to_add_a_model() -> None:
    _, notice = load_settings(env={}, config_file=None).resolved_backend()
    assert notice is not None
    assert "SUMMARISE_BASE_URL" in notice


def test_the_baseline_notice_names_the_model_setting_where_the_settings_are_written() -> None:
    """On the command line, the flag; in a briefing's config, its [model] table, since
    ``summarise run`` takes no --model."""
    _, flags = load_settings(env={}, config_file=None).resolved_backend()
    table = "the [model] table of /desk/briefing.toml"
    _, run = load_settings(env={}, config_file=None, flags_in=table).resolved_backend()

    assert flags is not None
    assert "or --model PATH.gguf (SUMMARISE_MODEL)" in flags
    assert run is not None
    assert "--model" not in run
    assert f'or model = "PATH.gguf" in {table} (SUMMARISE_MODEL)' in run


def test_explicit_backend_wins() -> None:
    env = {"OPENAI_API_KEY": "sk-x", "SUMMARISE_BACKEND": "baseline"}
    assert load_settings(env=env, config_file=None).resolved_backend() == ("baseline", None)


def test_unknown_setting_in_file_is_named(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'modle = "typo"\n')
    with pytest.raises(ConfigError, match="modle"):
        load_settings(env={}, config_file=config)


def test_bad_value_is_one_clear_line() -> None:
    with pytest.raises(ConfigError, match="concurrency") as info:
        load_settings(env={"SUMMARISE_CONCURRENCY": "lots"}, config_file=None)
    assert "\n" not in str(info.value)


def test_missing_explicit_config_file() -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(env={}, config_file=NO_FILE)


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    config = write_config(tmp_path, "model = \n")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings(env={}, config_file=config)


def test_openai_key_is_not_sent_in_cleartext() -> None:
    env = {"OPENAI_API_KEY": "sk-openai", "SUMMARISE_BASE_URL": "http://api.openai.com/v1"}
    assert load_settings(env=env, config_file=None).api_key is None


def test_openai_key_goes_to_openai_base_url_over_tls() -> None:
    env = {"OPENAI_API_KEY": "sk-openai", "SUMMARISE_BASE_URL": "https://api.openai.com/v1"}
    settings = load_settings(env=env, config_file=None)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk-openai"


def test_gguf_flag_beats_a_model_path_in_the_config_file(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'model_path = "/models/a.gguf"\n')
    settings = load_settings(flags={"model": "/models/b.gguf"}, env={}, config_file=config)
    assert settings.model_path == Path("/models/b.gguf")


def test_local_backend_resolves_to_json_schema_mode() -> None:
    settings = load_settings(flags={"model": "/models/tiny.gguf"}, env={}, config_file=None)
    assert settings.resolved_mode == "json_schema"


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
        ("localhost:11434/v1", "http://localhost:11434/v1"),
        ("ftp://example.org/v1", None),
    ],
)
def test_a_base_url_without_an_http_scheme_is_refused_with_the_fix(
    url: str, written: str | None
) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(flags={"base_url": url}, env={}, config_file=None)

    message = str(info.value)
    assert message.startswith(f"Invalid settings: base_url: {url!r} is not an http(s) URL")
    assert "Value error" not in message
    if written is not None:
        assert f"write {written}" in message


def test_a_table_in_the_config_file_names_its_key_and_what_it_expects(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, '[model]\nbase_url = "http://localhost:11434/v1"\nmodel = "qwen2.5"\n'
    )

    with pytest.raises(ConfigError) as info:
        load_settings(env={}, config_file=config)

    assert str(info.value) == (
        f"Config file {config}: model must be text (a model name, or a .gguf file), not a "
        'table; settings here are top-level keys, like model = "..." ([model] tables belong '
        "in a briefing.toml)."
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('concurrency = "lots"', "concurrency must be a whole number, not 'lots'"),
        ("temperature = [0.1]", "temperature must be a number, not a list"),
        ('backend = "gpt"', "backend must be one of 'openai', 'local' or 'baseline', not 'gpt'"),
        ("concurrency = 0", "concurrency must be greater than or equal to 1, not 0"),
    ],
)
def test_a_wrong_value_in_the_config_file_says_what_is_expected(
    tmp_path: Path, line: str, message: str
) -> None:
    config = write_config(tmp_path, line + "\n")

    with pytest.raises(ConfigError) as info:
        load_settings(env={}, config_file=config)

    assert str(info.value).startswith(f"Config file {config}: {message}")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "user:SECRETPW@myhost:8000/v1",
            "'myhost:8000/v1' is not an http(s) URL; write http://myhost:8000/v1",
        ),
        ("ftp://host/v1?api-key=SECRETQ", "'ftp://host/v1?api-key=***' is not an http(s) URL"),
    ],
)
def test_a_refused_base_url_is_shown_without_its_secrets(url: str, shown: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(flags={"base_url": url}, env={}, config_file=None)

    assert "SECRET" not in str(info.value)
    assert shown in str(info.value)
