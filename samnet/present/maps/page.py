"""Draw samverkan networks as self-contained, interactive HTML maps: the page.

A map is one UTF-8 HTML file that opens from a mail attachment on a laptop
without internet: vis-network's JavaScript (a pinned copy in samnet/vendor,
see tools/fetch_vis_network.py) and the page's own CSS and JavaScript are
inlined, the data is embedded as JSON, and a Content-Security-Policy forbids
every network request.

The work is split in three layers: :mod:`samnet.present.maps.layout` places the nodes,
:mod:`samnet.present.maps.data` builds vis-network's nodes and edges (and documents
what is drawn), and this module fills the page template
(``templates/map.html``, which holds the static controls and legend markup)
with them. Texts come from the catalogue :mod:`samnet.texts.catalogue` (``map.*``).

Filters
-------
Level, scope and area filters act on pair and forum edges (and on one-way
links by the scopes and areas they have); an edge without areas is shown
whatever the area filter. The one-way and forum switches hide those edge
kinds (and the forum diamonds); "person-dependent only" keeps only
person-dependent ties. Actors always stay on the map.

Layout is computed with no randomness and passed as positions (physics
off), and every list is in a fixed order, so the same data gives the same
file byte for byte. Every text from the data reaches the page as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page puts it into the DOM with ``textContent`` only.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Polisen", "polis", "stat")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}),
...                    kommuner=frozenset({"k"})),))
>>> from samnet.measure.metrics import analyze_network
>>> network = build_network(ds, "k")
>>> page = render_map(network, analyze_network(network))
>>> page.startswith("<!DOCTYPE html>") and "Teckenförklaring" in page
True
"""

from __future__ import annotations

import html
import json
import re
from functools import cache, lru_cache
from importlib import resources

from samnet.core.network import Network
from samnet.core.vocab import AREAS, GROUPS, KINDS, LEVELS, SCOPES, TYPES, in_language
from samnet.errors import OutputError, UsageError, check_lang
from samnet.present.maps.data import (
    EDGE_COLOR,
    FORUM_BORDER,
    FORUM_EDGE_COLOR,
    FORUM_FILL,
    HIGHLIGHT_COLOR,
    LAYOUTS,
    LEVEL_COLOR,
    LEVEL_WIDTH,
    ONE_WAY_COLOR,
    PERSON_COLOR,
    SIZE_CHOICES,
    drawn_counts,
    network_data,
)
from samnet.texts.catalogue import LANGS, text, texts

__all__ = [
    "SIZE_CHOICES",
    "LAYOUTS",
    "LANGS",
    "ONE_WAY_COLOR",
    "PERSON_COLOR",
    "render_map",
    "render_maps_page",
    "run_maps",
    "drawn_counts",
]


def _check_args(lang: str, size_by: str, layout: str = "sector") -> None:
    check_lang(lang)
    if layout not in LAYOUTS:
        raise UsageError("usage.map_layout", layout=layout, choices=", ".join(LAYOUTS))
    if size_by not in SIZE_CHOICES:
        raise UsageError("usage.map_size_by", size_by=size_by, choices=", ".join(SIZE_CHOICES))


# ---------------------------------------------------------------- assets


