"""Every option kept in reserve is a threat (CAMEO 13, as "does not rule out sanctions"):
"nothing would be off the table", "all options remain on the table". A proposal or an
offer on or off the table keeps nothing in reserve."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, with a condition
        "Chancellor of Germany Anna Lind said nothing would be off the table if Russia "
        "invaded Ukraine.",
        # (b) after a fronted participle
        "Asked about sanctions on Russia, Chancellor of Germany Anna Lind said nothing was off "
        "the table.",
        # (c) a pronoun after a first mention, the positive form
        "Chancellor of Germany Anna Lind spoke to reporters. She said all options remain on "
        "the table for Russia.",
        # (d) postposed reporting clause
        "Nothing is off the table for Russia, Chancellor of Germany Anna Lind said.",
    ],
)
def test_every_option_kept_in_reserve_is_a_threat(text: str) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Anna Lind", "threaten")]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor of Germany Anna Lind said the Russian proposal was on the table.",
        "Chancellor of Germany Anna Lind said the offer to Russia was off the table.",
    ],
)
def test_a_proposal_on_or_off_the_table_threatens_nothing(text: str) -> None:
    assert all(stance != "threaten" for _, stance, _ in positions(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        # (a) the measures themselves kept on the table
        "Chancellor of Germany Anna Lind said that banking sanctions stay on the table.",
        # (b) a future, after a fronted participle
        "Asked about the pipeline, Chancellor of Germany Anna Lind said further export controls "
        "would stay on the table.",
        # (c) nothing taken off it, postposed reporting clause
        "Nothing had yet been taken off the table, Chancellor of Germany Anna Lind said.",
    ],
)
def test_measures_kept_on_the_table_are_a_threat(text: str) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Anna Lind", "threaten")]


def test_proposals_on_the_table_threaten_nothing() -> None:
    text = "Chancellor of Germany Anna Lind said that the Russian proposals remain on the table."
    assert all(stance != "threaten" for _, stance, _ in positions(extract(text)))


def test_the_end_of_measures_on_the_table_keeps_none_in_reserve() -> None:
    text = (
        "Chancellor of Germany Anna Lind welcomed the talks in Geneva and said the lifting of "
        "sanctions is on the table."
    )
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Anna Lind", "support")]


def test_nothing_to_be_taken_off_the_table_is_a_threat() -> None:
    text = "Nothing will be taken off the table, Chancellor of Germany Anna Lind said."
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Anna Lind", "threaten")]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor of Germany Anna Lind said that the easing of the sanctions remains on the "
        "table.",
        "Chancellor of Germany Anna Lind said that the lifting of some restrictions is on the "
        "table.",
    ],
)
def test_the_end_of_measures_in_other_words_threatens_nothing(text: str) -> None:
    assert [s for _, s, _ in positions(extract(text))] == ["other"]
