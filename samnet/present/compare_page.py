"""The comparison page: two kommuner on one shared sector layout, with clickable differences.

The rendering layer of :mod:`samnet.measure.comparison`: :func:`render_comparison_html` takes a
comparison and the two networks with their metrics and returns one self-contained page.
Every text from the data is HTML-escaped.

What the page shows
-------------------
- At the top, side by side for both kommuner: the key figures and the
  samverkanstrappan as bars (ties per level, bar length in proportion to
  the larger of the two counts), all taken from the comparison's figures.
- On the left, the ranked differences. A difference about actor types,
  a pair of types, an area, person-dependent ties, one-way links or forums
  is a button (:func:`focus_of` says what it is about); a click lights up
  those actors and ties in both maps and dims the rest, and "Visa allt igen"
  resets. Differences about the network as a whole (density, the level
  profile) are plain text.
- The two maps, side by side (stacked on a narrow screen), drawn on one
  sector layout: actors are matched by *function* — their type, and their
  rank by strength within that type — and a function has the same place in
  both maps (:func:`shared_positions`).

Examples
--------
>>> focus_of({"key": "pair_only", "values": {"types": ["skola", "strateg"], "side": "a"}})
{'pair': True, 'types': ['skola', 'strateg']}
>>> focus_of({"key": "density", "values": {"a": 0.1, "b": 0.2}}) is None
True
"""

from __future__ import annotations

import html
import json

from samnet.core.network import Network
from samnet.errors import check_lang
from samnet.measure.results import Comparison
from samnet.present.maps.data import actor_group, forum_members, forum_node_id, node_boxes
from samnet.present.maps.sector_layout import Slot, forum_positions, sector_positions
from samnet.texts.catalogue import text

__all__ = ["function_slots", "shared_positions", "focus_of", "render_comparison_page", "render_comparison_html"]

#: Differences shown before "more differences" folds the rest away.
SHOWN = 25


def function_slots(network: Network, metrics) -> dict[str, str]:
    """Each actor's function: its type and its rank by strength within that type (``"ifo#0"``).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> net = build_network(Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"}))
    >>> from types import SimpleNamespace as NS
    >>> function_slots(net, NS(centrality=[{"id": "b", "strength": 3}, {"id": "a", "strength": 1}]))
    {'a': 'ifo#1', 'b': 'ifo#0'}
    """
    strength = {row["id"]: float(row.get("strength", 0) or 0) for row in metrics.centrality}
    by_type: dict[str, list[str]] = {}
    for actor_id, actor in network.actors.items():
        by_type.setdefault(actor.type, []).append(actor_id)
    slots = {}
    for kind, ids in by_type.items():
        for rank, actor_id in enumerate(sorted(ids, key=lambda a: (-strength.get(a, 0.0), a))):
            slots[actor_id] = f"{kind}#{rank}"
    return dict(sorted(slots.items()))


def _union_box(a, b):
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def shared_positions(networks, metrics, size_by: str = "strength") -> list[dict[str, tuple[int, int]]]:
    """Positions for several networks on one sector layout: the same function, the same place.

    Each function's box is the union of its actors' boxes, and its weight
    the largest of their strengths; forum diamonds are then placed per
    network, clear of that network's actors.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"), "b": Actor("b", "IFO Ö", "ifo", "kommun", "m")})
    >>> nets = [build_network(ds, "k"), build_network(ds, "m")]
    >>> from samnet.measure.metrics import analyze_network
    >>> pa, pb = shared_positions(nets, [analyze_network(n) for n in nets])
    >>> pa["a"] == pb["b"]
    True
    """
    slot_box: dict[str, tuple] = {}
    slot_weight: dict[str, float] = {}
    slot_group: dict[str, str] = {}
    per_network = []
    for network, figures in zip(networks, metrics):
        boxes = node_boxes(network, figures, size_by)
        slots = function_slots(network, figures)
        strength = {row["id"]: float(row.get("strength", 0) or 0) for row in figures.centrality}
        for actor_id, slot in slots.items():
            slot_box[slot] = _union_box(slot_box.get(slot), boxes[actor_id])
            slot_weight[slot] = max(slot_weight.get(slot, 0.0), strength.get(actor_id, 0.0))
            slot_group[slot] = actor_group(network.actors[actor_id])
        per_network.append((network, boxes, slots))
    places = sector_positions([Slot(s, slot_group[s], slot_weight[s], slot_box[s]) for s in sorted(slot_box)])
    out = []
    for network, boxes, slots in per_network:
        pos = {actor_id: places[slot] for actor_id, slot in slots.items()}
        # The union box keeps functions apart; each actor's own box is no wider.
        boxes = {**boxes, **{a: slot_box[s] for a, s in slots.items()}}
        members = {forum_node_id(f): ms for f, ms in forum_members(network)}
        pos.update(forum_positions(members, pos, boxes))
        out.append(pos)
    return out


