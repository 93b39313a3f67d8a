"""Who holds a position: people the article introduces, its principal, pronouns and
spokespeople, all resolved within the article."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.article import Article
from summarise.extraction.backends.baseline.cast import build_cast
from summarise.extraction.backends.baseline.document import read_frame
from summarise.extraction.backends.baseline.mentions import find_mentions
from summarise.schema import Actor


def holder_of(text: str, title: str | None = None, source: str | None = None) -> Actor:
    (position,) = extract(text, title, source).positions
    return position.holder


def test_a_readout_names_its_head_first_without_a_title() -> None:
    holder = holder_of(
        "Vladimir Varga had a telephone conversation with Prime Minister of Finland Aino Salo. "
        "The President of Russia stressed that the security guarantees must be legally binding.",
        "Telephone conversation with Prime Minister of Finland Aino Salo",
        KREMLIN,
    )
    assert (holder.name, holder.country, holder.role) == ("Vladimir Varga", "Russia", "President")


def test_a_titled_guest_is_the_other_party_not_the_head() -> None:
    """The title names the guest ("with President … Lars Holm"); the head comes first in
    the lede."""
    holder = holder_of(
        "Vladimir Varga had a telephone conversation with President of the European Council "
        "Lars Holm. The President of Russia noted that Kyiv must respect the ceasefire.",
        "Telephone conversation with President of the European Council Lars Holm",
        KREMLIN,
    )
    assert holder.name == "Vladimir Varga"


def test_an_unnamed_head_is_the_office_of_the_publishers_state() -> None:
    holder = holder_of(
        "The President of Russia signed an executive order on special economic measures.",
        "Executive order on special economic measures",
        KREMLIN,
    )
    assert (holder.name, holder.kind, holder.country) == ("President of Russia", "person", "Russia")


def test_a_pronoun_is_the_person_last_named() -> None:
    holder = holder_of(
        "Foreign Minister Jan Kowal of Poland arrived in Kyiv on Monday. "
        "He condemned the shelling of the city."
    )
    assert (holder.name, holder.country) == ("Jan Kowal", "Poland")


def test_a_later_surname_is_the_person_introduced() -> None:
    draft = extract(
        "Foreign Minister Jan Kowal of Poland arrived in Kyiv on Monday. "
        "Kowal warned that the war could spread to Moldova."
    )
    (position,) = draft.positions
    assert (position.holder.name, position.holder.role) == ("Jan Kowal", "Foreign Minister")


def test_a_spokesperson_speaks_for_the_government() -> None:
    (position,) = extract(
        "A spokesperson for the Hungarian government said Budapest opposed new sanctions on gas."
    ).positions
    assert position.holder.name == "Hungarian government"
    assert position.via is not None
    assert position.via.role == "spokesperson"


def test_an_office_in_apposition_names_the_person_after_it() -> None:
    (position,) = extract(
        "The Kremlin spokesman, Ivan Orlov, said Moscow had no plans to invade Moldova."
    ).positions
    assert (position.holder.country, position.stance) == ("Russia", "deny")
    assert position.via is not None
    assert position.via.name == "Ivan Orlov"


def test_a_title_in_apposition_with_its_tail_gives_the_state() -> None:
    holder = holder_of(
        "Spain's ambassador to the UN, Carlos Ruiz, told the Security Council that Madrid "
        "condemned the strike."
    )
    assert (holder.name, holder.country) == ("Carlos Ruiz", "Spain")


def test_a_states_own_readout_names_its_ministers_without_a_country() -> None:
    holder = holder_of(
        "Secretary of State Tom Hale met Foreign Minister Jan Kowal of Poland in Warsaw. "
        "Secretary Hale underscored the support of the United States for Poland's security.",
        "Secretary Hale's Meeting with Polish Foreign Minister Kowal",
        WHITE_HOUSE,
    )
    assert (holder.name, holder.country) == ("Tom Hale", "United States")


def test_the_side_of_a_state_is_that_state_and_its_own_side_the_head() -> None:
    draft = extract(
        "Vladimir Varga held talks with a delegation of Finland. The Finnish side expressed "
        "concern about the exercises near the border. The Russian side rejected the demand "
        "to stop the exercises.",
        "Talks with a delegation of Finland",
        KREMLIN,
    )
    assert [(p.holder.name, p.holder.kind, p.stance) for p in draft.positions] == [
        ("Finland", "state", "concern"),
        ("Vladimir Varga", "person", "oppose"),
    ]


def test_a_government_named_by_its_people_is_that_government() -> None:
    holder = holder_of("The Estonian government condemned the recognition of the two regions.")
    assert (holder.name, holder.kind, holder.country) == (
        "Estonian government",
        "government",
        "Estonia",
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tom Grey, a minister in the Department for Environment, Food and Rural Affairs, "
            "said there is deep concern about the attack.",
            "minister in the Department for Environment, Food and Rural Affairs",
        ),
        (
            "Olga Marsh, a former ambassador to Ukraine, warned that the war could spread.",
            "former ambassador to Ukraine",
        ),
        (
            "Anna Smith, a spokeswoman for the ministry, Latvia and Estonia, said the talks "
            "must continue.",
            "spokeswoman for the ministry",
        ),
    ],
)
def test_a_role_after_the_name_runs_to_the_comma_that_closes_it(text: str, role: str) -> None:
    """A comma inside a list of capitalised names stays in the role; the state a role is
    directed to ("ambassador to Ukraine") is not the holder's."""
    holder = extract(text).positions[0].holder
    assert (holder.role, holder.country) == (role, None)


