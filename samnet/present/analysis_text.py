"""Format analysis results: terminal tables, JSON, CSV and the Markdown report.

Everything a person reads is in Swedish by default (``lang="sv"``) and in
English with ``lang="en"``; JSON keys and CSV columns are the same in both,
since other tools read them. Every formatter is a pure function from the
result of :func:`samnet.measure.metrics.analyze` to a string, with sorted keys and
fixed rounding, so the same data gives the same bytes.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.measure.metrics import analyze
>>> ds = Dataset({"k": Kommun("k", "Kommun K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Förskola", "forskola", "kommun", "k")},
...              (Link(0, "b", "a", "orosanmalan", kommuner=frozenset({"k"})),))
>>> print(format_analysis(analyze(ds), "csv").splitlines()[0])
network,id,name,type,huvudman,kommun,degree,strength,betweenness,eigenvector,closeness,one_way_out,one_way_in,level_1,level_2,level_3,level_4,individ,struktur,both,brokerage_huvudman_coordinator,brokerage_huvudman_itinerant,brokerage_huvudman_gatekeeper,brokerage_huvudman_representative,brokerage_huvudman_liaison,brokerage_type_coordinator,brokerage_type_itinerant,brokerage_type_gatekeeper,brokerage_type_representative,brokerage_type_liaison
"""

from __future__ import annotations

import csv
import functools
import io
import re
import textwrap
from collections.abc import Iterable, Iterator

from samnet.core.vocab import BROKERAGE_GROUPINGS as GROUPINGS
from samnet.core.vocab import BROKERAGE_ROLES as ROLES
from samnet.core.vocab import HUVUDMAN, LEVELS, area_name, in_language, kind_name, name_order, type_name
from samnet.errors import UsageError, check_lang
from samnet.measure.results import CENTRALITY_FIELDS, Analysis, NetworkMetrics
from samnet.present import broker_text, json_text, testimony_text
from samnet.present import forum_text as fair_report
from samnet.present.check_text import format_check_section
from samnet.present.mandate_text import mandate_rows
from samnet.present.tables import markdown_table, md_escape, text_table
from samnet.texts.catalogue import decimal, text

__all__ = [
    "FORMATS",
    "format_analysis",
    "stated_rows",
    "to_json",
    "metrics_csv",
    "csv_cell",
    "summary_json",
    "report_markdown",
    "text_table",
    "decimal",
]

#: Output formats of commands that print results.
FORMATS = ("table", "json", "csv", "markdown")


def to_json(data) -> str:
    """Serialise to JSON the same way everywhere: sorted keys, UTF-8 text, two-space indent.

    Examples
    --------
    >>> to_json({"b": 1, "å": [1, 2]})
    '{\\n  "b": 1,\\n  "å": [\\n    1,\\n    2\\n  ]\\n}\\n'
    """
    return json_text.dumps(data, default=_as_json) + "\n"


def json_pieces(measured: Iterable[tuple[str, NetworkMetrics]]) -> Iterator[str]:
    """``to_json({"kommuner": dict(measured)})`` in pieces, one kommun at a time, for ids given in sorted order.

    Each kommun's text is indented where the whole text would put it; a JSON string
    holds no line break, so every line break is one of the layout's.

    Examples
    --------
    >>> "".join(json_pieces([])) == to_json({"kommuner": {}})
    True
    """
    opening = '{\n  "kommuner": {\n    '
    for kommun_id, metrics in measured:
        yield (
            opening
            + json_text.dumps(kommun_id)
            + ": "
            + json_text.dumps(metrics, default=_as_json).replace("\n", "\n    ")
        )
        opening = ",\n    "
    yield '{\n  "kommuner": {}\n}\n' if opening.startswith("{") else "\n  }\n}\n"


def _as_json(value):
    # NetworkMetrics (and any other result object) says how it is written.
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


_PROFILE_COLUMNS = ("level_1", "level_2", "level_3", "level_4", "individ", "struktur", "both")

