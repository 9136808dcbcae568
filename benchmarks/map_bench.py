#!/usr/bin/env python3
"""Benchmark the interactive maps: time from opening the page to a stable, interactive map.

A seeded synthetic network of N actors (average degree about 5, hubs
through preferential attachment, one link in five one-way, one forum per 25
actors) is rendered with :func:`samnet.present.maps.page.render_map`, written to a
file and opened in headless Chromium, offline. The time measured is from
navigation start to the moment the page sets ``document.body.dataset.ready``
(recorded by the page itself as ``window.samnetReadyAt``, milliseconds
after navigation start): every map drawn at its precomputed positions, with
filters, search and side panel wired. Each run uses a fresh browser context
(no cache).

This is a benchmark, not a test: it prints figures and checks nothing.

Usage::

    python benchmarks/map_bench.py [--sizes 500 2000] [--runs 7] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link  # noqa: E402
from samnet.core.network import build_network  # noqa: E402
from samnet.core.vocab import AREAS, ONE_WAY_KINDS, TYPES  # noqa: E402

__all__ = ["synthetic_dataset", "measure", "main"]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
HUVUDMAN_OF_GROUP = {
    "social": "kommun",
    "kommun": "kommun",
    "school": "kommun",
    "health": "region",
    "justice": "stat",
    "civil": "ideell",
    "regional": "stat",
}


def synthetic_dataset(n: int, seed: int = 1) -> Dataset:
    """A seeded network of ``n`` actors in one kommun, with hubs, one-way links and forums.

    Examples
    --------
    >>> ds = synthetic_dataset(50)
    >>> len(ds.actors), len(ds.links) > 100, len(ds.forums)
    (50, True, 2)
    """
    rng = random.Random(seed)
    kommun = frozenset({"bench"})
    types = sorted(TYPES)
    actors = {}
    for i in range(n):
        kind = rng.choice(types)
        actor_id = f"a{i:05d}"
        actors[actor_id] = Actor(
            actor_id, f"{TYPES[kind].sv.split(' (')[0]} {i}", kind, HUVUDMAN_OF_GROUP[TYPES[kind].group], "bench"
        )
    ids = list(actors)
    links: list[Link] = []
    weights = [1.0] * n
    seen = set()
    target_links = int(n * 2.6)
    while len(links) < target_links:
        u = rng.randrange(n)
        # Preferential attachment: a few actors (IFO, Polisen) end up with many ties.
        v = rng.choices(range(n), weights=weights)[0]
        if u == v or (u, v) in seen:
            continue
        seen.add((u, v))
        weights[u] += 0.5
        weights[v] += 0.5
        areas = frozenset(a for a in AREAS if rng.random() < 0.3)
        if rng.random() < 0.2:
            links.append(
                Link(
                    len(links),
                    ids[u],
                    ids[v],
                    rng.choice(ONE_WAY_KINDS),
                    None,
                    frozenset(),
                    False,
                    areas,
                    kommun,
                    ref="synthetic",
                )
            )
        else:
            scopes = rng.choice([("individ",), ("struktur",), ("individ", "struktur")])
            links.append(
                Link(
                    len(links),
                    ids[u],
                    ids[v],
                    "samverkan",
                    rng.choices([1, 2, 3, 4], [4, 3, 2, 1])[0],
                    frozenset(scopes),
                    rng.random() < 0.15,
                    areas,
                    kommun,
                    ref="synthetic",
                )
            )
    forums = []
    for f in range(max(1, n // 25)):
        members = tuple(sorted(rng.sample(ids, rng.randint(4, 10))))
        forums.append(
            Forum(
                f"forum-{f}",
                f"Forum {f}",
                members,
                rng.randint(1, 4),
                frozenset({"struktur"}),
                False,
                frozenset(),
                kommun,
                ref="synthetic",
            )
        )
    return Dataset({"bench": Kommun("bench", "Benchkommun")}, actors, tuple(links), tuple(forums))


def measure(browser, path: Path, runs: int) -> list[float]:
    """Milliseconds from navigation start to a ready map, one figure per run."""
    figures = []
    for _ in range(runs):
        context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_function("document.body.dataset.ready === '1'", timeout=120_000, polling=50)
        figures.append(page.evaluate("window.samnetReadyAt"))
        context.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from samnet.measure.metrics import analyze_network
    from samnet.present.maps.page import drawn_counts, render_map

    with tempfile.TemporaryDirectory() as tmp:
        # Render everything first: a browser running beside the layout code
        # competes for the same cores and would distort the render figures.
        pages = []
        for n in args.sizes:
            network = build_network(synthetic_dataset(n, args.seed), "bench")
            metrics = analyze_network(network)
            started = time.perf_counter()
            html = render_map(network, metrics)
            render_seconds = time.perf_counter() - started
            path = Path(tmp) / f"map-{n}.html"
            path.write_text(html, encoding="utf-8")
            pages.append((drawn_counts(network), len(html.encode()), render_seconds, path))
        print(f"{'nodes':>6} {'edges':>6} {'MB':>5} {'render s':>8}   ready ms: median (min-max) over {args.runs} runs")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            for (nodes, edges), size, render_seconds, path in pages:
                figures = measure(browser, path, args.runs)
                print(
                    f"{nodes:>6} {edges:>6} {size / 1e6:>5.2f} {render_seconds:>8.2f}   "
                    f"{statistics.median(figures):7.0f} ({min(figures):.0f}-{max(figures):.0f})"
                )
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
