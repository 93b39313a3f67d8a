"""A patrol named as what a movement is for is no second movement.

"Denmark had chosen to send four fighters to Romania to bolster NATO air policing", "four
F-16 fighters are moving to Šiauliai to reinforce NATO's air policing
mission": the infinitive of purpose after a movement (Quirk et al. 15.48) says what the
forces sent are for, and the patrol they will fly is the deployment's aim, not a patrol
told as done or planned on its own. The labels give the deployment only; forces that are
"flying air policing missions" (the patrol as the clause's own verb) still patrol.
"""

from __future__ import annotations

import re

# The purpose infinitive right before the patrol noun, a few words of its owner and
# modifiers between: "to strengthen NATO air policing", "to support NATO's enhanced air
# policing mission".
_PURPOSE = re.compile(
    r"\bto\s+(?:reinforce|strengthen|support|bolster|boost|augment|join|contribute\s+to|"
    r"take\s+part\s+in|help\s+with|assist\s+with)\s+(?:[\w\u2019'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PURPOSE_REACH = 80


def movements_purpose(text: str, trigger: re.Match[str], moved_before: bool) -> bool:
    """Whether the patrol at ``trigger`` is the purpose of a movement told before it in its
    sentence (``moved_before``)."""
    if not moved_before:
        return False
    window = max(0, trigger.start() - _PURPOSE_REACH)
    return _PURPOSE.search(text, window, trigger.start()) is not None
