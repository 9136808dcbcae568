"""The check on the kommun map, in headless Chromium: the toggle lights up the pairs behind the gaps.

Uses the ``open_map`` fixture of ``conftest.py``. On the bundled data, Ljusdal's
map held against the Dalarna norm holds vardgivare-internt (below: the region's
units coordinate below level 3) and lists the missing and partly met rules, and
the paper-and-practice lines.
"""

from __future__ import annotations

import json

import pytest
from conftest import DATA, ROOT
from test_browser import assert_clean

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.load.norm import bundled_norm
from samnet.measure.check import check_network
from samnet.measure.metrics import analyze_network
from samnet.present.check_page import check_side_html
from samnet.present.maps.page import render_map

pytestmark = pytest.mark.browser


def test_the_check_toggle_lights_up_the_pairs_of_a_rule(open_map, tmp_path):
    network = build_network(load_dataset(DATA), "ljusdal")
    check = check_network(network, bundled_norm())
    path = tmp_path / "map.html"
    path.write_text(
        render_map(network, analyze_network(network), side_html=check_side_html(check, "Dalarna", has_documents=False)),
        encoding="utf-8",
    )
    page, log = open_map(path, width=1280, height=720)
    section = page.locator("section.samnet-check")
    assert section.is_visible()
    # The rules judged missing or partly are listed with the agreement's words.
    listed = section.locator("div.samnet-check-rule").all_inner_texts()
    gaps = [r for r in check.results if r.rule.required and r.status in ("missing", "partly")]
    assert len(listed) == len(gaps) and all(any(r.rule.text in li for li in listed) for r in gaps)
    buttons = page.locator("section.samnet-check button[data-focus]")
    specs = [json.loads(s) for s in buttons.evaluate_all("bs => bs.map(b => b.getAttribute('data-focus'))")]
    below = check.result("vardgivare-internt")
    assert below.status == "below"
    wanted = [list(p) for p in below.pairs]
    index = next(i for i, spec in enumerate(specs) if spec["pairs"] == wanted and i > 0)
    buttons.nth(index).click()
    focused = page.evaluate("() => samnetMap.focused()")
    assert focused["nodes"] == sorted({a for p in below.pairs for a in p})
    assert len(focused["edges"]) == len(below.pairs)
    # Names, not ids, on the page; the paper-and-practice line is there.
    text = section.inner_text()
    assert "ljusdal-" not in text and "Papper och praktik" in text
    out = ROOT / "output"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "ljusdal-check-map.png"))
    page.click("#focus-clear")
    assert page.evaluate("() => samnetMap.focused()") is None
    assert_clean(log)
