"""Whose words a sentence carries: quotations, speaker turns, the document's own voice,
subjects with verbs of saying or stance, and the readout's passive."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, holders, positions


def test_a_quotation_belongs_to_the_reporting_clause_after_it() -> None:
    draft = extract(
        "\u201cThe talks must continue,\u201d said Chancellor Klara Voss of Germany. "
        "\u201cWe reject any use of force.\u201d"
    )
    assert positions(draft) == [
        ("Klara Voss", "demand", "talks must continue"),
        ("Klara Voss", "oppose", "any use of force"),
    ]
    assert draft.positions[1].evidence[0].quote == "We reject any use of force.\u201d"


def test_a_short_quotation_opening_its_sentence_is_speech() -> None:
    draft = extract(
        "Chancellor Anna Berger of Austria spoke in Vienna. \u201cWe oppose any attack on "
        "our neighbours,\u201d Berger told reporters."
    )
    assert positions(draft) == [("Anna Berger", "oppose", "any attack on our neighbours")]


def test_a_quotation_after_a_colon_belongs_to_the_clause_before_it() -> None:
    draft = extract(
        "Chancellor Klara Voss of Germany said: \u201cWe strongly support the sovereignty "
        "of Moldova.\u201d"
    )
    assert positions(draft) == [("Klara Voss", "support", "sovereignty of Moldova")]
    assert draft.positions[0].target is not None
    assert draft.positions[0].target.name == "Moldova"


def test_a_subject_with_a_verb_of_stance_holds_its_clause() -> None:
    assert positions(extract("Norway accused Russia of violating the ceasefire.")) == [
        ("Norway", "accuse", "Russia of violating the ceasefire")
    ]


def test_a_later_verb_of_the_same_subject_is_still_theirs() -> None:
    draft = extract(
        "Foreign Minister Jan Kowal of Poland arrived in Kyiv and expressed support for the "
        "sovereignty of Ukraine."
    )
    assert positions(draft) == [("Jan Kowal", "support", "sovereignty of Ukraine")]


def test_a_subordinate_clause_has_a_subject_of_its_own() -> None:
    draft = extract(
        "Tensions rose further on Sunday, as Norway warned that the conflict could spread to "
        "the Baltic states."
    )
    assert holders_and_stances(draft) == [("Norway", "warn")]


def test_a_time_expression_may_open_the_sentence() -> None:
    draft = extract("On Tuesday Mr Kowal urged Belarus to close its border with Ukraine.")
    assert holders_and_stances(draft) == [("Kowal", "demand")]
    assert draft.positions[0].when == "On Tuesday"


def test_a_condition_before_the_subject_is_not_the_subject() -> None:
    draft = extract("If Russia invades, Germany will impose severe sanctions.")
    assert holders_and_stances(draft) == [("Germany", "threaten")]


def test_a_readouts_passive_keeps_the_last_speaker() -> None:
    draft = extract(
        "Vladimir Varga had a meeting with Foreign Minister Igor Sand. The President of "
        "Russia stressed that the talks must go on. It was noted that the Western sanctions "
        "are illegitimate.",
        "Meeting with Foreign Minister Igor Sand",
        KREMLIN,
    )
    # Sanctions judged illegitimate are a decision rejected (``measures_judged``), and what
    # the judgement is said of is the topic (``topic_bounds.judged_subject``).
    assert positions(draft)[1] == ("Vladimir Varga", "oppose", "Western sanctions")


def test_a_linking_adverbial_carries_on_the_last_speakers_argument() -> None:
    draft = extract(
        "Chancellor Klara Voss of Germany said that Moscow keeps breaking the ceasefire. "
        "At the same time, the separatists are violating the truce near the contact line."
    )
    assert holders_and_stances(draft)[-1] == ("Klara Voss", "accuse")
    assert draft.positions[-1].evidence[0].quote.startswith("At the same time,")


def test_after_all_carries_on_an_according_to_source() -> None:
    draft = extract(
        "According to Foreign Minister Jan Kowal of Poland, Russia must withdraw its troops "
        "from Belarus. After all, the build-up on the border is a dangerous provocation."
    )
    assert holders_and_stances(draft) == [("Jan Kowal", "demand"), ("Jan Kowal", "accuse")]


def test_a_linking_adverbial_without_a_speaker_just_before_is_nobodys() -> None:
    assert (
        extract(
            "Chancellor Klara Voss of Germany said that Moscow keeps breaking the ceasefire. "
            "The talks ended late in the evening. At the same time, the separatists are "
            "violating the truce near the contact line."
        ).count()
        == 1
    )


def test_according_to_gives_the_sentence_to_its_source() -> None:
    draft = extract(
        "According to Foreign Minister Jan Kowal of Poland, Russia must withdraw its troops "
        "from Belarus."
    )
    assert positions(draft) == [
        ("Jan Kowal", "demand", "Russia must withdraw its troops from Belarus")
    ]


def test_this_was_stated_by_gives_the_sentence_before_to_its_speaker() -> None:
    draft = extract(
        "The ultimatum from Moscow is unacceptable. This was stated by Foreign Minister Oleh "
        "Danyliuk of Ukraine."
    )
    assert holders_and_stances(draft) == [("Oleh Danyliuk", "oppose")]
    assert draft.positions[0].evidence[0].quote == "The ultimatum from Moscow is unacceptable."


@pytest.mark.parametrize(
    ("text", "source", "holder", "via"),
    [
        (
            "Ukraine rejects any ultimatum from Moscow. This was stated by Foreign Minister "
            "Oleh Danyliuk of Ukraine.",
            None,
            "Ukraine",
            "Oleh Danyliuk",
        ),
        (
            "Russia insists on binding guarantees that the alliance will not expand. This "
            "position was set out by Presidential Aide Pavel Orlov.",
            KREMLIN,
            "Russia",
            "Pavel Orlov",
        ),
    ],
)
def test_a_state_stated_by_its_official_holds_the_position_through_them(
    text: str, source: str | None, holder: str, via: str
) -> None:
    """ "Russia continues to seek …. This was stated by Presidential Aide X": the state the
    sentence names holds it, its official is the voice (as a spokesperson is)."""
    (position,) = extract(text, source=source).positions
    assert position.via is not None
    assert (position.holder.name, position.via.name) == (holder, via)


def test_a_body_reporting_a_person_gives_the_person_via_the_body() -> None:
    (position,) = extract(
        "Downing Street said Prime Minister Tom Barr emphasised the need for dialogue."
    ).positions
    assert (position.holder.name, position.stance, position.topic) == (
        "Tom Barr",
        "demand",
        "dialogue",
    )
    assert position.via is not None
    assert position.via.name == "UK government"


def test_a_question_takes_no_stance() -> None:
    assert extract("Will Russia withdraw its troops from the border?").count() == 0


def test_a_statement_in_a_heads_name_is_the_heads_voice() -> None:
    draft = extract(
        "We condemn the strikes on civilian targets. We urge Russia to stop the war.",
        "Statement by President Reed on Kharkiv",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.holder.country, p.stance) for p in draft.positions] == [
        ("Reed", "United States", "accuse"),
        ("Reed", "United States", "demand"),
    ]


def test_a_transcript_turn_is_its_speakers_and_a_journalists_question_nobodys() -> None:
    draft = extract(
        "PRESIDENT REED: Thank you all for coming. We will never accept the annexation of "
        "Crimea.\nQ: Will you condemn the strikes on Kharkiv?\nPRESIDENT REED: Yes.",
        "Remarks by President Reed on Ukraine",
        WHITE_HOUSE,
    )
    assert positions(draft) == [("Reed", "oppose", "annexation of Crimea")]


def test_a_capitalised_the_president_label_is_a_turn_and_a_bare_q_a_journalists() -> None:
    draft = extract(
        "THE PRESIDENT: Good morning. We will never accept the annexation of Crimea.\n\n"
        "Q Mr. President, Russia denies everything and rejects the talks. Will you act?\n\n"
        "THE PRESIDENT: We stand with Moldova.",
        "Remarks by President Reed on Ukraine",
        WHITE_HOUSE,
    )
    assert positions(draft) == [
        ("Reed", "oppose", "annexation of Crimea"),
        ("Reed", "support", "Moldova"),
    ]


@pytest.mark.parametrize(
    ("title", "holder"),
    [
        ("We stand firm: address by the President of Ukraine", "President of Ukraine"),
        ("Reed's address to the nation", "Reed"),
    ],
)
def test_an_address_named_after_a_headline_or_by_its_speaker_is_that_speakers(
    title: str, holder: str
) -> None:
    draft = extract(
        "Dear compatriots! We condemn the blockade of Moldova. We call on Belarus to open "
        "its border with Lithuania.",
        title,
        KYIV,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        (holder, "accuse"),
        (holder, "demand"),
    ]


def test_another_sides_stance_stated_in_a_statement_is_the_signatorys() -> None:
    draft = extract(
        "Belarus will bear full responsibility for the closure of the border. Belarus must "
        "reopen the border with Lithuania immediately.",
        "Statement by President Reed on Lithuania",
        WHITE_HOUSE,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Reed", "warn"),
        ("Reed", "demand"),
    ]


def test_a_joint_subject_holds_no_position_of_its_own() -> None:
    draft = extract(
        "President Daniel Reed spoke today with Chancellor Klara Voss of Germany. The leaders "
        "reaffirmed their support for the sovereignty of Moldova.",
        "Readout of President Reed's Call with Chancellor Voss of Germany",
        WHITE_HOUSE,
    )
    assert draft.positions == []
    (call,) = draft.diplomatic_contacts
    assert call.topics == ["support for the sovereignty of Moldova"]


def holders_and_stances(draft: object) -> list[tuple[str, str]]:
    return [(holder, stance) for holder, stance, _ in positions(draft)]  # type: ignore[arg-type]


def test_a_reporting_clause_after_a_quotation_ends_with_its_sentence() -> None:
    """'…," Mr X said. A spokesman, Y, said …': the quotation is X's, the nearest speaker
    before the verb in its own sentence, not the next sentence's."""
    draft = extract(
        "\u201cWe are going to make sure we can reassure our allies in Poland,\u201d Mr Biden "
        "said. Pentagon press secretary John Kirby said the deployments were not permanent."
    )
    assert [p.holder.name for p in draft.positions] == ["Biden", "US Department of Defense"]


