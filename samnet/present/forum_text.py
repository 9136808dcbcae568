"""How the figures of forums, reach and person-dependent links read in the terminal table and in report.md.

:mod:`samnet.present.analysis_text` calls these builders for each kommun: the summary rows
(described ties, direct and forum-only pairs), the forum warning, and the
blocks on forums, reach of social services, person-dependent links and
organisations. Every sentence is generated from the figures it shows.

Examples
--------
>>> from samnet.core.network import build_network
>>> from samnet.measure.metrics import analyze_network
>>> from samnet.core.model import Actor, Dataset, Forum
>>> ds = Dataset({}, {i: Actor(i, i.upper(), "ifo", "kommun") for i in "abc"}, (),
...              (Forum("f", "Nätverket", ("a", "b", "c"), 1, frozenset({"struktur"})),))
>>> k = analyze_network(build_network(ds))
>>> forum_warning(k)
'Forumet Nätverket (3 medlemmar, nivå 1) skapar 3 av nätverkets 3 par (100 %); 3 av dem finns bara genom forumet.'
"""

from __future__ import annotations

from samnet.core.vocab import LEVELS, type_name
from samnet.measure.results import TIERS
from samnet.texts.catalogue import pick, text

__all__ = [
    "summary_rows",
    "forum_warning",
    "driver_warning",
    "dependence_note",
    "table_blocks",
    "markdown_blocks",
    "FORUM_ROWS",
]

#: How many forums and forum seats the table lists (report.md lists all).
FORUM_ROWS = 5


def _w(key: str, lang: str) -> str:
    return text("fair." + key, lang)


def summary_rows(k, lang: str = "sv") -> list[list]:
    """Rows for the summary table: described ties, pairs with a direct link, pairs only in forums.

    Examples
    --------
    >>> class K: described_ties, direct_ties, forum_only_ties = 92, 69, 112
    >>> summary_rows(K())
    [['Beskrivna band (länkar + forum)', 92], ['Par med direkt länk', 69], ['Par som bara möts i forum', 112]]
    """
    return [
        [_w("described_ties", lang), k.described_ties],
        [_w("direct_ties", lang), k.direct_ties],
        [_w("forum_only_ties", lang), k.forum_only_ties],
    ]


def forum_warning(k, lang: str = "sv") -> str | None:
    """The one-sentence warning when one forum creates more than a quarter of the network's pairs, else None.

    Examples
    --------
    >>> class K: dominant_forum, samverkan_ties = None, 30
    >>> forum_warning(K()) is None
    True
    """
    return driver_warning(k.dominant_forum, k.samverkan_ties, lang)


def driver_warning(top: dict | None, pairs: int, lang: str = "sv") -> str | None:
    """One plain sentence on the forum that creates more than a quarter of the network's pairs, if any.

    ``top`` is that forum's row (:attr:`samnet.measure.results.NetworkMetrics.dominant_forum`), or None.

    "The network" is the kommun's (or the län's) pair graph: the sentence holds for either.

    The sentence carries the forum's size and level, the pairs it creates,
    the kommun's pairs, the share (rounded down, so never overstated past
    what the figures say) and the pairs that exist only through it.

    Examples
    --------
    >>> rows = [{"id": "n", "name": "VINR-nätverket", "size": 12, "level": 1, "pairs": 66, "only_pairs": 57}]
    >>> driver_warning(rows[0], 181)
    'Forumet VINR-nätverket (12 medlemmar, nivå 1) skapar 66 av nätverkets 181 par (36 %); 57 av dem finns bara genom forumet.'
    >>> driver_warning(rows[0], 181, "en")
    'The forum VINR-nätverket (12 members, level 1) creates 66 of the network’s 181 pairs (36 %); 57 of them exist only through it.'
    """
    if top is None:
        return None
    share = top["pairs"] * 100 // pairs
    return text(
        "report.forum_driver",
        lang,
        name=top["name"],
        size=top["size"],
        level=top["level"],
        pairs=top["pairs"],
        total=pairs,
        share=share,
        only=top["only_pairs"],
    )


def dependence_note(row: dict, forum_names: dict[str, str], lang: str = "sv") -> str:
    """The words a report puts beside a person-dependent link: whether the pair also meets in forums.

    Examples
    --------
    >>> dependence_note({"also_in_forums": ["f"]}, {"f": "Nätverket"})
    'personbunden, men paret möts också i forum Nätverket'
    >>> dependence_note({"also_in_forums": []}, {}, "en")
    'person-dependent'
    """
    names = ", ".join(forum_names.get(f, f) for f in row["also_in_forums"])
    return (
        text("report.person_dependent_but_forum", lang, names=names) if names else text("report.person_dependent", lang)
    )


def _forum_rows(k, limit: int | None) -> list[list]:
    rows = k.forum_drivers if limit is None else k.forum_drivers[:limit]
    return [[r["name"], r["size"], r["level"], r["pairs"], r["only_pairs"]] for r in rows]


def _forum_headers(lang: str) -> list[str]:
    return [_w(x, lang) for x in ("forum", "size", "level", "pairs", "only_pairs")]


def _seat_rows(k, limit: int | None) -> list[list]:
    rows = k.forum_figures["actors_in_forums"]
    rows = rows if limit is None else rows[:limit]
    return [[r["name"], r["forums"]] for r in rows]


def _reach_rows(k, lang: str) -> list[list]:
    rows = []
    for tier in TIERS:
        members = [r for r in k.social_services_reach if r["tier"] == tier]
        rows.append([_w(tier, lang), len(members), sum(1 for r in members if r["one_way_to_social"])])
    return rows


