"""``briefing.toml``: defaults, relative paths, and one-line errors naming file, source, field."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from summarise.errors import ConfigError
from summarise.scheduled.config import load_config
from summarise.scheduled.durations import format_duration, parse_duration


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "desk" / "briefing.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_config_resolves_paths_beside_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
window = "6h"
output = "out"
formats = ["md", "html"]
state_dir = "state"

[model]
backend = "baseline"

[fetch]
timeout = 5
retries = 1

[[source]]
name = "world"
feed = "https://news.example.org/world.rss"
keywords = [" Ukraine ", "NATO"]

[[source]]
folder = "saved"

[[source]]
urls = "watch.txt"
""",
    )

    config = load_config(path)

    base = path.parent.resolve()
    assert config.window == timedelta(hours=6)
    assert config.output == base / "out"
    assert config.state_dir == base / "state"
    assert config.formats == ["md", "html"]
    assert config.fetch.timeout == 5
    assert [s.kind for s in config.source] == ["feed", "folder", "urls"]
    assert [s.name for s in config.source] == ["world", "saved", "watch.txt"]
    assert config.source[1].folder == base / "saved"
    assert config.source[0].keywords == ["Ukraine", "NATO"]
    assert config.settings().backend == "baseline"


def test_defaults_put_state_in_the_data_dir_per_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARISE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SUMMARISE_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    one = load_config(write(tmp_path / "a", '[[source]]\nfolder = "x"\n'))
    two = load_config(write(tmp_path / "b", '[[source]]\nfolder = "x"\n'))

    first, second = (c.resolved_state_dir(c.settings()) for c in (one, two))

    assert one.window == timedelta(hours=24)
    assert one.formats == ["md"]
    assert first.parent == tmp_path / "data" / "briefings"
    assert first.name.startswith("briefing-")
    assert first != second


def test_a_feed_saved_to_a_file_is_named_from_the_config_s_folder(tmp_path: Path) -> None:
    """A feed saved from a browser or a mail: ``summarise brief`` sends an .xml file here."""
    base = tmp_path / "desk"
    config = load_config(
        write(
            tmp_path,
            '[[source]]\nfeed = "saved/wire.xml"\n'
            f'[[source]]\nfeed = "{(tmp_path / "other.xml").as_uri()}"\n'
            '[[source]]\nfeed = "https://example.org/rss"\n',
        )
    )

    assert [s.kind for s in config.source] == ["feed"] * 3
    assert [s.feed_file for s in config.source] == [
        base / "saved" / "wire.xml",
        tmp_path / "other.xml",
        None,
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[source]]\nname = "world"\nfeed = "ftp://x/feed"\n',
            "source 'world': feed: 'ftp://x/feed' is neither an http(s) URL nor the path of a "
            "saved feed",
        ),
        (
            '[[source]]\nname = "both"\nfeed = "https://x/f"\nfolder = "a"\n',
            "source 'both': give exactly one of feed, folder or urls (this one has feed and",
        ),
        (
            '[[source]]\nfolder = "a"\nkeywords = ["ok", " "]\n',
            "source 'a': keywords: keywords must not be empty strings",
        ),
        (
            '[[source]]\nfolder = "a"\ncolour = "red"\n',
            "source 'a': unknown key 'colour'; known keys: name, feed, folder, urls,",
        ),
        ('window = "soon"\n[[source]]\nfolder = "a"\n', "window: 'soon' is not a duration"),
        ('window = "9999999999d"\n[[source]]\nfolder = "a"\n', "window: '9999999999d' is longer"),
        ('window = -60\n[[source]]\nfolder = "a"\n', "window: -60 has no unit"),
        ('window = 24\n[[source]]\nfolder = "a"\n', 'window: 24 has no unit; write "24h"'),
        ('window = 1.5\n[[source]]\nfolder = "a"\n', "window: 1.5 has no unit"),
        (
            '[[source]]\nfolder = "a"\nexclude = ["drafts", ""]\n',
            "source 'a': exclude: exclude must not be empty strings",
        ),
        (
            '[[source]]\nfeed = "https://example.org/rss"\nexclude = ["*.xml"]\n',
            "source 'https://example.org/rss': exclude applies to folder sources only",
        ),
        ('formats = ["pdf"]\n[[source]]\nfolder = "a"\n', "formats.0: Input should be 'md'"),
        (
            '[model]\nmodle = "x"\n[[source]]\nfolder = "a"\n',
            "[model]: unknown setting 'modle'; did you mean",
        ),
        ('window = "1d"\n', "no [[source]] tables; add at least one"),
        (
            '[[source]]\nname = "a"\nfolder = "x"\n[[source]]\nname = "a"\nfolder = "y"\n',
            "source names must differ; a is repeated",
        ),
        ("window = \n", "cannot be read as TOML"),
    ],
)
def test_mistakes_are_one_line_naming_file_source_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)

    with pytest.raises(ConfigError) as error:
        load_config(path)

    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_missing_config_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"does not exist: check the path"):
        load_config(tmp_path / "nope.toml")


