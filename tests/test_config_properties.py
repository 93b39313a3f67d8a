"""Property tests: any config file gives settings or one ``ConfigError`` line, never a
traceback.

Hypothesis writes ``config.toml`` and ``briefing.toml`` files from the keys the tool knows
and values of every TOML type (tables where text belongs, numbers without units, dates
that name no day, arrays, empty strings), plus plain noise. Each file is read as the tool
reads it; the only way to refuse one is a ``ConfigError`` of one line.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarise.errors import ConfigError
from summarise.scheduled.config import load_config
from summarise.settings import FIELDS, Settings, load_settings

# TOML values as written in a file: every type TOML has, and the mistakes people make.
_SCALAR = st.one_of(
    st.integers(-(2**63), 2**63 - 1).map(str),
    st.sampled_from(["0", "-60", "24", "1.5", "inf", "nan", "1e400", "true", "false"]),
    st.text(max_size=20).map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.sampled_from(
        [
            '"24h"',
            '"1h30m"',
            '"0s"',
            '"soon"',
            '"99999999999d"',
            '"http://127.0.0.1:8000/v1"',
            '"127.0.0.1:8000/v1"',
            '"model.gguf"',
            '"~/x"',
            '""',
            "2022-02-03",
            "2022-13-45",
            "07:38:00",
            "2022-02-03T25:00:00Z",
        ]
    ),
)
VALUE = st.one_of(
    _SCALAR,
    st.lists(_SCALAR, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
    st.dictionaries(st.sampled_from(["a", "model", "url"]), _SCALAR, max_size=2).map(
        lambda table: "{" + ", ".join(f"{k} = {v}" for k, v in table.items()) + "}"
    ),
)


def lines(keys: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(keys, VALUE), max_size=5, unique_by=lambda kv: kv[0]).map(
        lambda pairs: "".join(f"{key} = {value}\n" for key, value in pairs)
    )


SETTING_KEYS = st.sampled_from([*FIELDS, "modle"])
SOURCE_KEYS = st.sampled_from(["name", "feed", "folder", "urls", "keywords", "exclude", "colour"])
TOP_KEYS = st.sampled_from(["window", "output", "formats", "state_dir", "cache_dir", "nope"])


@st.composite
def briefing_toml(draw: st.DrawFn) -> str:
    text = draw(lines(TOP_KEYS))
    if draw(st.booleans()):
        text += "[model]\n" + draw(lines(SETTING_KEYS))
    if draw(st.booleans()):
        text += "[fetch]\n" + draw(lines(st.sampled_from(["timeout", "retries", "max_bytes"])))
    for _ in range(draw(st.integers(0, 2))):
        text += "[[source]]\n" + draw(lines(SOURCE_KEYS))
    return text


def _one_line(error: ConfigError) -> None:
    assert str(error).strip()
    assert "\n" not in str(error)


@given(st.one_of(lines(SETTING_KEYS), st.text(max_size=200)))
def test_any_config_toml_gives_settings_or_one_line(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_text(text, encoding="utf-8")
        try:
            assert isinstance(load_settings(env={}, config_file=path), Settings)
        except ConfigError as error:
            _one_line(error)


@given(st.dictionaries(SETTING_KEYS, st.text(max_size=30), max_size=4))
@example({"base_url": "0\n0"})  # found by the explore profile: a two-line error
def test_any_environment_gives_settings_or_one_line(values: dict[str, str]) -> None:
    env = {f"SUMMARISE_{key.upper()}": value for key, value in values.items()}
    try:
        assert isinstance(load_settings(env=env, config_file=None), Settings)
    except ConfigError as error:
        _one_line(error)


@given(st.one_of(briefing_toml(), st.text(max_size=200)))
@example('output = "~0"\n')  # found by the explore profile: a RuntimeError from pathlib
def test_any_briefing_toml_gives_a_config_or_one_line(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "briefing.toml"
        path.write_text(text, encoding="utf-8")
        try:
            config = load_config(path)
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("SUMMARISE_CONFIG", str(Path(folder) / "none.toml"))
                assert isinstance(config.settings(), Settings)
        except ConfigError as error:
            _one_line(error)
