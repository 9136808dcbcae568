"""Labels at the edges of the maps, in headless Chromium at 1280×720: on the first frame every label
vis-network draws lies whole inside the map, and "Visa hela kartan" puts every node on screen.

The first frame is framed on the labels' boxes as vis-network draws them (an external label hangs
half a font size and 4 px below its dot), so a label near the bottom is not cut.
Run with ``pytest -m browser``; needs Playwright and Debian's ``chromium``.
"""

from __future__ import annotations

import pytest

from samnet.load.source import bundled_data_dir, load_data
from samnet.runs import analysis_run

pytestmark = pytest.mark.browser

#: Every label vis-network draws now, as a box in the map canvas's own pixels.
DRAWN_LABELS = """() => {
  const out = [];
  for (const v of window.samnetMaps) {
    const net = v.network, scale = net.getScale();
    for (const id in net.body.nodes) {
      const n = net.body.nodes[id];
      if (n.options.hidden || !n.options.label) continue;
      // vis-network skips a label smaller than its drawThreshold - 1 on screen.
      if (n.options.font.size * scale < n.options.scaling.label.drawThreshold - 1) continue;
      const s = n.labelModule.size;
      const a = net.canvasToDOM({x: s.left, y: s.top}), b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
      out.push({id: id, l: a.x, t: a.y, r: b.x, b: b.y});
    }
  }
  return out;
}"""

#: Every node's dot, as a box in the map canvas's own pixels.
DOTS = """() => {
  const net = window.samnetMap.network, out = [];
  for (const id in net.body.nodes) {
    const n = net.body.nodes[id], r = n.options.size;
    const a = net.canvasToDOM({x: n.x - r, y: n.y - r}), b = net.canvasToDOM({x: n.x + r, y: n.y + r});
    out.push({id: id, l: a.x, t: a.y, r: b.x, b: b.y});
  }
  return out;
}"""

CANVAS = (
    "() => { const r = window.samnetMap.network.body.container.getBoundingClientRect(); return [r.width, r.height]; }"
)


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    """The regional maps of both bundled data sets, and Vadstena's, whose bottom labels were cut."""
    paths = {}
    for example, names in (
        ("ostergotland", ("map.html", "vadstena/map.html", "ydre/map.html")),
        ("gavleborg", ("map.html",)),
    ):
        folder = tmp_path_factory.mktemp(example)
        run = analysis_run(load_data(bundled_data_dir(example)), output_dir=folder, report=False)
        for name in names:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(run.files[path], encoding="utf-8")
            paths[f"{example}/{name}"] = path
    return paths


def _outside(boxes, width, height):
    return [b for b in boxes if b["l"] < 0 or b["t"] < 0 or b["r"] > width or b["b"] > height]


@pytest.mark.parametrize(
    ("name", "least"),
    [
        # Grouped by kommun, the regional map opens on the whole län: its forums' labels where they have room.
        ("ostergotland/map.html", 2),
        ("ostergotland/vadstena/map.html", 10),
        ("ostergotland/ydre/map.html", 5),
        ("gavleborg/map.html", 25),
    ],
)
def test_every_label_on_the_first_frame_is_whole(open_map, maps, name, least):
    page, log = open_map(maps[name], width=1280, height=720)
    labels = page.evaluate(DRAWN_LABELS)
    assert len(labels) >= least
    width, height = page.evaluate(CANVAS)
    assert _outside(labels, width, height) == []
    assert log.errors == []


@pytest.mark.parametrize("name", ["ostergotland/map.html", "gavleborg/map.html"])
def test_show_the_whole_map_puts_every_node_and_drawn_label_on_screen(open_map, maps, name):
    page, log = open_map(maps[name], width=1280, height=720)
    width, height = page.evaluate(CANVAS)
    # The first frame of a regional map frames its central actors, so that their labels can be read.
    page.click("#fit")
    assert _outside(page.evaluate(DOTS), width, height) == []
    assert _outside(page.evaluate(DRAWN_LABELS), width, height) == []
    assert log.errors == []


def _overlapping(boxes):
    return [
        (a.get("id"), b.get("id"))
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if min(a["r"], b["r"]) > max(a["l"], b["l"]) and min(a["b"], b["b"]) > max(a["t"], b["t"])
    ]


#: Each kommun's name box on screen, in the map canvas's pixels.
GROUP_NAMES = """() => window.samnetMap.groupBoxes().map(g => {
  const net = window.samnetMap.network, a = net.canvasToDOM({x: g.name.l, y: g.name.t}),
        b = net.canvasToDOM({x: g.name.r, y: g.name.b});
  return {id: g.id, l: a.x, t: a.y, r: b.x, b: b.y};
})"""


def test_the_grouped_regional_map_opens_on_every_kommun_with_its_name_whole(open_map, maps):
    page, log = open_map(maps["ostergotland/map.html"], width=1280, height=720)
    width, height = page.evaluate(CANVAS)
    names = page.evaluate(GROUP_NAMES)
    assert len(names) == 13
    # Every kommun's name on screen, none over another, none over a label the map draws.
    assert _outside(names, width, height) == []
    assert _overlapping(names) == []
    labels = page.evaluate(DRAWN_LABELS)
    assert [(n["id"], x["id"]) for n in names for x in labels if _overlapping([n, x])] == []
    # The whole län: every node on screen.
    assert _outside(page.evaluate(DOTS), width, height) == []
    assert log.errors == []