#: The brokerage columns of metrics.csv: ``brokerage_<grouping>_<role>``, raw counts.
BROKERAGE_COLUMNS = tuple(f"brokerage_{g}_{r}" for g in GROUPINGS for r in ROLES)


def _actor_rows(kommun: NetworkMetrics) -> list[dict]:
    profiles = kommun.profiles["actor"]
    rows = []
    for row in kommun.centrality:
        profile = profiles[row["id"]]
        rows.append(
            {
                **{f: row[f] for f in CENTRALITY_FIELDS},
                **{f"level_{n}": profile["levels"][str(n)] for n in range(1, 5)},
                **profile["scopes"],
                **{f"brokerage_{g}_{r}": row["brokerage"][g][r] for g in GROUPINGS for r in ROLES},
            }
        )
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?")


def csv_cell(value):
    """A CSV cell that a spreadsheet shows as text, never runs as a formula.

    Text from the data that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return would be a live formula in Excel (``=HYPERLINK(…)``), so it
    gets a leading apostrophe, which Excel hides and which shows the rest as
    text (OWASP's advice for CSV injection). Numbers, and text that is just a
    number such as ``-3``, stay as they are.

    Examples
    --------
    >>> csv_cell("=1+2"), csv_cell("@SUM(A1)"), csv_cell("-3"), csv_cell(-3), csv_cell("IFO")
    ("'=1+2", "'@SUM(A1)", '-3', -3, 'IFO')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _csv(fieldnames: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def metrics_csv(kommun: NetworkMetrics) -> str:
    """``metrics.csv`` of one kommun: one row per actor, ranked by strength.

    Examples
    --------
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset
    >>> m = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
    >>> metrics_csv(m).splitlines()[1]
    'a,A,ifo,kommun,,0,0,0.0,0.0,0.0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0'
    """
    return _csv(list(CENTRALITY_FIELDS + _PROFILE_COLUMNS + BROKERAGE_COLUMNS), _actor_rows(kommun))


def summary_json(kommun: NetworkMetrics) -> str:
    """``summary.json`` of one kommun: every figure of :func:`samnet.measure.metrics.analyze_network`.

    Examples
    --------
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset
    >>> m = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
    >>> summary_json(m).splitlines()[1]
    '  "actors": 1,'
    """
    return to_json(kommun.to_json())


def format_analysis(
    analysis: Analysis,
    fmt: str = "table",
    lang: str = "sv",
    *,
    top: int = 10,
    without: tuple[str, ...] = (),
    full: bool = True,
    width: int = 100,
) -> str:
    """Format a run's analysis for printing.

    Parameters
    ----------
    analysis : Analysis
        Each network's figures (:func:`samnet.measure.metrics.analyze`).
    fmt : {"table", "json", "csv", "markdown"}
    lang : {"sv", "en"}
    top : int
        How many central actors the table shows per kommun.
    without : tuple of str
        Actor ids whose what-if ("utan X") the table and the Markdown add per kommun.
    full : bool
        Every table (True), or for ``table`` a summary per kommun that fits a screen.
    width : int
        The terminal's width: long lines of names wrap there.

    Examples
    --------
    >>> format_analysis(Analysis({}, {}), "json")
    '{\\n  "kommuner": {}\\n}\\n'
    """
    check_lang(lang)
    if fmt == "json":
        return to_json({"kommuner": analysis.metrics})
    if fmt == "csv":
        fields = ["network", *CENTRALITY_FIELDS, *_PROFILE_COLUMNS, *BROKERAGE_COLUMNS]
        rows = [
            {"network": kommun_id, **row}
            for kommun_id, kommun in analysis.metrics.items()
            for row in _actor_rows(kommun)
        ]
        return _csv(fields, rows)
    if fmt == "markdown":
        return report_markdown(analysis, lang=lang, without=without)
    if fmt == "table":
        wrap = functools.partial(_wrap, width=max(40, width))
        if not full:
            return "\n\n".join(_kommun_summary(k, lang, wrap) for k in analysis.metrics.values()) + "\n"
        return "\n\n".join(_kommun_table(k, lang, top, wrap, without) for k in analysis.metrics.values()) + "\n"
    raise UsageError("usage.analysis_format", fmt=fmt, choices=", ".join(FORMATS))


# -- shared building blocks for the table and Markdown views ---------------------------------------


def _summary_rows(k: NetworkMetrics, lang: str) -> list[list]:
    kinds = ", ".join(f"{kind_name(kind, lang)} {n}" for kind, n in k.one_way_by_kind.items() if n)
    return [
        [text("analysis.actors", lang), k.actors],
        [text("analysis.samverkan_ties", lang), k.samverkan_ties],
        *fair_report.summary_rows(k, lang),
        [text("analysis.one_way_links", lang), f"{k.one_way_links}" + (f" ({kinds})" if kinds else "")],
        [text("analysis.forums", lang), k.forums],
        [text("analysis.person_dependent_ties", lang), k.person_dependent_ties],
        [text("analysis.density", lang), decimal(k.density, lang)],
        *stated_rows(k, lang),
        *mandate_rows(k, lang),
    ]


def stated_rows(k, lang: str) -> list[list]:
    """The kommun's stated focus and its ended ties, where the data has them (000 §5.6.2, fn 60).

    Examples
    --------
    >>> stated_rows({"focus": [], "ended": [], "centrality": []}, "sv")
    [['Uttalat fokus (källan)', 'inget']]
    """
    focus, ended = _figure(k, "focus"), _figure(k, "ended") or []
    rows = []
    if focus is not None:
        areas = ", ".join(area_name(a, lang) for a in focus) or text("analysis.focus_none", lang)
        rows.append([text("analysis.focus", lang), areas])
    if ended:
        names = {r["id"]: r["name"] for r in _figure(k, "centrality") or []}
        tied = [
            r.get("name") or f"{names.get(r['source'], r['source'])} — {names.get(r['target'], r['target'])}"
            for r in ended
        ]
        rows.append([text("analysis.ended", lang), f"{len(tied)} ({'; '.join(tied)})"])
    return rows


def _figure(k, name: str):
    """A figure that only some data has: None where the metrics leave it out."""
    return k.get(name) if isinstance(k, dict) else getattr(k, name, None)


def _level_headers(lang: str) -> list[str]:
    return [f"{n} {in_language((LEVELS[n].sv, LEVELS[n].en), lang)}" for n in range(1, 5)]


def _scope_headers(lang: str) -> list[str]:
    return [text("analysis." + s, lang) for s in ("individ", "struktur", "both")]


def _profile_rows(profiles: dict, lang: str, kind: str) -> list[list]:
    rows = []
    for key, profile in profiles.items():
        if kind == "type":
            name = type_name(key, lang)
        else:
            # The Swedish huvudman is the id itself ("kommun", "region").
            name = in_language((key, HUVUDMAN[key][1]), lang)
        rows.append(
            [name, profile["ties"]]
            + [profile["levels"][str(n)] for n in range(1, 5)]
            + [profile["scopes"][s] for s in ("individ", "struktur", "both")]
        )
    return sorted(rows, key=lambda row: name_order(row[0]))


def _central_rows(k: NetworkMetrics, lang: str, top: int | None) -> list[list]:
    rows = k.centrality if top is None else k.centrality[:top]
    return [
        [
            i + 1,
            r["name"],
            # The short form ("IFO", "BUP") leaves the actor's name room beside closeness.
            type_name(r["type"], lang, short=True),
            r["degree"],
            r["strength"],
            decimal(r["betweenness"], lang),
            decimal(r["eigenvector"], lang),
            decimal(r["closeness"], lang),
        ]
        for i, r in enumerate(rows)
    ]


def _central_headers(lang: str) -> list[str]:
    return [
        "#",
        text("analysis.actor", lang),
        text("analysis.type", lang),
        text("analysis.degree", lang),
        text("analysis.strength", lang),
        text("analysis.betweenness", lang),
        text("analysis.eigenvector", lang),
        text("broker.closeness", lang),
    ]


def _title(k: NetworkMetrics, lang: str) -> str:
    # The network of all the data has no name of its own; the reader's language gives it one.
    return k.name or text("analysis.all_kommuner", lang)


def _names(k: NetworkMetrics) -> dict[str, str]:
    return {r["id"]: r["name"] for r in k.centrality}


def _flow_rows(k: NetworkMetrics, lang: str) -> list[list]:
    return [
        [type_name(r["source_type"], lang), type_name(r["target_type"], lang), kind_name(r["kind"], lang), r["links"]]
        for r in k.one_way_by_type
    ]


def _loss_sentence(k: NetworkMetrics, lang: str) -> str:
    names = _names(k)
    isolated = ", ".join(names[i] for i in k.isolated_without_person_dependent) or text("analysis.none", lang)
    return (
        f"{text('analysis.isolated', lang)}: {isolated}; "
        f"{text('analysis.components', lang)}: {k.components_before} → {k.components_after}; "
        f"{k.pairs_disconnected} {text('analysis.pairs_lost', lang)}"
    )


def _wrap(line: str, indent: str = "", *, width: int = 100) -> str:
    # Lists of names can run long; they wrap at the terminal's width (100 when it is unknown).
    return textwrap.fill(
        line, width=width, initial_indent=indent, subsequent_indent=indent + "    ", break_on_hyphens=False
    )


def _text_summary(k: NetworkMetrics, lang: str, wrap) -> list[str]:
    """The summary table; the mandate sentence, too long for a table cell on screen, wrapped below it."""
    mandate = mandate_rows(k, lang)
    rows = [row for row in _summary_rows(k, lang) if row not in mandate]
    return [text_table(["", ""], rows, show_header=False), *(wrap(f"{label}: {value}") for label, value in mandate)]


def _kommun_summary(k: NetworkMetrics, lang: str, wrap) -> str:
    """One kommun in a dozen lines: its key figures and its three most central actors."""
    blocks = [f"== {_title(k, lang)} ({k.id}) ==", *_text_summary(k, lang, wrap)]
    central = ", ".join(r["name"] for r in k.centrality[:3]) or text("analysis.none", lang)
    blocks.append(wrap(f"{text('analysis.central', lang)} ({text('analysis.ranked_by', lang)}): {central}"))
    return "\n".join(blocks)


def _kommun_table(k: NetworkMetrics, lang: str, top: int, wrap=_wrap, without: tuple[str, ...] = ()) -> str:
    names = _names(k)
    blocks = [f"== {_title(k, lang)} ({k.id}) ==", *_text_summary(k, lang, wrap)]
    blocks.append(f"\n{text('analysis.levels', lang)}")
    blocks.append(text_table(_level_headers(lang), [[k.levels[str(n)] for n in range(1, 5)]]))
    blocks.append(f"\n{text('analysis.scopes', lang)}")
    blocks.append(text_table(_scope_headers(lang), [[k.scopes[s] for s in ("individ", "struktur", "both")]]))
    blocks.extend(testimony_text.table_blocks(k, names, lang, _wrap))
    profile_headers = [
        text("analysis.type", lang),
        text("analysis.ties", lang),
        "n1",
        "n2",
        "n3",
        "n4",
        text("analysis.individ", lang),
        text("analysis.struktur", lang),
        text("analysis.both", lang),
    ]
    blocks.append(f"\n{text('analysis.by_type', lang)}")
    blocks.append(text_table(profile_headers, _profile_rows(k.profiles["type"], lang, "type")))
    profile_headers[0] = text("analysis.huvudman", lang)
    blocks.append(f"\n{text('analysis.by_huvudman', lang)}")
    blocks.append(text_table(profile_headers, _profile_rows(k.profiles["huvudman"], lang, "huvudman")))
    blocks.extend(fair_report.table_blocks(k, lang, names, text_table, wrap))
    blocks.append(f"\n{text('analysis.central', lang)} ({text('analysis.ranked_by', lang)})")
    blocks.append(text_table(_central_headers(lang), _central_rows(k, lang, top), numeric={0, 3, 4, 5, 6, 7}))
    if len(k.centrality) > top:
        blocks.append(text("analysis.more_rows", lang).format(n=len(k.centrality) - top))
    blocks.append(f"\n{text('analysis.flows', lang)}")
    flows = _flow_rows(k, lang)
    blocks.append(
        text_table(
            [
                text("analysis.from", lang),
                text("analysis.to", lang),
                text("analysis.kind", lang),
                text("analysis.links", lang),
            ],
            flows,
        )
        if flows
        else text("analysis.none", lang)
    )
    only = ", ".join(names[i] for i in k.one_way_only) or text("analysis.none", lang)
    alone = sum(1 for r in k.one_way if not r["also_samverkan"])
    blocks.append(f"\n{text('analysis.one_way_alone', lang)}: {alone} / {len(k.one_way)}")
    blocks.append(wrap(f"{text('analysis.one_way_only', lang)}: {only}"))
    social_only = ", ".join(names[i] for i in k.social_services_only_one_way) or text("analysis.none", lang)
    blocks.append(wrap(f"{text('analysis.social_only', lang)}: {social_only}"))
    blocks.append(f"\n{text('analysis.person_dependent', lang)} ({k.person_dependent_ties})")
    blocks.extend(
        wrap(f"{names[r['source']]} — {names[r['target']]} ({text('analysis.level', lang)} {r['level']})", "  ")
        for r in k.person_dependent
    )
    blocks.append(wrap(f"{text('analysis.loss', lang)}: {_loss_sentence(k, lang)}"))
    blocks.extend(broker_text.table_blocks(k, lang, names, text_table, wrap))
    for actor_id in without:
        # An actor of another kommun gets one line saying so, without a heading of its own.
        if actor_id in names:
            blocks.append(f"\n{text('broker.whatif.heading', lang, name=names[actor_id])}")
        blocks.append(wrap(broker_text.whatif_sentence(k, actor_id, _title(k, lang), lang)))
    return "\n".join(blocks)


# -- Markdown ---------------------------------------------------------------------------------------


def _check_closing(analysis: Analysis, lang: str) -> str:
    """The check section; without a norm, one line on how to hold the mapping against one."""
    if analysis.check is None:
        return text("check.how_to", lang) + "\n"
    return format_check_section(analysis.check, lang)


def _trappa_markdown(k: NetworkMetrics, names: dict[str, str], lang: str) -> list[str]:
    """The trappa, the scopes and (for data with testimony) the section "Samstämmighet"."""
    return [
        f"### {text('analysis.levels', lang)}",
        "",
        markdown_table(_level_headers(lang), [[k.levels[str(n)] for n in range(1, 5)]]),
        "",
        f"### {text('analysis.scopes', lang)}",
        "",
        markdown_table(_scope_headers(lang), [[k.scopes[s] for s in ("individ", "struktur", "both")]]),
        "",
        *testimony_text.markdown_blocks(k, names, lang, md_escape),
    ]


def _one_way_markdown(k: NetworkMetrics, names: dict[str, str], lang: str) -> list[str]:
    """report.md's one-way section: the flows by actor type, every one-way link, who has only one-way ties."""
    out: list[str] = []
    out += [f"### {text('analysis.one_way', lang)}", ""]
    flows = _flow_rows(k, lang)
    out += [
        markdown_table(
            [
                text("analysis.from", lang),
                text("analysis.to", lang),
                text("analysis.kind", lang),
                text("analysis.links", lang),
            ],
            flows,
        )
        if flows
        else text("analysis.none", lang).capitalize() + ".",
        "",
    ]
    if k.one_way:
        yes_no = (text("analysis.yes", lang), text("analysis.no", lang))
        out += [
            markdown_table(
                [
                    text("analysis.from", lang),
                    text("analysis.to", lang),
                    text("analysis.kind", lang),
                    text("analysis.also_samverkan", lang),
                ],
                [
                    [
                        names[r["source"]],
                        names[r["target"]],
                        kind_name(r["kind"], lang),
                        yes_no[0] if r["also_samverkan"] else yes_no[1],
                    ]
                    for r in k.one_way
                ],
            ),
            "",
        ]
    only = ", ".join(md_escape(names[i]) for i in k.one_way_only) or text("analysis.none", lang)
    out += [f"**{text('analysis.one_way_only', lang)}:** {only}", ""]
    social_only = ", ".join(md_escape(names[i]) for i in k.social_services_only_one_way) or text("analysis.none", lang)
    out += [f"**{text('analysis.social_only', lang)}:** {social_only}", ""]
    return out


