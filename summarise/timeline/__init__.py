"""The analyst's view over time: the store's items in date order, with what changed."""

from summarise.timeline.build import build_timeline
from summarise.timeline.model import TIMELINE_VERSION, Timeline
from summarise.timeline.render import render_timeline

__all__ = ["TIMELINE_VERSION", "Timeline", "build_timeline", "render_timeline"]
