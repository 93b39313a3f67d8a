"""What a conditional sentence with no stance word says: a threat or a warning.

The guide: a conditional promise of one's own step against the addressee is `threaten`, a
predicted consequence not of the speaker's doing is `warn`. Without a punitive word the
main clause still tells them apart by its grammar. A step of one's own withheld ("if Russia
invades, there will be no meeting", "the pipeline will not move forward": CAMEO 134,
threaten to halt negotiations) or a response of one's own announced ("we will be forced to
respond": CAMEO 13) is a threat; a future of anything else ("the price will be very
high", "missiles will fall on your territory too") is a consequence predicted. So is a
measure named only inside the if-clause when the main clause foretells what follows.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.colon_frames import last_frame
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import WORD, category
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.stance_senses import phrase_end
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS, VERB_NEGATION
from summarise.schema import Stance

IF_PHRASES = ("if", "whether")
IF_CLAUSE = re.compile(r"\b(?:" + "|".join(IF_PHRASES) + r")\b", re.IGNORECASE)
# A modal of prediction in a main clause: what it says will follow is foretold.
_FORETELLING = re.compile(rf"\b(?:{PREDICTIVE_MODALS})\b", re.IGNORECASE)


@cache
def _main_clauses() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A step withheld (an event that will not be, or a plan that will not go on), and the
    speaker's side announcing its response, perhaps as compelled to."""
    lexicon = load_lexicon()
    events = "|".join(f.replace(" ", r"\s+") for f in lexicon.withheld)
    withheld = re.compile(
        r"\bthere\s+(?:will|would)\s+be\s+no\b|"
        rf"\b(?:(?:will|would)\s+not|won[\u2019']t)\s+(?:{events})\b",
        re.IGNORECASE,
    )
    own_response = re.compile(
        r"\b(?:we|I)\s+(?:will|would|shall)\s+(?:(?:be\s+)?(?:forced|compelled|obliged|have)\s+to\s+)?"
        rf"(?:{'|'.join(lexicon.responses)})\b",
        re.IGNORECASE,
    )
    return withheld, own_response


# The auxiliary that opens an inverted condition ("Should Minsk allow an attack, …"): no
# clause opener elsewhere, it opens one here, where nothing stands before it (``_LEAD``).
INVERTED = "should"
# A subject, then a future or a possibility: "the price will be", "Russian missiles will
# soon fall", "Europe could be drawn into a war".
_FUTURE = re.compile(
    r"\W*(?:then\s+)?(?P<subject>[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,3}?)\s+"
    rf"(?:{PREDICTIVE_MODALS})\s+(?!not\b)(?:\w+\s+)?\w+",
    re.IGNORECASE,
)
# What may stand before the condition: nothing, or a verb of saying and "that" (after a
# frame a colon closes, ``last_frame``, which announces the condition as what is said).
_LEAD = re.compile(
    r"(?:[^,;:]*\bthat)?[\s,\u201c\"']*(?:(?:but|and|so|yet)\b[\s,]*)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[\u2013\u2014]\s")
# A possessive just before a cue: the act or fear is its owner's already.
_OWNED = re.compile(r"[\w.-](?:['\u2019]s|s['\u2019])\s+(?:\w+\s+)?$")
# The conditions that may follow the pledge they govern (lexicon.toml [conditions]).
_POSTPOSED_IF = re.compile(
    "|".join(read_data("lexicon.toml")["conditions"]["postposed"]), re.IGNORECASE
)
_JOINED = re.compile(r"\b(?:and|but|or|while|whereas)\b", re.IGNORECASE)
_NEGATED = re.compile(VERB_NEGATION, re.IGNORECASE)


def conditional_stance(scan: TextScan, start: int, end: int) -> tuple[Stance, int, int] | None:
    """The stance of the main clause of ``text[start:end]`` when a condition opens it, with
    the span of the words the topic follows (the step withheld or the response; for a
    warning the condition, which names the conduct warned of); None when no condition
    opens it or its main clause says no future."""
    text = scan.text
    condition = scan.first(load_lexicon().conditions, start, end)
    if condition is None:
        return None
    main = _main_clause_span(text, start, end, condition)
    if main is None:
        return None
    main_start, main_stop = main
    grammar = load_grammar()
    for pattern in _main_clauses():
        found = pattern.search(text, main_start, main_stop)
        if found is not None:
            return "threaten", found.start(), found.end()
    future = _FUTURE.match(text, main_start, main_stop)
    if future is None:
        return None
    subject = future.group("subject").lower().split()
    if subject[0] in grammar.first_person or subject[0] in ("you", "it", "this", "that"):
        return None
    # The condition names the conduct warned of: "if Russia chooses war".
    return "warn", condition.start(), condition.end()


def _main_clause_span(
    text: str, start: int, end: int, condition: re.Match[str]
) -> tuple[int, int] | None:
    """The span of the main clause after ``condition`` when the condition opens the clause
    ``text[start:end]`` (perhaps after a verb of saying and "that", or a frame a colon
    closes) as a subordinate clause a comma closes: "If Russia invades, …", "Should talks
    fail, …"; None otherwise ("we will defend our land if someone tries to take it")."""
    lead = _lead_from(text, start, condition.start())
    if lead is None or _LEAD.fullmatch(text, lead, condition.start()) is None:
        return None
    grammar = load_grammar()
    words = condition.group().lower()
    if (
        words.split()[0] not in grammar.clause_openers
        and words not in grammar.clause_opener_phrases
        and not words.startswith(INVERTED)
    ):
        return None
    stop = _CLAUSE_END.search(text, condition.end(), end)
    if stop is None or text[stop.start()] != ",":
        return None
    main_end = _CLAUSE_END.search(text, stop.end(), end)
    return stop.end(), main_end.start() if main_end is not None else end


