"""``import summarise`` is the public surface: what ``__all__`` lists exists and is enough."""

from __future__ import annotations

from helpers import SEEDS

import summarise


def test_all_names_are_importable_and_unique() -> None:
    assert len(summarise.__all__) == len(set(summarise.__all__))
    missing = [name for name in summarise.__all__ if not hasattr(summarise, name)]
    assert missing == []


def test_all_lists_every_public_name_the_package_binds() -> None:
    """A name bound in ``summarise/__init__.py`` but left out of ``__all__`` is a half-public
    name; submodules are reached through their packages, not listed."""
    bound = {
        name
        for name, value in vars(summarise).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("summarise")
    }
    assert bound - set(summarise.__all__) == set()


def test_the_readme_example_runs_on_the_public_names_only() -> None:
    loaded = summarise.load_articles([SEEDS])
    with summarise.Session(summarise.Settings(backend="baseline"), use_cache=False) as session:
        run = session.extract(loaded)
    briefing = summarise.build_briefing(run.results, backend=session.label)
    text = summarise.render(briefing, "md")

    assert run.failures == []
    assert text.startswith("# Briefing")
    assert "Boris Johnson" in text
