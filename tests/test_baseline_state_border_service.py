"""Ukraine's State Border Guard Service is a body of its own, as the guide names a
spokesperson's principal: its spokesman speaks for it, not for the state at large. Its
name is the service's, with or without "Guard". Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract


@pytest.mark.parametrize(
    "body",
    ["State Border Guard Service", "State Border Service of Ukraine", "State Border Service"],
)
def test_the_services_spokesman_speaks_for_the_service(body: str) -> None:
    draft = extract(
        f"Spokesman for the {body} Petro Savchuk said that Ukraine does not see the threat "
        "of an immediate offensive from Belarus.",
        source=KYIV,
    )
    assert [(p.holder.name, p.via.name if p.via else None) for p in draft.positions] == [
        ("State Border Guard Service of Ukraine", "Petro Savchuk")
    ]
