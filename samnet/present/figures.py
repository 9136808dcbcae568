"""Static figures for Word, PowerPoint and the written report, drawn with matplotlib.

Three figures, each a pure function from a network (and its metrics) to a
matplotlib :class:`~matplotlib.figure.Figure`:

network
    The samverkan network with the map's positions
    (:func:`samnet.present.maps.data.map_positions`, the maps' default layout) and colours: one dot per actor,
    coloured by the group of its type and sized by strength; one diamond per
    forum with a thin line to each member; pair lines whose width follows the
    trappa level, dashed when every scope is individual; one-way links as
    arrows; person-dependent ties in the warning colour. Labels are placed so
    that none overlaps another label or a dot (see :func:`samnet.present.figure_labels.place_labels`).
trappa
    Samverkansband per level of samverkanstrappan (000 §4.2).
scopes
    Individual, structural and both-level ties per huvudman.

Figures are 16 cm wide, the text width of an A4 page, with text at 7 pt or
more. :func:`save` writes PNG, SVG or PDF with no date in the metadata and a
fixed SVG hash salt, so the same data gives the same bytes.

matplotlib is imported inside the functions: ``samnet --help``, ``validate``
and ``analyze --format json`` never load it.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Polisen", "polis", "stat", "k")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), kommuner=frozenset({"k"})),))
>>> from samnet.measure.metrics import analyze_network
>>> net = build_network(ds, "k")
>>> data = save(trappa_figure(net, analyze_network(net)), "svg")
>>> data.startswith(b"<?xml") and data == save(trappa_figure(net, analyze_network(net)), "svg")
True
"""

from __future__ import annotations

import io
import math
import textwrap

from samnet.core.model import Link
from samnet.core.network import Network
from samnet.core.vocab import GROUPS, HUVUDMAN, LEVELS, TYPES, in_language
from samnet.errors import UsageError
from samnet.measure.results import NetworkMetrics
from samnet.present.figure_legend import FONT_PT as _FONT_PT
from samnet.present.figure_legend import FORUM_DASH as _FORUM_DASH
from samnet.present.figure_legend import LEVEL_WIDTH_PT as _LEVEL_WIDTH_PT
from samnet.present.figure_legend import network_legend
from samnet.texts.catalogue import texts

__all__ = [
    "WHAT",
    "FORMATS",
    "WIDTH_CM",
    "MAX_LABELS",
    "LEVEL_COLORS",
    "SCOPE_COLORS",
    "network_figure",
    "trappa_figure",
    "scopes_figure",
    "make_figure",
    "map_positions",
    "save",
]

#: What ``samnet figure --what`` can draw.
WHAT = ("network", "trappa", "scopes")
#: File formats by suffix.
FORMATS = ("png", "svg", "pdf")
#: The text width of an A4 page with 2.5 cm margins.
WIDTH_CM = 16.0
_INCH = 2.54
#: Trappa levels from light to dark: a single hue so the order reads at a glance, in print too.
LEVEL_COLORS = {1: "#C6DBEF", 2: "#6BAED6", 3: "#2171B5", 4: "#08306B"}
#: Individual, both, structural: light to dark, the order of the bars.
SCOPE_COLORS = {"individ": "#FDD49E", "both": "#FC8D59", "struktur": "#B30000"}
#: At most this many actors and forums get a label (or a number): the most central ones.
MAX_LABELS = 150
_FORUM_FONT_PT = 7.0
_DPI = 200
#: The heading of a figure written by ``samnet figure``: its size and the height it takes.
_TITLE_PT, _TITLE_CM = 11.0, 0.8
#: Characters per line of the numbered key at 7 pt across 16 cm.
_KEY_CHARS = 110


def _texts(lang: str) -> dict[str, str]:
    return texts("figure.", lang)


def _new_figure(width_cm: float, height_cm: float):
    # The object-oriented API with an Agg canvas: no pyplot, no global state, no GUI backend.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / _INCH, height_cm / _INCH), dpi=_DPI)
    FigureCanvasAgg(fig)
    return fig


# ---------------------------------------------------------------- charts


