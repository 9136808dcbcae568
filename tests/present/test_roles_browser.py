"""The map's "roll" colouring and what-if toggle in headless Chromium, on the hand-countable chain.

tests/fixtures/brokerage: skola – ifo – samordnare – jour – bvc – {bup, polis}
(bvc, bup and polis share a forum), förskolan outside. Without samordnare,
{skola, ifo} is cut off from {jour, bvc, bup, polis}: 8 pairs
(tests/measure/test_brokerage.py counts them by hand).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps.page import render_map
from samnet.present.maps.roles import ROLE_COLORS

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
GREY = "#F0F0F0"


@pytest.fixture(scope="module")
def chain_page(tmp_path_factory):
    network = build_network(load_dataset(ROOT / "tests" / "fixtures" / "brokerage"), "k")
    path = tmp_path_factory.mktemp("roles") / "chain.html"
    path.write_text(render_map(network, analyze_network(network)), encoding="utf-8")
    return path


def _background(page, node_id: str) -> str:
    return page.evaluate(f"window.samnetMap.nodes.get({node_id!r}).color.background")


def _edge_colour(page, edge_id: str) -> str:
    return page.evaluate(f"(window.samnetMap.edges.get({edge_id!r}).color || {{}}).color")


def test_role_colouring(open_map, chain_page):
    page, log = open_map(chain_page, width=1280, height=720)
    group_colour = _background(page, "ifo")
    page.select_option("#color-by", "role")
    # By hand: ifo coordinator, samordnare gatekeeper/representative, jour and bvc liaison, skola none.
    assert _background(page, "ifo") == ROLE_COLORS["coordinator"]
    assert _background(page, "samordnare") == ROLE_COLORS["gatekeeper"]
    assert _background(page, "jour") == ROLE_COLORS["liaison"]
    assert _background(page, "bvc") == ROLE_COLORS["liaison"]
    assert _background(page, "skola") == ROLE_COLORS[""]
    assert page.is_visible("#role-legend") and not page.is_visible("#group-legend")
    page.select_option("#color-by", "group")
    assert _background(page, "ifo") == group_colour
    assert page.is_visible("#group-legend") and not page.is_visible("#role-legend")
    assert not log.errors and not log.blocked


def test_whatif_greys_out_what_is_lost(open_map, chain_page):
    page, log = open_map(chain_page, width=1280, height=720)
    original = _edge_colour(page, "p:ifo|skola")
    # Off: selecting an actor changes nothing.
    page.evaluate("window.samnetWhatIf(0, 'samordnare')")
    assert _background(page, "samordnare") != GREY
    page.check("#whatif")
    status = page.evaluate("window.samnetWhatIf(0, 'samordnare')")
    assert "8 aktörspar" in status and "2 aktörer" in status
    for lost in ("samordnare", "ifo", "skola"):
        assert _background(page, lost) == GREY, lost
    for kept in ("jour", "bvc", "bup", "polis"):
        assert _background(page, kept) != GREY, kept
    assert _edge_colour(page, "p:ifo|skola") != original
    assert _edge_colour(page, "p:bvc|jour") != _edge_colour(page, "p:ifo|skola")
    # An actor whose loss cuts nothing: only itself.
    status = page.evaluate("window.samnetWhatIf(0, 'bup')")
    assert "som förut" in status
    assert _background(page, "bup") == GREY and _background(page, "ifo") != GREY
    # Switched off, everything is back.
    page.uncheck("#whatif")
    assert _background(page, "bup") != GREY
    assert _edge_colour(page, "p:ifo|skola") == original
    page.check("#whatif")
    page.evaluate("window.samnetWhatIf(0, 'samordnare')")
    page.screenshot(path=str(chain_page.with_suffix(".png")))
    assert not log.errors and not log.blocked