def charge_foretold(
    text: str, start: int, end: int, condition: re.Match[str] | None, cue: re.Match[str]
) -> bool:
    """Whether the charge or fear ``cue`` stands in the main clause of a condition that
    opens the clause, a main clause that foretells: the act supposed is judged before it
    happens ("If Russia moves in, it would be a war of choice"; "Should Ukraine be
    let into NATO, the threat to Russia's security would grow"). The guide calls a
    predicted consequence a warning ("any further Russian incursion … would be a tragic
    miscalculation"); nobody is charged with an act not done. A first person opening the
    main clause reacts ("we would regard it as aggression"): not this."""
    if condition is None or category(cue) not in ("accuse", "concern"):
        return False
    main = _main_clause_span(text, start, end, condition)
    if main is None or not main[0] <= cue.start() < main[1]:
        return False
    grammar = load_grammar()
    words = [w.lower() for w in WORD.findall(text, main[0], cue.start())]
    if not words or words[0] in grammar.first_person:
        return False
    if any(w in grammar.clause_openers for w in words) or _OWNED.search(text, main[0], cue.start()):
        # "it will be because Russia has planned this aggression", "Russia's aggression
        # will only unite NATO": a cause given, an act already owned, is charged.
        return False
    return _FORETELLING.search(text, main[0], main[1]) is not None


def _lead_from(text: str, start: int, condition: int) -> int | None:
    """Where the words before a condition begin: after a frame a colon closes ("Chancellor
    Scholz has been clear: if Russia invades, …", "Our position hasn't changed: If …"), which
    announces them as what its subject says; not after a frame that points to what another
    said ("I would point you to what the Under Secretary said yesterday: if …"): the words
    are the one it names, not the clause's holder's: None."""
    frame = last_frame(text, start, condition)
    if frame is None:
        return start
    return None if frame.relayed else frame.said


@cache
def pledged_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of responding and of resisting, as whole words."""
    lexicon = load_lexicon()
    return (
        re.compile(rf"\b(?:{'|'.join(lexicon.responses)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(lexicon.resistances)})\b", re.IGNORECASE),
    )


def conditional_pledge(cue: re.Match[str], condition: re.Match[str] | None) -> Stance | None:
    """The stance of a pledge on a condition, when its verb says what kind of step it is,
    whoever the subject (the grammar above asks for "we" or "I" only where no cue
    decides): a response ("Should the aggressor advance, Ukraine will respond with all its
    forces") is the guide's conditional promise of one's own step against the addressee,
    a threat; resistance on one's own ground ("If their troops cross, we will defend our
    land") harms the other no further, a consequence foretold, a warning. The verb decides
    whatever the condition's place (the guide's "Force promised on a condition"), so an
    if-clause after the pledge counts too ("Moldova will defend its soil if foreign units
    cross the river"), but no other condition there ("will defend it whatever happens").
    None for any other pledge."""
    if condition is None or (condition.start() >= cue.start() and not _postposed(cue, condition)):
        return None
    response, resistance = pledged_verbs()
    if response.search(cue.group()) is not None:
        return "threaten"
    if resistance.search(cue.group()) is not None:
        return "warn"
    return None


def _postposed(cue: re.Match[str], condition: re.Match[str]) -> bool:
    """An if-clause right after the pledge it governs, in its own clause: no comma or
    conjunction between ("would not answer the shelling, but would defend itself if
    its posts were hit" conditions the second pledge, not the first), and a pledge not negated (a
    step forsworn promises no force)."""
    between = cue.string[cue.end() : condition.start()]
    return (
        _POSTPOSED_IF.match(condition.group()) is not None
        and _CLAUSE_END.search(between) is None
        and _JOINED.search(between) is None
        and _NEGATED.search(cue.group()) is None
    )


def measure_supposed(
    scan: TextScan, start: int, end: int, found: list[re.Match[str]]
) -> tuple[int, int] | None:
    """Every measure of the clause named inside an if-clause (up to its comma), whose main
    clause foretells what follows ("If the allies wait for another atrocity to impose a
    ban, they will have paid for the war themselves", "if sanctions are imposed, prices
    will rise"): a consequence predicted, which the guide calls a warning, cued by
    the first measure's span; the measure is the condition's, nobody's pledge or threat. An
    if-clause with no comma after it ("if we add these markets we will forget about the
    sanctions") runs to the sentence's end, and foretells nothing after it."""
    if not found or not scan.may_hold(IF_PHRASES, start, end):
        return None
    text = scan.text
    spans = [
        (m.start(), phrase_end(text, m.end(), end)) for m in IF_CLAUSE.finditer(text, start, end)
    ]
    holding = [next(((a, b) for a, b in spans if a <= m.start() < b), None) for m in found]
    if any(span is None for span in holding):
        return None
    last = max(span[1] for span in holding if span is not None)
    if _FORETELLING.search(text, last, end) is None:
        return None
    return found[0].start(), found[0].end()
