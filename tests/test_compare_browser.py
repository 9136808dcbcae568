"""The comparison page in a real browser: the same offline headless-Chromium checks as the maps.

Reuses the ``open_map`` fixture of ``conftest.py`` and the helpers of
``test_browser.py``: both maps must draw exactly the nodes and edges the
drawing rule gives, nothing may be fetched from the network, no script
error or dialog may occur, and the differing type pairs must be the
highlighted edges. Run with ``pytest -m browser``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from samnet.compare import TOP, compare_networks, highlight_pairs
from samnet.compare_page import render_comparison_html
from samnet.compare_words import difference_sentences
from samnet.graph import build_network
from samnet.loader import load_dataset
from samnet.metrics import analyze_network
from samnet.model import Actor, Dataset, Kommun, Link
from test_browser import assert_clean, counts, expected

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "tests" / "fixtures" / "compare" / "pair"
DATA = ROOT / "data"


def _bundled() -> Dataset | None:
    try:
        dataset = load_dataset(DATA)
    except Exception:  # not bundled yet; tests/test_bundled_data.py reports a broken one
        return None
    return dataset if {"ljusdal", "sandviken"} <= set(dataset.kommuner) else None


def _highlighted(network, highlight) -> int:
    """Edges drawn with the highlighter: by the drawing rule of samnet.render, a samverkan line for each
    pair joined by a link, an arrow for each one-way link and a line from each forum to each member,
    highlighted when the pair of actor types (for a forum line: the member with any other member)
    differs between the kommuner."""
    actors = network.actors

    def pair(u: str, v: str) -> frozenset:
        return frozenset({actors[u].type, actors[v].type})

    lines = sum(1 for u, v, d in network.samverkan.edges(data=True)
                if any(isinstance(tie, Link) for tie in d["ties"]) and pair(u, v) in highlight)
    arrows = sum(1 for link in network.one_way if pair(link.source, link.target) in highlight)
    members = sum(1 for forum in network.forums for m in forum.members
                  if any(pair(m, o) in highlight for o in forum.members if o != m))
    return lines + arrows + members


CASES = [("pair", "norrby", "soderby")]
if _bundled() is not None:
    CASES.append(("data", "ljusdal", "sandviken"))


@pytest.mark.parametrize(("source", "a", "b"), CASES, ids=[f"{a}-{b}" for _, a, b in CASES])
def test_comparison_page(open_map, tmp_path, source, a, b):
    dataset = load_dataset(PAIR) if source == "pair" else _bundled()
    net_a, net_b = build_network(dataset, a), build_network(dataset, b)
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / f"compare-{a}-{b}.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path)

    # Both maps draw every actor, forum, samverkan pair, arrow and forum line.
    for index, kommun_id in enumerate((a, b)):
        want = expected(dataset, kommun_id)
        assert counts(page, index) == (want["nodes"], want["edges"])
    titles = page.locator(".panel-title").all_inner_texts()
    assert titles == [net_a.name, net_b.name]

    # The highlighted edges are exactly those of the type pairs that differ.
    highlight = highlight_pairs(comparison)
    for index, network in enumerate((net_a, net_b)):
        shown = page.evaluate(
            "i => samnetMaps[i].edges.get({filter: e => e.hl === true}).length",
            index)
        assert shown == _highlighted(network, highlight) > 0
    assert page.locator("#legend").get_by_text("Skiljer kommunerna åt").is_visible()

    # The ranked sentences head the page, in rank order.
    sentences = difference_sentences(comparison)
    items = page.locator("ol.samnet-differences").first.locator("li")
    assert items.all_inner_texts() == sentences[:TOP]
    assert items.first.is_visible()
    assert_clean(log)


def test_hostile_names_stay_text(open_map, tmp_path):
    evil = '<img src=x onerror="alert(1)">'
    ds = Dataset(
        {"a": Kommun("a", f"Aby {evil}"), "b": Kommun("b", "Bby </script><script>alert(2)</script>")},
        {"a-i": Actor("a-i", f"IFO {evil}", "ifo", "kommun", "a"),
         "a-s": Actor("a-s", "Skola", "skola", "kommun", "a"),
         "b-i": Actor("b-i", "IFO", "ifo", "kommun", "b"),
         "b-s": Actor("b-s", "Skola", "skola", "kommun", "b")},
        (Link(0, "a-s", "a-i", "samverkan", 3, frozenset({"struktur"}), kommuner=frozenset({"a"})),
         Link(1, "b-s", "b-i", "orosanmalan", kommuner=frozenset({"b"}))),
    )
    net_a, net_b = build_network(ds, "a"), build_network(ds, "b")
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / "hostile.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path)
    intro = page.locator(".intro").inner_text()
    assert f"Aby {evil}" in intro and "Bby </script><script>alert(2)</script>" in intro
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.title().startswith("Jämförelse: Aby <img")
    assert_clean(log)
