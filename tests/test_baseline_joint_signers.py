"""A joint statement whose title names its signers by person ("Joint Statement by President
Reed and President Kowal") and whose text names them as parties ("The United States and
Poland condemn …"): the signers are the parties its sentences list as their subject, the
publisher's state among them, and they hold what they say together (the guide: a joint
statement's group is the holder). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_TITLE = "Joint Statement by President Anna Reed and President Jan Kowal on Energy Security"
_OPENING = "Following their meeting in Warsaw today, the two Presidents issued this statement.\n\n"
_SIGNERS = "United States and Poland"


def _held(text: str) -> list[tuple[str, str]]:
    draft = extract(_OPENING + text, _TITLE, WHITE_HOUSE)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (a) plain
        (
            "The United States and Poland condemn Russia's use of gas as a weapon.",
            [(_SIGNERS, "accuse")],
        ),
        # (b) after a fronted adverbial
        (
            "Above all, the United States and Poland condemn Russia's use of gas as a weapon.",
            [(_SIGNERS, "accuse")],
        ),
        # (c) named again as "They" after the first mention
        (
            "The United States and Poland condemn Russia's use of gas as a weapon. They declare "
            "their full support for Ukraine's sovereignty.",
            [(_SIGNERS, "accuse"), (_SIGNERS, "support")],
        ),
        # (d) two clauses of one sentence
        (
            "The United States and Poland condemn Russia's use of gas as a weapon, and they "
            "support Ukraine's sovereignty.",
            [(_SIGNERS, "accuse"), (_SIGNERS, "support")],
        ),
    ],
)
def test_the_parties_listed_as_subject_sign_the_statement(
    text: str, held: list[tuple[str, str]]
) -> None:
    assert _held(text) == held


def test_a_list_without_the_publishers_state_is_not_the_signers() -> None:
    """The look-alike: the first list is of others ("Russia and Belarus are massing …"),
    so no group is read from it and the signers stay unknown."""
    assert _held("Russia and Belarus condemn the sanctions imposed on them.") == []