def report_markdown(analysis: Analysis, lang: str = "sv", source: str = "data/", without: tuple[str, ...] = ()) -> str:
    """The readable report (``report.md``): every figure of the analysis, per kommun, then the check.

    The check against the regional agreement closes the report when the run made one.

    Examples
    --------
    >>> report_markdown(Analysis({}, {})).splitlines()[0]
    '# Samverkan kring våld i nära relationer: nätverksanalys'
    """
    out = [
        f"# {text('analysis.report_title', lang)}",
        "",
        text("analysis.report_intro", lang).format(source=source),
        "",
    ]
    for k in analysis.metrics.values():
        names = _names(k)
        out += [f"## {md_escape(_title(k, lang))}", ""]
        out += [markdown_table(["", ""], _summary_rows(k, lang)), ""]
        out += _trappa_markdown(k, names, lang)
        area_rows = [[area_name(a, lang), n] for a, n in k.areas.items()]
        out += [
            f"### {text('analysis.areas', lang)}",
            "",
            markdown_table(["", text("analysis.ties", lang)], area_rows),
            "",
        ]
        headers = (
            [text("analysis.type", lang), text("analysis.ties", lang)] + _level_headers(lang) + _scope_headers(lang)
        )
        out += [
            f"### {text('analysis.by_type', lang)}",
            "",
            markdown_table(headers, _profile_rows(k.profiles["type"], lang, "type")),
            "",
        ]
        headers[0] = text("analysis.huvudman", lang)
        out += [
            f"### {text('analysis.by_huvudman', lang)}",
            "",
            markdown_table(headers, _profile_rows(k.profiles["huvudman"], lang, "huvudman")),
            "",
        ]
        out += fair_report.markdown_blocks(k, lang, names, markdown_table, md_escape)
        out += [
            f"### {text('analysis.central', lang)}",
            "",
            text("analysis.ranked_by", lang).capitalize() + ".",
            "",
            markdown_table(_central_headers(lang), _central_rows(k, lang, None)),
            "",
        ]
        out += _one_way_markdown(k, names, lang)
        out += [f"### {text('analysis.person_dependent', lang)}", ""]
        out += [
            f"- {md_escape(names[r['source']])} — {md_escape(names[r['target']])} ({text('analysis.level', lang)} {r['level']})"
            for r in k.person_dependent
        ] or [text("analysis.none", lang).capitalize() + "."]
        out += ["", f"**{text('analysis.loss', lang)}:** {md_escape(_loss_sentence(k, lang))}", ""]
        out += broker_text.markdown_blocks(k, lang, names, markdown_table, md_escape, without, _title(k, lang))
    report = "\n".join(out).rstrip() + "\n"
    return report + "\n" + _check_closing(analysis, lang)
