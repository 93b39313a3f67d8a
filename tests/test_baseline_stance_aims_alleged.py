"""Another party's aim alleged is a charge (the guide: "warned that Russia plans to install a
puppet" and a commentator's claim about a leader's aims are `accuse`): a hostile act said
to be imminent ("Russia is about to attack"), and a reliance said of another side ("the
Kremlin is betting on the West to grow tired"). Said of the holder's own side, the same
words are an intent or an appeal. Each construction in the four surroundings of the shape
matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract, stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) reported, a state as subject
        "Polish President Adam Lis said Russia is about to attack Lithuania.",
        # (b) a fronted adverbial, a government as subject, "poised"
        "In a statement on Monday, the Estonian Foreign Ministry said the Kremlin was poised "
        "to invade Georgia.",
        # (c) quoted speech, a pronoun's antecedent named before
        'Latvian Foreign Minister Edgars Kalns said: "Russia has moved its tanks. It is now '
        'about to strike Kharkiv."',
        # (d) postposed
        "Moscow is about to launch an offensive in the east, Ukrainian Defence Minister Ivan "
        "Koval told reporters.",
    ],
)
def test_a_hostile_act_alleged_imminent_is_a_charge(text: str) -> None:
    assert stances(text)[-1] == "accuse"


@pytest.mark.parametrize(
    "text",
    [
        # (a) "according to", a government by its seat
        "According to Lithuanian Foreign Minister Jonas Vaitkus, the Kremlin is counting on "
        "the West to grow tired and divided.",
        # (b) reported, a state as subject, "relying"
        "Polish President Adam Lis said Russia is relying on Europe to give up its support "
        "for Ukraine.",
        # (c) quoted, a leader named
        'Estonian Prime Minister Kaja Tamm said: "Vladimir Putin is counting on the allies to lose '
        'interest."',
        # (d) postposed
        "Moscow counts on Berlin to block new sanctions, Latvian President Andris Ozols said.",
    ],
)
def test_a_reliance_said_of_another_side_is_a_charge(text: str) -> None:
    assert stances(text) == ["accuse"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # One's own reliance on a partner asks it to act.
        (
            "Ukrainian President Petro Koval said he was counting on the European partners "
            "to persuade Moscow to withdraw.",
            "demand",
        ),
        (
            'Ukrainian President Petro Koval said: "We are relying on Turkey to continue its '
            'mediation."',
            "demand",
        ),
    ],
)
def test_ones_own_reliance_stays_an_appeal(text: str, stance: str) -> None:
    assert stances(text) == [stance]


@pytest.mark.parametrize(
    "text",
    [
        # "About to" with no hostile act after it alleges nothing.
        "Polish President Adam Lis said the talks are about to resume in Geneva.",
        # One's own side about to act states an intent, no charge.
        'Polish President Adam Lis said: "We are about to send more air defence to Lithuania."',
        # One's own side about to strike: an intent of the speaker's side, not a charge.
        'Ukrainian Defence Minister Ivan Koval said: "We are about to launch a counteroffensive '
        'in the south."',
    ],
)
def test_about_to_without_another_sides_hostile_act_charges_nobody(text: str) -> None:
    assert "accuse" not in stances(text)


def _held(text: str, title: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a transcript turn, a name as subject
        (
            "PRESIDENT REED: Moscow thought it could divide the alliance. Instead, it has "
            "never been more united.",
            "Remarks by President Reed on European Security",
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a transcript turn, a pronoun standing for a leader named before
        (
            "PRESIDENT REED: I spoke with the Russian president in December. He thought he "
            "could split us.",
            "Remarks by President Reed on European Security",
            WHITE_HOUSE,
            "Reed",
        ),
        # (c) a quotation with a postposed reporting clause, "believed"
        (
            '"The Kremlin believed it could divide Europe," Latvian Foreign Minister Edgars '
            "Kalns said.",
            None,
            None,
            "Edgars Kalns",
        ),
    ],
)
def test_what_a_party_thought_it_could_do_to_others_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    # The aim told as the party's miscalculation (a past belief in what it could do) is the
    # speaker's charge, not that party's view reported.
    assert (holder, "accuse") in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # What a party thought it could do that harms nobody: no charge.
        "Latvian Foreign Minister Edgars Kalns said the allies thought they could split the "
        "costs of the new air base.",
        "Latvian Foreign Minister Edgars Kalns said Moscow believed it could meet the "
        "deadline for the gas payments.",
    ],
)
def test_what_a_party_thought_it_could_do_harmlessly_charges_nobody(text: str) -> None:
    assert "accuse" not in [stance for _, stance in _held(text)]