def trappa_figure(network: Network, metrics: NetworkMetrics, *, lang: str = "sv"):
    """Bar chart: described ties (each link once, each forum once) per level of samverkanstrappan.

    The counts are the metrics' ``levels``, the figures of the report's tables.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 3, frozenset({"struktur"})),))
    >>> from samnet.measure.metrics import analyze_network
    >>> fig = trappa_figure(net := build_network(ds), analyze_network(net))
    >>> [int(p.get_height()) for p in fig.axes[0].patches]
    [0, 0, 1, 0]
    """
    t = _texts(lang)
    levels = metrics.levels
    counts = {n: int(levels.get(str(n), 0)) for n in LEVELS}
    fig = _new_figure(WIDTH_CM, 6.0)
    ax = fig.add_axes((0.09, 0.2, 0.88, 0.72))
    names = [f"{n} {in_language((LEVELS[n].sv, LEVELS[n].en), lang)}" for n in LEVELS]
    bars = ax.bar(
        names,
        [counts[n] for n in LEVELS],
        color=[LEVEL_COLORS[n] for n in LEVELS],
        edgecolor="#333333",
        linewidth=0.5,
        width=0.62,
    )
    ax.bar_label(bars, fontsize=_FONT_PT + 1, padding=2)
    top = max(counts.values())
    ax.set_ylim(0, max(1, top) * 1.18)
    ax.set_ylabel(t["ties"], fontsize=_FONT_PT + 1)
    _tidy_axes(ax)
    if not top:
        ax.text(0.5, 0.5, t["no_ties"], transform=ax.transAxes, ha="center", fontsize=_FONT_PT + 2)
    return fig


def _tidy_axes(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=_FONT_PT + 1)


def _scope_counts(metrics, network: Network | None = None) -> dict[str, dict[str, int]]:
    """Described ties per huvudman and scope class, from the metrics' huvudman profiles.

    A link counts for each huvudman among its two ends, a forum for each huvudman among its
    members (:mod:`samnet.measure.described`); huvudmän without samverkan are left out.
    """
    profiles = metrics.profiles["huvudman"]
    out = {
        h: {cls: int(p["scopes"].get(cls, 0)) for cls in ("individ", "both", "struktur")}
        for h, p in profiles.items()
        if p["ties"]
    }
    order = list(HUVUDMAN)
    return dict(sorted(out.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def scopes_figure(network: Network, metrics: NetworkMetrics, *, lang: str = "sv"):
    """Stacked bars: individual, both-level and structural described ties per huvudman.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"a": Actor("a", "a", "ifo", "kommun"), "b": Actor("b", "b", "polis", "stat")},
    ...              (Link(0, "a", "b", "samverkan", 3, frozenset({"struktur"})),))
    >>> from samnet.measure.metrics import analyze_network
    >>> fig = scopes_figure(net := build_network(ds), analyze_network(net))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Kommun', 'Stat']
    """
    t = _texts(lang)
    counts = _scope_counts(metrics, network)
    rows = list(counts) or ["—"]
    fig = _new_figure(WIDTH_CM, 2.6 + 0.75 * len(rows))
    height_in = fig.get_figheight()
    ax = fig.add_axes((0.14, 0.55 / height_in, 0.82, 1 - 1.15 / height_in))
    left = [0] * len(rows)
    for cls in ("individ", "both", "struktur"):
        values = [counts.get(r, {}).get(cls, 0) for r in rows]
        bars = ax.barh(
            range(len(rows)),
            values,
            left=left,
            color=SCOPE_COLORS[cls],
            edgecolor="#333333",
            linewidth=0.5,
            height=0.6,
            label=t[cls],
        )
        labels = [str(v) if v else "" for v in values]
        ax.bar_label(
            bars,
            labels=labels,
            label_type="center",
            fontsize=_FONT_PT,
            color="#FFFFFF" if cls == "struktur" else "#1A1A1A",
        )
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([in_language(HUVUDMAN.get(r, (r, r)), lang).capitalize() for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel(t["huvudman_ties"], fontsize=_FONT_PT + 1)
    ax.set_xlim(0, max(left + [1]) * 1.05)
    ax.legend(
        loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, fontsize=_FONT_PT + 1, frameon=False, borderaxespad=0.2
    )
    _tidy_axes(ax)
    return fig


# ---------------------------------------------------------------- network figure


def _map():
    """:mod:`samnet.present.maps.data`: the maps' colours, forum ids and positions, so figure and map agree."""
    from samnet.present.maps import data as map_data

    return map_data


def _level_shades() -> dict[int, str]:
    return _map().LEVEL_COLOR


def _forum_node_id(forum) -> str:
    return _map().forum_node_id(forum)


def map_positions(network: Network, metrics: NetworkMetrics) -> dict[str, tuple[int, int]]:
    """The map's positions of actors and forum nodes (page pixels, y down), in the maps' default layout.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),))
    >>> from samnet.measure.metrics import analyze_network
    >>> sorted(map_positions(net := build_network(ds), analyze_network(net)))
    ['a', 'b']
    """
    module = _map()
    return module.map_positions(network, metrics, module.LAYOUTS[0])


def _wrap_label(name: str) -> str:
    short = _map()._short_label(name, 40)
    lines = textwrap.wrap(short, 22, break_on_hyphens=False)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), 22, placeholder="…")]
    return "\n".join(lines) or short


def _node_radius(value: float, top: float) -> float:
    # Area, not radius, follows the value, as on the map.
    return 2.6 + 6.0 * math.sqrt(max(value, 0.0) / top) if top > 0 else 3.5


def network_figure(network: Network, metrics: NetworkMetrics, *, lang: str = "sv", title: str | None = None):
    """The network as a print figure, 16 cm wide, with a legend and labels that do not overlap.

    Parameters
    ----------
    network : Network
    metrics : dict or NetworkMetrics, optional
        Only used for the one-way-only and person-dependent marks; computed from the network when omitted.
    lang : {"sv", "en"}
    title : str, optional
        A heading over the figure (a picture pasted into Word or PowerPoint has no caption);
        none in the report, whose caption says what the figure shows.

    Returns
    -------
    matplotlib.figure.Figure
        Its ``samnet_unlabelled`` attribute lists the node ids that found no
        free place for a label (the report names them under the figure).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i.upper(), "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),))
    >>> from samnet.measure.metrics import analyze_network
    >>> fig = network_figure(net := build_network(ds), analyze_network(net))
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['A', 'B']
    """
    t = _texts(lang)
    pos = map_positions(network, metrics)
    actors = network.actors
    # The metrics' strength (each forum once), as the map sizes its nodes.
    rows = {row["id"]: row for row in metrics.centrality}
    strength = {a: float(rows.get(a, {}).get("strength", 0) or 0) for a in actors}
    top = max(strength.values(), default=0)
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]
    span_x, span_y = max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1)
    aspect = min(max(span_y / span_x, 0.55), 1.25)
    groups = [g for g in GROUPS if any(_group(a) == g for a in actors.values())]
    legend_rows = math.ceil((len(groups) + 9) / 3)
    legend_cm = 0.42 * legend_rows + 0.3
    plot_cm = WIDTH_CM * aspect
    title_cm = _TITLE_CM if title else 0.0
    fig = _new_figure(WIDTH_CM, plot_cm + legend_cm + title_cm)
    total = plot_cm + legend_cm + title_cm
    ax = fig.add_axes((0.0, legend_cm / total, 1.0, plot_cm / total))
    ax.set_axis_off()
    # Room on every side so that labels of rim nodes fit inside the figure.
    pad_x, pad_y = span_x * 0.16, span_y * 0.08
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(-(max(ys) + pad_y), -(min(ys) - pad_y))
    point = {n: (float(x), -float(y)) for n, (x, y) in pos.items()}
    _draw_edges(ax, network, point)
    radius = _draw_nodes(ax, network, point, strength, top, metrics)
    key_cm = _label_nodes(fig, ax, network, point, radius, strength, t)
    network_legend(fig, t, groups, lang, bottom_cm=key_cm)
    if title:
        _title(fig, title)
    return fig


