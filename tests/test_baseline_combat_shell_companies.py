""" "Shell" the noun of a company with no business of its own is no attack: "route its
purchases through shell companies", "twelve shell firms", "shell corporations registered in
Cyprus" (the verb "shell" is; CAMEO 194). Look-alikes in four surroundings (publisher, party,
the noun: companies, firms, corporations, entities), and the verb kept: "continue to shell
Kharkiv", "shell Donetsk every night", "began to shell the villages". Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "We are concerned that Moscow will route its purchases through shell companies in"
            " third countries.",
            WHITE_HOUSE,
        ),
        ("The Treasury named twelve shell firms that Russia uses to buy chips.", WHITE_HOUSE),
        (
            "Officials said Russia used shell corporations registered in Cyprus to evade"
            " sanctions.",
            None,
        ),
        (
            "The minister said Ukraine hides its arms purchases behind shell entities in Europe.",
            KREMLIN,
        ),
    ],
)
def test_shell_companies_are_no_attack(text: str, source: str | None) -> None:
    assert movement_owners(text, None, source) == []


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Russian forces continue to shell Kharkiv and Mariupol.", KYIV, "Russia"),
        ("Ukrainian units shell Donetsk every night, the minister said.", KREMLIN, "Ukraine"),
        ("Belarusian artillery began to shell the villages near the border.", None, "Belarus"),
    ],
)
def test_the_verb_shell_is_still_an_attack(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]
