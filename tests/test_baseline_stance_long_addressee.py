"""A request made as it is spoken reaches its verb across an addressee named at length, with
its place or a second name: "I also ask our OSCE partners to publish …" (suite/check2
p03), "Estonia would ask allies at next month's meeting of NATO defence ministers to make …"
(synthetic6 w11), "I ask Italy and personally its Prime Minister to help …"
(synthetic9 z12). Each is `demand` (CAMEO 10). Not across a question ("ask our colleagues
if they need to …"), and not for a request reported done, which may be an errand given to
one's own officials. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, the first person, "also", the addressee's organisation after it
        (
            'President Alexander Stubb said: "I also ask our partners in the European Union to '
            'adopt the new sanctions package this week."',
            [("Alexander Stubb", "demand")],
        ),
        # (b) reported, a country as the asker, "would ask", the occasion after the addressee
        (
            "Foreign Minister Gabrielius Landsbergis said Lithuania would ask allies at the "
            "NATO summit in Madrid to station a brigade on its territory.",
            [("Gabrielius Landsbergis", "demand")],
        ),
        # (c) a country and a person, joined by "and personally"
        (
            '"I ask Turkey and personally President Recep Tayyip Erdogan to help us open a '
            'corridor from Mariupol," President Volodymyr Zelenskyy said.',
            [("Volodymyr Zelenskyy", "demand")],
        ),
        # (d) reported, the state named after a verb of saying, "asks", the addressee's
        # union after it
        (
            "Prime Minister Kaja Kallas said Estonia asks its partners in the European Union to "
            "agree the sanctions package before any attack on Ukraine.",
            [("Estonia", "demand")],
        ),
    ],
)
def test_a_request_reaches_its_verb_across_a_long_addressee(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A question opens between the addressee and "to": a question put, nothing asked.
        'Chancellor Olaf Scholz said: "I ask the leaders of the G7 if they want to talk about '
        'Ukraine."',
        'President Emmanuel Macron said: "I will ask President Putin tomorrow whether he is '
        'ready to withdraw his troops from the border."',
        # A request reported done, to one's own officials: an errand, no demand.
        'President Joe Biden said: "I have asked Secretary Austin and General Milley to keep '
        'me updated every day."',
    ],
)
def test_no_request_across_a_question_or_an_errand(text: str) -> None:
    """Look-alikes: the long reach stops at a question and is only for a request made now."""
    assert "demand" not in [stance for _, stance in held_stances(text)]
