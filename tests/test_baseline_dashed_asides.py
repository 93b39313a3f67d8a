"""A stance whose cue stands in an aside set off by a pair of dashes is quoted by the aside
alone ("I met the Prime Minister this morning -- she's a courageous woman -- and we spoke
about the grain corridor"): the sentence's other clause says something else. Two dashes
far apart, with commas between them, enclose no aside, and the sentence stays the quote."""

from __future__ import annotations

from baseline_helpers import WHITE_HOUSE, extract

_WH_TITLE = "Remarks by President Dana Holt"


def _quotes(text: str) -> list[tuple[str, str]]:
    draft = extract(text, _WH_TITLE, WHITE_HOUSE)
    return [(p.stance, p.evidence[0].quote) for p in draft.positions]


def test_a_stance_in_a_dashed_aside_is_quoted_by_the_aside() -> None:
    for dash in ("--", "\u2013", "\u2014"):
        text = (
            "THE PRESIDENT: I met Prime Minister Marta Ilves of Estonia this morning "
            f"{dash} she\u2019s a courageous woman {dash} and we spoke about the grain corridor."
        )
        assert ("support", "she\u2019s a courageous woman") in _quotes(text)


def test_two_dashes_far_apart_enclose_no_aside() -> None:
    text = (
        "THE PRESIDENT: We, the leaders of the United States and Estonia \u2013 two allies, "
        "meeting in Tallinn, condemn the attack on Kharkiv \u2013 and stand together."
    )
    quotes = [quote for _stance, quote in _quotes(text)]
    assert quotes
    assert all(quote.startswith("We, the leaders") for quote in quotes)


def test_a_dash_typed_as_two_hyphens_parts_two_clauses() -> None:
    """A transcript's "--" is a dash: the praise in the aside and the pledge after it are
    two clauses, two items."""
    text = (
        "THE PRESIDENT: I met Prime Minister Marta Ilves of Estonia this morning -- she\u2019s "
        "a courageous woman -- and I told her that more is coming."
    )
    assert [stance for stance, _quote in _quotes(text)] == ["support", "commit"]
