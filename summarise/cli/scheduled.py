"""``summarise run`` and ``summarise schedule``: scheduled, incremental briefings.

Scheduled runs are imported on use: feed parsing costs every other command start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from summarise.cli.progress import progress, stderr
from summarise.errors import SummariseError
from summarise.exit_codes import EXIT_OK
from summarise.interrupts import settle

if TYPE_CHECKING:
    from summarise.scheduled import RunRecord, StopRequest


def _scheduled_run(
    config_path: Path, force: bool, on_settled: Callable[[], None] | None = None
) -> RunRecord:
    """A bar on a terminal; in cron mail and journals only the summary, failures included.

    Scheduled runs are imported on use: feed parsing costs every other command start-up.
    """
    from summarise.scheduled import run_briefing, summary_lines

    record = run_briefing(
        config_path,
        force=force,
        progress=progress if stderr.is_terminal else None,
        on_settled=on_settled,
    )
    for line in summary_lines(record):
        stderr.print(line, markup=False)
    return record


@click.command("run")
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Write a briefing even when nothing is new.")
@click.option(
    "--check",
    is_flag=True,
    help="Check the config and read its sources, briefing nothing and changing no state.",
)
def run_command(config_path: Path, force: bool, check: bool) -> None:
    """Run a scheduled briefing once (CONFIG: a briefing.toml): new articles only.

    Exit 0 when done, 1 when a source or article failed anew or another run holds the
    lock, 2 for a configuration error. A file failing as it failed before, unchanged, is
    named again but does not fail the run. With --check: 0 when every source could be read
    whole, 1 when one could not, 2 for a configuration error; nothing is extracted.
    """
    if check:
        if force:
            raise click.UsageError("--check briefs nothing: it cannot be forced.")
        from summarise.scheduled.check import check_briefing

        report = check_briefing(config_path)
        for line in report.lines:
            click.echo(line)
        sys.exit(report.exit_code)
    # Once the run has decided its exit code, a signal can no longer change it: the
    # process exits with the code the run log says.
    record = _scheduled_run(config_path, force, on_settled=settle)
    sys.exit(record.exit_code)


@click.command()
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
@click.option("--every", required=True, metavar="DURATION", help="Time between runs: 30m, 6h, 1d.")
def schedule(config_path: Path, every: str) -> None:
    """Run a scheduled briefing now and then every DURATION, until Ctrl-C or SIGTERM."""
    from summarise.scheduled import run_every, stop_on_signals
    from summarise.scheduled.durations import parse_duration
    from summarise.scheduled.sources import load_config

    try:
        interval = parse_duration(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    load_config(config_path).settings()

    def once() -> None:
        try:
            # A second signal abandons the run only while its outcome is open; once it is
            # logged, a signal stops the schedule after it, as one between runs does.
            _scheduled_run(config_path, force=False, on_settled=stop.settled)
        except SummariseError as exc:
            stderr.print(f"error: {exc}", markup=False)

    def waiting(when: datetime) -> None:
        stderr.print(f"Next run at {when:%Y-%m-%d %H:%M:%S} UTC.", markup=False)

    def signalled(stop: StopRequest) -> None:
        if stop.running and stop.signals == 0:
            stderr.print("Stopping after this run; signal again to abandon it.", markup=False)

    with stop_on_signals(signalled) as stop:
        run_every(interval, once, stop, on_wait=waiting)
    stderr.print("Stopped.", markup=False)
    sys.exit(EXIT_OK)