@cache
def _template(name: str) -> str:
    return (resources.files("samnet.present.maps") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's JavaScript: the pinned copy in samnet/vendor (see tools/fetch_vis_network.py)."""
    vendored = resources.files("samnet.present.maps") / "vendor" / "vis-network.min.js"
    if not vendored.is_file():
        raise OutputError("samnet/vendor/vis-network.min.js is missing: reinstall samnet")
    # Bytes, not read_text: text mode would translate line endings.
    return vendored.read_bytes().decode("utf-8")


def _json_for_script(value: object) -> str:
    """JSON that cannot end its ``<script>`` block: ``<``, ``>`` and ``&`` become ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _ui_data(lang: str, size_by: str) -> dict:
    return {
        "lang": lang,
        "sizeBy": size_by,
        "t": texts("map.", lang),
        "kinds": {k: in_language(v, lang) for k, v in KINDS.items()},
        "levels": {str(n): in_language((lv.sv, lv.en), lang) for n, lv in LEVELS.items()},
        "scopes": {k: in_language(v, lang) for k, v in SCOPES.items()},
        "areas": {k: in_language(v, lang) for k, v in AREAS.items()},
        "groups": {g.id: in_language((g.sv, g.en), lang) for g in GROUPS.values()},
        "highlight": HIGHLIGHT_COLOR,
        "roleColors": _role_colors(),
        "options": {
            "autoResize": True,
            # Positions come from samnet.present.maps.layout: no physics, so no random seed either.
            "physics": False,
            "layout": {"improvedLayout": False},
            "interaction": {
                "hover": True,
                "tooltipDelay": 200,
                "navigationButtons": False,
                "keyboard": False,
                "multiselect": False,
                "zoomSpeed": 0.6,
            },
            "nodes": {
                "font": {
                    "size": 18,
                    "face": "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
                    "color": "#1A1A1A",
                    "strokeWidth": 4,
                    "strokeColor": "#FFFFFF",
                }
            },
            "edges": {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 0.5},
        },
    }


# ---------------------------------------------------------------- page parts


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _line_svg(color: str, width: float, dash: str = "", arrow: bool = False, glow: bool = False) -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    head = f'<path d="M34 4 L42 9 L34 14 z" fill="{color}"/>' if arrow else ""
    under = (
        f'<line x1="2" y1="9" x2="42" y2="9" stroke="{HIGHLIGHT_COLOR}" stroke-width="12" stroke-linecap="round"/>'
        if glow
        else ""
    )
    x2 = 34 if arrow else 42
    return (
        f'<svg class="sw" width="44" height="18" viewBox="0 0 44 18" aria-hidden="true">{under}'
        f'<line x1="2" y1="9" x2="{x2}" y2="9" stroke="{color}" stroke-width="{width}"{extra}/>'
        f"{head}</svg>"
    )


def _dot_svg(fill: str, border: str, width: float = 1.5, dash: str = "") -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg class="sw" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">'
        f'<circle cx="10" cy="10" r="7" fill="{fill}" stroke="{border}" stroke-width="{width}"{extra}/>'
        "</svg>"
    )


def _diamond_svg() -> str:
    return (
        '<svg class="sw" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">'
        f'<path d="M10 2 L18 10 L10 18 L2 10 z" fill="{FORUM_FILL}" stroke="{FORUM_BORDER}" '
        'stroke-width="2"/></svg>'
    )


def _swatches() -> dict[str, str]:
    """The little pictures of the controls and the legend, by template placeholder."""
    return {
        "SW_ONE_WAY": _line_svg(ONE_WAY_COLOR, 2, arrow=True),
        "SW_FORUM": _diamond_svg(),
        "SW_PERSON": _line_svg(PERSON_COLOR, 2.5),
        "SW_ONE_WAY_RING": _dot_svg("#DDDDDD", ONE_WAY_COLOR, 3, "4 3"),
        "SW_PERSON_RING": _dot_svg("#DDDDDD", PERSON_COLOR, 3),
        "SW_STRUKTUR": _line_svg(EDGE_COLOR, 2.5),
        "SW_INDIVID": _line_svg(EDGE_COLOR, 2.5, "6 4"),
        "SW_FORUM_LINE": _line_svg(FORUM_EDGE_COLOR, 1),
    }


def _checkbox(kind: str, value: str, label: str, swatch: str = "") -> str:
    return (
        f'<label class="check">{swatch}<input type="checkbox" data-filter="{_e(kind)}" '
        f'value="{_e(value)}" checked><span>{_e(label)}</span></label>'
    )


def _status_parts(lang: str, testimony: bool) -> dict[str, str]:
    """The status filter and legend of a map of testimony; without testimony the lines as before.

    The legend's scope lines are left out with testimony: there the dash pattern tells the status.
    """
    from samnet.present.maps.testimony import DISPUTED_COLOR, GROUP_DASHES, GROUPS

    sw = _swatches()
    scope_items = (
        f"<li>{sw['SW_STRUKTUR']}<span>{_e(text('map.struktur_line', lang))}</span></li>\n"
        f"<li>{sw['SW_INDIVID']}<span>{_e(text('map.individ_line', lang))}</span></li>"
    )
    if not testimony:
        return {"STATUS_FILTER": "", "STATUS_LEGEND": "", "SCOPE_LINE_ITEMS": scope_items}

    def swatch(group: str) -> str:
        color = DISPUTED_COLOR if group == "disputed" else EDGE_COLOR
        return _line_svg(color, 1.5 if group == "other" else 2.5, GROUP_DASHES[group])

    boxes = "".join(_checkbox("status", g, text(f"testimony.map.{g}", lang), swatch(g)) + "\n" for g in GROUPS).rstrip(
        "\n"
    )
    items = "\n".join(f"<li>{swatch(g)}<span>{_e(text(f'testimony.map.{g}', lang))}</span></li>" for g in GROUPS)
    title = _e(text("testimony.map.legend", lang))
    return {
        "STATUS_FILTER": f'<fieldset class="status-filter"><legend>{title}</legend>\n{boxes}\n</fieldset>',
        "STATUS_LEGEND": f'\n<h3>{title}</h3>\n<ul class="status-legend">\n{items}\n</ul>',
        "SCOPE_LINE_ITEMS": "",
    }


def _app_js(testimony: bool) -> str:
    """The page's script; lines marked ``//+status`` serve maps of testimony and are left out of others."""
    marker = "//+status"
    lines = _template("map.js").splitlines(keepends=True)
    if testimony:
        return "".join(
            line.removeprefix(marker).removeprefix(" ") if line.startswith(marker) else line for line in lines
        )
    return "".join(line for line in lines if not line.startswith(marker))


def _lists(lang: str, size_by: str, groups: list[str], highlight: bool) -> dict[str, str]:
    """The repeated rows of the controls and the legend (one per level, scope, area, group …)."""

    def level(n):
        return f"{n} {in_language((LEVELS[n].sv, LEVELS[n].en), lang)}"

    group_items = []
    for gid in groups:
        g = GROUPS[gid]
        group_items.append(
            f'<li data-group="{_e(gid)}">{_dot_svg(g.color, g.color)}'
            f"<span>{_e(in_language((g.sv, g.en), lang))}</span></li>"
        )
    glow = _line_svg(EDGE_COLOR, 2.5, glow=True)
    return {
        "LEVEL_BOXES": "\n".join(
            _checkbox("level", str(n), level(n), _line_svg(LEVEL_COLOR[n], LEVEL_WIDTH[n])) for n in LEVELS
        ),
        "SCOPE_BOXES": "\n".join(_checkbox("scope", s, in_language(v, lang)) for s, v in SCOPES.items()),
        "AREA_BOXES": "\n".join(_checkbox("area", a, f"{in_language(v, lang)} ({a})") for a, v in AREAS.items()),
        "SIZE_OPTIONS": "\n".join(
            f'<option value="{c}"{" selected" if c == size_by else ""}>{_e(text("map.size_" + c, lang))}</option>'
            for c in SIZE_CHOICES
        ),
        "GROUP_ITEMS": "\n".join(group_items),
        "LEVEL_ITEMS": "\n".join(
            f"<li>{_line_svg(LEVEL_COLOR[n], LEVEL_WIDTH[n])}<span>{_e(level(n))}</span></li>" for n in LEVELS
        ),
        "HIGHLIGHT_ITEM": f"\n<li>{glow}<span>{_e(text('map.highlight_line', lang))}</span></li>" if highlight else "",
    }


def _role_colors() -> dict[str, str]:
    from samnet.present.maps.roles import ROLE_COLORS

    return dict(ROLE_COLORS)


def _role_lists(lang: str) -> dict[str, str]:
    """The colour-by choices and the legend of the role colours (samnet.present.maps.roles)."""
    from samnet.present.maps.roles import ROLE_COLORS

    options = (("group", "map.color_group"), ("role", "map.color_role"))
    return {
        "COLOR_OPTIONS": "\n".join(f'<option value="{v}">{_e(text(key, lang))}</option>' for v, key in options),
        "ROLE_ITEMS": "\n".join(
            f'<li data-role="{_e(role or "none")}">{_dot_svg(color, color)}'
            f"<span>{_e(text('map.role_' + (role or 'none'), lang))}</span></li>"
            for role, color in ROLE_COLORS.items()
        ),
    }


def _panel(data: dict, lang: str, titled: bool) -> str:
    key, name = _e(data["key"]), _e(data["name"])
    return (
        f'<section class="panel" data-map="{key}">'
        + (f'<h2 class="panel-title">{name}</h2>' if titled else "")
        + '<div class="findings"></div>'
        f'<div class="map-canvas" id="canvas-{key}" role="img" '
        f'aria-label="{_e(text("map.map_of", lang))}: {name}">'
        f'<p class="wait">{_e(text("map.wait", lang))}</p></div>'
        f'<script type="application/json" class="samnet-data">{_json_for_script(data)}</script>'
        "</section>"
    )


def _page(
    *,
    lang: str,
    title: str,
    size_by: str,
    maps: list[dict],
    groups: list[str],
    highlight: bool,
    intro_html: str = "",
    side_html: str = "",
) -> str:
    ordered = [g for g in GROUPS if g in set(groups)] or list(GROUPS)
    testimony = any("testimony" in data for data in maps)
    parts = {
        "LANG": lang,
        "TITLE": _e(title),
        "CSS": _template("map.css"),
        "VIS_JS": _vis_js(),
        # drawing.js draws large maps quickly for map.js; roles.js adds the "roll" colouring
        # and the what-if toggle through window.samnetMaps.
        "APP_JS": _template("drawing.js") + "\n" + _app_js(testimony) + "\n" + _template("roles.js"),
        "INTRO": intro_html,
        "SIDE": side_html,
        "PANELS": "\n".join(_panel(data, lang, len(maps) > 1) for data in maps),
        "LAYOUT": "single" if len(maps) == 1 else "multi",
        "UI": _json_for_script(_ui_data(lang, size_by)),
        **_swatches(),
        **_lists(lang, size_by, ordered, highlight),
        **_role_lists(lang),
        **_status_parts(lang, testimony),
    }
    t = texts("map.", lang)

    def fill(match: re.Match) -> str:
        name = match.group(1)
        return _e(t[name[2:]]) if name.startswith("t:") else parts[name]

    # One pass over the template only: inlined JavaScript and data are never
    # scanned for placeholders, whatever braces they contain.
    return re.sub(r"\{\{(t:[a-z_]+|[A-Z_]+)\}\}", fill, _template("map.html"))


def _groups_of(network: Network) -> set[str]:
    return {TYPES[a.type].group if a.type in TYPES else "regional" for a in network.actors.values()}


# ---------------------------------------------------------------- public API


def render_map(
    network: Network,
    metrics,
    *,
    lang: str = "sv",
    size_by: str = "strength",
    title: str | None = None,
    layout: str = LAYOUTS[0],
    side_html: str = "",
) -> str:
    """One self-contained, interactive HTML page for one network.

    Parameters
    ----------
    network : Network
        From :func:`samnet.core.network.build_network` (one kommun, or ``None`` for the region).
    metrics : NetworkMetrics
        :func:`samnet.measure.metrics.analyze_network` of ``network``: a map only
        presents figures, it never computes them.
    lang : {"sv", "en"}
        Language of the page's texts (data texts are shown as they are).
    size_by : {"strength", "degree", "betweenness", "eigenvector"}
        The centrality the nodes are sized by at first; the page can switch.
    title : str, optional
        Page title; "Samverkanskarta – <kommun>" by default.
    layout : {"sector", "force"}
        Actors by group round the social services (``sector``), or a force
        layout of the ties (``force``).
    side_html : str
        Trusted, already escaped HTML at the top of the left column (the
        check against the agreement, :func:`samnet.present.check_page.check_side_html`).

    Returns
    -------
    str
        The HTML page. Write it as UTF-8; it requests nothing from any network.

    Raises
    ------
    UsageError
        For an unknown ``lang``, ``size_by`` or ``layout``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"a": Actor("a", "<b>IFO</b>", "ifo", "kommun")})
    >>> from samnet.measure.metrics import analyze_network
    >>> network = build_network(ds)
    >>> page = render_map(network, analyze_network(network), lang="en")
    >>> "<b>IFO</b>" in page, "Legend" in page
    (False, True)
    """
    _check_args(lang, size_by, layout)
    data = network_data(network, metrics, lang, size_by, layout_name=layout)
    if title is None:
        title = f"{text('map.title', lang)} – {data['name']}"
    return _page(
        lang=lang,
        title=title,
        size_by=size_by,
        maps=[data],
        groups=sorted(_groups_of(network)),
        highlight=False,
        side_html=side_html,
    )


def render_maps_page(
    panels,
    *,
    lang: str = "sv",
    title: str,
    size_by: str = "strength",
    intro_html: str = "",
    layout: str = LAYOUTS[0],
    side_html: str = "",
) -> str:
    """Several maps side by side in one self-contained page (used by ``samnet compare``).

    Parameters
    ----------
    panels : list of (Network, NetworkMetrics, set of frozenset[, dict])
        Each map's network, its metrics, the actor
        type pairs (``frozenset({type_a, type_b})``) whose edges are flagged
        as differing, and optionally the node positions to use (page pixels
        by node id; the comparison page shares one layout between its maps).
    lang : {"sv", "en"}
    title : str
        Page title (escaped here).
    size_by : {"strength", "degree", "betweenness", "eigenvector"}
    intro_html : str
        Trusted, already escaped HTML shown above the maps.
    layout : {"sector", "force"}
        For panels without positions.
    side_html : str
        Trusted, already escaped HTML at the top of the left column.

    Returns
    -------
    str

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
    ...               "b": Actor("b", "IFO", "ifo", "kommun", "m")})
    >>> from samnet.measure.metrics import analyze_network
    >>> k, m = build_network(ds, "k"), build_network(ds, "m")
    >>> page = render_maps_page([(k, analyze_network(k), set()), (m, analyze_network(m), set())], title="K & M")
    >>> "K &amp; M" in page and page.count('class="samnet-data"') == 2
    True
    """
    _check_args(lang, size_by, layout)
    maps, groups, any_highlight = [], set(), False
    for i, (network, metrics, highlight, *positions) in enumerate(panels):
        highlight = frozenset(highlight or ())
        any_highlight = any_highlight or bool(highlight)
        maps.append(
            network_data(
                network,
                metrics,
                lang,
                size_by,
                highlight=highlight,
                key=f"m{i}",
                layout_name=layout,
                positions=positions[0] if positions else None,
            )
        )
        groups |= _groups_of(network)
    return _page(
        lang=lang,
        title=title,
        size_by=size_by,
        maps=maps,
        groups=sorted(groups),
        highlight=any_highlight,
        intro_html=intro_html,
        side_html=side_html,
    )


def run_maps(analysis, kommuner, lang: str = "sv") -> dict[str, str]:
    """A run's maps by file name: each kommun's ``ID/map.html`` (with the agreement's gaps in its side
    panel when the run checked them) and, with more than one kommun, ``map.html`` of them all.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.measure.metrics import analyze
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> sorted(run_maps(analyze(ds), ds.kommuner))
    ['k/map.html']
    """
    from samnet.present.check_page import check_side_html

    pages = {}
    for kommun_id, figures in analysis.metrics.items():
        if kommun_id in kommuner:
            check, side, checked = analysis.kommun_check(kommun_id), "", analysis.check
            if check is not None:  # the side panel: the pairs behind the gaps, and the missing rules
                side = check_side_html(check, checked.norm.name, lang, has_documents=checked.has_documents)
            pages[f"{kommun_id}/map.html"] = render_map(
                analysis.networks[kommun_id], figures, lang=lang, side_html=side
            )
    if analysis.region is not None:
        # None with one kommun: its own map is the whole map, and a second "Alla kommuner" would only confuse.
        pages["map.html"] = render_map(analysis.region, analysis.region_metrics, lang=lang)
    return pages
