"""Pure functions from selector output (plain dicts) to Plotly figure dicts.

No Django and no plotly import: pages embed the returned dict with `json_script` and hand
it to the vendored plotly-geo bundle (`Plotly.newPlot(div, figure)`).
"""

from __future__ import annotations

from conflicts.charts.map import STATUS_COLOURS, map_figure
from conflicts.charts.timeline import timeline_figure

__all__ = ["STATUS_COLOURS", "map_figure", "timeline_figure"]