def _label_nodes(fig, ax, network: Network, point: dict, radius: dict, strength: dict, t: dict) -> float:
    """Name every node it can, number the rest (explained in a key under the legend); the key's height in cm."""
    actors = network.actors
    texts = {a: _wrap_label(actor.name) for a, actor in actors.items()}
    texts.update({_forum_node_id(f): _wrap_label(f.name) for f in network.forums})
    order = sorted(actors, key=lambda a: (-strength[a], a))
    order += [_forum_node_id(f) for f in sorted(network.forums, key=lambda f: (-len(f.members), f.id))]
    # A län or the whole country has more names than 16 cm can hold: label the most central.
    fig.samnet_label_limit = (min(len(order), MAX_LABELS), len(order))
    order = order[:MAX_LABELS]
    sizes = {_forum_node_id(f): _FORUM_FONT_PT for f in network.forums}
    points = {n: (point[n][0], point[n][1], radius[n]) for n in point}
    from samnet.present.figure_labels import place_labels

    placed = place_labels(fig, ax, points, texts, order, fontsize=sizes)
    for text in ax.texts:
        if text.get_gid() and text.get_gid().startswith("label:forum:"):
            text.set_fontstyle("italic")
            text.set_color("#444444")
    labelled = {label.node for label in placed}
    missing = [n for n in order if n not in labelled]
    # A label with no free place becomes a number by its node, explained in a key under the
    # legend: every actor and forum stays named.
    numbers = {n: str(i + 1) for i, n in enumerate(missing)}
    renderer = fig.canvas.get_renderer()
    first = [text.get_window_extent(renderer) for text in ax.texts]
    placed_numbers = place_labels(
        fig, ax, points, numbers, missing, fontsize=dict.fromkeys(missing, _FONT_PT), obstacles=first
    )
    numbered = {label.node for label in placed_numbers}
    fig.samnet_unlabelled = [n for n in missing if n not in numbered]
    fig.samnet_unlabelled_names = [texts[n].replace("\n", " ") for n in fig.samnet_unlabelled]
    # The key has room for the whole name: wrapped, never cut.
    names = {a: actor.name for a, actor in actors.items()}
    names.update({_forum_node_id(f): f.name for f in network.forums})
    key = [f"{numbers[n]} {names[n]}" for n in missing if n in numbered]
    shown, total = fig.samnet_label_limit
    note = [t["limit"].format(shown=shown, total=total)] if shown < total else []
    key_cm = 0.0
    if key or note:
        key_lines = note + (textwrap.wrap(t["key"] + " " + "; ".join(key), _KEY_CHARS) if key else [])
        key_cm = 0.35 * len(key_lines) + 0.1
        _grow_bottom(fig, ax, key_cm)
        fig.text(
            0.02,
            0.1 / 2.54 / fig.get_figheight(),
            "\n".join(key_lines),
            fontsize=_FONT_PT,
            va="bottom",
            ha="left",
            gid="key",
            parse_math=False,
        )
    return key_cm


