"""``lan.html``: the regional overview of every kommun, one self-contained page.

It reads only the :class:`~samnet.measure.results.LanFigures` that
:func:`samnet.measure.lan.lan_figures` returns (and its sentences from
:mod:`samnet.present.lan_text`): a sortable table of each kommun's key figures,
what each kommun lacks, small multiples of each kommun's trappa on one scale,
the check as a matrix of rules × kommuner, and the län network as an SVG map
(kommuner and the regional structures they take part in). Everything is drawn
here as HTML and SVG; the page's small script only sorts the table and
highlights the map, reading what the HTML already holds. Every text is escaped;
a Content-Security-Policy forbids every request.

Examples
--------
>>> page = render_lan_page(LanFigures("X <län>"), "sv")
>>> "X &lt;län&gt;" in page and "Content-Security-Policy" in page
True
"""

from __future__ import annotations

import html
from importlib import resources

from samnet.measure.results import LAN_GAP_KEYS as GAP_KEYS
from samnet.measure.results import STATUSES, LanFigures
from samnet.present.check_text import status_name
from samnet.present.figures import LEVEL_COLORS
from samnet.present.lan_map import group_legend, lan_map_svg, map_panels
from samnet.present.lan_text import COLUMNS, PAPER_COLUMNS, cell, lan_paper, lan_sentences, lan_title
from samnet.texts.catalogue import count, text

__all__ = ["CSP", "render_lan_page"]

#: Inline style and the page's own script only; nothing may load.
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"

#: One mark per check status, so that the matrix reads without colour too (and in print).
STATUS_MARKS = {"met": "✓", "partly": "◐", "below": "▽", "one_way_only": "→", "missing": "✗", "not_mapped": "·"}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _template(name: str) -> str:
    return (resources.files("samnet.present") / "templates" / name).read_text(encoding="utf-8")


