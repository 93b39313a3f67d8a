"""Words said before, named by a demonstrative noun as a remark's subject ("These claims are
false, and …") or by a pronoun standing for them in a later clause ("We have looked at
these claims, and they do not hold up …"): the remark is about what the sentence before
reported, whatever the sentence goes on to say. Beside each, the look-alikes that stay
out. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_ADDRESS = "Address by the President of Ukraine"
_REMARKS = "Remarks by President Reed on Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a statement's own voice, the noun as subject, a second clause after it
        (
            "We have seen reports in the Belarusian press alleging that Ukraine is massing "
            "troops near Gomel. These reports are false, and they serve only to frighten "
            "the people of Belarus.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
        # (b) a transcript turn, the pronoun in the second clause, another holder's words
        (
            "PRESIDENT REED: The Kremlin claimed yesterday that its tank units had left the "
            "border of Lithuania. We have studied these claims closely, and they are not "
            "borne out by what we observe.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
        # (c) a quotation, "such" and a modifier before the noun, a clause after it
        (
            "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
            '"Moscow says that Polish units are preparing to enter Belarus. Such absurd '
            'allegations are false, and everyone in Minsk knows it," Kowal said.',
            None,
            None,
            "Jan Kowal",
        ),
        # (d) a Kremlin transcript, "it" for a single report
        (
            "SERGEI ORLOV: Western newspapers have reported that our troops are moving toward "
            "Moldova. We have examined this report, but it is simply false.",
            "Meeting with Foreign Minister Sergei Orlov",
            KREMLIN,
            "Sergei Orlov",
        ),
    ],
)
def test_said_words_named_as_the_subject_point_back_at_the_report_before(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    found = [(h, s) for h, s, _ in positions(extract(text, title, source))]
    assert (holder, "deny") in found


def test_the_speakers_own_sentence_before_is_not_the_talk_denied() -> None:
    # "Such talk" is what others said, not the speaker's own denial before it: with no
    # report before and no question, the remark names nothing. (The denial itself, "we
    # have never planned any offensive", is the speaker's own item, with its own quote.)
    text = (
        "PRESIDENT REED: We have never planned any offensive near Lithuania. "
        "Such talk is simply false."
    )
    quotes = [e.quote for p in extract(text, _REMARKS, WHITE_HOUSE).positions for e in p.evidence]
    assert not any("Such talk" in q for q in quotes)


def test_a_pronoun_after_a_noun_of_no_words_does_not_point_back() -> None:
    text = (
        "PRESIDENT REED: The Kremlin claimed yesterday that its tank units had left the "
        "border of Lithuania. We have studied the satellite images, and they are not borne "
        "out by what we see."
    )
    assert [s for h, s, _ in positions(extract(text, _REMARKS, WHITE_HOUSE)) if h == "Reed"] == []
