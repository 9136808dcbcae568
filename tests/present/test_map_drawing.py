"""A large map drawn quickly (``templates/drawing.js``) looks as vis-network draws it.

The page draws a straight dashed line only where it can reach the window, thin dashed
lines with square dash ends grown by the line's width, and leaves out the lines wholly
outside the window. It draws a single
step of the mouse wheel whole at once, and brings a large map's lines back soon after a
turning wheel rests. These tests hold the pixels against vis-network's own drawing of the
same view, and check that the page (not vis-network's slower timer) brought the lines
back. Nothing here is timed: the tests set how quick a frame must be for a step at once.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps import data as map_data
from samnet.present.maps.page import render_map

pytestmark = pytest.mark.browser

# The canvas drawn with some quick ways and as vis-network draws it, as
# [pixels differing by more than 48 in a channel, pixels drawn].
COMPARE = """async ([scale, ways]) => {
  const m = samnetMap, net = m.network;
  net.moveTo({ scale: net.getScale() * scale, animation: false });
  const canvas = net.canvas.frame.canvas, ctx = canvas.getContext("2d");
  const none = { clip: false, square: false, cull: false, colours: false };
  function pixels(quick) {
    samnetDrawing.use(quick);
    net.redraw();
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  }
  const ours = pixels(Object.assign({}, none, ways)), theirs = pixels(none);
  samnetDrawing.use({ clip: true, square: true, cull: true, colours: true });
  let differ = 0, drawn = 0;
  for (let i = 0; i < ours.length; i += 4) {
    if (theirs[i + 3] > 0) drawn += 1;
    const d = Math.max(Math.abs(ours[i] - theirs[i]), Math.abs(ours[i + 1] - theirs[i + 1]),
                       Math.abs(ours[i + 2] - theirs[i + 2]), Math.abs(ours[i + 3] - theirs[i + 3]));
    if (d > 48) differ += 1;
  }
  return [differ, drawn];
}"""


@pytest.fixture(scope="module")
def ljusdal_big(tmp_path_factory):
    """The bundled Ljusdal map drawn as a large map (lines left out while zooming)."""
    network = build_network(load_dataset(ROOT / "data"), "ljusdal")
    big, map_data._BIG = map_data._BIG, 10
    try:
        html = render_map(network, analyze_network(network))
    finally:
        map_data._BIG = big
    path = tmp_path_factory.mktemp("drawing") / "ljusdal.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("scale", [1, 2.5, 0.5])
def test_dashed_lines_clipped_to_the_window_are_the_lines_vis_network_draws(open_map, ljusdal_big, scale):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    assert page.evaluate("samnetDrawing.clipsDashes()")
    assert page.evaluate("samnetMap.data.edges.filter(e => e.dashes && !e.hidden).length") > 10
    differ, drawn = page.evaluate(COMPARE, [scale, {"clip": True}])
    assert drawn > 10_000
    # Rounding moves a dash's edge by far less than a pixel; a dash out of step differs by hundreds.
    assert differ <= 20, (differ, drawn)
    assert log.errors == []


@pytest.mark.parametrize("scale", [1, 2.5])
def test_thin_dashed_lines_with_square_ends_look_as_with_round_ends(open_map, ljusdal_big, scale):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    differ, drawn = page.evaluate(COMPARE, [scale, {"clip": True, "square": True}])
    # Only the corners of a dash's ends differ (under a pixel each: 0.6–0.9 % of the pixels drawn,
    # with how many dash ends the layout puts in view); dashes out of step differ in 3 %.
    assert differ < drawn / 100, (differ, drawn)
    assert log.errors == []


# Every line lit up with the highlighter-pen glow of a comparison's focus, 14 window pixels wide.
GLOW = """() => samnetMap.edges.update(samnetMap.data.edges.map(e =>
  ({ id: e.id, shadow: { enabled: true, color: "rgba(240,200,0,0.95)", size: 14, x: 0, y: 0 } })))"""


@pytest.mark.parametrize("glow", [False, True])
def test_lines_left_out_outside_the_window_and_colours_kept_change_no_pixel(open_map, ljusdal_big, glow):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    if glow:
        page.evaluate(GLOW)
    differ, drawn = page.evaluate(COMPARE, [4, {"cull": True, "colours": True}])
    # Zoomed in four times, most of the lines lie outside the window.
    assert page.evaluate("samnetDrawing.leftOut(samnetMap.network)") > 20
    assert drawn > 10_000
    assert differ == 0, (differ, drawn)
    assert log.errors == []


# Every frame drawn from now on, as whether it drew the lines.
FRAMES = """() => { window.framesDrawn = [];
  const net = samnetMap.network;
  net.on("afterDrawing", () => framesDrawn.push(!net.renderer.zooming)); }"""

# Wheel steps over the middle of the map, all in one task: a wheel that keeps turning.
TURN = """steps => { const canvas = samnetMap.network.canvas.frame.canvas, r = canvas.getBoundingClientRect();
  for (let i = 0; i < steps; i++) canvas.dispatchEvent(new WheelEvent("wheel", {
    deltaY: -100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true })); }"""


def _wheel_once(page):
    box = page.locator(".map-canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    before = page.evaluate("samnetMap.network.getScale()")
    page.mouse.wheel(0, -100)
    page.wait_for_function("() => samnetMap.network.getScale() > 0 && !samnetMap.network.renderer.zooming")
    page.wait_for_function("() => framesDrawn.length > 0 && framesDrawn[framesDrawn.length - 1]")
    assert page.evaluate("samnetMap.network.getScale()") > before


def test_a_single_step_of_the_wheel_draws_the_lines_at_once_after_a_quick_frame(open_map, ljusdal_big):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    assert page.evaluate("samnetMap.data.big && samnetMap.network.renderer.options.hideEdgesOnZoom")
    page.evaluate("samnetDrawing.atOnceWithin(Infinity)")
    page.evaluate(FRAMES)
    _wheel_once(page)
    # No frame without the lines: the step's own frame drew them.
    assert page.evaluate("framesDrawn") == [True]
    assert page.evaluate("[samnetDrawing.atOnce(), samnetDrawing.settled()]") == [1, 0]
    assert log.errors == []


def test_the_lines_come_back_after_the_wheel_without_vis_networks_wait(open_map, ljusdal_big):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    # As after a slow frame: the step's frame leaves the lines out, and the page brings them back.
    page.evaluate("samnetDrawing.atOnceWithin(-1)")
    page.evaluate(FRAMES)
    _wheel_once(page)
    assert page.evaluate("framesDrawn[0]") is False
    assert page.evaluate("[samnetDrawing.atOnce(), samnetDrawing.settled()]") == [0, 1]
    assert log.errors == []


def test_a_turning_wheel_leaves_the_lines_out_until_it_rests(open_map, ljusdal_big):
    page, log = open_map(ljusdal_big, width=1280, height=720)
    page.evaluate("samnetDrawing.atOnceWithin(Infinity)")
    page.evaluate(FRAMES)
    before = page.evaluate("samnetMap.network.getScale()")
    page.evaluate(TURN, 3)
    page.wait_for_function("() => !samnetMap.network.renderer.zooming && framesDrawn.length > 1")
    assert page.evaluate("samnetMap.network.getScale()") > before
    # The first step after the rest drew at once; the next two, at once after it, left the lines
    # out until the wheel rested; then the page drew them, once.
    assert page.evaluate("[samnetDrawing.atOnce(), samnetDrawing.settled()]") == [1, 1]
    assert page.evaluate("framesDrawn") == [False, True]
    assert log.errors == []
