"""Standing firmly for a party's sovereignty takes its side, as standing firmly with it
does: "Estonia would go on standing firmly for the sovereignty and the territorial integrity
of Ukraine" (synthetic11 q08; "the Netherlands stands firmly for the sovereignty …",
synthetic5 v10) is `support` (the guide: support for sovereignty and territorial integrity).
The adverb form of 'stands? (with|by|behind|for)' lacked "for". Four surroundings, with a
look-alike. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout, "would continue to stand firmly for"
        (
            "Prime Minister Ingrida Simonyte stressed that Lithuania would continue to stand "
            "firmly for the independence of Ukraine.",
            [("Ingrida Simonyte", "support")],
        ),
        # (b) a quotation, "stands resolutely for"
        (
            'Foreign Minister Edgars Rinkevics said: "Latvia stands resolutely for the '
            'territorial integrity of Georgia and Ukraine."',
            [("Edgars Rinkevics", "support")],
        ),
        # (c) a government as the voice, "stood steadfastly for"
        (
            "The Polish government said that Poland had always stood steadfastly for the "
            "sovereignty of its neighbours.",
            [("Polish government", "support")],
        ),
        # (d) the quotation first, "will stand firmly for"
        (
            '"We will stand firmly for Moldova\'s sovereignty," President Klaus Iohannis said.',
            [("Klaus Iohannis", "support")],
        ),
    ],
)
def test_standing_firmly_for_a_party_supports_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_standing_firmly_against_still_opposes() -> None:
    """Look-alike: "stands firmly against" is the rejection it was."""
    text = (
        'Foreign Minister Edgars Rinkevics said: "Latvia stands firmly against any '
        'recognition of the separatist republics."'
    )
    assert held_stances(text) == [("Edgars Rinkevics", "oppose")]
