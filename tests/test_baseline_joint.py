"""A joint statement speaks for its signatories as one holder, named by the group or
listed; one member's words stay that member's, and an unnamed group is no one state."""

from __future__ import annotations

import pytest
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


def test_what_the_signatories_agreed_to_among_themselves_is_no_position() -> None:
    """The guide: an agreement the signatories made with each other is the meeting's
    outcome; their condemnation of a third party stays their position."""
    draft = extract(
        "We, the Leaders of the G7, condemn the shelling of Moldovan villages. "
        "We have agreed to connect our electricity grids by 2025 and agreed to hold our next "
        "summit in Ottawa.",
        "G7 Leaders' Statement on Moldova",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("G7", "accuse")]


def test_a_pledge_to_work_together_is_the_meetings_not_the_speakers() -> None:
    """ "We pledged to work together" after a meeting of several leaders is what they
    undertook to each other; "we pledged to send" is the speaker's own."""
    together = extract(
        "Today I met with the leaders of Estonia and Latvia. We pledged to work together on "
        "the security of the Baltic Sea.",
        "Statement by President Anna Reed",
        WHITE_HOUSE,
    )
    assert positions(together) == []
    alone = extract(
        "Today I met with the leaders of Estonia and Latvia. We pledged to send two more "
        "air defence batteries to the Baltic states.",
        "Statement by President Anna Reed",
        WHITE_HOUSE,
    )
    assert [p.stance for p in alone.positions] == ["commit"]


def test_one_government_s_we_agreed_to_with_no_occasion_is_its_commitment() -> None:
    """With no meeting or call told of, "we agreed to" is a decision of the speaker's side,
    not an agreement reached with anyone."""
    draft = extract(
        "Foreign Minister Jan Kowal of Poland said: \u201cWe agreed to send more air defence "
        "systems to Ukraine.\u201d"
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Jan Kowal", "commit")]


def test_an_agreed_punitive_response_stays_the_speakers_threat() -> None:
    """The guide: a participant voicing a threat agreed with others holds it himself."""
    draft = extract(
        "Prime Minister Tom Hale said: \u201cWe agreed to impose severe sanctions on Russia "
        "if it attacks Moldova.\u201d"
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Tom Hale", "threaten")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday I met the leaders of Finland and Sweden to review our common commitment to "
        "the security of the Baltic Sea.",
        "Our two nations are linked by a long border and by a common commitment to free trade.",
        "The talks in Oslo turned to our mutual commitments on energy security.",
    ],
)
def test_a_commitment_several_parties_share_is_no_ones_own_pledge(sentence: str) -> None:
    """What several parties committed to together is their occasion's outcome, not the
    speaker's pledge; the speaker's own commitment stays one."""
    title = "Statement by President Anna Reed"
    assert positions(extract(sentence, title, WHITE_HOUSE)) == []


def test_the_speakers_own_commitment_stays_a_pledge() -> None:
    draft = extract(
        "I reaffirmed our commitment to the security of the Baltic Sea.",
        "Statement by President Anna Reed",
        WHITE_HOUSE,
    )
    assert [p.stance for p in draft.positions] == ["commit"]


