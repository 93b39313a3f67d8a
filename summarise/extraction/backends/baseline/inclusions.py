"""The openers of an appositive of inclusion (Quirk et al. 17.65): "including", "among
them", "notably", "such as" name a part of the phrase before them ("Units of the Central
Military District, including ten battalion tactical groups, have arrived").

One alternation for every stage that reads such a part (the subject's forces, a giving
verb's theme, a whole's owner, the forces aside before a goal), so that an opener added
to ``grammar.toml`` reaches each.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.datafiles import read_data

INCLUSION = "|".join(
    word.replace(" ", r"\s+") for word in read_data("grammar.toml")["inclusion_openers"]
)
