"""Write a :class:`samnet.present.report.blocks.Report` as one self-contained HTML page that prints well on A4.

The page holds everything: its CSS (``templates/report.css``) and every
chart as inline SVG. A Content-Security-Policy forbids every request, scripts
included; the page needs none. Every text is escaped here, data text and
samnet's own alike. Print CSS: A4 pages, a running heading and page numbers
in the page margins, each kommun on a new page, no chart or box split across
pages.

Examples
--------
>>> from samnet.present.report.blocks import Paragraph, Report, Section
>>> page = report_html(Report("T", "sv", (Section("S", (Paragraph("<b>x</b>"),)),)), {})
>>> "&lt;b&gt;x&lt;/b&gt;" in page and "Content-Security-Policy" in page
True
"""

from __future__ import annotations

import html
import re
from importlib import resources

from samnet.present.report.blocks import Box, Bullets, Chart, Paragraph, Report, Section, Table
from samnet.texts.catalogue import text as _text

__all__ = ["CSP", "report_html"]

#: Nothing may load: inline styles and the page's own SVG only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _css_string(text: str) -> str:
    """A CSS string literal for data text: anything but letters, digits, spaces and safe punctuation escaped.

    Escaping ``<`` keeps a name from closing the ``<style>`` element.

    Examples
    --------
    >>> _css_string('A "B" </style>')
    '"A \\\\22 B\\\\22  \\\\3c /style\\\\3e "'
    """
    return '"' + re.sub(r"[^\w ,.()\-–:;/]", lambda m: "\\" + format(ord(m.group()), "x") + " ", text) + '"'


def _svg(data: bytes) -> str:
    text = data.decode("utf-8")
    # The XML prolog and DOCTYPE are not allowed inside an HTML body.
    return text[text.index("<svg") :]


def _table(block: Table) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        css = ' class="num"' if i in block.numeric else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{scope}{css}>{_e(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(block.headers))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in block.rows)
    # A table of many columns gets smaller type in print, so its headers wrap at spaces only.
    wide = ' class="wide"' if len(block.headers) >= 6 else ""
    return (
        f"<table{wide}><caption>{_e(block.caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _block(block, charts: dict, depth: int, lang: str) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_e(block.text)}</p>"
    if isinstance(block, Bullets):
        title = f"<h{depth + 1}>{_e(block.title)}</h{depth + 1}>" if block.title else ""
        items = "".join(f"<li>{_e(item)}</li>" for item in block.items)
        return f'{title}<ul class="findings">{items}</ul>' if items else title
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Box):
        paras = "".join(f"<p>{_e(p)}</p>" for p in block.paragraphs)
        title = f"<h3>{_e(block.title)}</h3>" if block.title else ""
        return f'<aside class="box">{title}{paras}</aside>'
    if isinstance(block, Chart):
        drawn = charts[block.key]
        note = ""
        if drawn.get("unlabelled"):
            word = _text("docs.unlabelled", lang)
            note = f'<p class="note">{_e(word)}: {_e(", ".join(drawn["unlabelled"]))}.</p>'
        css = "chart wide" if block.wide else "chart"
        return (
            f'<figure class="{css}" data-chart="{_e(block.key)}" role="group" '
            f'aria-label="{_e(block.caption)}">{_svg(drawn["svg"])}'
            f"<figcaption>{_e(block.caption)}</figcaption>{note}</figure>"
        )
    raise TypeError(f"unknown report block {type(block).__name__}")


def _section(section: Section, charts: dict, depth: int, lang: str, css_class: str, page: str = "") -> str:
    tag = min(depth, 6)
    named = f' data-page="{_e(page)}"' if page else ""
    parts = [f'<section class="{css_class}"{named}><h{tag}>{_e(section.title)}</h{tag}>']
    parts += [_block(b, charts, tag, lang) for b in section.blocks]
    parts += [_section(sub, charts, depth + 1, lang, "sub") for sub in section.subsections]
    parts.append("</section>")
    return "\n".join(parts)


def report_html(report: Report, charts: dict) -> str:
    """The report as one HTML page (a string; write it as UTF-8).

    Parameters
    ----------
    report : Report
    charts : dict
        From :func:`samnet.present.report.files.render_charts`: each chart's SVG by key.

    Examples
    --------
    >>> from samnet.present.report.blocks import Report, Section, Table
    >>> page = report_html(Report("T", "sv", (Section("S", (Table("C", ("a",), (("<1>",),)),)),)), {})
    >>> "<td>&lt;1&gt;</td>" in page
    True
    """
    css = (resources.files("samnet.present.report") / "templates" / "report.css").read_text(encoding="utf-8")
    head_style = "font: 8pt system-ui, sans-serif; color: #555;"
    running = [f"@page {{ @top-left {{ content: {_css_string(report.title)}; {head_style} }} }}"]
    subtitle = _text("docs.subtitle", report.lang)
    body = []
    for i, section in enumerate(report.sections):
        css_class = "kommun" if section.new_page else "front"
        page = ""
        if section.new_page:
            # A named page per section gives its pages a running heading with its own title.
            page = f"s{i}"
            running.append(
                f'section[data-page="{page}"] {{ page: {page}; }} @page {page} {{ @top-left {{ '
                f"content: {_css_string(report.title + ' – ' + section.title)}; {head_style} }} }}"
            )
        body.append(_section(section, charts, 2, report.lang, css_class, page))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(report.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(report.title)}</title>\n<style>\n{css}\n{chr(10).join(running)}\n</style>\n</head>\n<body>\n"
        f'<header><h1>{_e(report.title)}</h1><p class="subtitle">{_e(subtitle)}</p></header>\n'
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
