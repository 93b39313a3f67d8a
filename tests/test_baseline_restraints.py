"""A pledge of restraint ("only if it is invaded"): whose it is, and the guide's stance of
force promised on a condition (``restraints``)."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) a capital reporting, the other state named bare
        "Kyiv said Belarus would enter the war only if it is invaded.",
        # (b) a that-clause, the other party's forces by an adjective
        "Warsaw said that Belarusian troops would open fire only when they were attacked.",
        # (c) a ministry reporting, the forces with a determiner
        "Ukraine's foreign ministry said the Russian army would stop only if it was attacked.",
        # (d) a possessive heading the forces, "in case"
        "The Estonian government said Moldova's army would take up arms only in case it "
        "came under attack.",
    ],
)
def test_another_sides_restraint_is_not_the_reporters_pledge(sentence: str) -> None:
    """Look-alike: a reported clause whose own subject is another side tells that side's
    act; the reporter pledges nothing."""
    assert [p.stance for p in extract(sentence).positions if p.stance == "commit"] == []


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        # the reporter's own state as the subject, by its name or its capital
        ("Minsk said Belarus would enter the war only if it is invaded.", "Belarusian government"),
        # a pronoun after another party named as the one told
        (
            "The Moldovan government told Russia it would enter the war only if it was invaded.",
            "Moldovan government",
        ),
    ],
)
def test_ones_own_restraint_stays_a_pledge(sentence: str, holder: str) -> None:
    """Its own side's restraint, or a pronoun's, stays the reporter's pledge."""
    assert [(p.holder.name, p.stance) for p in extract(sentence).positions] == [(holder, "commit")]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # (a) defence of an ally, reported with "that"
        (
            "The Pentagon said that the United States would defend Lithuania only if it was "
            "invaded.",
            "warn",
        ),
        # (b) a pronoun subject, "protect", "only when"
        (
            "The Polish government said it would protect its border only when it was attacked.",
            "warn",
        ),
        # (c) the reporting clause after, "resist"
        ("Moldova will resist only if it is invaded, the Moldovan government said.", "warn"),
        # (d) a response is a threat
        (
            "The French government said it would respond only if France came under attack.",
            "threaten",
        ),
    ],
)
def test_force_promised_only_on_attack_is_the_guides_stance(sentence: str, stance: str) -> None:
    """The guide's "Force promised on a condition": the verb decides (respond, retaliate →
    `threaten`; defend, resist, protect → `warn`), the condition after it as before it."""
    assert [p.stance for p in extract(sentence).positions] == [stance]
