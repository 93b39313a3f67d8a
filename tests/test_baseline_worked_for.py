"""Working with partners is how a pledge is kept, not what it pledges: "will work with our
Allies and partners to impose heavy costs on Russia" is about the costs, and the item
states what the work is for (``topic_bounds.worked_for``), while merging compares the topic
as cut. In four surroundings (publisher, party, way of naming the holder, sentence shape),
with look-alikes: a preposition after the partners opens a phrase with its own "to"
("with Congress on a package to support Ukraine"), and a "to" after the clause's end.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, stance_topic_pairs

_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House briefing: "continue to work with", two partners
        (
            "MS. PSAKI: We also continue to work with NATO members to impose "
            "heavy costs on Russia.",
            _BRIEFING,
            WHITE_HOUSE,
            ("commit", "impose heavy costs on Russia"),
        ),
        # (b) a joint statement: an institution as the holder, named in full
        (
            "The European Commission will work with the Member States to accelerate the "
            "refilling of gas storage.",
            "Joint Statement by the United States and the European Commission",
            WHITE_HOUSE,
            ("commit", "accelerate the refilling of gas storage"),
        ),
        # (c) a list of partners with commas
        (
            "MS. PSAKI: The United States will work with Ukrainian authorities, the OSCE and "
            "other partners to document these atrocities.",
            _BRIEFING,
            WHITE_HOUSE,
            ("commit", "document these atrocities"),
        ),
        # (d) a Kyiv readout, reported, "closely"
        (
            "Volodymyr Zelenskyy said that Ukraine will work closely with its partners to "
            "strengthen the sanctions.",
            "Address by the President of Ukraine",
            KYIV,
            ("commit", "strengthen the sanctions"),
        ),
    ],
)
def test_working_with_partners_is_about_what_it_is_for(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a preposition after the partners: the package's "to", not the work's
        (
            "MS. PSAKI: We will work with Congress on a package to support Ukraine.",
            ("commit", "Congress on a package to support Ukraine"),
        ),
        # a "to" after the clause's end
        (
            "MS. PSAKI: We will work with our Allies and partners; to do otherwise would weaken "
            "deterrence.",
            ("commit", "Allies and partners"),
        ),
    ],
)
def test_a_to_that_is_not_the_works_purpose_changes_nothing(
    text: str, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, _BRIEFING, WHITE_HOUSE) == [item]