def _title(fig, title: str) -> None:
    fig.text(
        0.02,
        1 - 0.2 / _INCH / fig.get_figheight(),
        title,
        fontsize=_TITLE_PT,
        fontweight="bold",
        va="top",
        ha="left",
        gid="title",
        parse_math=False,
    )


def _titled(fig, title: str):
    """The chart with ``title`` in a strip added above it; the chart keeps its size in cm."""
    old_h = fig.get_figheight()
    new_h = old_h + _TITLE_CM / _INCH
    fig.set_size_inches(fig.get_figwidth(), new_h)
    for ax in fig.axes:
        box = ax.get_position()
        ax.set_position((box.x0, box.y0 * old_h / new_h, box.width, box.height * old_h / new_h))
    _title(fig, title)
    return fig


def _grow_bottom(fig, ax, extra_cm: float) -> None:
    """Add ``extra_cm`` under the figure, keeping the axes' size and everything drawn in it."""
    old_h = fig.get_figheight()
    box = ax.get_position()
    new_h = old_h + extra_cm / _INCH
    fig.set_size_inches(fig.get_figwidth(), new_h)
    ax.set_position((box.x0, (box.y0 * old_h + extra_cm / _INCH) / new_h, box.width, box.height * old_h / new_h))


def _group(actor) -> str:
    return TYPES[actor.type].group if actor.type in TYPES else "regional"


def _draw_edges(ax, network: Network, point: dict) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    colors = _map()
    FORUM_EDGE_COLOR, ONE_WAY_COLOR, PERSON_COLOR = colors.FORUM_EDGE_COLOR, colors.ONE_WAY_COLOR, colors.PERSON_COLOR

    forum_lines = [(point[_forum_node_id(f)], point[m]) for f in network.forums for m in dict.fromkeys(f.members)]
    forum_colors = [
        PERSON_COLOR if f.person_dependent else FORUM_EDGE_COLOR
        for f in network.forums
        for _ in dict.fromkeys(f.members)
    ]
    # Dotted: a thin grey solid line would read as a level-1 tie.
    ax.add_collection(
        LineCollection(forum_lines, colors=forum_colors, linewidths=0.5, linestyles=_FORUM_DASH, zorder=1)
    )
    shade = _level_shades()
    for level in sorted(LEVELS):
        for dashed in (False, True):
            segs, colors = [], []
            for u, v, d in network.samverkan.edges(data=True):
                if d["level"] != level or not any(isinstance(t, Link) for t in d["ties"]):
                    continue
                if dashed != (bool(d["scopes"]) and "struktur" not in d["scopes"]):
                    continue
                segs.append((point[u], point[v]))
                colors.append(PERSON_COLOR if d["person_dependent"] else shade[level])
            if segs:
                ax.add_collection(
                    LineCollection(
                        segs,
                        colors=colors,
                        linewidths=_LEVEL_WIDTH_PT[level],
                        linestyles=(0, (3, 2)) if dashed else "solid",
                        zorder=2,
                    )
                )
    for link in network.one_way:
        # add_artist, not add_patch: the limits are set, and add_patch would work out each
        # curved arrow's path only to widen data limits nothing reads.
        ax.add_artist(
            FancyArrowPatch(
                point[link.source],
                point[link.target],
                arrowstyle="-|>",
                mutation_scale=6,
                color=ONE_WAY_COLOR,
                linewidth=0.8,
                connectionstyle="arc3,rad=0.12",
                shrinkA=4,
                shrinkB=6,
                zorder=3,
            )
        )