def test_a_leader_acted_against_in_the_title_is_not_the_publishers_head() -> None:
    """ "Costs on Russia for Ivan Petrov's War": the title's possessive names whom the costs
    are for, so "the President" of the White House's fact sheet stays its own President."""
    draft = extract(
        "Today, the United States is acting in response to President Ivan Petrov\u2019s war. "
        "As the President said, the United States will close its air space to all "
        "Russian flights.",
        "FACT SHEET: The United States Imposes Costs on Russia for Ivan Petrov\u2019s War",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.holder.country) for p in draft.positions][-1] == (
        "President of the United States",
        "United States",
    )


def test_a_department_named_in_a_fact_sheet_holds_its_own_measure() -> None:
    """The guide: in an unsigned document a measure is held by the body the sentence names
    ("The Department of Commerce will …"), not by the issuing state."""
    draft = extract(
        "The United States stands by the people of Moldova. "
        "Today the Department of the Treasury is imposing sanctions on four Belarusian banks. "
        "The Commerce Department will extend its export controls to Belarus.",
        "FACT SHEET: Further Costs on Belarus",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("United States", "support"),
        ("US Department of the Treasury", "commit"),
        ("US Department of Commerce", "commit"),
    ]


def test_a_measure_added_under_way_is_a_commitment() -> None:
    draft = extract(
        "The Department of Commerce is adding nine Belarusian firms to the Entity List.",
        "FACT SHEET: Further Costs on Belarus",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("US Department of Commerce", "commit")
    ]


def test_the_next_sentence_on_a_departments_measure_is_the_same_item() -> None:
    """ "This action will …" goes on about the measure before it, though the document's
    voice, not the department, says it."""
    draft = extract(
        "The Department of State will impose sanctions on six Belarusian arms makers. "
        "This action will impose heavy costs on Belarus\u2019s arms industry.",
        "FACT SHEET: Further Costs on Belarus",
        WHITE_HOUSE,
    )
    (position,) = draft.positions
    assert position.holder.name == "US Department of State"
    assert len(position.evidence) == 2


def test_a_head_named_after_another_person_in_the_title_is_the_guest() -> None:
    """A state's texts name their own people first: in "Remarks by Vice President Ames and
    President Holm" President Holm is the guest, not the publisher's head."""
    draft = extract(
        "PRESIDENT HOLM: We are grateful to the United States for its support of our army.",
        "Remarks by Vice President Ames and President Holm Before Bilateral Meeting",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.holder.country) for p in draft.positions] == [("Holm", None)]


@pytest.mark.parametrize(
    ("text", "source", "name", "country"),
    [
        (
            "The Office of the President condemned the shelling of the border town.",
            KYIV,
            "Office of the President of Ukraine",
            "Ukraine",
        ),
        (
            "The Office of the Prime Minister of Poland condemned the shelling of the border.",
            None,
            "Office of the Prime Minister of Poland",
            "Poland",
        ),
    ],
)
def test_an_institution_serving_an_office_is_a_government_body_not_the_holder(
    text: str, source: str | None, name: str, country: str
) -> None:
    holder = holder_of(text, None, source)
    assert (holder.name, holder.kind, holder.country) == (name, "government", country)


def test_we_in_remarks_without_speaker_labels_is_the_head_who_speaks() -> None:
    """ "Remarks by President Holm" with no labels: one speaker throughout, and his "we"
    is his own, as his "I" is."""
    draft = extract(
        "We will impose severe costs on Russia if it attacks Estonia.",
        "Remarks by President Dan Holm on European Security",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.holder.country) for p in draft.positions] == [
        ("Dan Holm", "United States")
    ]


def test_a_movement_under_way_told_in_remarks_is_a_movement_not_a_commitment() -> None:
    draft = extract(
        "We are sending eight fighter jets from Spain to Romania.",
        "Remarks by President Dan Holm on European Security",
        WHITE_HOUSE,
    )
    assert draft.positions == []
    assert [m.activity for m in draft.military_movements] == ["deploy"]


def test_a_states_own_security_council_is_not_the_uns() -> None:
    """ "Security Council Secretary" in a state's own readout, with no "UN": the state's
    own council, so its secretary is that state's official."""
    holder = holder_of(
        "Security Council Secretary Pavel Orlov accused NATO of massing troops near the border.",
        "Meeting with permanent members of the Security Council",
        KREMLIN,
    )
    assert (holder.name, holder.country) == ("Pavel Orlov", "Russia")