def focus_of(difference: dict) -> dict | None:
    """What a ranked difference is about, for the page to light up; None for the network as a whole.

    ``types`` (with ``pair``: only the ties between those types; a function
    stands for its types), ``area``, ``levels``, ``forums`` (forum ids),
    ``pd`` (person-dependent ties) or ``oneway``.

    Examples
    --------
    >>> focus_of({"key": "function_structural", "values": {"function": "jour"}})
    {'pair': False, 'types': ['kvinnojour', 'tjejjour']}
    >>> focus_of({"key": "area_share", "values": {"area": "unga"}})
    {'area': 'unga'}
    >>> focus_of({"key": "level4_internal", "values": {}})
    {'levels': [4]}
    """
    from samnet.core.vocab import FUNCTIONS

    values, key = difference.get("values", {}), difference.get("key", "")
    if "types" in values:
        return {"pair": True, "types": sorted(set(values["types"]))}
    if "type" in values:
        return {"pair": False, "types": [values["type"]]}
    function = values.get("function") or ("skola" if key == "school_structural" else None)
    if function in FUNCTIONS:
        return {"pair": False, "types": sorted(FUNCTIONS[function].types)}
    if "area" in values:
        return {"area": values["area"]}
    if key == "level4_internal":
        return {"levels": [4]}
    if key in ("high_levels", "high_level_share"):
        return {"levels": [3, 4]}
    if key == "dominant_forum":
        ids = sorted(
            {
                side["forum"]["id"]
                for side in (values.get("a"), values.get("b"))
                if isinstance(side, dict) and side.get("forum")
            }
        )
        return {"forums": ids} if ids else None
    if key.startswith("person_dependen"):
        return {"pd": True}
    if key.startswith("one_way"):
        return {"oneway": True}
    return None


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _figures_html(comparison: Comparison, lang: str) -> str:
    # The same rows, headings and number formats as compare-A-B.md and the terminal table.
    from samnet.present.compare_report import _figure_rows

    labels = (comparison.a.label, comparison.b.label)
    head = "".join(f'<th scope="col">{_e(x)}</th>' for x in ("", *labels))
    rows = "".join(
        f'<tr><th scope="row">{_e(heading)}</th><td>{_e(a)}</td><td>{_e(b)}</td></tr>'
        for heading, a, b in _figure_rows(comparison, lang)
    )
    return (
        f'<section class="cmp-box"><h2>{_e(text("compare.figures", lang))}</h2>'
        f'<table class="cmp-figures"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        "</section>"
    )


def _trappa_html(comparison: Comparison, lang: str) -> str:
    from samnet.core.vocab import LEVELS, in_language

    levels = comparison.levels
    top = max([v for row in levels.values() for v in row.values()] + [1])
    charts = []
    for side in "ab":
        bars = []
        for n, level in LEVELS.items():
            count = levels.get(str(n), {}).get(side, 0)
            width = round(100 * count / top, 1)
            bars.append(
                f'<div class="bar-row"><span class="bar-label">{n} {_e(in_language((level.sv, level.en), lang))}'
                f'</span><span class="bar" data-level="{n}" style="width:{width}%"></span>'
                f'<span class="bar-value">{count}</span></div>'
            )
        charts.append(
            f'<div class="trappa" data-side="{side}"><h3>{_e(comparison.side(side).label)}</h3>'
            + "".join(bars)
            + "</div>"
        )
    return (
        f'<section class="cmp-box"><h2>{_e(text("analysis.levels", lang))}</h2>'
        f'<div class="trappas">{"".join(charts)}</div></section>'
    )


def _differences_html(comparison: Comparison, sentences: list[str], lang: str) -> str:
    if not sentences:
        return f'<section class="cmp-diffs"><p>{_e(text("map.cmp_none", lang))}</p></section>'
    items = []
    for difference, sentence in zip(comparison.differences, sentences):
        focus = focus_of(difference)
        if focus is None:
            items.append(f"<li><span>{_e(sentence)}</span></li>")
        else:
            spec = _e(json.dumps(focus, sort_keys=True, separators=(",", ":")))
            items.append(f'<li><button type="button" class="diff" data-focus="{spec}">{_e(sentence)}</button></li>')
    shown = f'<ol class="samnet-differences">{"".join(items[:SHOWN])}</ol>'
    if len(items) > SHOWN:
        shown += (
            f"<details><summary>{_e(text('map.cmp_more', lang, n=len(items) - SHOWN))}</summary>"
            f'<ol class="samnet-differences" start="{SHOWN + 1}">{"".join(items[SHOWN:])}</ol></details>'
        )
    return (
        f'<section class="cmp-diffs"><h2>{_e(text("map.cmp_differences", lang))}</h2>'
        f'<p class="note">{_e(text("map.cmp_hint", lang))}</p>'
        f'<button type="button" id="focus-clear" disabled>{_e(text("map.cmp_clear", lang))}</button>'
        f"{shown}{_mapped_html(comparison, lang)}</section>"
    )