def test_bad_model_settings_name_the_file_and_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARISE_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    path = write(tmp_path, '[model]\ntemperature = 9\n[[source]]\nfolder = "a"\n')

    with pytest.raises(ConfigError) as error:
        load_config(path).settings()

    assert str(error.value).startswith(f"{path.resolve()}: [model]: Invalid settings: temperature")


@pytest.fixture
def no_machine_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come from the briefing config alone, not this machine's env or config.toml."""
    for name in [n for n in os.environ if n.startswith(("SUMMARISE_", "OPENAI_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARISE_CONFIG", os.devnull)


@pytest.mark.usefixtures("no_machine_settings")
def test_paths_in_the_model_table_are_taken_from_the_config_folder(tmp_path: Path) -> None:
    home = str(Path("~").expanduser())
    path = write(
        tmp_path,
        '[model]\nmodel = "models/q4.GGUF"\ncache_dir = "cache"\ndata_dir = "~/desk-data"\n'
        'base_url = "http://127.0.0.1:8000/v1"\n[[source]]\nfolder = "a"\n',
    )
    named = write(tmp_path / "named", '[model]\nmodel = "qwen2.5:7b"\n[[source]]\nfolder = "a"\n')

    settings = load_config(path).settings()

    base = path.parent.resolve()
    assert settings.model_path == base / "models" / "q4.GGUF"
    assert settings.cache_dir == base / "cache"
    assert settings.data_dir == Path(home) / "desk-data"
    assert settings.base_url == "http://127.0.0.1:8000/v1"
    assert load_config(named).settings().model == "qwen2.5:7b"


@pytest.mark.usefixtures("no_machine_settings")
def test_a_top_level_cache_dir_beats_the_model_tables(tmp_path: Path) -> None:
    path = write(
        tmp_path, 'cache_dir = "top"\n[model]\ncache_dir = "low"\n[[source]]\nfolder = "a"\n'
    )

    assert load_config(path).settings().cache_dir == path.parent.resolve() / "top"


def test_keyword_filter_is_any_of_and_ignores_case(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[[source]]\nfolder = "a"\nkeywords = ["Kyiv", "nato"]\n'))
    source = config.source[0]

    assert source.matches("Talks in KYIV today")
    assert source.matches("the Nato summit")
    assert not source.matches("Weather in Paris")


@pytest.mark.parametrize(
    ("text", "seconds", "spelled"),
    [
        ("30m", 1800, "30m"),
        ("6h", 21600, "6h"),
        ("1d", 86400, "24h"),
        ("1h30m", 5400, "1h30m"),
        ("2 d", 172800, "48h"),
        ("1w", 604800, "7d"),
        ("45s", 45, "45s"),
    ],
)
def test_durations(text: str, seconds: int, spelled: str) -> None:
    duration = parse_duration(text)

    assert duration.total_seconds() == seconds
    assert format_duration(duration) == spelled


@pytest.mark.parametrize("text", ["", "6", "h", "6 hours", "0m", "-1h", "99999999999d", "1" * 400])
def test_bad_durations_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match=r"(e\.g\. 30m, 6h, 1d|positive duration|shorter)"):
        parse_duration(text)