def test_a_title_with_a_full_stop_does_not_end_the_reporting_clause() -> None:
    draft = extract("\u201cWe will not accept the sanctions against Russia,\u201d said Mr. Putin.")
    assert [p.holder.name for p in draft.positions] == ["Putin"]


def test_a_quotation_opened_in_an_earlier_sentence_is_read_from_this_one() -> None:
    """The second sentence of a quotation takes its stance from its own words, not from
    the cue of the sentence where the quotation opened."""
    draft = extract(
        "Foreign Minister Jan Kowal of Poland spoke in Warsaw. \u201cRussia must withdraw its "
        "troops from the border. We support the sovereignty of Moldova,\u201d Kowal said after "
        "meeting his counterparts from the Baltic states on Monday evening in the capital."
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Jan Kowal", "demand"),
        ("Jan Kowal", "support"),
    ]


def test_a_request_made_of_the_speaker_is_not_the_speakers_demand() -> None:
    draft = extract(
        "President Jan Nowak of Poland said: \u201cPresident Ivan Petrov of Belarus asked me "
        "for a separate meeting on energy. Then we met in Minsk.\u201d"
    )
    assert [p.stance for p in draft.positions if p.holder.name == "Jan Nowak"] == []


def test_a_quotation_after_a_verb_of_stance_and_a_colon_is_the_speakers() -> None:
    draft = extract(
        "Foreign Minister Jan Kowal of Poland warned on Monday: \u201cRussia is massing "
        "troops on the border of Moldova. We support the sovereignty of Moldova.\u201d"
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Jan Kowal", "warn"),
        ("Jan Kowal", "support"),
    ]


