"""A modal before the speaker's own verb of saying frames the remark ("I must say that …",
"So far, I must say, …", "I have to say"): a saying, no obligation put on anyone, so the
stance of what is said decides. Another party's "must admit" is still asked of it.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain, a quotation with a postposed "…, X said"
        (
            '"I must say that the new sanctions are illegitimate," Foreign Minister Ivan Petrov '
            "said.",
            [("Ivan Petrov", "oppose")],
        ),
        # (b) after a fronted adverbial, the quotation after the verb
        (
            'On Friday, Foreign Minister Ivan Petrov said: "I must say that the new sanctions '
            'are illegitimate."',
            [("Ivan Petrov", "oppose")],
        ),
        # (c) a pronoun after a first mention, the frame as a parenthesis
        (
            'Foreign Minister Ivan Petrov spoke in Moscow. "So far, I must say, the replies we '
            'have received from NATO are evasive," he said.',
            [("Ivan Petrov", "accuse")],
        ),
        # (d) one clause of two, and the other modal
        (
            '"I have to say that we welcome the talks, and we will send a delegation," Foreign '
            "Minister Ivan Petrov said.",
            [("Ivan Petrov", "support")],
        ),
    ],
)
def test_a_modal_framing_ones_own_saying_is_no_obligation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_another_partys_must_admit_is_still_asked_of_it() -> None:
    text = (
        '"Kyiv must admit that the shelling of Donetsk continues," Foreign Minister Ivan '
        "Petrov said."
    )
    assert held_stances(text) == [("Ivan Petrov", "demand")]
