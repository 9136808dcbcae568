"""The one terminal table writer and the one Markdown table writer, with their one escaping rule.

Both take headers and rows of cells (str, int or float; a float is written
with three decimals) and return text. :func:`text_table` measures cells in
terminal columns (East Asian wide characters take two, combining marks none,
after NFC normalisation) and clips the widest column with "…" to fit.
:func:`markdown_table` escapes every cell with :func:`md_escape`, so data
text (a kommun or actor name) never opens Markdown or HTML in a viewer.

Examples
--------
>>> print(markdown_table(["aktör", "grad"], [["K <img>", 2]], align="lr"))
| aktör | grad |
|---|---:|
| K \\<img\\> | 2 |
"""

from __future__ import annotations

import unicodedata

__all__ = ["cell_text", "clip", "display_width", "markdown_table", "md_escape", "text_table"]


def cell_text(value) -> str:
    """A table cell as text: floats with three decimals, everything else as ``str``.

    Examples
    --------
    >>> cell_text(0.5), cell_text(3), cell_text("x")
    ('0.500', '3', 'x')
    """
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide characters two, combining marks none.

    Examples
    --------
    >>> display_width("Åsa"), display_width("A\\u030asa"), display_width("北京")
    (3, 3, 4)
    """
    width = 0
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, ending in "…" when cut.

    Examples
    --------
    >>> clip("Socialtjänsten", 8), clip("IFO", 8)
    ('Socialt…', 'IFO')
    """
    text = unicodedata.normalize("NFC", text)
    if display_width(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        step = display_width(ch)
        if used + step > width - 1:
            break
        out, used = out + ch, used + step
    return out + "…"


def text_table(
    headers: list[str],
    rows: list[list],
    *,
    max_width: int = 100,
    numeric: set[int] | None = None,
    show_header: bool = True,
) -> str:
    """A plain-text table that fits in ``max_width`` columns (the widest columns are clipped with "…").

    Parameters
    ----------
    headers : list of str
    rows : list of list
    max_width : int
        Terminal columns the table may take.
    numeric : set of int, optional
        Columns aligned right; by default those whose every cell is a number.
    show_header : bool
        Print the header line and its rule.

    Examples
    --------
    >>> print(text_table(["aktör", "grad"], [["IFO barn och familj", 7], ["BVC", 12]]))
    aktör                grad
    -------------------  ----
    IFO barn och familj     7
    BVC                    12
    """
    cells = [[unicodedata.normalize("NFC", cell_text(c)) for c in row] for row in rows]
    headers = [unicodedata.normalize("NFC", h) for h in headers]
    if numeric is None:
        numeric = {
            i
            for i in range(len(headers))
            if rows and all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in rows)
        }
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    total = sum(widths) + 2 * (len(widths) - 1)
    if total > max_width:
        # Clip every column wider than one common limit, the largest limit that fits: two long
        # text columns (an actor and its type) share the cut instead of one losing it all.
        gaps = 2 * (len(widths) - 1)
        limit = max(widths)
        while limit > 8 and sum(min(w, limit) for w in widths) + gaps > max_width:
            limit -= 1
        widths = [min(w, limit) for w in widths]

    def line(values: list[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            value = clip(value, widths[i])
            pad = " " * (widths[i] - display_width(value))
            parts.append(pad + value if i in numeric else value + pad)
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])] if show_header else []
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def md_escape(value) -> str:
    """Escape text for Markdown: no character of the data opens a Markdown or HTML construct.

    A newline would end a table row or list item, so it becomes a space.

    Examples
    --------
    >>> md_escape("K <img src=x onerror=alert(1)> | *b*")
    'K \\\\<img src=x onerror=alert(1)\\\\> \\\\| \\\\*b\\\\*'
    """
    out = str(value)
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def markdown_table(headers: list[str], rows: list[list], align: str | None = None) -> str:
    """A Markdown (GitHub) table, every header and cell escaped with :func:`md_escape`.

    Parameters
    ----------
    headers : list of str
    rows : list of list
    align : str, optional
        One letter per column, ``l`` or ``r``; every column left-aligned by default.

    Examples
    --------
    >>> print(markdown_table(["", "n"], [["a_b", 1.5]]))
    |  | n |
    |---|---|
    | a\\_b | 1.500 |
    """
    align = align or "l" * len(headers)
    lines = [
        "| " + " | ".join(md_escape(h) for h in headers) + " |",
        "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|",
    ]
    lines.extend("| " + " | ".join(md_escape(cell_text(c)) for c in row) + " |" for row in rows)
    return "\n".join(lines)
