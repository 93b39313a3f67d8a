"""A joint statement whose title names its signers by their leaders, the publisher's own
with no country ("Joint Statement by President Reed and President Kowal of Poland", from
the White House): a state's own text names the other leaders' countries and leaves its
own head's unsaid, so the bare head is the publisher's state, and the statement's "we" is
the two states together (the guide: a joint statement's signatories hold what it says).
Two leaders with no country, or a bare office that is not the publisher's head, tell
nothing. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract

_TITLE = "Joint Statement by President Anna Reed and President Jan Kowal of Poland"
_SIGNERS = "United States and Poland"


def _held(text: str, title: str = _TITLE, source: str = WHITE_HOUSE) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (a) plain
        ("We condemn the shelling of Odesa by Russian forces.", [(_SIGNERS, "accuse")]),
        # (b) after a fronted subordinate clause
        (
            "As the attacks on Odesa went on, we condemned the shelling of the port.",
            [(_SIGNERS, "accuse")],
        ),
        # (d) two clauses of one sentence, each with its own cue
        (
            "We condemn the shelling of Odesa by Russian forces, and we urge Moscow to "
            "open safe corridors for civilians.",
            [(_SIGNERS, "accuse"), (_SIGNERS, "demand")],
        ),
    ],
)
def test_the_publishers_bare_head_signs_for_its_state(
    text: str, held: list[tuple[str, str]]
) -> None:
    assert _held(text) == held


def test_the_head_named_by_office_alone_in_a_kyiv_text() -> None:
    """(c) The publisher's head named another way: by office alone, in a Ukrainian text
    whose other signer is a prime minister with a country."""
    title = "Joint Statement by the President and Prime Minister Anna Berg of Estonia"
    held = _held("We condemn the shelling of Odesa by Russian forces.", title, KYIV)
    assert held == [("Ukraine and Estonia", "accuse")]


def test_two_leaders_without_a_country_are_not_read_as_the_publishers() -> None:
    """Look-alike: two of three presidents are titled with no country; which one is the
    publisher's cannot be told (without the count of bare heads both would be the United
    States, the signers "United States and Lithuania"), so the signers stay unknown and
    the "we" holds nothing."""
    title = (
        "Joint Statement by President Anna Reed, President Jan Kowal and President Eva Lind "
        "of Lithuania"
    )
    assert _held("We condemn the shelling of Odesa by Russian forces.", title) == []


def test_a_bare_office_that_is_not_the_publishers_head_is_no_signer() -> None:
    """Look-alike: the countryless leader is a chancellor in a White House text, not the
    President; without the office check it would be read as the United States."""
    title = "Joint Statement by Chancellor Anna Reed and President Jan Kowal of Poland"
    assert _held("We condemn the shelling of Odesa by Russian forces.", title) == []
