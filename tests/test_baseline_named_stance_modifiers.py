"""Another party's voiced stance named with its possessor keeps its holder when a modifier
or two stand before the noun: "thanked his counterpart for Turkey's steady support for
…", "rejected Moscow's latest ultimatum that …" (``stances_named``). The speaker's own
side's stance, so named, is already the clause's."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, positions

_REED_CALL = "Readout of President Reed's Call with Chancellor Lind of Austria"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a readout of Kyiv's, thanks for one adjective's support
        (
            "Volodymyr Zelenskyy thanked his counterpart for Turkey's steady support for "
            "Ukraine's independence and territorial integrity.",
            "Volodymyr Zelenskyy had a phone conversation with President of Turkey Recep "
            "Tayyip Erdogan",
            KYIV,
            ("Turkey", "support"),
        ),
        # (b) the White House's readout, two modifiers
        (
            "President Reed thanked Chancellor Lind for Austria's generous humanitarian "
            "support for Ukrainian refugees.",
            _REED_CALL,
            WHITE_HOUSE,
            ("Austria", "support"),
        ),
        # (c) a transcript turn, the party named by its capital, a demand rejected
        (
            "PRESIDENT REED: We reject Moscow's latest ultimatum that Ukraine must never join "
            "NATO.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Russia", "demand"),
        ),
        # (d) a news report, praise as the verb
        (
            "Foreign Minister Ida Lund of Sweden praised Poland's steadfast political support "
            "for Ukraine's membership of the European Union.",
            None,
            None,
            ("Poland", "support"),
        ),
    ],
)
def test_a_modified_stance_noun_is_its_possessors_position(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert expected in [(h, s) for h, s, _ in positions(extract(text, title, source))]


def test_the_speakers_own_side_named_so_is_no_second_item() -> None:
    text = "President Reed thanked Congress for America's steadfast bipartisan support for Ukraine."
    found = [h for h, _, _ in positions(extract(text, _REED_CALL, WHITE_HOUSE))]
    assert "United States" not in found
