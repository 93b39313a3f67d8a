"""A purpose adjunct ("in order to", "so as to", "intended to", "designed to", "with the aim
of", "with a view to") says what an act is for, as a stated reason says why: its cue is no
stance of the holder's, and the clause's own cue decides ("a provocation intended to
justify …" accuses, where "intended to" read as an intent made it a pledge). Invented
sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

_CLAIM = (
    "Western reports of a Polish offensive are a provocation intended to justify new deployments"
)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) plain
        (f"Polish President Adam Lis said that {_CLAIM}.", "Adam Lis"),
        # (b) after a fronted adverbial
        (f"On Monday, Polish President Adam Lis said that {_CLAIM}.", "Adam Lis"),
        # (c) a ministry
        (f"The Polish Foreign Ministry said that {_CLAIM}.", "Polish government"),
        # (d) a quotation with a postposed "…, X said"
        (f"\u201c{_CLAIM},\u201d Polish President Adam Lis said.", "Adam Lis"),
    ],
)
def test_the_clause_not_its_purpose_decides(text: str, holder: str) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == [(holder, "accuse")]


def test_a_cue_of_the_purpose_alone_is_no_stance() -> None:
    # What the troops are moved for is no support of the speaker's (support without the
    # purpose adjunct).
    draft = extract(
        "Polish President Adam Lis said that Russia is moving troops in order to support the "
        "separatists."
    )
    assert "support" not in [s for _, s, _ in positions(draft)]
