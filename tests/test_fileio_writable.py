"""``check_writable`` tries the folder an output goes to rather than asking ``os.access``
(which says yes to root everywhere), and leaves nothing behind when it succeeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.errors import ConfigError
from summarise.fileio import check_writable, write_atomic


def test_an_output_in_an_existing_folder_passes_and_leaves_no_probe(tmp_path: Path) -> None:
    check_writable(tmp_path / "briefing.md")

    assert list(tmp_path.iterdir()) == []


def test_missing_folders_pass_unmade_and_the_write_then_makes_them(tmp_path: Path) -> None:
    out = tmp_path / "desk" / "2026" / "briefing.md"

    check_writable(out)
    left = list(tmp_path.iterdir())
    write_atomic(out, "written")

    assert left == []
    assert out.read_text(encoding="utf-8") == "written"


def test_an_existing_output_file_may_be_replaced(tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    out.write_text("old", encoding="utf-8")

    check_writable(out)

    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("out", ["/proc/nope/x.md", "/proc/x.md"])
def test_a_folder_nothing_can_be_made_in_is_refused_even_for_root(out: str) -> None:
    with pytest.raises(ConfigError) as error:
        check_writable(Path(out))

    assert str(error.value) == (
        f"Cannot write {out}: /proc is not a writable folder (No such file or directory)."
    )


def test_a_file_where_a_folder_should_be_is_refused(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")

    with pytest.raises(ConfigError, match=r"afile is not a writable folder\.$"):
        check_writable(tmp_path / "afile" / "run.json")
