import datetime as dt
import xml.etree.ElementTree as ET

from detente.analysis import Bucket, Edge, Network
from detente.brief.svg import CONFLICT, COOPERATION, network_svg, series_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_series_draws_one_bar_per_nonzero_count():
    day = dt.date(2014, 3, 3)
    buckets = [
        Bucket(day, day, verbal_cooperation=2, verbal_conflict=1),
        Bucket(day + dt.timedelta(days=1), day + dt.timedelta(days=1)),
        Bucket(day + dt.timedelta(days=2), day + dt.timedelta(days=2), material_conflict=5),
    ]
    root = ET.fromstring(series_svg(buckets, "A \u2013 B <&>"))
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    assert sorted(fills) == sorted([COOPERATION, CONFLICT, CONFLICT])
    heights = {r.get("fill"): float(r.get("height")) for r in root.iter(f"{SVG}rect")}
    assert heights[CONFLICT] > heights[COOPERATION]


def test_network_draws_signed_edges():
    edges = (
        Edge("JPN", "RUS", 3, 3, 0, 8.4, 1, ("a",)),
        Edge("JPN", "USA", 3, 3, 0, 8.4, 1, ("b",)),
        Edge("RUS", "USA", 4, 0, 4, -8.0, -1, ("c",)),
    )
    net = Network(dt.date(2014, 3, 1), dt.date(2014, 3, 14), 3, 0.2, edges)
    root = ET.fromstring(network_svg(net))
    lines = list(root.iter(f"{SVG}line"))
    assert len(lines) == 3
    assert sum(1 for line in lines if line.get("stroke-dasharray")) == 1
    assert len(list(root.iter(f"{SVG}circle"))) == 3
