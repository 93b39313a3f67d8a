"""A briefing of 500 articles as an analyst makes one: time, memory and how long it reads.

It prints figures, it is no test. The articles are the open sets' own (seeds, dev, the
open synthetic sets, the suite's open parts; never a held-out set), copied into one folder
under new names until there are ``--articles`` of them; a second copy of an article gets its
publication date moved on by a few days, so it is another article that says the same
things (as a second outlet's story does), not a duplicate. Then, each under
``/usr/bin/time -v`` with an empty cache:

- ``summarise brief FOLDER`` in Markdown and in JSON;
- ``summarise run`` on a config with that folder as its only source, then again with
  nothing new (the cache and the store at work).

For each: seconds, peak memory (max RSS), and for the Markdown briefing its bytes, lines and
lines per section, which say whether a reader can use it.

    python benchmarks/briefing_scale.py [--articles 500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from open_sets import open_folders

ROOT = Path(__file__).resolve().parent.parent
_PUBLISHED = re.compile(r"^published:\s*(\S+)\s*$", re.MULTILINE)


def open_articles() -> list[Path]:
    found: list[Path] = []
    for folder in open_folders():
        found.extend(sorted(p for p in (ROOT / folder).iterdir() if p.suffix in {".md", ".txt"}))
    return found


def _moved_on(text: str, days: int) -> str:
    """The article published ``days`` later: its front matter's date moved (or a front
    matter with a date given to a plain text), and a line of its own at its end, since an
    article is known by its text and the same text twice is read once."""
    text += f"\n\nThis copy was filed {days} days later.\n"
    found = _PUBLISHED.search(text)
    if found is None:
        day = dt.date(2022, 2, 1) + dt.timedelta(days=days)
        return f"---\npublished: {day.isoformat()}\n---\n\n{text}"
    try:
        day = dt.date.fromisoformat(found.group(1).strip("\"'")) + dt.timedelta(days=days)
    except ValueError:
        return text
    return text[: found.start(1)] + day.isoformat() + text[found.end(1) :]


def make_corpus(folder: Path, count: int) -> int:
    sources = open_articles()
    made = 0
    copy = 0
    while made < count:
        for path in sources:
            if made == count:
                break
            text = path.read_text(encoding="utf-8")
            if copy:
                text = _moved_on(text, 3 * copy)
            name = f"a{made:04d}_{path.parent.parent.name}_{path.stem}{path.suffix}"
            (folder / name).write_text(text, encoding="utf-8")
            made += 1
        copy += 1
    return made


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, int]:
    """Wall seconds, max RSS in MB and exit code of ``command`` under /usr/bin/time -v."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    seconds = 0.0
    if wall:
        hours, minutes, secs = wall.groups()
        seconds = int(hours or 0) * 3600 + int(minutes) * 60 + float(secs)
    return seconds, int(rss.group(1)) // 1024 if rss else 0, done.returncode


def sections(markdown: str) -> Counter[str]:
    """Lines per ``##`` section of a Markdown briefing."""
    counts: Counter[str] = Counter()
    current = "(top)"
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:]
        counts[current] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="Work here and keep it (default: a temp dir)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    folder = work / "articles"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    print(f"{make_corpus(folder, args.articles)} articles in {folder}")
    env = {
        "PATH": str(Path(shutil.which("summarise") or "summarise").parent) + ":/usr/bin:/bin",
        "HOME": str(work / "home"),
        "SUMMARISE_CACHE_DIR": str(work / "cache"),
    }
    shutil.rmtree(work / "cache", ignore_errors=True)
    (work / "config").mkdir(exist_ok=True)
    (work / "config" / "briefing.toml").write_text(
        f'window = "3650d"\noutput = "out"\nformats = ["md"]\nstate_dir = "state"\n'
        f'cache_dir = "{work / "cache-run"}"\n\n[[source]]\nfolder = "{folder}"\n',
        encoding="utf-8",
    )
    shutil.rmtree(work / "cache-run", ignore_errors=True)
    shutil.rmtree(work / "config" / "state", ignore_errors=True)
    runs = [
        ("brief md (cold cache)", ["summarise", "brief", str(folder), "--out", "b.md"]),
        ("brief md (warm cache)", ["summarise", "brief", str(folder), "--out", "b.md"]),
        ("brief json (warm)", ["summarise", "brief", str(folder), "--out", "b.json"]),
        ("run (cold cache)", ["summarise", "run", "config/briefing.toml"]),
        ("run (nothing new)", ["summarise", "run", "config/briefing.toml"]),
        ("run --force (re-render)", ["summarise", "run", "config/briefing.toml", "--force"]),
    ]
    print(f"{'command':28s} {'seconds':>8s} {'max RSS MB':>10s} {'exit':>4s}")
    for label, command in runs:
        seconds, rss, code = timed(command, work, env)
        print(f"{label:28s} {seconds:8.1f} {rss:10d} {code:4d}")
    markdown = (work / "b.md").read_text(encoding="utf-8")
    print(
        f"\nMarkdown briefing: {len(markdown.encode()):,} bytes, "
        f"{len(markdown.splitlines()):,} lines; JSON {(work / 'b.json').stat().st_size:,} bytes"
    )
    for name, lines in sections(markdown).items():
        print(f"  {name:40s} {lines:6d} lines")
    if args.keep is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