def _table(figures: LanFigures, lang: str) -> str:
    columns = [c for c in COLUMNS if c[0] != "check_gaps" or figures.check is not None]
    head = "".join(
        f'<th scope="col" aria-sort="none"><button type="button" data-col="{i}" data-kind="{kind}">'
        f"{_e(text(f'lan.col.{key}', lang))}</button></th>"
        for i, (key, kind) in enumerate(columns)
    )
    body = []
    for row in figures.kommuner:
        cells = []
        for key, kind in columns:
            shown, sort = cell(row, key, kind, lang)
            css = "" if kind == "text" else ' class="num"'
            tag = "th scope='row'" if kind == "text" else "td"
            close = "th" if kind == "text" else "td"
            cells.append(f'<{tag}{css} data-sort="{_e(sort)}">{_e(shown)}</{close}>')
        body.append(f'<tr data-kommun="{_e(row["id"])}">' + "".join(cells) + "</tr>")
    return (
        f'<div class="scroll"><table id="kommun-table"><caption>{_e(text("lan.table.caption", lang))}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _trappa(row: dict, scale: int) -> str:
    """One kommun's trappa: four bars on the shared scale, each with its count."""
    width, height, base = 132, 74, 58
    bars = []
    for n in range(1, 5):
        value = row["levels"][str(n)]
        tall = 0 if not scale else round(44 * value / scale, 1)
        x = 8 + (n - 1) * 31
        bars.append(
            f'<rect x="{x}" y="{base - tall}" width="24" height="{tall}" fill="{LEVEL_COLORS[n]}" stroke="#333" '
            f'stroke-width="0.5"/><text x="{x + 12}" y="{base - tall - 3}" class="v">{value}</text>'
            f'<text x="{x + 12}" y="{base + 12}" class="l">{n}</text>'
        )
    axis = f'<line x1="4" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#333" stroke-width="0.8"/>'
    return (
        f'<figure class="mini"><svg viewBox="0 0 {width} {height}" role="img" aria-label="{_e(row["name"])}">'
        f"{''.join(bars)}{axis}</svg><figcaption>{_e(row['name'])}</figcaption></figure>"
    )


def _matrix(figures: LanFigures, lang: str) -> str:
    check = figures.check
    rows = figures.kommuner
    head = "".join(f'<th scope="col" class="k"><span>{_e(row["name"])}</span></th>' for row in rows)
    body = []
    for rule in check["rules"]:
        cells = []
        for row in rows:
            status = check["status"][rule["id"]].get(row["id"])
            if status is None:
                cells.append("<td></td>")
                continue
            name = status_name(status, lang)
            cells.append(
                f'<td class="st st-{_e(status)}" title="{_e(row["name"])}: {_e(name)}">'
                f'<span aria-hidden="true">{STATUS_MARKS[status]}</span><span class="sr">{_e(name)}</span></td>'
            )
        body.append(
            f'<tr><th scope="row" title="{_e(rule["text"])}"><span class="rid">{_e(rule["id"])}</span> '
            f'<span class="rtext">{_e(rule["text"])}</span></th>{"".join(cells)}</tr>'
        )
    legend = "".join(
        f'<li><span class="st st-{s}" aria-hidden="true">{STATUS_MARKS[s]}</span> {_e(status_name(s, lang))}</li>'
        for s in STATUSES
    )
    return (
        f'<div class="scroll"><table class="matrix"><caption>{_e(text("lan.check.caption", lang))}</caption>'
        f'<thead><tr><th scope="col">{_e(text("lan.col.rule", lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
        f'<ul class="legend" aria-label="{_e(text("lan.legend", lang))}">{legend}</ul>'
    )


def _paper(figures: LanFigures, lang: str) -> str:
    """Paper and practice per kommun (:func:`samnet.present.lan_text.lan_paper`): a sentence, counts, findings."""
    paper = lan_paper(figures, lang)
    if paper is None:
        return ""
    parts = [
        f'<section id="paper"><h2>{_e(text("lan.h.paper", lang))}</h2><p class="summary">{_e(paper["summary"])}</p>'
    ]
    if paper["lines"]:
        head = "".join(f'<th scope="col" class="num">{_e(text(f"lan.col.{k}", lang))}</th>' for k in PAPER_COLUMNS)
        body = "".join(
            f'<tr><th scope="row">{_e(name)}</th>'
            + "".join(f'<td class="num{" hit" if n else ""}">{n}</td>' for n in counts)
            + "</tr>"
            for name, *counts in paper["rows"]
        )
        parts.append(
            f'<div class="scroll"><table id="paper-table"><caption>{_e(text("lan.paper.caption", lang))}</caption>'
            f'<thead><tr><th scope="col">{_e(text("lan.col.name", lang))}</th>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>"
            f'<ul class="paper">{"".join(f"<li>{_e(line)}</li>" for line in paper["lines"])}</ul>'
        )
    return "".join(parts) + "</section>"


def _map(figures: LanFigures, lang: str) -> str:
    """The län network (:mod:`samnet.present.lan_map`), the click panel, and each structure's kommuner in print."""
    return (
        f'<p class="caption">{_e(text("lan.map.caption", lang))}</p>{group_legend(figures, lang)}'
        f'<div class="mapwrap">{lan_map_svg(figures, lang)}'
        f'<aside id="panel" aria-live="polite"><p class="hint">{_e(text("lan.map.panel", lang))}</p>'
        f'<div id="panel-body"></div></aside></div>'
        f'<div id="panel-data" hidden>{map_panels(figures, lang)}</div>'
    )


def render_lan_page(figures: LanFigures, lang: str) -> str:
    """The overview as one HTML page (a string; write it as UTF-8).

    Parameters
    ----------
    figures : LanFigures
        From :func:`samnet.measure.lan.lan_figures`.
    lang : {"sv", "en"}

    Examples
    --------
    >>> render_lan_page(LanFigures("Län"), "en").count("<h1>The county: Län</h1>")
    1
    """
    sentences = lan_sentences(figures, lang)
    title = lan_title(figures, lang)
    gaps = [sentences[k] for k in GAP_KEYS] + [sentences[k] for k in ("most_tied", "check") if k in sentences]
    parts = [
        f'<header><h1>{_e(title)}</h1><p class="subtitle">'
        f"{_e(text('lan.subtitle', lang, kommuner=count(len(figures.kommuner), 'noun.kommun', lang)))}</p>"
        f'<p class="summary">{_e(sentences["summary"])}</p><p class="note">{_e(sentences["rule"])}</p></header>',
        f'<section id="gaps"><h2>{_e(text("lan.h.gaps", lang))}</h2><ul class="gaps">'
        + "".join(f"<li>{_e(s)}</li>" for s in gaps)
        + "</ul></section>",
        f'<section id="key-figures"><h2>{_e(text("lan.h.table", lang))}</h2>{_table(figures, lang)}</section>',
        f'<section id="trappa"><h2>{_e(text("lan.h.trappa", lang))}</h2>'
        f'<p class="caption">{_e(text("lan.trappa.caption", lang, max=figures.level_max))}</p>'
        f'<div class="multiples">{"".join(_trappa(row, figures.level_max) for row in figures.kommuner)}'
        "</div></section>",
    ]
    if figures.check is not None:
        heading = text("lan.h.check", lang, norm=figures.check["norm"])
        parts.append(f'<section id="check"><h2>{_e(heading)}</h2>{_matrix(figures, lang)}</section>')
        parts.append(_paper(figures, lang))
    parts.append(f'<section id="lan-network"><h2>{_e(text("lan.h.map", lang))}</h2>{_map(figures, lang)}</section>')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>\n{_template('lan.css')}</style>\n</head>\n"
        '<body data-ready="0">\n<main>\n' + "\n".join(parts) + "\n</main>\n"
        f"<script>\n{_template('lan.js')}</script>\n</body>\n</html>\n"
    )
