"""The openers of an appositive of inclusion (Quirk et al. 17.65): "including", "among
them", "notably", "such as" name a part of the phrase before them ("Units of the Central
Military District, including ten battalion tactical groups, have arrived"); and those of a
comitative adjunct (Quirk et al. 8.88): "together with", "along with", "alongside" name
other forces that go with them, each moving, as the additive "as well as" does.

One alternation each for every stage that reads such a phrase (the subject's forces, a
giving verb's theme, a whole's owner, the forces aside before a goal, a drill's partner,
forces coordinated in one movement), so that an opener added to ``grammar.toml`` reaches
each.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.word_classes import alternation

INCLUSION = alternation("inclusion_openers")
COMITATIVE = alternation("comitative_openers")
# The comitative openers with the additive: what forces named after them go with.
ACCOMPANYING = f"{COMITATIVE}|{alternation('additive_openers')}"
