"""A claim measured against the facts and found wanting is disputed, in the wording of
official Russian denials (CAMEO 0231-0234 deny, PLOVER REJECT): "assertions by the
Alliance's leaders that our units have not pulled back do not correspond to reality" and a
claim named only by its saying, "Contrary to what is being said abroad, our army is not
hitting towns", are `deny` (the guide: disputing a claim is `deny`). A plan or a text said not to
correspond to interests, a fact said to correspond to reality, and "contrary to what was
agreed" (a breach charged) dispute no claim. Four surroundings, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances, speaker_denies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a ministry's spokeswoman, reported speech, a party's claims as subject
        (
            "Maria Zakharova said that the claims of the British Foreign Office about Russian "
            "troops near Kharkiv do not correspond to reality.",
            [("Maria Zakharova", "deny")],
        ),
        # (b) a quotation in a Kyiv text, the claim's owner a state, "far from the truth"
        (
            "Defence Minister Oleksii Reznikov said: \"Moscow's statements about a Ukrainian "
            'offensive in Donbas are far from the truth."',
            [("Oleksii Reznikov", "deny")],
        ),
        # (c) a briefing's first person, "no basis in fact"
        (
            "Press Secretary Jen Psaki said: \"The Kremlin's stories about American "
            'laboratories in Ukraine have no basis in fact."',
            [("Jen Psaki", "deny")],
        ),
        # (d) the claim named by its saying, the phrase opening the sentence
        (
            "Sergei Lavrov said that, contrary to what is being reported in Washington, Russian "
            "units are not moving towards the Ukrainian border.",
            [("Sergei Lavrov", "deny")],
        ),
    ],
)
def test_a_claim_found_against_reality_is_disputed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert speaker_denies(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # A proposal said not to correspond to interests: a judgement of a plan, no claim.
        "Sergei Lavrov said that the NATO proposals on Ukraine do not correspond to Russia's "
        "security interests.",
        # Contrary to what was agreed: a breach charged, no claim disputed.
        "Sergei Lavrov said that, contrary to what was agreed in Minsk, Kyiv had moved heavy "
        "weapons towards the line of contact.",
    ],
)
def test_a_plan_or_an_agreement_is_no_claim_disputed(text: str) -> None:
    """Look-alikes: only reality, the facts or the truth measure a claim; only a verb of
    saying or reporting names one."""
    assert "deny" not in [stance for _, stance in held_stances(text)]


def test_a_fact_said_to_correspond_to_reality_denies_nothing() -> None:
    """Look-alike: without the negation the figures are confirmed, not disputed."""
    text = (
        "Sergei Shoigu said that the figures of the General Staff on Ukrainian troops near "
        "Donbas correspond to reality."
    )
    assert "deny" not in [stance for _, stance in held_stances(text)]
