"""A joint statement speaks for its signatories as one holder, named by the group or
listed; one member's words stay that member's, and an unnamed group is no one state."""

from __future__ import annotations

from baseline_helpers import KYIV, WHITE_HOUSE, extract, holders, positions


def test_we_the_leaders_of_an_organisation_is_the_organisation() -> None:
    draft = extract(
        "We, the Leaders of the G7, condemn the shelling of Moldovan villages. "
        "We will impose severe sanctions on Transnistria's backers.",
        "G7 Leaders' Statement on Moldova",
        WHITE_HOUSE,
    )
    assert holders(draft) == ["G7", "G7"]
    assert draft.positions[0].holder.kind == "organisation"


def test_signatories_named_only_in_the_title_are_the_holder() -> None:
    draft = extract(
        "We strongly condemn the blockade of Moldova. Estonia calls on Belarus to open its "
        "border crossings.",
        "Joint Statement by Estonia and Finland on Moldova",
        KYIV,
    )
    assert positions(draft)[0][:2] == ("Estonia and Finland", "accuse")
    assert draft.positions[0].holder.kind == "other"
    assert ("Estonia", "demand") in [(h, s) for h, s, _ in positions(draft)]


def test_a_joint_text_whose_signatories_are_not_told_is_not_the_publishers() -> None:
    draft = extract(
        "We strongly condemn the blockade of Moldova and call for its end.",
        "Joint Statement on Moldova",
        WHITE_HOUSE,
    )
    assert "United States" not in holders(draft)
