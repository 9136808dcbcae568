"""A comparison as a terminal table, JSON or the Markdown report ``compare-A-B.md``.

The report layer of :mod:`samnet.measure.comparison`: the figures come from
:func:`samnet.measure.comparison.compare_networks`, the sentences from
:mod:`samnet.present.compare_words`, the headings from :mod:`samnet.texts.catalogue`, and the
tables are drawn by the one table writer of :mod:`samnet.present.tables` (so data
text is escaped in ``compare-A-B.md`` exactly as in ``report.md``).

Examples
--------
>>> from samnet.measure.comparison import compare_networks
>>> from samnet.core.network import build_network
>>> from samnet.measure.metrics import analyze_network
>>> from samnet.core.model import Actor, Dataset, Kommun
>>> ds = Dataset({"k": Kommun("k", "K")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
>>> net = build_network(ds, "k")
>>> m = analyze_network(net)
>>> print(format_comparison(compare_networks(net, net, m, m), "markdown").splitlines()[0])
# Jämförelse: K (A) och K (B)
"""

from __future__ import annotations

import textwrap

from samnet.core.vocab import area_name, type_name
from samnet.errors import UsageError, check_lang
from samnet.measure.results import SUMMARY_KEYS, TOP, Comparison
from samnet.present import json_text
from samnet.present.compare_brokers import broker_sentences
from samnet.present.compare_words import difference_sentences, level_name, mapped_sentences, pair_label, side_text
from samnet.present.tables import markdown_table, md_escape, text_table
from samnet.texts.catalogue import decimal, percent, text

__all__ = ["FORMATS", "format_comparison"]

#: Output formats of :func:`format_comparison`.
FORMATS = ("table", "json", "markdown")

_WIDTH = 100