def test_the_uns_security_council_named_as_the_uns_stays_the_uns() -> None:
    holder = holder_of(
        "UN Security Council President Ana Ruiz urged Russia to withdraw its troops.",
        "News",
        KREMLIN,
    )
    assert holder.country != "Russia"


def _people_named(text: str, source: str | None = None) -> dict[str, str]:
    """What each capitalised mention of ``text`` was read as: its kind and whom it names."""
    article = Article(id="test", text=text, title=None, source=source)
    cast = build_cast(text, find_mentions(text), read_frame(article), [])
    return {m.text: f"{m.kind}:{m.ref.name if m.ref else None}" for m in cast.mentions}


def test_a_bare_name_coordinated_with_a_titled_person_is_a_person() -> None:
    """Coordination joins like with like: the untitled first party is a person too, so
    the meeting they hold has two parties."""
    draft = extract(
        "Ivan Sokolov and President of Finland Aino Salo will hold talks in Turku on Friday.",
        source=KREMLIN,
    )
    (talks,) = draft.diplomatic_contacts
    assert [a.name for a in talks.participants] == ["Ivan Sokolov", "Aino Salo"]


def test_two_names_coordinated_after_a_person_object_are_both_people() -> None:
    named = _people_named(
        "Pavel Orlov noted the results of the talks between Ivan Sokolov and Marek Novak."
    )
    assert named["Ivan Sokolov"] == "person:Ivan Sokolov"
    assert named["Marek Novak"] == "person:Marek Novak"


def test_a_one_word_name_coordinated_with_a_person_stays_unread() -> None:
    """A single capitalised word beside a person ("Narva and President …") may be a place:
    coordination makes persons of full names only."""
    named = _people_named("Narva and President of Finland Aino Salo were mentioned.")
    assert not named.get("Narva", "").startswith("person")


def test_names_after_the_are_not_made_people_by_coordination() -> None:
    """A personal name takes no article: "the Eastern Coastal District" is a body, even
    coordinated with a name the article took for a person ("the Arctic Fleet was …")."""
    named = _people_named(
        "An inspection of the Eastern Coastal District and the Arctic Fleet was conducted.",
        KREMLIN,
    )
    assert not any(v.startswith("person:Coastal") for v in named.values())


def test_a_subject_pronoun_of_a_contact_continues_the_subject_not_the_object() -> None:
    """ "… with Prime Minister … Aino Salo. On Tuesday, he spoke with …": "he" continues
    the subject of the sentence before, not the object the resolver named last."""
    draft = extract(
        "On Monday, Ivan Sokolov had a telephone conversation with Prime Minister of Finland "
        "Aino Salo. On Tuesday, he spoke with President of Estonia Karl Tamm by videoconference.",
        "Contacts of the President",
        KREMLIN,
    )
    assert [[a.name for a in c.participants] for c in draft.diplomatic_contacts] == [
        ["Ivan Sokolov", "Aino Salo"],
        ["Ivan Sokolov", "Karl Tamm"],
    ]


def test_a_spokespersons_she_continues_the_official_the_statement_named() -> None:
    """The "U.S. delegation" between them stands for the President, whom the resolver
    names last; "she" continues the subject, the official the statement is about."""
    draft = extract(
        "Under Secretary of State Mary Dunn, who headed the U.S. delegation in the Geneva talks "
        "with Russia, briefed NATO Allies on Thursday in Brussels. "
        "She will go to Vienna on Monday for an OSCE Permanent Council meeting.",
        "Statement by Press Secretary Anna Reed on the Travel of Under Secretary Dunn",
        WHITE_HOUSE,
    )
    # The talks her delegation held are its state's (con16's delegations); the trip is hers.
    assert [[a.name for a in c.participants] for c in draft.diplomatic_contacts] == [
        ["Russia", "United States"],
        ["Mary Dunn", "OSCE"],
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "via"),
    [
        (
            "Presidential Press Secretary Ivan Belov told journalists that the new sanctions "
            "were illegitimate.",
            "Ivan Belov answered questions from journalists",
            KREMLIN,
            "Russian government",
            "Ivan Belov",
        ),
        (
            "Press Secretary Anna Reed said the United States condemned the shelling of Kharkiv.",
            "Statement on Kharkiv",
            WHITE_HOUSE,
            "United States",
            "Anna Reed",
        ),
    ],
)
def test_a_presidential_press_secretary_speaks_for_the_government(
    text: str, title: str, source: str, holder: str, via: str
) -> None:
    """Titled by the head's institution, the spokesperson speaks for the government that
    institution is (the guide's "the Kremlin" → "Russian government"); a press secretary
    with no such word speaks for the state."""
    (position,) = extract(text, title, source).positions
    assert position.via is not None
    assert (position.holder.name, position.via.name) == (holder, via)
