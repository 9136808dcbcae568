"""Print figures: labels that do not overlap (measured on the drawn figure), deterministic bytes, the CLI.

The overlap check reads the label boxes matplotlib itself computes for the
rendered figure (``Text.get_window_extent``) and the dots' boxes from the
scatter offsets and marker sizes, so it measures what a reader sees.
"""

from __future__ import annotations

import math
import re

import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present import figures

DATA = ROOT / "data"
#: White kept between a label and a dot, in points.
CLEARANCE_PT = 1.5


def _measured(network):
    """A network and its figures, as a figure is drawn from them."""
    return network, analyze_network(network)


def _label_boxes(fig) -> dict:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return {
        t.get_gid(): t.get_window_extent(renderer)
        for t in fig.axes[0].texts
        if (t.get_gid() or "").startswith("label:")
    }


def _node_boxes(fig) -> list:
    from matplotlib.collections import PathCollection
    from matplotlib.transforms import Bbox

    ax = fig.axes[0]
    boxes = []
    for coll in ax.collections:
        if not isinstance(coll, PathCollection):
            continue
        for (x, y), size in zip(coll.get_offsets(), coll.get_sizes()):
            cx, cy = ax.transData.transform((x, y))
            # The dot's rim and ring, plus 1.5 pt of white: a label touching a dot reads as written on it.
            r = (math.sqrt(size) / 2 + coll.get_linewidths()[0] / 2 + CLEARANCE_PT) * fig.dpi / 72
            boxes.append(Bbox([[cx - r, cy - r], [cx + r, cy + r]]))
    return boxes


def _intersect(a, b) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5


def overlaps(fig) -> list[str]:
    """Every pair of labels, and every label and dot, whose boxes intersect; labels outside the figure."""
    labels = _label_boxes(fig)
    found = []
    items = sorted(labels.items())
    for i, (a, box_a) in enumerate(items):
        for b, box_b in items[i + 1 :]:
            if _intersect(box_a, box_b):
                found.append(f"{a} / {b}")
        for box in _node_boxes(fig):
            if _intersect(box_a, box):
                found.append(f"{a} / a dot")
        frame = fig.axes[0].bbox  # the legend and the key sit below the axes
        if box_a.x0 < frame.x0 or box_a.x1 > frame.x1 or box_a.y0 < frame.y0 or box_a.y1 > frame.y1:
            found.append(f"{a} outside the drawing area")
        for legend in fig.legends:
            if _intersect(box_a, legend.get_window_extent(fig.canvas.get_renderer())):
                found.append(f"{a} / the legend")
    return found


def crowded_dataset(n: int = 30) -> Dataset:
    """One hub tied to n actors with long names, plus a forum of all: too many labels for the centre."""
    k = frozenset({"k"})
    actors = {"hub": Actor("hub", "IFO barn- och familjeenheten", "ifo", "kommun", "k")}
    links = []
    for i in range(n):
        aid = f"a{i:02d}"
        actors[aid] = Actor(aid, f"Verksamhet med ett långt namn nummer {i}", "skola", "kommun", "k")
        links.append(Link(i, "hub", aid, "samverkan", 1 + i % 4, frozenset({"struktur"}), False, frozenset(), k))
    forum = Forum("f", "Ett forum där alla sitter", tuple(actors), 2, frozenset({"struktur"}), kommuner=k)
    return Dataset({"k": Kommun("k", "K")}, actors, tuple(links), (forum,))


def _bundled_networks():
    ds = load_dataset(DATA)
    return [build_network(ds, k) for k in sorted(ds.kommuner)]


@pytest.mark.parametrize("kommun", ["ljusdal", "sandviken"])
def test_bundled_network_figures_have_no_overlapping_labels(kommun):
    network = build_network(load_dataset(DATA), kommun)
    fig = figures.network_figure(network, analyze_network(network))
    assert overlaps(fig) == []
    # Every actor and forum is named: by a label, or by a number explained in the key.
    named = {gid.removeprefix("label:") for gid in _label_boxes(fig)}
    expected = set(network.actors) | {f"forum:{f.id}" for f in network.forums}
    assert named | set(fig.samnet_unlabelled) == expected
    assert len(named) >= 0.9 * len(expected)


