"""A movement with many estimates is said as the range they span, every estimate kept in
the disputed section in the order of the sources' dates."""

from __future__ import annotations

from helpers import briefed, state_movement

from summarise.briefing import render
from summarise.extraction.results import ArticleResult


def _estimate(article: str, day: int, figure: int, *, words: str = "about ") -> ArticleResult:
    """A report of ``figure`` troops massed, the figure approximate when ``words`` (its
    "about" or bound) are given."""
    return state_movement(
        article,
        f"Ruritania has massed {words}{figure:,} troops near the border with Sylvania.",
        "Ruritania",
        f"{words}{figure:,} troops",
        activity="mass",
        status="ongoing",
        destination="near the border with Sylvania",
        quantity={"low": figure, "unit": "troops", "approximate": bool(words)},
        published=f"2022-02-{day:02d}",
    )


def test_many_estimates_are_said_as_their_range() -> None:
    """A 500-article briefing led with "about 110,000 … or about 150,000 troops": four to
    six estimates in a line are unreadable."""
    briefing = briefed(
        _estimate("a", 3, 130_000),
        _estimate("b", 1, 100_000),
        _estimate("c", 5, 150_000),
        _estimate("d", 4, 120_000),
    )

    (item,) = briefing.military_movements
    assert item.headline == (
        "Ruritania · mass · between about 100,000 and 150,000 troops (4 estimates, disputed)"
        " → near the border with Sylvania"
    )
    assert item.quantity == "between about 100,000 and 150,000 troops (4 estimates)"
    (dispute,) = item.disagreements
    # Every estimate stays, in the order of the sources' dates.
    assert [v.value for v in dispute.variants] == [
        "about 100,000 troops",
        "about 130,000 troops",
        "about 120,000 troops",
        "about 150,000 troops",
    ]
    text = render(briefing, "md")
    assert "has massed between about 100,000 and 150,000 troops (4 estimates) near" in text
    assert "about 100,000 troops [1]; about 130,000 troops [2]; about 120,000 troops [3]" in text


def test_a_range_keeps_the_words_of_its_ends() -> None:
    """Ends of other words are each said with theirs: an exact low end, a bounded high end."""
    briefing = briefed(
        _estimate("a", 1, 100_000, words=""),
        _estimate("b", 2, 120_000),
        _bounded("c", 3, 150_000),
    )

    (item,) = briefing.military_movements
    assert item.quantity == "between 100,000 and more than 150,000 troops (3 estimates)"


def test_two_estimates_are_said_each() -> None:
    """Look-alike: two figures read well as alternatives."""
    briefing = briefed(_estimate("a", 1, 120_000), _estimate("b", 2, 150_000))

    (item,) = briefing.military_movements
    assert item.quantity == "about 120,000 troops or about 150,000 troops"
    assert "(disputed)" in item.headline


def _bounded(article: str, day: int, figure: int) -> ArticleResult:
    return _estimate(article, day, figure, words="more than ")


def test_a_range_of_bounds_reads_from_about_its_lowest() -> None:
    """ "between more than 115,000 and more than 150,000" does not read: the low end is
    said rounded, the high end keeps the bound that puts it higher still."""
    briefing = briefed(
        _bounded("a", 1, 100_000), _estimate("b", 2, 120_000), _bounded("c", 3, 160_000)
    )

    (item,) = briefing.military_movements
    assert item.quantity == "between about 100,000 and more than 160,000 troops (3 estimates)"