def _mapped_html(comparison: Comparison, lang: str) -> str:
    """The comparison by function: which functions each kommun has mapped."""
    from samnet.present.compare_words import mapped_sentences

    mapped = mapped_sentences(comparison, lang)
    items = (
        "<ul>" + "".join(f"<li>{_e(s)}</li>" for s in mapped) + "</ul>"
        if mapped
        else f"<p>{_e(text('analysis.none', lang))}</p>"
    )
    return (
        f'<h2>{_e(text("compare.mapped", lang))}</h2><p class="note">{_e(text("compare.mapped_intro", lang))}</p>'
        + items
    )


def render_comparison_page(
    net_a: Network,
    net_b: Network,
    comparison: Comparison,
    metrics,
    sentences: list[str],
    *,
    lang: str = "sv",
    title: str,
    intro: str = "",
) -> str:
    """The comparison page: figures and trappa at the top, clickable differences, two shared-layout maps.

    Parameters
    ----------
    net_a, net_b : Network
    comparison : Comparison
        From :func:`samnet.measure.comparison.compare_networks` on the same networks and metrics.
    metrics : (NetworkMetrics, NetworkMetrics)
    sentences : list of str
        The ranked differences in words, one per ``comparison.differences`` entry.
    lang : {"sv", "en"}
    title : str
    intro : str
        A plain-text paragraph (escaped here) under the title.

    Examples
    --------
    >>> from samnet.measure.comparison import compare_networks
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"), "b": Actor("b", "BVC", "bvc", "region", "m")})
    >>> nets = build_network(ds, "k"), build_network(ds, "m")
    >>> figures = tuple(analyze_network(n) for n in nets)
    >>> c = compare_networks(*nets, *figures)
    >>> page = render_comparison_page(*nets, c, figures, ["x"] * len(c.differences), title="K & M")
    >>> "K &amp; M" in page and page.count('class="samnet-data"') == 2
    True
    """
    from samnet.present.maps.page import render_maps_page

    check_lang(lang)
    positions = shared_positions([net_a, net_b], list(metrics))
    top = (
        f"<p>{_e(intro)} {_e(text('map.cmp_same_places', lang))}</p>"
        if intro
        else f"<p>{_e(text('map.cmp_same_places', lang))}</p>"
    )
    top += f'<div class="cmp-top">{_figures_html(comparison, lang)}{_trappa_html(comparison, lang)}</div>'
    flagged = highlight_pairs(comparison)
    panels = [(net_a, metrics[0], flagged, positions[0]), (net_b, metrics[1], flagged, positions[1])]
    return render_maps_page(
        panels, lang=lang, title=title, intro_html=top, side_html=_differences_html(comparison, sentences, lang)
    )


def highlight_pairs(comparison: Comparison) -> set[frozenset[str]]:
    """The type pairs that differ, as ``frozenset({type_a, type_b})`` (one element for a pair of one type).

    Examples
    --------
    >>> from samnet.measure.results import ComparisonSide
    >>> side = ComparisonSide("k", "K", "K")
    >>> found = highlight_pairs(Comparison(side, side, type_pairs=[{"types": ["ifo", "skola"], "differs": True},
    ...                                                            {"types": ["ifo", "polis"], "differs": False}]))
    >>> found == {frozenset({"ifo", "skola"})}
    True
    """
    return {frozenset(row["types"]) for row in comparison.type_pairs if row["differs"]}


def render_comparison_html(net_a: Network, net_b: Network, comparison: Comparison, lang: str = "sv", *, metrics) -> str:
    """The comparison page of ``samnet compare -o`` and ``samnet analyze -o``.

    Parameters
    ----------
    net_a, net_b : Network
        The networks that were compared.
    comparison : Comparison
        From :func:`samnet.measure.comparison.compare_networks` on the same networks.
    lang : {"sv", "en"}
    metrics : (NetworkMetrics, NetworkMetrics)
        The figures of ``net_a`` and ``net_b``, which size and describe the actors.

    Returns
    -------
    str
        A complete HTML document that works offline.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.comparison import compare_networks
    >>> from samnet.measure.metrics import analyze_network
    >>> ds = Dataset({"k": Kommun("k", "K <&>")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
    >>> net = build_network(ds, "k")
    >>> m = analyze_network(net)
    >>> page = render_comparison_html(net, net, compare_networks(net, net, m, m), metrics=(m, m))
    >>> "K &lt;&amp;&gt; (A)" in page and "<&>" not in page
    True
    """
    from samnet.present.compare_words import difference_sentences

    check_lang(lang)
    title = text("compare.title", lang, a=comparison.a.label, b=comparison.b.label)
    return render_comparison_page(
        net_a,
        net_b,
        comparison,
        metrics,
        difference_sentences(comparison, lang),
        lang=lang,
        title=title,
        intro=text("compare.intro", lang),
    )
