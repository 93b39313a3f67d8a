"""A speaker's short remark whose stance word takes a demonstrative standing for their own
sentence before ("Moscow says its battalions have left. We have not seen that.") is about
what that sentence names: a position, with that sentence's proposition as its topic. A
referent carried across sentences, as "he" is for a person."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_ADDRESS = "Address by the President of Ukraine"
_REMARKS = "Remarks by President Reed on Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "stance"),
    [
        # (a) plain, in a statement's own voice
        (
            "Moscow claims that its battalions have left the Belarusian border. "
            "We have not seen that.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "deny",
        ),
        # (a) the demonstrative as the subject of a judgement
        (
            "Moscow claims that its battalions have left the Belarusian border. This is a lie.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "deny",
        ),
        # (b) after a fronted phrase, in a transcript turn
        (
            "PRESIDENT REED: The Kremlin says its tank units are returning to their bases. "
            "So far, we have not seen that.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
            "deny",
        ),
        # (b) a fronted adverb before the judgement
        (
            "PRESIDENT REED: The Kremlin says the drills near Ukraine are over. "
            "Frankly, this is pure propaganda.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
            "accuse",
        ),
        # (c) the speaker a minister named by surname after a first mention, a pledge
        (
            "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
            '"Every bridge the Russian army destroyed will be rebuilt. I promise you that," '
            "Kowal said.",
            None,
            None,
            "Jan Kowal",
            "commit",
        ),
        # (d) a postposed reporting clause with a pronoun, a time word after the
        # demonstrative
        (
            "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
            '"Russian units in Belarus could threaten Kyiv. We do not see that now," he said.',
            None,
            None,
            "Jan Kowal",
            "deny",
        ),
    ],
)
def test_a_demonstrative_pointing_back_makes_the_remark_a_position(
    text: str, title: str | None, source: str | None, holder: str, stance: str
) -> None:
    found = [(h, s) for h, s, _ in positions(extract(text, title, source))]
    assert (holder, stance) in found


def test_the_topic_is_what_the_sentence_before_says_not_its_saying() -> None:
    found = positions(
        extract(
            "Moscow claims that its battalions have left the Belarusian border. "
            "We have not seen that.",
            _ADDRESS,
            KYIV,
        )
    )
    assert ("President of Ukraine", "deny", "battalions have left the Belarusian border") in found


def test_a_demonstrative_with_nothing_of_war_and_peace_before_it_holds_nothing() -> None:
    draft = extract(
        "PRESIDENT REED: The hall in Geneva was very cold this morning. We have not seen that.",
        _REMARKS,
        WHITE_HOUSE,
    )
    assert positions(draft) == []


def test_across_a_change_of_speaker_the_demonstrative_answers_a_proposal() -> None:
    """What the other speaker proposed (here a meeting, the contact's) is not what the
    remark says."""
    draft = extract(
        "PRESIDENT REED: Welcome, President Ilham Aliyev of Azerbaijan. I propose that our "
        "governments hold the next round of talks on trade in Tashkent.\n\n"
        "PRESIDENT ALIYEV: We support this.",
        "Remarks by President Reed and President Aliyev of Azerbaijan",
        WHITE_HOUSE,
    )
    assert [h for h, _, _ in positions(draft) if h.endswith("Aliyev")] == []


def test_a_demonstrative_before_a_second_clause_belongs_with_that_clause() -> None:
    draft = extract(
        "PRESIDENT REED: The Kremlin says its troops have left Belarus. This is the right "
        "decision, and the talks should go on.",
        _REMARKS,
        WHITE_HOUSE,
    )
    assert "support" not in [s for h, s, _ in positions(draft) if h == "Reed"]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "stance"),
    [
        # (a) a demonstrative with its noun as the subject, after a fronted phrase
        (
            "Russian forces have moved new missile batteries to the Belarusian border. "
            "In our view, these steps are plainly provocative.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "accuse",
        ),
        # (b) a transcript turn, a demonstrative with its noun as the object
        (
            "PRESIDENT REED: Russia has moved its Iskander launchers closer to Lithuania. "
            "We cannot accept these moves.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
            "oppose",
        ),
        # (c) a quotation, "them" for the people the sentence before named
        (
            "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
            '"Thousands of Ukrainians in occupied Kherson need our help. We will not abandon'
            ' them," Kowal said.',
            None,
            None,
            "Jan Kowal",
            "commit",
        ),
        # (d) a Kremlin transcript, a verb of judging with "these" and its noun
        (
            "SERGEI ORLOV: The NATO countries have sent new weapons to Ukraine. "
            "We condemn these deliveries.",
            "Meeting with Foreign Minister Sergei Orlov",
            KREMLIN,
            "Sergei Orlov",
            "accuse",
        ),
    ],
)
def test_a_demonstrative_with_its_noun_or_them_points_back_too(
    text: str, title: str | None, source: str | None, holder: str, stance: str
) -> None:
    found = [(h, s) for h, s, _ in positions(extract(text, title, source))]
    assert (holder, stance) in found


def test_a_demonstrative_subject_before_a_semicolon_clause_does_not_point_back() -> None:
    # The clause after the semicolon says what the demonstrative stands for ("they violate
    # …"): its own position holds it, and the first clause makes no second one.
    text = (
        "Russian forces have moved new missile batteries to the Belarusian border. "
        "These restrictions are illegitimate; they violate the Minsk agreements."
    )
    assert [s for _, s, _ in positions(extract(text, _ADDRESS, KYIV))] == ["accuse"]