def test_a_participle_of_saying_after_a_quotation_is_the_speakers() -> None:
    draft = extract(
        "President Jan Nowak of Poland spoke in Warsaw on Monday. \u201cWe reject any use "
        "of force,\u201d Jan Nowak said at a long press conference, adding that Poland "
        "will support the sovereignty of Moldova."
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Jan Nowak", "oppose"),
        ("Jan Nowak", "support"),
    ]


_RUNNING_ON = (
    "Foreign Minister Jan Kowal of Poland spoke in Warsaw on Monday.\n\n"
    "Kowal said: \u201cRussia must withdraw its troops from the border of Moldova at once.\n\n"
    "\u201cWe support the sovereignty and territorial integrity of Moldova.\u201d\n\n"
    "\u201cWe condemn the shelling of civilians in Moldova.\u201d"
)


def test_a_quotation_running_on_into_the_next_paragraph_keeps_its_speaker() -> None:
    """The paragraph left open goes on in the next; one after a closed quotation with no
    reporting clause of its own is nobody's."""
    assert [(p.holder.name, p.stance) for p in extract(_RUNNING_ON).positions] == [
        ("Jan Kowal", "demand"),
        ("Jan Kowal", "support"),
    ]


def test_a_quotation_after_a_colon_is_read_from_its_own_words() -> None:
    demand = extract(_RUNNING_ON).positions[0]
    assert demand.topic == "Russia must withdraw its troops from the border of Moldova"