def test_crowded_figure_numbers_labels_without_overlap():
    # 60 long names around one hub do not fit 16 cm: some become numbers, explained in the key.
    network = build_network(crowded_dataset(60), "k")
    fig = figures.network_figure(*_measured(network))
    assert overlaps(fig) == []
    numbered = [t for t in fig.axes[0].texts if (t.get_gid() or "").startswith("label:") and t.get_text().isdigit()]
    key = [t.get_text() for t in fig.texts if t.get_gid() == "key"]
    assert numbered and key
    assert all(re.search(rf"(^|; |: ){t.get_text()} ", key[0].replace("\n", " ")) for t in numbered)


def test_overlap_check_detects_overlap():
    # The check itself must be able to fail: two labels drawn on the same spot.
    network = build_network(crowded_dataset(3), "k")
    fig = figures.network_figure(*_measured(network))
    ax = fig.axes[0]
    first = next(t for t in ax.texts if (t.get_gid() or "").startswith("label:"))
    ax.text(*first.get_position(), first.get_text(), fontsize=7, gid="label:copy")
    assert any("label:copy" in problem for problem in overlaps(fig))


def test_labels_are_at_least_seven_points_at_sixteen_cm():
    fig = figures.network_figure(*_measured(_bundled_networks()[0]))
    sizes = {t.get_fontsize() for t in fig.axes[0].texts if (t.get_gid() or "").startswith("label:")}
    assert min(sizes) >= 7
    assert min(t.get_fontsize() for t in fig.texts) >= 7  # the key
    assert fig.get_figwidth() == pytest.approx(16 / 2.54)


def test_the_key_gives_whole_names_wrapped_not_cut():
    network = build_network(crowded_dataset(60), "k")
    fig = figures.network_figure(*_measured(network))
    key = next(t.get_text() for t in fig.texts if t.get_gid() == "key")
    assert "…" not in key
    numbered = [
        t.get_gid().removeprefix("label:")
        for t in fig.axes[0].texts
        if (t.get_gid() or "").startswith("label:") and t.get_text().isdigit()
    ]
    flat = key.replace("\n", " ")
    assert numbered and all(network.actors[n].name in flat for n in numbered if n in network.actors)
    # Wrapped to the figure's width: no line runs past its right edge.
    fig.canvas.draw()
    box = next(t for t in fig.texts if t.get_gid() == "key").get_window_extent(fig.canvas.get_renderer())
    assert box.x1 <= fig.bbox.x1


def test_a_figure_for_word_has_the_kommun_as_title_and_the_report_figure_none():
    network = _bundled_networks()[0]
    alone = figures.make_figure("network", network, analyze_network(network))
    assert [t.get_text() for t in alone.texts if t.get_gid() == "title"] == [network.name]
    in_report = figures.network_figure(network, analyze_network(network))
    assert not [t for t in in_report.texts if t.get_gid() == "title"]
    # The title sits above the drawing, clear of every label.
    alone.canvas.draw()
    renderer = alone.canvas.get_renderer()
    title = next(t for t in alone.texts if t.get_gid() == "title").get_window_extent(renderer)
    assert title.y0 >= alone.axes[0].bbox.y1 - 1 and title.y1 <= alone.bbox.y1
    for what in ("trappa", "scopes"):
        chart = figures.make_figure(what, network, analyze_network(network))
        chart.canvas.draw()
        renderer = chart.canvas.get_renderer()
        heading = next(t for t in chart.texts if t.get_gid() == "title")
        assert heading.get_text() == network.name
        box = heading.get_window_extent(renderer)
        # Above the chart and whatever it draws over its axes (the scopes legend).
        tops = [ax.get_tightbbox(renderer).y1 for ax in chart.axes]
        assert box.y0 >= max(tops) - 1 and box.y1 <= chart.bbox.y1, (what, box, tops)


def test_same_data_same_bytes_and_no_dates():
    network = build_network(crowded_dataset(6), "k")
    for fmt in ("svg", "pdf", "png"):
        first = figures.save(figures.network_figure(*_measured(network)), fmt)
        assert first == figures.save(figures.network_figure(*_measured(network)), fmt), fmt
    svg = figures.save(figures.trappa_figure(*_measured(network)), "svg").decode()
    assert "<dc:date>" not in svg
    pdf = figures.save(figures.trappa_figure(*_measured(network)), "pdf")
    assert b"CreationDate" not in pdf and b"ModDate" not in pdf


