"""Format analysis results: terminal tables, JSON, CSV and the Markdown report.

Everything a person reads is in Swedish by default (``lang="sv"``) and in
English with ``lang="en"``; JSON keys and CSV columns are the same in both,
since other tools read them. Every formatter is a pure function from the
result of :func:`samnet.metrics.analyze` to a string, with sorted keys and
fixed rounding, so the same data gives the same bytes.

Examples
--------
>>> from samnet.model import Actor, Dataset, Kommun, Link
>>> from samnet.metrics import analyze
>>> ds = Dataset({"k": Kommun("k", "Kommun K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Förskola", "forskola", "kommun", "k")},
...              (Link(0, "b", "a", "orosanmalan", kommuner=frozenset({"k"})),))
>>> print(format_analysis(analyze(ds), "csv").splitlines()[0])
network,id,name,type,huvudman,kommun,degree,strength,betweenness,eigenvector,one_way_out,one_way_in,level_1,level_2,level_3,level_4,individ,struktur,both
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
import unicodedata

from samnet.errors import UsageError
from samnet.metrics import CENTRALITY_FIELDS, NetworkMetrics
from samnet.vocab import AREAS, HUVUDMAN, LEVELS, kind_name, type_name

__all__ = [
    "FORMATS",
    "format_analysis",
    "to_json",
    "metrics_csv",
    "summary_json",
    "report_markdown",
    "text_table",
    "label",
    "decimal",
]

#: Output formats of commands that print results.
FORMATS = ("table", "json", "csv", "markdown")

_LABELS: dict[str, tuple[str, str]] = {
    "actors": ("Aktörer", "Actors"),
    "samverkan_ties": ("Samverkansband", "Samverkan ties"),
    "one_way_links": ("Envägslänkar", "One-way links"),
    "forums": ("Forum", "Forums"),
    "person_dependent_ties": ("Personbundna band", "Person-dependent ties"),
    "density": ("Täthet", "Density"),
    "levels": ("Samverkanstrappan (band per nivå)", "Samverkanstrappan (ties per level)"),
    "scopes": ("Nivå: individ eller struktur", "Scope: individual or structural"),
    "areas": ("Områden (samverkansband)", "Areas (samverkan ties)"),
    "by_type": ("Profil per aktörstyp", "Profile per actor type"),
    "by_huvudman": ("Profil per huvudman", "Profile per huvudman"),
    "central": ("Centrala aktörer", "Central actors"),
    "one_way": ("Envägslänkar (räknas inte som samverkan)", "One-way links (not counted as samverkan)"),
    "one_way_only": ("Aktörer med bara envägslänkar", "Actors whose every tie is one-way"),
    "social_only": ("Når socialtjänsten bara genom orosanmälan eller annan envägslänk",
                    "Reach social services only by a report of concern or another one-way link"),
    "person_dependent": ("Personbundna band", "Person-dependent ties"),
    "loss": ("Utan de personbundna banden", "Without the person-dependent ties"),
    "isolated": ("blir isolerade", "left isolated"),
    "components": ("sammanhängande delar", "connected components"),
    "pairs_lost": ("aktörspar kan inte längre nå varandra", "pairs of actors can no longer reach each other"),
    "none": ("inga", "none"),
    "type": ("typ", "type"),
    "huvudman": ("huvudman", "huvudman"),
    "actor": ("aktör", "actor"),
    "ties": ("band", "ties"),
    "individ": ("individ", "individual"),
    "struktur": ("struktur", "structural"),
    "both": ("båda", "both"),
    "degree": ("grad", "degree"),
    "strength": ("styrka", "strength"),
    "betweenness": ("mellanhet", "betweenness"),
    "eigenvector": ("egenvektor", "eigenvector"),
    "kind": ("slag", "kind"),
    "from": ("från", "from"),
    "to": ("till", "to"),
    "links": ("länkar", "links"),
    "level": ("nivå", "level"),
    "report_title": ("Samverkan kring våld i nära relationer: nätverksanalys",
                     "Samverkan against violence in close relationships: network analysis"),
    "report_intro": (
        "Rapporten är skapad av samnet från kartläggningen i {source}. Samverkansband räknas per "
        "aktörspar (högsta nivån på samverkanstrappan när flera band förenar paret). Orosanmälningar, "
        "polisanmälningar, hänvisningar och information är enkelriktade och räknas inte som samverkan.",
        "This report was made by samnet from the mapping in {source}. Samverkan ties are counted per "
        "pair of actors (the highest level of samverkanstrappan where several ties join the pair). "
        "Reports of concern, police reports, referrals and information are one-way and are not "
        "counted as samverkan.",
    ),
    "more_rows": ("… och {n} till (hela listan i metrics.csv)", "… and {n} more (the full list is in metrics.csv)"),
    "also_samverkan": ("paret har också samverkan", "the pair also has samverkan"),
    "one_way_alone": ("Envägslänkar där paret saknar samverkan", "One-way links where the pair has no samverkan"),
    "flows": ("Envägslänkar per aktörstyp", "One-way flows by actor type"),
    "ranked_by": ("rangordnade efter styrka, summan av nivåerna", "ranked by strength, the sum of levels"),
}


def label(key: str, lang: str = "sv") -> str:
    """The Swedish or English label of a report heading or column.

    Examples
    --------
    >>> label("one_way_only"), label("one_way_only", "en")
    ('Aktörer med bara envägslänkar', 'Actors whose every tie is one-way')
    """
    sv, en = _LABELS[key]
    return en if lang == "en" else sv


def _width(text: str) -> int:
    # East Asian wide characters take two terminal columns; å, ä, ö take one.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def text_table(
    headers: list[str],
    rows: list[list],
    *,
    max_width: int = 100,
    numeric: set[int] | None = None,
    show_header: bool = True,
) -> str:
    """A plain-text table that fits in ``max_width`` columns (the widest column is clipped with "…").

    Examples
    --------
    >>> print(text_table(["aktör", "grad"], [["IFO barn och familj", 7], ["BVC", 12]]))
    aktör                grad
    -------------------  ----
    IFO barn och familj     7
    BVC                    12
    """
    cells = [[_fmt(c) for c in row] for row in rows]
    if numeric is None:
        numeric = {
            i for i in range(len(headers))
            if rows and all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in rows)
        }
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    total = sum(widths) + 2 * (len(widths) - 1)
    if total > max_width:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        widths[widest] = max(8, widths[widest] - (total - max_width))

    def line(values: list[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            value = _clip(value, widths[i])
            pad = " " * (widths[i] - _width(value))
            parts.append(pad + value if i in numeric else value + pad)
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])] if show_header else []
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def decimal(value: float, lang: str, digits: int = 3) -> str:
    """A decimal number as its reader writes it: 0,164 in Swedish, 0.164 in English.

    Examples
    --------
    >>> decimal(0.16385, "sv"), decimal(0.16385, "en"), decimal(61.2, "sv", 0)
    ('0,164', '0.164', '61')
    """
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "sv" else text


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def to_json(data) -> str:
    """Serialise to JSON the same way everywhere: sorted keys, UTF-8 text, two-space indent.

    Examples
    --------
    >>> to_json({"b": 1, "å": [1, 2]})
    '{\\n  "b": 1,\\n  "å": [\\n    1,\\n    2\\n  ]\\n}\\n'
    """
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, default=_as_json) + "\n"


def _as_json(value):
    # NetworkMetrics (and any other result object) says how it is written.
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


_PROFILE_COLUMNS = ("level_1", "level_2", "level_3", "level_4", "individ", "struktur", "both")


def _actor_rows(kommun: NetworkMetrics) -> list[dict]:
    profiles = kommun.profiles["actor"]
    rows = []
    for row in kommun.centrality:
        profile = profiles[row["id"]]
        rows.append({
            **{f: row[f] for f in CENTRALITY_FIELDS},
            **{f"level_{n}": profile["levels"][str(n)] for n in range(1, 5)},
            **profile["scopes"],
        })
    return rows


def _csv(fieldnames: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def metrics_csv(kommun: NetworkMetrics) -> str:
    """``metrics.csv`` of one kommun: one row per actor, ranked by strength.

    Examples
    --------
    >>> from samnet.graph import build_network
    >>> from samnet.metrics import analyze_network
    >>> from samnet.model import Actor, Dataset
    >>> m = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
    >>> metrics_csv(m).splitlines()[1]
    'a,A,ifo,kommun,,0,0,0.0,0.0,0,0,0,0,0,0,0,0,0'
    """
    return _csv(list(CENTRALITY_FIELDS + _PROFILE_COLUMNS), _actor_rows(kommun))


def summary_json(kommun: NetworkMetrics) -> str:
    """``summary.json`` of one kommun: every figure of :func:`samnet.metrics.analyze_network`.

    Examples
    --------
    >>> from samnet.graph import build_network
    >>> from samnet.metrics import analyze_network
    >>> from samnet.model import Actor, Dataset
    >>> m = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
    >>> summary_json(m).splitlines()[1]
    '  "actors": 1,'
    """
    return to_json(kommun.to_json())


def format_analysis(result: dict, fmt: str = "table", lang: str = "sv", *, top: int = 10) -> str:
    """Format the result of :func:`samnet.metrics.analyze` for printing.

    Parameters
    ----------
    result : dict
        ``{"kommuner": {...}}`` from :func:`samnet.metrics.analyze`.
    fmt : {"table", "json", "csv", "markdown"}
    lang : {"sv", "en"}
    top : int
        How many central actors the table shows per kommun.

    Examples
    --------
    >>> format_analysis({"kommuner": {}}, "json")
    '{\\n  "kommuner": {}\\n}\\n'
    """
    if fmt == "json":
        return to_json(result)
    if fmt == "csv":
        fields = ["network", *CENTRALITY_FIELDS, *_PROFILE_COLUMNS]
        rows = [
            {"network": kommun_id, **row}
            for kommun_id, kommun in result["kommuner"].items()
            for row in _actor_rows(kommun)
        ]
        return _csv(fields, rows)
    if fmt == "markdown":
        return report_markdown(result, lang=lang)
    if fmt == "table":
        return "\n\n".join(_kommun_table(k, lang, top) for k in result["kommuner"].values()) + "\n"
    raise UsageError(f'unknown format "{fmt}"; choose one of: {", ".join(FORMATS)}')


# -- shared building blocks for the table and Markdown views ---------------------------------------

def _summary_rows(k: NetworkMetrics, lang: str) -> list[list]:
    kinds = ", ".join(
        f"{kind_name(kind, lang)} {n}" for kind, n in k.one_way_by_kind.items() if n
    )
    return [
        [label("actors", lang), k.actors],
        [label("samverkan_ties", lang), k.samverkan_ties],
        [label("one_way_links", lang), f"{k.one_way_links}" + (f" ({kinds})" if kinds else "")],
        [label("forums", lang), k.forums],
        [label("person_dependent_ties", lang), k.person_dependent_ties],
        [label("density", lang), decimal(k.density, lang)],
    ]


def _level_headers(lang: str) -> list[str]:
    return [f"{n} {LEVELS[n].en if lang == 'en' else LEVELS[n].sv}" for n in range(1, 5)]


def _scope_headers(lang: str) -> list[str]:
    return [label(s, lang) for s in ("individ", "struktur", "both")]


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"})


def _sv_key(text: str) -> str:
    """Sort key that puts å, ä, ö after z, as Swedish readers expect."""
    return text.casefold().translate(_SWEDISH_ORDER)


def _profile_rows(profiles: dict, lang: str, kind: str) -> list[list]:
    rows = []
    for key, profile in profiles.items():
        if kind == "type":
            name = type_name(key, lang)
        else:
            name = HUVUDMAN[key][1] if lang == "en" else key
        rows.append(
            [name, profile["ties"]]
            + [profile["levels"][str(n)] for n in range(1, 5)]
            + [profile["scopes"][s] for s in ("individ", "struktur", "both")]
        )
    return sorted(rows, key=lambda row: _sv_key(row[0]))


def _central_rows(k: NetworkMetrics, lang: str, top: int | None) -> list[list]:
    rows = k.centrality if top is None else k.centrality[:top]
    return [
        [i + 1, r["name"], type_name(r["type"], lang), r["degree"], r["strength"],
         decimal(r["betweenness"], lang), decimal(r["eigenvector"], lang)]
        for i, r in enumerate(rows)
    ]


def _central_headers(lang: str) -> list[str]:
    return ["#", label("actor", lang), label("type", lang), label("degree", lang), label("strength", lang),
            label("betweenness", lang), label("eigenvector", lang)]


def _names(k: NetworkMetrics) -> dict[str, str]:
    return {r["id"]: r["name"] for r in k.centrality}


def _flow_rows(k: NetworkMetrics, lang: str) -> list[list]:
    return [
        [type_name(r["source_type"], lang), type_name(r["target_type"], lang), kind_name(r["kind"], lang), r["links"]]
        for r in k.one_way_by_type
    ]


def _loss_sentence(k: NetworkMetrics, lang: str) -> str:
    names = _names(k)
    isolated = ", ".join(names[i] for i in k.isolated_without_person_dependent) or label("none", lang)
    return (
        f"{label('isolated', lang)}: {isolated}; "
        f"{label('components', lang)}: {k.components_before} → {k.components_after}; "
        f"{k.pairs_disconnected} {label('pairs_lost', lang)}"
    )


def _wrap(text: str, indent: str = "") -> str:
    # Lists of names can run long; the table view promises to fit 100 columns.
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent + "    ",
                         break_on_hyphens=False)


def _kommun_table(k: NetworkMetrics, lang: str, top: int) -> str:
    names = _names(k)
    blocks = [f"== {k.name} ({k.id}) ==", text_table(["", ""], _summary_rows(k, lang), show_header=False)]
    blocks.append(f"\n{label('levels', lang)}")
    blocks.append(text_table(_level_headers(lang), [[k.levels[str(n)] for n in range(1, 5)]]))
    blocks.append(f"\n{label('scopes', lang)}")
    blocks.append(text_table(_scope_headers(lang), [[k.scopes[s] for s in ("individ", "struktur", "both")]]))
    profile_headers = [label("type", lang), label("ties", lang), "n1", "n2", "n3", "n4",
                       label("individ", lang), label("struktur", lang), label("both", lang)]
    blocks.append(f"\n{label('by_type', lang)}")
    blocks.append(text_table(profile_headers, _profile_rows(k.profiles["type"], lang, "type")))
    profile_headers[0] = label("huvudman", lang)
    blocks.append(f"\n{label('by_huvudman', lang)}")
    blocks.append(text_table(profile_headers, _profile_rows(k.profiles["huvudman"], lang, "huvudman")))
    blocks.append(f"\n{label('central', lang)} ({label('ranked_by', lang)})")
    blocks.append(text_table(_central_headers(lang), _central_rows(k, lang, top), numeric={0, 3, 4, 5, 6}))
    if len(k.centrality) > top:
        blocks.append(label("more_rows", lang).format(n=len(k.centrality) - top))
    blocks.append(f"\n{label('flows', lang)}")
    flows = _flow_rows(k, lang)
    blocks.append(
        text_table([label("from", lang), label("to", lang), label("kind", lang), label("links", lang)], flows)
        if flows else label("none", lang)
    )
    only = ", ".join(names[i] for i in k.one_way_only) or label("none", lang)
    alone = sum(1 for r in k.one_way if not r["also_samverkan"])
    blocks.append(f"\n{label('one_way_alone', lang)}: {alone} / {len(k.one_way)}")
    blocks.append(_wrap(f"{label('one_way_only', lang)}: {only}"))
    social_only = ", ".join(names[i] for i in k.social_services_only_one_way) or label("none", lang)
    blocks.append(_wrap(f"{label('social_only', lang)}: {social_only}"))
    blocks.append(f"\n{label('person_dependent', lang)} ({k.person_dependent_ties})")
    blocks.extend(
        _wrap(f"{names[r['source']]} — {names[r['target']]} ({label('level', lang)} {r['level']})", "  ")
        for r in k.person_dependent
    )
    blocks.append(_wrap(f"{label('loss', lang)}: {_loss_sentence(k, lang)}"))
    return "\n".join(blocks)


# -- Markdown ---------------------------------------------------------------------------------------

def _md_escape(text: str) -> str:
    # Names are data: keep them from opening Markdown or HTML constructs in a viewer.
    out = str(text)
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _md_table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(_md_escape(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines.extend("| " + " | ".join(_md_escape(_fmt(c)) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def report_markdown(result: dict, lang: str = "sv", source: str = "data/") -> str:
    """The readable report (``report.md``): every figure of the analysis, per kommun.

    Examples
    --------
    >>> report_markdown({"kommuner": {}}).splitlines()[0]
    '# Samverkan kring våld i nära relationer: nätverksanalys'
    """
    out = [f"# {label('report_title', lang)}", "", label("report_intro", lang).format(source=source), ""]
    for k in result["kommuner"].values():
        names = _names(k)
        out += [f"## {_md_escape(k.name)}", ""]
        out += [_md_table(["", ""], _summary_rows(k, lang)), ""]
        out += [f"### {label('levels', lang)}", "",
                _md_table(_level_headers(lang), [[k.levels[str(n)] for n in range(1, 5)]]), ""]
        out += [f"### {label('scopes', lang)}", "",
                _md_table(_scope_headers(lang), [[k.scopes[s] for s in ("individ", "struktur", "both")]]), ""]
        area_rows = [[(AREAS[a][1] if lang == "en" else AREAS[a][0]), n] for a, n in k.areas.items()]
        out += [f"### {label('areas', lang)}", "", _md_table(["", label("ties", lang)], area_rows), ""]
        headers = [label("type", lang), label("ties", lang)] + _level_headers(lang) + _scope_headers(lang)
        out += [f"### {label('by_type', lang)}", "",
                _md_table(headers, _profile_rows(k.profiles["type"], lang, "type")), ""]
        headers[0] = label("huvudman", lang)
        out += [f"### {label('by_huvudman', lang)}", "",
                _md_table(headers, _profile_rows(k.profiles["huvudman"], lang, "huvudman")), ""]
        out += [f"### {label('central', lang)}", "", label("ranked_by", lang).capitalize() + ".", "",
                _md_table(_central_headers(lang), _central_rows(k, lang, None)), ""]
        out += [f"### {label('one_way', lang)}", ""]
        flows = _flow_rows(k, lang)
        out += [_md_table([label("from", lang), label("to", lang), label("kind", lang), label("links", lang)], flows)
                if flows else label("none", lang).capitalize() + ".", ""]
        if k.one_way:
            yes_no = ("ja", "nej") if lang == "sv" else ("yes", "no")
            out += [_md_table([label("from", lang), label("to", lang), label("kind", lang), label("also_samverkan", lang)],
                              [[names[r["source"]], names[r["target"]], kind_name(r["kind"], lang),
                                yes_no[0] if r["also_samverkan"] else yes_no[1]]
                               for r in k.one_way]), ""]
        only = ", ".join(_md_escape(names[i]) for i in k.one_way_only) or label("none", lang)
        out += [f"**{label('one_way_only', lang)}:** {only}", ""]
        social_only = ", ".join(_md_escape(names[i]) for i in k.social_services_only_one_way) or label("none", lang)
        out += [f"**{label('social_only', lang)}:** {social_only}", ""]
        out += [f"### {label('person_dependent', lang)}", ""]
        out += [f"- {_md_escape(names[r['source']])} — {_md_escape(names[r['target']])} "
                f"({label('level', lang)} {r['level']})" for r in k.person_dependent] or [label("none", lang).capitalize() + "."]
        out += ["", f"**{label('loss', lang)}:** {_md_escape(_loss_sentence(k, lang))}", ""]
    return "\n".join(out).rstrip() + "\n"
