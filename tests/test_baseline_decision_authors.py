"""A news item reporting a decision names its author once ("… which enacts the decision of
the National Security and Defense Council of Ukraine …") and then the decision alone: "The
decision also applies sanctions to …", "Under the decision, sanctions are imposed on …".
The punitive measures the decision takes are its author's commitment. What else the
decision orders (units deployed) is a movement's, and a decision whose author the text
never named has no holder."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions

_TITLE = "President enacted the decision on sanctions"
_ENACTED = (
    "President Volodymyr Zelenskyy signed Decree No. 48/2022, which brings into force the "
    "March 3 decision of the NSDC. "
)
_NSDC = "National Security and Defense Council of Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) Kyiv's news item, the decision as the subject
        (
            _ENACTED + "The decision also applies sanctions to 14 Russian banks that finance "
            "the occupation of Crimea.",
            _TITLE,
            KYIV,
            (_NSDC, "commit"),
        ),
        # (b) another publisher and body, the decision fronted as the source, a passive
        (
            "Prime Minister Anna Berg of Sweden announced the decision of the Government of "
            "Sweden on Monday. Under the decision, sanctions are imposed on 20 Russian "
            "shipping companies.",
            None,
            None,
            # "the Government of Sweden" is Sweden's government, as "the Swedish government"
            ("Swedish government", "commit"),
        ),
        # (c) "In accordance with the decision", an embargo
        (
            "The Cabinet of Ministers of Ukraine approved the decision of the Cabinet of "
            "Ministers of Ukraine on Friday. In accordance with the decision, an embargo is "
            "imposed on all trade with Russia.",
            None,
            None,
            ("Ukraine", "commit"),
        ),
        # (d) "provides for", a relative clause after the measure
        (
            _ENACTED + "The decision also provides for personal sanctions against 40 officials"
            " of Belarus who supported the invasion.",
            _TITLE,
            KYIV,
            (_NSDC, "commit"),
        ),
    ],
)
def test_a_decisions_measure_is_its_authors_commitment(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert expected in [(h, s) for h, s, _ in positions(extract(text, title, source))]


@pytest.mark.parametrize(
    "text",
    [
        # an order to move units: the movement holds it (the guide: an order given is a
        # planned movement and no separate position)
        _ENACTED + "Under the decision, the National Guard must deploy 14 additional units "
        "to the border with Belarus.",
        # no author named before
        "President Volodymyr Zelenskyy signed a decree on Friday. Under the decision, sanctions"
        " are imposed on 14 Russian banks.",
    ],
)
def test_no_measure_or_no_author_gives_the_decision_no_holder(text: str) -> None:
    found = [h for h, _, _ in positions(extract(text, _TITLE, KYIV))]
    assert _NSDC not in found
    assert "Ukraine" not in found