def _draw_nodes(ax, network: Network, point: dict, strength: dict, top: float, metrics) -> dict[str, float]:
    colors = _map()
    FORUM_BORDER, FORUM_FILL = colors.FORUM_BORDER, colors.FORUM_FILL
    ONE_WAY_COLOR, PERSON_COLOR = colors.ONE_WAY_COLOR, colors.PERSON_COLOR

    one_way_only = set(metrics.one_way_only)
    isolated = set(metrics.isolated_without_person_dependent)
    radius: dict[str, float] = {}
    # One scatter per look (colour and ring), not one per actor: a län of a thousand
    # actors stays a handful of drawing calls.
    groups: dict[tuple, list[tuple[float, float, float]]] = {}
    for actor_id, actor in network.actors.items():
        r = _node_radius(strength[actor_id], top)
        radius[actor_id] = r
        look = (GROUPS[_group(actor)].color, "#FFFFFF", 0.6, "solid", "o")
        if actor_id in one_way_only:
            look = (look[0], ONE_WAY_COLOR, 1.4, "dashed", "o")
        elif actor_id in isolated:
            look = (look[0], PERSON_COLOR, 1.6, "solid", "o")
        groups.setdefault(look, []).append((*point[actor_id], (2 * r) ** 2))
    for forum in network.forums:
        fid = _forum_node_id(forum)
        r = 2.4 + 0.5 * math.sqrt(len(forum.members))
        radius[fid] = r
        look = (FORUM_FILL, PERSON_COLOR if forum.person_dependent else FORUM_BORDER, 0.8, "solid", "D")
        groups.setdefault(look, []).append((*point[fid], (2 * r) ** 2))
    for (fill, edge, width, style, marker), items in sorted(groups.items()):
        ax.scatter(
            [i[0] for i in items],
            [i[1] for i in items],
            s=[i[2] for i in items],
            c=fill,
            edgecolors=edge,
            linewidths=width,
            linestyles=(0, (2, 1)) if style == "dashed" else "solid",
            marker=marker,
            zorder=4,
        )
    return radius


# ---------------------------------------------------------------- output


def make_figure(what: str, network: Network, metrics: NetworkMetrics, *, lang: str = "sv"):
    """Draw one of :data:`WHAT` for a network, headed by the network's name (for Word or PowerPoint).

    Raises
    ------
    UsageError
        For an unknown ``what``.

    Examples
    --------
    >>> make_figure("pie", None, None)
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: okänd figur "pie"; välj en av: network, trappa, scopes
    """
    if what == "network":
        return network_figure(network, metrics, lang=lang, title=network.name)
    if what == "trappa":
        return _titled(trappa_figure(network, metrics, lang=lang), network.name)
    if what == "scopes":
        return _titled(scopes_figure(network, metrics, lang=lang), network.name)
    raise UsageError("usage.figure_what", what=what, choices=", ".join(WHAT))


def save(fig, fmt: str, *, salt: str = "samnet") -> bytes:
    """The figure as PNG, SVG or PDF bytes, the same bytes for the same figure.

    ``salt`` seeds the SVG element ids: give each figure of one HTML page its
    own so that their ids do not clash.

    Examples
    --------
    >>> save(_new_figure(2, 2), "gif")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: kan inte skriva en figur som "gif"; välj en av: png, svg, pdf
    """
    import matplotlib

    if fmt not in FORMATS:
        raise UsageError("usage.figure_format", fmt=fmt, choices=", ".join(FORMATS))
    metadata = {
        "svg": {"Date": None, "Creator": "samnet"},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": "samnet", "Producer": "samnet"},
        "png": {"Software": "samnet"},
    }[fmt]
    buffer = io.BytesIO()
    # Text stays text in SVG (searchable, small); a narrower fallback font can only shrink
    # the measured label boxes, never make them overlap, since each box is anchored at its left.
    with matplotlib.rc_context(
        {"svg.hashsalt": salt, "svg.fonttype": "none", "pdf.fonttype": 42, "font.family": ["DejaVu Sans"]}
    ):
        fig.savefig(buffer, format=fmt, dpi=_DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()