def test_svg_ids_follow_the_salt():
    # Two figures on one HTML page must not share clip-path ids.
    fig_svg = figures.save(figures.trappa_figure(*_measured(_bundled_networks()[0])), "svg", salt="a").decode()
    other = figures.save(figures.trappa_figure(*_measured(_bundled_networks()[0])), "svg", salt="b").decode()
    ids_a = set(re.findall(r'id="(p[0-9a-f]+)"', fig_svg))
    ids_b = set(re.findall(r'id="(p[0-9a-f]+)"', other))
    assert ids_a and not ids_a & ids_b


def test_trappa_bars_follow_the_levels():
    # Three pairs at levels 1, 3, 3.
    k = frozenset({"k"})
    actors = {i: Actor(i, i, "ifo", "kommun", "k") for i in "abcd"}
    links = tuple(
        Link(n, s, t, "samverkan", lv, frozenset({"individ"}), False, frozenset(), k)
        for n, (s, t, lv) in enumerate([("a", "b", 1), ("b", "c", 3), ("c", "d", 3)])
    )
    fig = figures.trappa_figure(*_measured(build_network(Dataset({"k": Kommun("k", "K")}, actors, links), "k")))
    assert [p.get_height() for p in fig.axes[0].patches] == [1, 0, 2, 0]


def test_trappa_counts_a_forum_once():
    # A level-2 forum of four (6 pairs) and a level-4 link: one bar of 1 at level 2, one at level 4.
    k = frozenset({"k"})
    actors = {i: Actor(i, i, "ifo", "kommun", "k") for i in "abcd"}
    links = (Link(0, "a", "b", "samverkan", 4, frozenset({"struktur"}), False, frozenset(), k),)
    forum = Forum("f", "F", tuple("abcd"), 2, frozenset({"struktur"}), kommuner=k)
    fig = figures.trappa_figure(
        *_measured(build_network(Dataset({"k": Kommun("k", "K")}, actors, links, (forum,)), "k"))
    )
    assert [p.get_height() for p in fig.axes[0].patches] == [0, 1, 0, 1]


def test_scopes_count_a_tie_for_each_huvudman():
    # a (kommun) – b (stat) individ, a – c (kommun) struktur: kommun 1 individ + 1 struktur, stat 1 individ.
    k = frozenset({"k"})
    actors = {
        "a": Actor("a", "A", "ifo", "kommun", "k"),
        "b": Actor("b", "B", "polis", "stat", "k"),
        "c": Actor("c", "C", "skola", "kommun", "k"),
    }
    links = (
        Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), False, frozenset(), k),
        Link(1, "a", "c", "samverkan", 2, frozenset({"struktur"}), False, frozenset(), k),
    )
    network = build_network(Dataset({"k": Kommun("k", "K")}, actors, links), "k")
    counts = figures._scope_counts(analyze_network(network), network)
    assert counts == {
        "kommun": {"individ": 1, "both": 0, "struktur": 1},
        "stat": {"individ": 1, "both": 0, "struktur": 0},
    }


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_figure_command_writes_each_format(tmp_path, suffix, magic):
    out = tmp_path / f"fig{suffix}"
    result = CliRunner().invoke(
        cli, ["figure", "--data", str(DATA), "--kommun", "sandviken", "--what", "trappa", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)
    assert result.stdout == ""


def test_figure_command_rejects_unknown_format(tmp_path):
    result = CliRunner().invoke(cli, ["figure", "--data", str(DATA), "-o", str(tmp_path / "x.gif")])
    assert result.exit_code == 2
    assert ".png, .svg eller .pdf" in result.output
    english = CliRunner().invoke(cli, ["figure", "--data", str(DATA), "--lang", "en", "-o", str(tmp_path / "x.gif")])
    assert english.exit_code == 2 and ".png, .svg or .pdf" in english.output
    assert not (tmp_path / "x.gif").exists()
