"""One's own plan to meet named by a contact whose mode holds its article ("will hold a call
with …": "call" alone is mostly the verb, so the mode is "a call") or by a contact after
one modifier ("will hold a bilateral meeting with …"): the contact item holds the plan (the
guide: a plan to meet is a contact's status, `planned`), and it is no position. Beside each,
the look-alike that stays a position. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "title", "source", "contact"),
    [
        # (a) a readout's own voice, a president named with his title
        (
            "President Reed will hold a call with President Kral of Slovakia tomorrow to share "
            "the results of today's meeting.",
            "Readout of President Reed's Call with European Leaders",
            WHITE_HOUSE,
            ("phone_call", "planned"),
        ),
        # (b) another publisher, an office for the person, a time word first
        (
            "Later this week the President of Ukraine will hold a call with Moldovan President "
            "Ana Rusu.",
            "News of the Office of the President",
            KYIV,
            ("phone_call", "planned"),
        ),
        # (c) a news text, a modifier between the article and the meeting
        (
            "Slovak President Ivan Kral will hold a bilateral meeting with Lithuanian President "
            "Marta Vaitkus on Saturday in Vilnius.",
            None,
            None,
            ("meeting", "planned"),
        ),
        # (d) a first person in a statement, a modifier before a telephone conversation
        (
            "Tomorrow I will hold a separate telephone conversation with President Kral of "
            "Slovakia.",
            "Statement by President Orlov",
            KREMLIN,
            ("phone_call", "planned"),
        ),
    ],
)
def test_ones_own_call_or_meeting_with_its_article_or_a_modifier_is_the_contact(
    text: str, title: str | None, source: str | None, contact: tuple[str, str]
) -> None:
    draft = extract(text, title, source)
    assert positions(draft) == []
    assert [(c.mode, c.status) for c in draft.diplomatic_contacts] == [contact]


@pytest.mark.parametrize(
    "sentence",
    [
        # A pledge whose object is no contact: "a news conference" names nobody met.
        "Slovak President Ivan Kral will hold a news conference on Saturday in Bratislava.",
        # A modifier in capitals is a name, not a modifier of the meeting.
        "Slovak President Ivan Kral will hold a Bratislava meeting with Lithuanian President "
        "Marta Vaitkus on Saturday.",
    ],
)
def test_a_pledge_of_no_contact_of_ones_own_stays_a_position(sentence: str) -> None:
    assert [stance for _, stance, _ in positions(extract(sentence))] == ["commit"]
