"""summarise: crisis news articles in, a sourced and structured briefing out."""