def test_the_parties_of_a_joint_statement_are_its_signers() -> None:
    """The guide: a joint statement issued as a text is its signers' voice, however it
    names them ("The Parties", "Both sides"); a title in sentence case names them too."""
    draft = extract(
        "The Parties condemn the blockade of the Kerch Strait. Both sides call on Belarus to "
        "close its airspace to military flights.",
        "Joint statement by the Presidents of Finland and Norway following talks in Oslo",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [
        ("Finland and Norway", "accuse"),
        ("Finland and Norway", "demand"),
    ]


def test_signers_named_as_states_in_the_subject_hold_the_clause() -> None:
    draft = extract(
        "The Kingdom of Norway and the Republic of Finland express concern at the shelling "
        "of villages in Moldova.",
        "Joint statement of Finland and Norway",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Finland and Norway", "concern")]


def test_some_of_the_signers_named_as_such_hold_their_own_clause() -> None:
    draft = extract(
        "We, the Presidents of Latvia, Lithuania and the Republic of Poland, meeting in Riga, "
        "state the following. The Presidents of Lithuania and Poland support the accession "
        "of Moldova to the European Union.",
        "Joint Declaration of the Presidents of Latvia, Lithuania and Poland",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Lithuania and Poland", "support")]


def test_parties_who_did_not_sign_are_not_the_statements_voice() -> None:
    draft = extract(
        "Sweden and Denmark support the accession of Moldova to the European Union.",
        "Joint statement by Finland and Norway",
        KYIV,
    )
    assert "Finland and Norway" not in holders(draft)


def test_what_the_parties_agreed_with_each_other_is_no_position() -> None:
    draft = extract(
        "The Parties condemn the blockade of the Kerch Strait. The Parties agreed to hold "
        "their next meeting in Bergen in June.",
        "Joint statement by Finland and Norway",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Finland and Norway", "accuse")]


def test_the_parties_of_a_readout_stay_the_meetings_outcome() -> None:
    """Precision first: outside a joint statement, what the parties said together is
    nobody's position."""
    draft = extract(
        "President Anna Reed met the Prime Minister of Norway in Oslo. The Parties condemned "
        "the blockade of the Kerch Strait.",
        "Readout of President Anna Reed's meeting with the Prime Minister of Norway",
        WHITE_HOUSE,
    )
    assert positions(draft) == []


def test_signers_listed_one_office_at_a_time_are_the_statements_we() -> None:
    draft = extract(
        "We, the President of Finland, Anna Virtanen, and the Prime Minister of Norway, "
        "Lars Berg, met in Oslo today and declare the following. We condemn the blockade of "
        "the Kerch Strait.",
        "Joint statement on the Black Sea",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Finland and Norway", "accuse")]


@pytest.mark.parametrize(
    "opening",
    [
        "We, the Presidents of Latvia, Lithuania and the Republic of Poland, meeting in Riga",
        "Today, we, the Presidents of Latvia, Lithuania and the Republic of Poland, meeting "
        "in Riga",
        "As the blockade goes on, we, the Presidents of Latvia, Lithuania and the Republic "
        "of Poland, meeting in Riga",
        "At the same time, we, the Presidents of Latvia, Lithuania and the Republic of "
        "Poland, meeting in Riga",
    ],
)
def test_signers_listed_after_a_fronted_adverbial_are_the_statements_we(opening: str) -> None:
    draft = extract(
        f"{opening}, state the following. We condemn the blockade of the Kerch Strait, the "
        "Presidents declared.",
        "Joint Declaration on the Black Sea",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)][:1] == [
        ("Latvia, Lithuania and Poland", "accuse")
    ]
    (meeting,) = draft.diplomatic_contacts
    assert [a.name for a in meeting.participants] == [
        "President of Latvia",
        "President of Lithuania",
        "President of Poland",
    ]


def test_signers_one_at_a_time_after_a_fronted_adverbial_are_the_statements_we() -> None:
    draft = extract(
        "On 3 May, we, the President of Finland, Anna Virtanen, and the Prime Minister of "
        "Norway, Lars Berg, met in Oslo and declare the following. We condemn the blockade "
        "of the Kerch Strait.",
        "Joint statement on the Black Sea",
        KYIV,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Finland and Norway", "accuse")]


def test_we_the_people_after_a_fronted_adverbial_lists_no_signers() -> None:
    draft = extract(
        "Today, we, the people of Latvia, condemn the blockade of the Kerch Strait.",
        "Address of the President of Latvia",
        KYIV,
    )
    assert "Latvia, Lithuania and Poland" not in holders(draft)
    assert draft.diplomatic_contacts == []


@pytest.mark.parametrize(
    "subject", ["The three leaders", "The four presidents", "The three heads of state"]
)
def test_three_or_four_parties_counted_speak_together_in_a_readout(subject: str) -> None:
    """A readout of a call of three or four counts them; what they said together is the
    occasion's outcome, as for "the two leaders"."""
    draft = extract(
        "MS. HOLT: Earlier today, the President had a phone call with Prime Minister Sofia "
        f"Marin of Romania and President Pavel Dusek of the Czech Republic. {subject} said they "
        "were deeply troubled by the drone strikes on Black Sea ports.",
        "Press Briefing by Press Secretary Dana Holt",
        WHITE_HOUSE,
    )
    assert positions(draft) == []


def test_three_leaders_as_an_object_do_not_speak() -> None:
    """Look-alike: the counted leaders after the verb are what is welcomed, not who speaks."""
    draft = extract(
        "President Lena Voss spoke with Prime Minister Sofia Marin of Romania and President "
        "Pavel Dusek of the Czech Republic. President Voss praised the unity shown by the "
        "three leaders.",
        "Readout of President Lena Voss's Call",
        WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Lena Voss", "support")]


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        (
            "We, the Leaders of the Quad \u2014 President Dana Holt of the United States, "
            "Prime Minister Anna Lind of Australia, Prime Minister Ravi Mehta of India and "
            "Prime Minister Kenji Sato of Japan \u2014 met by video today.",
            "Quad",
        ),
        (
            "We, the leaders of the Lublin Triangle - President Jan Kowal of Poland, President "
            "Ruta Jonaite of Lithuania and President Oleh Bondar of Ukraine - met in Lublin.",
            "Lublin Triangle",
        ),
        # the dash names the group itself, not its members one by one
        (
            "We, the Presidents of Latvia, Moldova and Ukraine \u2013 the Riga Group, met in "
            "Riga today.",
            "Riga Group",
        ),
    ],
)
def test_signers_listed_after_a_dash_leave_the_group_the_holder(opening: str, group: str) -> None:
    """ "We, the Leaders of the Quad — President A of X, …": the dash lists the group's
    members one by one, so the group holds what it says, not the first member named."""
    draft = extract(
        f"{opening} We condemn the shelling of Kharkiv and urge Russia to pull its forces "
        "out of Ukraine.",
        "Joint Statement",
        WHITE_HOUSE,
    )
    assert set(holders(draft)) == {group}
