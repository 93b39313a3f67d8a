"""The baseline's speed shortcuts answer exactly what the expressions they stand in front
of answer: each is a cheap test that may only skip the expression where it cannot match.

Hypothesis builds texts from the pieces each expression looks for, near misses and the
characters around them; how many examples is the profile's choice (``conftest.py``).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from summarise.extraction.backends.baseline.mentions import _UN_NAMED, _names_un

_UN_PIECES = st.sampled_from(
    [
        "UN",
        "U.N.",
        "United Nations",
        "UNICEF",
        "xUN",
        "UN1",
        "U.N",
        "N",
        "U",
        ".",
        " ",
        "-",
        "United",
        "Nations",
        "un",
        "\u00e9",
        "_",
    ]
)


@given(st.lists(_UN_PIECES, max_size=12).map("".join))
@example("the UN said")
@example("UNICEF and the U.N.")
@example("United Nationsx")
def test_the_un_shortcut_agrees_with_the_expression(text: str) -> None:
    assert _names_un(text) == (_UN_NAMED.search(text) is not None)
