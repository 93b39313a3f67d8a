"""An office of an international body that the article names without its holder.

"The UN Secretary-General called for a ceasefire", "the IAEA Director General warned",
"the Secretary-General of the United Nations appealed": the office is held by one person at
a time, the body is no state, and the reader knows whose words these are as surely as with
"the President of Russia" (``refs.office``). The holder is that person, named as the title
names the office, of the body's side; an office many hold at once ("a NATO spokesperson",
"UN officials") names nobody in particular, and stays no one.
"""

from __future__ import annotations

from summarise.actors import single_holder
from summarise.extraction.backends.baseline.patterns import GENITIVE_END
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.titles import Title


def body_office(title: Title) -> ActorRef | None:
    """The holder of a single-holder office of a body no state owns, else None."""
    if title.body is None or title.country is not None or not single_holder(title.office):
        return None
    # "the OSCE Secretary General's appeal": the office, not its genitive, names the holder.
    name = GENITIVE_END.sub("", title.text.removeprefix("the ").removeprefix("The ")).strip()
    return ActorRef(name, "person", title.body, name)
