"""Charts drawn on the server as inline SVG: no script, no network, nothing for a Content
Security Policy to allow, and the same picture in every browser and in a saved page."""

from summarise.charts.figures import FigurePoint, figure_chart
from summarise.charts.lanes import LaneMark, lanes_chart
from summarise.charts.svg import chart_css

__all__ = ["FigurePoint", "LaneMark", "chart_css", "figure_chart", "lanes_chart"]
