"""The maps in a real browser: headless Chromium, offline, one page per bundled kommun.

Each test checks what vis-network itself holds (``network.body``), not the
page's own bookkeeping, against counts computed here straight from the
dataset by the drawing rule of :mod:`samnet.present.maps.page`:

    nodes = actors of the kommun's network + forums
    edges = actor pairs joined by at least one samverkan link
            + one-way links + forum–member lines
    with the forums hidden: the forum–member lines go, and the pairs joined
            only through forums get a thin line each

Run with ``pytest -m browser``; needs Playwright and Debian's ``chromium``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT
from test_render import HOSTILE, sample_dataset

from samnet.core.network import build_network
from samnet.core.testimony import resolve_tie
from samnet.core.vocab import GROUPS, SAMVERKAN, TYPES
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps.page import render_map, render_maps_page

pytestmark = pytest.mark.browser

DATA = ROOT / "data"
# Until data/ is bundled the checks run on the small fixture instead.
SOURCE = DATA if (DATA / "actors.yaml").exists() else ROOT / "tests" / "fixtures" / "small"
SCREENSHOT = ROOT / "output" / "ljusdal-map.png"


def _kommun_ids() -> list[str]:
    try:
        return sorted(load_dataset(SOURCE).kommuner)
    except Exception:  # the test below then fails on the same load, with the data's own message
        return ["(data does not load)"]


def expected(dataset, kommun_id: str) -> dict:
    """Counts by the drawing rule, from the dataset directly (not from samnet.core.network)."""
    actors = {a.id for a in dataset.actors.values() if a.kommun == kommun_id}
    # Ended ties are not drawn; the others at the level both sides recognise (resolve_tie). A disputed
    # link (level 0) is drawn as a marked line of its own; a disputed forum is not drawn.
    links = [resolve_tie(link) for link in dataset.links if kommun_id in link.kommuner and not link.ended]
    forums = [resolve_tie(forum) for forum in dataset.forums if kommun_id in forum.kommuner and not forum.ended]

    # The regional rule: another kommun's actors never enter; a forum keeps this kommun's members and
    # the regional ones (actors without a kommun), and is left out when fewer than two remain.
    def belongs(actor_id: str) -> bool:
        return dataset.actors[actor_id].kommun in (None, kommun_id)

    links = [link for link in links if belongs(link.source) and belongs(link.target)]
    forums = [replace(forum, members=tuple(m for m in forum.members if belongs(m))) for forum in forums]
    forums = [forum for forum in forums if len(forum.members) >= 2]
    for link in links:
        actors |= {link.source, link.target}
    for forum in forums:
        actors |= set(forum.members)
    disputed = [link for link in links if link.level == 0]
    links = [link for link in links if link.level != 0]
    forums = [forum for forum in forums if forum.level != 0]
    samverkan = [link for link in links if link.kind == SAMVERKAN]
    one_way = [link for link in links if link.kind != SAMVERKAN]
    levels: dict[frozenset, int] = {}
    for link in samverkan:
        pair = frozenset((link.source, link.target))
        levels[pair] = max(levels.get(pair, 0), link.level)
    for pair in levels:  # a pair's line takes the highest level of all its ties, forums too
        for forum in forums:
            if pair <= set(forum.members):
                levels[pair] = max(levels[pair], forum.level)
    members = [(forum, m) for forum in forums for m in forum.members]
    by_level = Counter(levels.values()) + Counter(forum.level for forum, _ in members)
    forum_pairs = {frozenset((a, b)) for forum in forums for a in forum.members for b in forum.members if a != b}
    return {
        "nodes": len(actors) + len(forums),
        "edges": len(levels) + len(one_way) + len(members) + len(disputed),
        "forum_only_pairs": len(forum_pairs - set(levels)),
        "forum_members": len(members),
        "one_way": len(one_way),
        "by_level": by_level,
        "groups": {TYPES[dataset.actors[a].type].group for a in actors},
    }


def counts(page, index: int = 0) -> tuple[int, int]:
    return tuple(page.evaluate("i => [samnetMaps[i].renderedNodeCount(), samnetMaps[i].renderedEdgeCount()]", index))


def assert_clean(log) -> None:
    assert log.errors == [], log.errors
    assert log.remote_requests == [], log.remote_requests
    assert log.dialogs == [], log.dialogs
    assert log.requests and all(url.startswith("file://") for url in log.requests)


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(SOURCE)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("maps")


def write(path: Path, html: str) -> Path:
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize("kommun_id", _kommun_ids())
def test_kommun_map(open_map, dataset, out_dir, kommun_id):
    network = build_network(dataset, kommun_id)
    metrics = analyze_network(network)
    want = expected(dataset, kommun_id)
    page, log = open_map(write(out_dir / f"{kommun_id}.html", render_map(network, metrics)))

    assert counts(page) == (want["nodes"], want["edges"])

    legend = page.locator("#legend")
    assert legend.is_visible()
    for group in want["groups"]:
        assert legend.get_by_text(GROUPS[group].sv, exact=True).is_visible()

    # Filters hide edges in vis-network's DataSet, and bring them back.
    if want["one_way"]:
        page.click('input[data-filter="oneway"]')
        assert counts(page)[1] == want["edges"] - want["one_way"]
        page.click('input[data-filter="oneway"]')
        assert counts(page)[1] == want["edges"]
    level, n = max(want["by_level"].items(), key=lambda item: (item[1], -item[0]))
    page.click(f'input[data-filter="level"][value="{level}"]')
    assert counts(page)[1] == want["edges"] - n
    assert page.locator("#visible-count").inner_text().startswith(f"Visar {want['edges'] - n} av")
    page.click(f'input[data-filter="level"][value="{level}"]')
    assert counts(page)[1] == want["edges"]

    # With the forums hidden, pairs tied only through forums are drawn, so no actor floats.
    page.click('input[data-filter="forums"]')
    assert counts(page)[1] == want["edges"] - want["forum_members"] + want["forum_only_pairs"]
    floating = page.evaluate("""() => { const b = samnetMap.network.body; const linked = new Set();
        Object.values(b.edges).forEach(e => { if (e.options.hidden !== true && e.connected) {
            linked.add(e.fromId); linked.add(e.toId); } });
        return samnetMap.data.nodes.filter(n => n.cat === 'actor' && !linked.has(n.id)).map(n => n.id); }""")
    assert floating == [
        a
        for a in network.actors
        if network.samverkan.degree(a) == 0 and not any(a in (lk.source, lk.target) for lk in network.one_way)
    ]
    page.click('input[data-filter="forums"]')
    assert counts(page)[1] == want["edges"]

    # The search box finds the most central actor and opens the side panel on it.
    top = metrics.centrality[0]
    page.fill("#search", top["name"])
    page.press("#search", "Enter")
    panel = page.locator("#details")
    panel.wait_for(state="visible")
    assert panel.locator("h2").inner_text() == top["name"]
    assert page.evaluate("samnetMap.network.getSelectedNodes()") == [top["id"]]
    # Every link and forum the actor takes part in is one line of the panel.
    ties = sum(top["id"] in (link.source, link.target) for link in network.links + network.one_way)
    ties += sum(top["id"] in forum.members for forum in network.forums)
    # A disputed tie (one side says it does not exist) is listed too, marked.
    ties += sum(top["id"] in (t.members if hasattr(t, "members") else (t.source, t.target)) for t in network.disputed)
    # (With testimony each tie's line lists its reports too: those are li.report, inside the tie's line.)
    assert panel.locator("li:not(.report)").count() == ties

    assert_clean(log)


def test_hostile_names_show_as_text(open_map, out_dir):
    network = build_network(sample_dataset(), "k")
    page, log = open_map(write(out_dir / "hostile.html", render_map(network, analyze_network(network))))
    page.fill("#search", "Kvinnojouren")
    page.press("#search", "Enter")
    page.locator("#details").wait_for(state="visible")
    assert page.locator("#details h2").inner_text() == f"Kvinnojouren {HOSTILE}"
    assert "</script><script>alert(2)</script>" in page.locator("#details").inner_text()
    assert HOSTILE in page.locator("#details").inner_text()  # the tie's note
    assert HOSTILE in page.locator(".findings").inner_text()
    # Hover the node so vis-network shows its tooltip too.
    box = page.locator(".map-canvas canvas").bounding_box()
    pos = page.evaluate("""() => { const n = samnetMap.network;
        const p = n.canvasToDOM(n.getPosition('jour')); return [p.x, p.y]; }""")
    page.mouse.move(box["x"] + pos[0], box["y"] + pos[1])
    page.wait_for_timeout(400)
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert log.dialogs == []
    assert_clean(log)


def test_compare_page_in_english(open_map, out_dir):
    ds = sample_dataset()
    a, b = build_network(ds, "k"), build_network(ds, None)
    page_html = render_maps_page(
        [(a, analyze_network(a), {frozenset({"ifo", "polis"})}), (b, analyze_network(b), set())],
        lang="en",
        title="K and all",
        intro_html="<p id='intro'>Two maps</p>",
    )
    page, log = open_map(write(out_dir / "compare.html", page_html))
    want = expected(ds, "k")
    assert counts(page, 0) == (want["nodes"], want["edges"])
    assert counts(page, 1)[0] == len(b.actors) + len(b.forums)
    assert page.locator("#intro").inner_text() == "Two maps"
    assert page.locator("#legend").get_by_text("Differs between the municipalities").is_visible()
    page.click('input[data-filter="forums"]')
    # Forum lines (4) go; the 3 forum-only pairs bvc–polis, bvc–skola, polis–skola get thin lines.
    assert (want["forum_members"], want["forum_only_pairs"]) == (4, 3)
    assert counts(page, 0)[1] == want["edges"] - 4 + 3
    assert page.evaluate("samnetMaps[0].visibleNodeCount()") == want["nodes"] - 1
    assert_clean(log)


def test_ljusdal_screenshot(open_map, dataset, out_dir):
    """A picture of the Ljusdal map for people to look at: output/ljusdal-map.png."""
    if "ljusdal" not in dataset.kommuner:
        if SOURCE == DATA:
            pytest.fail("the bundled data has no kommun ljusdal")
        pytest.skip("data/ is not bundled yet")
    network = build_network(dataset, "ljusdal")
    page, log = open_map(
        write(out_dir / "ljusdal.html", render_map(network, analyze_network(network))), width=1600, height=1000
    )
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    assert_clean(log)


@pytest.mark.parametrize("kommun_id", _kommun_ids())
def test_the_findings_bar_shows_every_line_at_laptop_size(open_map, dataset, out_dir, kommun_id):
    """At 1280×720 the bar above the map shows all its lines, and names the actors the report names."""
    network = build_network(dataset, kommun_id)
    metrics = analyze_network(network)
    page, log = open_map(write(out_dir / f"bar-{kommun_id}.html", render_map(network, metrics)), width=1280, height=720)
    bar = page.evaluate("""() => {
        const box = document.querySelector('.findings');
        const r = box.getBoundingClientRect();
        const lines = [...box.children].map(c => c.getBoundingClientRect());
        return {scroll: box.scrollHeight - box.clientHeight, bottom: r.bottom,
                inside: lines.every(l => l.bottom <= r.bottom + 0.5 && l.height > 0),
                text: box.innerText, n: lines.length};
    }""")
    assert bar["scroll"] <= 0 and bar["inside"] and bar["bottom"] < 720 / 2
    figures = metrics.to_json()
    names = {r["id"]: r["name"] for r in figures["centrality"]}
    reported = set(figures["social_services_only_one_way"]) | {
        r["id"] for r in figures["social_services_reach"] if r["tier"] == "forum_only" and r["one_way_to_social"]
    }
    for actor in sorted(reported)[:8] + sorted(figures["one_way_only"])[:8]:
        assert names[actor] in bar["text"], names[actor]
    assert_clean(log)
