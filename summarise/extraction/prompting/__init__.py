"""How an article becomes requests to a model and each reply a draft: the prompts, the
strategies (one request or one per category, quotes or sentence ids, candidates), the
schemas sent, and the reading of replies. Only the model backends use it; the offline
baseline reads the text itself."""
