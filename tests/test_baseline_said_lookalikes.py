"""A verb of saying alone that reports talk between parties, or the procedure of announcing,
holds no view (``said_lookalikes``; the round-20 census of documents at 0,
``evals/suite/census/rules22-zero-documents.md``). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) Kremlin, two capitals, "said that", a channel kept
        (
            "Spokesman Ivan Orlov said that Moscow and Ankara maintained a regular dialogue "
            "through diplomatic channels.",
            KREMLIN,
        ),
        # (b) White House, officials of both sides, the saying after what was said
        (
            "The national security advisers of the two leaders have spoken several times this "
            "month, Press Secretary Dana Holt added.",
            WHITE_HOUSE,
        ),
        # (c) news, a minister named with her state's adjective, positions coordinated
        (
            "Finnish Foreign Minister Anna Berg said that Finland and Sweden had coordinated "
            "their positions ahead of the summit.",
            None,
        ),
        # (d) Kyiv, a body as the sayer, contact kept since an occasion
        (
            "Kyiv and Warsaw have remained in close contact since the summit, the Office of the "
            "President said.",
            KYIV,
        ),
        # (e) news, a spokeswoman, talk told with no "with"
        (
            "Spokeswoman Maria Lind said that the foreign ministers of the two countries have "
            "talked repeatedly.",
            None,
        ),
    ],
)
def test_talk_between_parties_reported_by_a_verb_of_saying_is_no_position(
    text: str, source: str | None
) -> None:
    assert positions(extract(text, "Statement", source)) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) White House, after declining to preview: who will announce
        (
            "Press Secretary Dana Holt declined to preview the schedule. She said that any "
            "announcement would come from the White House itself.",
            WHITE_HOUSE,
        ),
        # (b) Kremlin, on whose decision the timing depends
        (
            "Spokesman Ivan Orlov declined to comment. He said the timing of any decisions "
            "would depend on the President's judgement and decision.",
            KREMLIN,
        ),
        # (c) a body as the sayer, the usual manner
        (
            "The Kremlin said that all decisions will be announced in the usual way.",
            KREMLIN,
        ),
        # (d) news, another state's spokesman, no "that", later
        (
            "German government spokesman Jens Hartmann said further announcements would be made "
            "later.",
            None,
        ),
    ],
)
def test_the_procedure_of_announcing_is_no_position(text: str, source: str | None) -> None:
    assert positions(extract(text, "Statement", source)) == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # an announcement named by its content: its dependence is a view
        (
            "Spokesman Ivan Orlov said that the announcement of the new package would depend on "
            "the Duma.",
            "announcement of the new package would depend on the Duma",
        ),
        # a decision taken, not one to be announced
        (
            "Spokesman Ivan Orlov said that Russia had taken its decision long ago.",
            "Russia had taken its decision long ago",
        ),
        # a channel's state, not a channel kept
        (
            "Spokesman Ivan Orlov said that the channels to Kyiv were closed.",
            "channels to Kyiv were closed",
        ),
        # a dialogue judged, not one maintained
        (
            "Spokesman Ivan Orlov said that the dialogue with Washington had produced nothing.",
            "dialogue with Washington had produced nothing",
        ),
    ],
)
def test_a_saying_about_announcements_or_channels_that_is_not_the_lookalike_stays(
    text: str, topic: str
) -> None:
    """Look-alikes: the words of announcing or of channels, in a clause that says more."""
    assert positions(extract(text, "Statement", KREMLIN)) == [("Russia", "other", topic)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) Kremlin, a spokesman by his title, "nothing to add"
        (
            "Presidential spokesman Pavel Sokol declined to comment on the reports. He said he "
            "had nothing to add.",
            KREMLIN,
        ),
        # (b) White House, the details of a trip to come
        (
            "Press Secretary Dana Holt declined to comment. She said the details of the trip "
            "would be announced later.",
            WHITE_HOUSE,
        ),
        # (c) news, another state's spokesman after his government, "would not comment"
        (
            "German government spokesman Jens Hartmann would not comment on the report. He said "
            "it was too early to talk about the dates.",
            None,
        ),
        # (d) Kyiv, an adviser who "refrained from commenting"
        (
            "Presidential adviser Mykola Bondar refrained from commenting on the rumours. He said "
            "that the President would address the nation later.",
            KYIV,
        ),
    ],
)
def test_a_saying_alone_after_declining_to_comment_is_no_position(
    text: str, source: str | None
) -> None:
    assert positions(extract(text, "Statement", source)) == []


def test_another_partys_saying_after_a_spokesman_declined_stays() -> None:
    """Look-alike: the one who declined is not the one who speaks next."""
    text = (
        "Spokesman Ivan Orlov declined to comment on the report. Finnish Foreign Minister Anna "
        "Berg said that the talks had been long."
    )
    assert positions(extract(text, "Statement")) == [("Anna Berg", "other", "talks had been long")]


def test_a_stance_after_declining_to_comment_stays() -> None:
    """Look-alike: a stance word says more than the deflection."""
    text = (
        "Spokesman Ivan Orlov declined to comment on the report. He said that Russia condemned "
        "the shelling of Belgorod."
    )
    assert positions(extract(text, "Statement", KREMLIN)) == [
        ("Russia", "accuse", "shelling of Belgorod")
    ]
