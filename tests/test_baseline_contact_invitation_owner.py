"""The owner of an invitation to visit is who invites, the host ("accepted his invitation to
visit Riga"): the visitor is the clause's subject and the host the place's state, as after
the verb ("invited X to visit Riga"); in four surroundings. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

_OPENING = "Prime Minister of Latvia Juris Ozols thanked Vladimir Putin for the talks. "
_TITLE = "News conference following Russian-Latvian talks"


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        # plain
        ("I have accepted his invitation to visit Riga.", "Vladimir Putin"),
        # a fronted adverbial
        ("After the talks, I accepted his invitation to visit Riga in May.", "Vladimir Putin"),
        # the visitor by name, a postposed source
        (
            "Vladimir Putin has accepted his invitation to visit Riga, the Kremlin said.",
            "Vladimir Putin",
        ),
        # the second clause of two, a modifier before the noun
        (
            "I want to thank the Prime Minister again, and I have accepted his kind "
            "invitation to visit Riga.",
            "Vladimir Putin",
        ),
    ],
)
def test_the_invitations_owner_is_the_host_not_the_visitor(text: str, visitor: str) -> None:
    (visit,) = extract(_OPENING + text, title=_TITLE, source=KREMLIN).diplomatic_contacts
    assert [a.name for a in visit.participants] == [visitor, "Latvia"]
    assert (visit.mode, visit.status) == ("visit", "planned")