def _reach_names(k, tier: str) -> list[str]:
    return [r["name"] + (" *" if r["one_way_to_social"] else "") for r in k.social_services_reach if r["tier"] == tier]


def _reach_headers(lang: str) -> list[str]:
    return [_w("tier", lang), _w("count", lang), _w("reporting", lang)]


def _pd_lines(k, lang: str, names: dict[str, str], forum_names: dict[str, str]) -> list[str]:
    return [
        f"{names[r['source']]} — {names[r['target']]} ({_w('level', lang)} {r['level']}): "
        f"{dependence_note(r, forum_names, lang)}"
        for r in k.person_dependent_links
    ]


def _org_rows(k, lang: str) -> list[list]:
    return [
        [_w(side, lang), profile["ties"], *(profile["levels"][str(n)] for n in range(1, 5))]
        for side, profile in (("internal", k.internal), ("external", k.external))
    ]


def _org_headers(lang: str) -> list[str]:
    return ["", _w("ties", lang), *(f"{n} {pick((LEVELS[n].sv, LEVELS[n].en), lang)}" for n in range(1, 5))]


def _forum_names(k) -> dict[str, str]:
    return {r["id"]: r["name"] for r in k.forum_drivers}


def table_blocks(k, lang: str, names: dict[str, str], table, wrap) -> list[str]:
    """The terminal blocks for one kommun; ``table`` and ``wrap`` are :mod:`samnet.present.analysis_text`'s helpers.

    Examples
    --------
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.present.tables import text_table
    >>> k = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "polis", "stat")})))
    >>> blocks = table_blocks(k, "sv", {"a": "A"}, text_table, lambda text, indent="": indent + text)
    >>> blocks[0].strip()
    'Hur aktörer utanför socialtjänsten når socialtjänsten'
    """
    blocks = []
    warning = forum_warning(k, lang)
    if warning:
        blocks.append("\n" + wrap(f"! {warning}"))
    if k.forum_drivers:
        blocks.append(f"\n{_w('forums_title', lang)}")
        blocks.append(table(_forum_headers(lang), _forum_rows(k, FORUM_ROWS)))
        blocks.append(f"\n{_w('seats', lang)}")
        blocks.append(table([_w("actor", lang), _w("forums", lang)], _seat_rows(k, FORUM_ROWS)))
    blocks.append(f"\n{_w('reach_title', lang)}")
    blocks.append(table(_reach_headers(lang), _reach_rows(k, lang)))
    for tier in TIERS[1:]:
        names_in = _reach_names(k, tier)
        if names_in:
            blocks.append(wrap(f"{_w(tier, lang)}: {', '.join(names_in)}", "  "))
    blocks.append(f"\n{_w('pd_links', lang)} ({len(k.person_dependent_links)})")
    blocks.extend(wrap(line, "  ") for line in _pd_lines(k, lang, names, _forum_names(k)))
    blocks.append(f"\n{_w('org_title', lang)}")
    blocks.append(table(_org_headers(lang), _org_rows(k, lang)))
    return blocks


def markdown_blocks(k, lang: str, names: dict[str, str], md_table, esc) -> list[str]:
    """The report.md sections for one kommun; ``md_table`` and ``esc`` are :mod:`samnet.present.analysis_text`'s helpers.

    Examples
    --------
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.present.tables import markdown_table, md_escape
    >>> k = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "polis", "stat")})))
    >>> markdown_blocks(k, "en", {"a": "A"}, markdown_table, md_escape)[0]
    '### How actors outside social services reach social services'
    """
    out = []
    warning = forum_warning(k, lang)
    if warning:
        out += [f"> **{esc(warning)}**", ""]
    if k.forum_drivers:
        out += [f"### {_w('forums_title', lang)}", "", md_table(_forum_headers(lang), _forum_rows(k, None)), ""]
        out += [
            f"### {_w('seats', lang)}",
            "",
            md_table([_w("actor", lang), _w("forums", lang)], _seat_rows(k, None)),
            "",
        ]
        shared = [
            [f"{_forum_names(k)[r['forums'][0]]} / {_forum_names(k)[r['forums'][1]]}", r["shared"]]
            for r in k.forum_figures["shared_members"]
        ]
        if shared:
            out += [f"### {_w('shared', lang)}", "", md_table([_w("forums", lang), _w("shared_n", lang)], shared), ""]
        member_rows = [
            [
                m["name"],
                m["size"],
                ", ".join(f"{type_name(t, lang, short=True)} {n}" for t, n in m["by_type"].items()),
                ", ".join(f"{h} {n}" for h, n in m["by_huvudman"].items()),
            ]
            for m in k.forum_figures["members"]
        ]
        out += [md_table([_w("forum", lang), _w("size", lang), _w("type", lang), "huvudman"], member_rows), ""]
    rows = [
        row + [", ".join(_reach_names(k, tier)) or _w("nothing", lang)]
        for row, tier in zip(_reach_rows(k, lang), TIERS)
    ]
    out += [f"### {_w('reach_title', lang)}", "", md_table(_reach_headers(lang) + [_w("who", lang)], rows), ""]
    out += [f"### {_w('pd_links', lang)}", ""]
    out += [f"- {esc(line)}" for line in _pd_lines(k, lang, names, _forum_names(k))] or [
        _w("nothing", lang).capitalize() + "."
    ]
    out += ["", f"### {_w('org_title', lang)}", "", md_table(_org_headers(lang), _org_rows(k, lang)), ""]
    return out
