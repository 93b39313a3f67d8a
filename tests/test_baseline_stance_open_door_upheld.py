"""The alliance's open door upheld is support of that policy, as a party's sovereignty upheld
is support of the party: "the principles we will not give up, NATO's open door among them"
(synthetic5 v02), "commitment to open door policy" (dev 46). One's own door kept open
("NATO will maintain its Open Door", dev 25) is a commitment. Four surroundings, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a briefing, a principle not given up, a possessive
        (
            'Press Secretary Jen Psaki said: "The letter makes clear the principles we will not '
            "give up, including NATO's open door.\"",
            [("Jen Psaki", "support")],
        ),
        # (b) a quotation first, "committed to", hyphenated "open-door policy"
        (
            '"Germany remains committed to NATO\'s open-door policy," Chancellor Olaf Scholz said.',
            [("Olaf Scholz", "support")],
        ),
        # (c) a readout in a document's voice, "reaffirmed … commitment to"
        (
            "Prime Minister Magdalena Andersson reaffirmed Sweden's commitment to the "
            "Alliance's open door.",
            [("Magdalena Andersson", "support")],
        ),
        # (d) a minister, "will defend", no determiner
        (
            'Foreign Minister Ann Linde said: "We will not give up the open door of the Alliance."',
            [("Ann Linde", "support")],
        ),
    ],
)
def test_the_open_door_upheld_is_support(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Secretary General Jens Stoltenberg said: "NATO will maintain its Open Door to those '
        'European states who share our values."',
    ],
)
def test_ones_own_open_door_kept_is_a_commitment(text: str) -> None:
    """Look-alike: the alliance's own door ("its") kept open is what it undertakes."""
    assert [stance for _, stance in held_stances(text)] == ["commit"]