def test_a_department_acting_in_a_fact_sheet_holds_its_measure() -> None:
    """The guide: an unsigned document's sentence belongs to the actor it names ("The
    Department of Commerce will …"), also when the verb is a punitive act, not a verb of
    saying; the rest of the fact sheet stays the state's."""
    draft = extract(
        "The Department of Commerce today imposed export restrictions on Belarus. "
        "The United States also announced $20 million in humanitarian aid for Ukraine.",
        "FACT SHEET: New Measures on Belarus",
        WHITE_HOUSE,
    )
    assert holders(draft) == ["US Department of Commerce", "United States"]


def test_a_department_in_a_quotation_leaves_the_words_the_speakers() -> None:
    draft = extract(
        "“The Department of Commerce today imposed export restrictions on Belarus,” "
        "President Tom Reed said.",
        "Remarks by President Reed",
        WHITE_HOUSE,
    )
    assert holders(draft) == ["Tom Reed"]


def _vias(text: str, title: str | None = None, source: str | None = None) -> list[str | None]:
    return [p.via.name if p.via else None for p in extract(text, title, source).positions]


def test_an_interview_gives_the_outlet_as_via_and_the_network_stands_for_it() -> None:
    """The guide: ``via`` is the outlet the article ties the statement to; "the network"
    later is the outlet named before, written as the article writes it."""
    assert _vias(
        "In an interview with CBS News, President Tom Reed urged Americans in Belarus to leave "
        "the country now. He told the network that the situation could deteriorate quickly.",
        "President Reed's Interview with CBS News",
        WHITE_HOUSE,
    ) == ["CBS News", "CBS News"]


def test_told_an_outlet_ties_the_whole_quotation_it_closes() -> None:
    assert _vias(
        "Former ambassador Olga Marsh said: “I think there is a real danger of a wider war. "
        "“The West is ready to impose very severe sanctions on Russia,” she told Sky News."
    ) == ["Sky News", "Sky News"]


def test_an_outlet_merely_named_is_no_via() -> None:
    assert _vias(
        "Olga Marsh, a former ambassador, warned of a real danger of a wider war. "
        "She had watched Sky News all night."
    ) == [None]


def test_we_inside_a_short_quotation_is_its_speaker() -> None:
    """A quotation under the share that makes the whole sentence the speaker's still
    holds the speaker's "we": '"We have sent two more brigades …," X said during a long
    reporting clause' is X's state's deployment."""
    draft = extract(
        "“We have sent two more brigades to protect the ports in the south,” Minister of "
        "Defence of Ukraine Andriy Marchenko said during a meeting with the regional governors "
        "on Monday."
    )
    assert [(m.actor.name, m.activity) for m in draft.military_movements] == [("Ukraine", "deploy")]


def test_a_spokesperson_reporting_the_president_gives_the_president_via_them() -> None:
    """The guide: where a spokesperson's statement reports the President ("President Biden
    made clear …"), the holder is the President and ``via`` the spokesperson."""
    (position,) = extract(
        "President Tom Hale has made clear that the United States has no intention of "
        "deploying combat troops to Ukraine, Press Secretary Anna Reed said.",
        "Press Briefing by Press Secretary Anna Reed",
        WHITE_HOUSE,
    ).positions
    assert position.via is not None
    assert (position.holder.name, position.via.name) == ("Tom Hale", "Anna Reed")