def _figure_text(key: str, value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    if key.endswith("_share"):
        return percent(value, lang, 1)
    if key == "density":
        return decimal(value, lang, 3)
    return str(value)


def _figure_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    rows = []
    for key in SUMMARY_KEYS:
        if key.endswith("_share"):
            heading = text("compare.one_way_share_total" if key == "one_way_share" else f"compare.{key}", lang)
        elif key in ("described_ties", "forum_only_ties", "person_dependent_links"):
            heading = text(f"compare.{key}", lang)
        else:
            heading = text("analysis." + key, lang)
        v = comparison.summary[key]
        rows.append([heading, _figure_text(key, v["a"], lang), _figure_text(key, v["b"], lang)])
    return rows


def _profile_rows(comparison: Comparison, lang: str) -> dict[str, tuple[str, list[list[str]]]]:
    """The levels, scopes and areas tables, each with its heading."""
    return {
        "levels": (
            text("analysis.levels", lang),
            [
                [text("compare.level_name", lang, n=n, name=level_name(int(n), lang)), str(v["a"]), str(v["b"])]
                for n, v in comparison.levels.items()
            ],
        ),
        "scopes": (
            text("compare.scopes", lang),
            [[text("analysis." + k, lang), str(v["a"]), str(v["b"])] for k, v in comparison.scopes.items()],
        ),
        "areas": (
            text("analysis.areas", lang),
            [[area_name(k, lang), str(v["a"]), str(v["b"])] for k, v in comparison.areas.items()],
        ),
    }


def _one_way_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    def cell(side: dict | None) -> str:
        if side is None or side["share"] is None:
            return "–"
        return f"{percent(side['share'], lang)} ({side['one_way']}/{side['one_way'] + side['samverkan']})"

    return [[type_name(t, lang, short=True), cell(r["a"]), cell(r["b"])] for t, r in comparison.one_way_share.items()]


def _types_only(comparison: Comparison, lang: str) -> list[tuple[str, str]]:
    """``(heading, type names)`` for the types found on one side only."""
    labels = (comparison.a.label, comparison.b.label)
    types = comparison.types
    return [
        (
            text("compare.types_only", lang, x=label),
            ", ".join(f"{type_name(r['type'], lang, short=True)} ({r[part[-1]]})" for r in types[part])
            or text("analysis.none", lang),
        )
        for part, label in (("only_a", labels[0]), ("only_b", labels[1]))
    ]


def types_present(types: dict) -> dict[str, set[str]]:
    """The actor types present on each side of a comparison, from its ``types``.

    Examples
    --------
    >>> present = types_present({"only_a": [{"type": "fritid"}], "only_b": [], "both": [{"type": "ifo"}]})
    >>> sorted(present["a"]), sorted(present["b"])
    (['fritid', 'ifo'], ['ifo'])
    """
    t = types
    return {
        "a": {r["type"] for r in t["only_a"] + t["both"]},
        "b": {r["type"] for r in t["only_b"] + t["both"]},
    }


def _pair_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    """Each type pair that differs, with each side in words."""
    present = types_present(comparison.types)
    return [
        [pair_label(row["types"], lang)] + [side_text(row[s], set(row["types"]) <= present[s], lang) for s in "ab"]
        for row in comparison.type_pairs
        if row["differs"]
    ]


def _wrap(line: str, first: str = "", rest: str = "    ") -> list[str]:
    return textwrap.wrap(line, _WIDTH, initial_indent=first, subsequent_indent=rest)


def _table_differences(comparison: Comparison, lang: str, top: int) -> list[str]:
    sentences = difference_sentences(comparison, lang)
    lines = [] if sentences else [text("compare.no_differences", lang)]
    for i, sentence in enumerate(sentences[:top], 1):
        lines += _wrap(sentence, f"{i:>3}. ", "     ")
    if len(sentences) > top:
        lines.append("     " + text("compare.more_in_markdown", lang, n=len(sentences) - top))
    return lines


def _format_table(comparison: Comparison, lang: str, top: int = TOP) -> str:
    labels = (comparison.a.label, comparison.b.label)
    header = ["", *labels]

    def table(rows: list[list[str]]) -> list[str]:
        return [text_table(header, rows, numeric={1, 2}, max_width=_WIDTH)]

    lines = [text("compare.title", lang, a=labels[0], b=labels[1]), ""]
    lines += textwrap.wrap(text("compare.intro", lang), _WIDTH) + ["", text("compare.differences", lang), ""]
    lines += _table_differences(comparison, lang, top)
    lines += ["", text("compare.mapped", lang)]
    lines += _wrap(text("compare.mapped_intro", lang), "", "")
    mapped = mapped_sentences(comparison, lang)
    lines += [line for sentence in mapped for line in _wrap(f"- {sentence}", "", "  ")] or [text("analysis.none", lang)]
    lines += ["", text("compare.figures", lang)] + table(_figure_rows(comparison, lang))
    brokers = broker_sentences(comparison, lang)
    if brokers:
        lines += ["", text("broker.compare.heading", lang)]
        lines += [line for sentence in brokers for line in _wrap(f"- {sentence}", "", "  ")]
    for heading, rows in _profile_rows(comparison, lang).values():
        lines += ["", heading] + table(rows)
    lines += ["", text("compare.types", lang)]
    for heading, names in _types_only(comparison, lang):
        lines += _wrap(f"{heading}: {names}")
    lines += ["", text("compare.one_way_share", lang)] + table(_one_way_rows(comparison, lang))
    lines += ["", text("compare.pairs", lang)]
    pairs = _pair_rows(comparison, lang)
    if not pairs:
        lines.append(text("analysis.none", lang))
    for pair, *sides in pairs:
        lines.append(pair)
        for label, side in zip(labels, sides):
            lines += _wrap(f"{label}: {side}", "    ", "        ")
    return "\n".join(lines) + "\n"


def _format_markdown(comparison: Comparison, lang: str) -> str:
    labels = (comparison.a.label, comparison.b.label)
    header = ["", *labels]
    sentences = difference_sentences(comparison, lang)
    lines = [
        f"# {md_escape(text('compare.title', lang, a=labels[0], b=labels[1]))}",
        "",
        text("compare.intro", lang),
        "",
        f"## {text('compare.differences', lang)}",
        "",
    ]
    if not sentences:
        lines.append(text("compare.no_differences", lang))
    lines += [f"{i}. {md_escape(s)}" for i, s in enumerate(sentences[:TOP], 1)]
    lines += ["", f"## {text('compare.mapped', lang)}", "", text("compare.mapped_intro", lang), ""]
    lines += [f"- {md_escape(s)}" for s in mapped_sentences(comparison, lang)] or [text("analysis.none", lang)]
    lines += [
        "",
        f"## {text('compare.figures', lang)}",
        "",
        markdown_table(header, _figure_rows(comparison, lang), align="lrr"),
    ]
    brokers = broker_sentences(comparison, lang)
    if brokers:
        lines += ["", f"## {text('broker.compare.heading', lang)}", ""]
        lines += [f"- {md_escape(s)}" for s in brokers]
    for heading, rows in _profile_rows(comparison, lang).values():
        lines += ["", f"## {heading}", "", markdown_table(header, rows, align="lrr")]
    lines += ["", f"## {text('compare.types', lang)}", ""]
    lines += [f"- {md_escape(heading)}: {md_escape(names)}" for heading, names in _types_only(comparison, lang)]
    both = ", ".join(type_name(r["type"], lang, short=True) for r in comparison.types["both"])
    lines.append(f"- {text('compare.types_both', lang)}: {md_escape(both or text('analysis.none', lang))}")
    lines += [
        "",
        f"## {text('compare.one_way_share', lang)}",
        "",
        markdown_table([text("compare.type", lang), *labels], _one_way_rows(comparison, lang), align="lrr"),
    ]
    lines += ["", f"## {text('compare.pairs', lang)}", ""]
    pairs = _pair_rows(comparison, lang)
    lines.append(markdown_table([text("compare.pair", lang), *labels], pairs) if pairs else text("analysis.none", lang))
    if len(sentences) > TOP:
        # Numbered on from the top list, so that a difference keeps its rank.
        lines += ["", f"## {text('compare.more_differences', lang)}", ""]
        lines += [f"{i}. {md_escape(s)}" for i, s in enumerate(sentences[TOP:], TOP + 1)]
    return "\n".join(lines) + "\n"


def format_comparison(comparison: Comparison, fmt: str = "table", lang: str = "sv", *, top: int = TOP) -> str:
    """Format a comparison as a terminal table, JSON or Markdown.

    Parameters
    ----------
    comparison : Comparison
        From :func:`samnet.measure.comparison.compare_networks`.
    fmt : {"table", "json", "markdown"}
        ``table`` fits 100 columns; ``json`` is its ``to_json()`` with sorted
        keys (the same in both languages); ``markdown`` is the report
        ``compare-A-B.md``.
    lang : {"sv", "en"}
    top : int
        How many ranked differences the table shows (Markdown and JSON hold all).

    Returns
    -------
    str
        Ends with a newline.

    Raises
    ------
    UsageError
        For an unknown format or language.

    Examples
    --------
    >>> format_comparison({}, "csv")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: okänt jämförelseformat "csv"; välj ett av: table, json, markdown
    """
    if fmt not in FORMATS:
        raise UsageError("usage.comparison_format", fmt=fmt, choices=", ".join(FORMATS))
    check_lang(lang)
    if fmt == "json":
        return json_text.dumps(comparison.to_json()) + "\n"
    if fmt == "markdown":
        return _format_markdown(comparison, lang)
    return _format_table(comparison, lang, top)
