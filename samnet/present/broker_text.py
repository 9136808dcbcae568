"""Brokerage roles, the E-I index and key actors in the terminal table and in report.md.

:mod:`samnet.present.analysis_text` calls these builders for each kommun. They
read the measured figures (:mod:`samnet.measure.brokerage`,
:mod:`samnet.measure.cohesion`, :mod:`samnet.measure.key_actors`) and compute
nothing but their layout; every sentence carries the figures it rests on.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Link
>>> from samnet.core.network import build_network
>>> from samnet.measure.metrics import analyze_network
>>> ds = Dataset({}, {i: Actor(i, i.upper(), "ifo", "kommun") for i in "abc"},
...              (Link(0, "a", "b", "samverkan", 2), Link(1, "b", "c", "samverkan", 2)))
>>> k = analyze_network(build_network(ds))
>>> whatif_sentence(k, "b", "Kommun K")
'Utan B kan 1 aktörspar i Kommun K inte längre nå varandra; A och C blir helt utan samverkan; nätverket består av 2 delar i stället för 1.'
"""

from __future__ import annotations

from samnet.core.vocab import BROKERAGE_ROLES as ROLES
from samnet.core.vocab import EI_GROUPINGS, HUVUDMAN, in_language
from samnet.present.whatif_text import whatif_sentence
from samnet.texts.catalogue import decimal, join, text

__all__ = [
    "ROLE_ROWS",
    "KEY_ROWS",
    "role_rows",
    "role_headers",
    "ei_rows",
    "key_rows",
    "markdown_whatifs",
]

#: Actors the terminal lists in the roles table and in the key-actor table (report.md lists every one).
ROLE_ROWS = 5
KEY_ROWS = 5


def _b(key: str, lang: str, **fields) -> str:
    return text("broker." + key, lang, **fields)


def role_headers(lang: str) -> list[str]:
    """The roles table's headings.

    Examples
    --------
    >>> role_headers("en")[1:3]
    ['coordinator', 'itinerant']
    """
    return [_b("actor", lang), *(_b(f"role.{role}", lang) for role in ROLES)]


def role_rows(k, lang: str, limit: int | None = ROLE_ROWS) -> list[list]:
    """Actors that broker across huvudmän, most two-paths first: each role as "observed (expected)".

    Examples
    --------
    >>> class K:
    ...     centrality = [{"id": "a", "name": "A", "huvudman": "kommun", "brokerage": {"huvudman": dict.fromkeys(ROLES, 2)}}]
    ...     brokerage_expected = {"huvudman": {"groups": {"kommun": {r: {"expected": 0.5} for r in ROLES}}}}
    >>> role_rows(K(), "sv")[0][:2]
    ['A', '2 (0,5)']
    """
    expected = k.brokerage_expected["huvudman"]["groups"]
    rows = []
    for row in k.centrality:
        counts = row["brokerage"]["huvudman"]
        total = sum(counts.values())
        if total:
            group = expected[row["huvudman"]]
            cells = [f"{counts[role]} ({decimal(group[role]['expected'], lang, 1)})" for role in ROLES]
            rows.append((total, row["id"], [row["name"], *cells]))
    rows.sort(key=lambda item: (-item[0], item[1]))
    shown = rows if limit is None else rows[:limit]
    return [cells for _, _, cells in shown]


def ei_rows(k, lang: str) -> list[list]:
    """One row for the network and one per huvudman group, then organisation for the network.

    Examples
    --------
    >>> class K:
    ...     ei_groups = {g: {"index": 0.5, "external": 3, "internal": 1, "groups": {}} for g in EI_GROUPINGS}
    >>> ei_rows(K(), "en")[0]
    ['huvudman', 'whole network', '0.500', 3, 1]
    """
    rows = []
    for grouping in EI_GROUPINGS:
        figures = k.ei_groups[grouping]
        rows.append([_b(f"grouping.{grouping}", lang), _b("all_groups", lang), *_ei_cells(figures, lang)])
        if grouping == "huvudman":
            rows += [["", _huvudman(group, lang), *_ei_cells(g, lang)] for group, g in figures["groups"].items()]
    return rows


def _huvudman(group: str, lang: str) -> str:
    # The Swedish huvudman is the id itself ("kommun", "region").
    return in_language((group, HUVUDMAN[group][1]), lang) if group in HUVUDMAN else group


def _ei_cells(figures: dict, lang: str) -> list:
    index = figures["index"]
    shown = _b("no_ties", lang) if index is None else decimal(index, lang)
    return [shown, figures["external"], figures["internal"]]


def ei_headers(lang: str) -> list[str]:
    """The E-I table's headings."""
    return [_b(x, lang) for x in ("grouping", "group", "ei", "external", "internal")]


def key_rows(k, names: dict[str, str], lang: str, limit: int | None = KEY_ROWS) -> list[list]:
    """Actors whose loss cuts pairs apart, most first: name, pairs, parts after, actors left without samverkan.

    The terminal counts the actors left without samverkan (names are long);
    report.md (``limit=None``) names them.

    Examples
    --------
    >>> class K: key_actors = [{"id": "b", "pairs_disconnected": 1, "components_after": 2, "isolated": ["a"]}]
    >>> key_rows(K(), {"a": "A", "b": "B"}, "sv")
    [['B', 1, 2, 1]]
    >>> key_rows(K(), {"a": "A", "b": "B"}, "sv", None)
    [['B', 1, 2, 'A']]
    """
    rows = [r for r in k.key_actors if r["pairs_disconnected"]]
    rows = rows if limit is None else rows[:limit]
    return [
        [
            names[r["id"]],
            r["pairs_disconnected"],
            r["components_after"],
            len(r["isolated"]) if limit is not None else join([names[i] for i in r["isolated"]], lang),
        ]
        for r in rows
    ]


def key_headers(lang: str) -> list[str]:
    """The key-actor table's headings."""
    return [_b(x, lang) for x in ("actor", "pairs_lost", "parts_after", "isolated")]


def table_blocks(k, lang: str, names: dict[str, str], table, wrap) -> list[str]:
    """The terminal's blocks: roles (top :data:`ROLE_ROWS`), E-I index, key actors (top :data:`KEY_ROWS`)."""
    blocks = [f"\n{_b('heading.roles', lang)}", wrap(_b("note.roles", lang))]
    roles = role_rows(k, lang)
    blocks.append(table(role_headers(lang), roles, numeric=set(range(1, 6))) if roles else text("analysis.none", lang))
    # The report's rule on the only broker between two huvudmän, where it fires.
    from samnet.present.report.findings import sole_broker

    sole = sole_broker(k, None, lang)
    if sole is not None:
        blocks.append(wrap(sole.text))
    blocks += [f"\n{_b('heading.ei', lang)}", wrap(_b("note.ei", lang))]
    blocks.append(table(ei_headers(lang), ei_rows(k, lang), numeric={2, 3, 4}))
    blocks.append(f"\n{_b('heading.key', lang)}")
    keys = key_rows(k, names, lang)
    if keys:
        blocks.append(table(key_headers(lang), keys, numeric={1, 2, 3}))
        blocks.append(wrap(whatif_sentence(k, k.key_actors[0]["id"], k.name or k.id, lang)))
    else:
        blocks.append(wrap(_b("no_key_actors", lang)))
    return blocks


def markdown_blocks(k, lang: str, names: dict[str, str], table, escape, without=(), place: str = "") -> list[str]:
    """report.md's sections: every broker, the E-I index, every key actor, and the what-ifs of ``without``."""
    out = [f"### {_b('heading.roles', lang)}", "", _b("note.roles", lang), ""]
    roles = [[escape(r[0]), *r[1:]] for r in role_rows(k, lang, None)]
    out += [table(role_headers(lang), roles) if roles else text("analysis.none", lang).capitalize() + ".", ""]
    out += [f"### {_b('heading.ei', lang)}", "", _b("note.ei", lang), "", table(ei_headers(lang), ei_rows(k, lang)), ""]
    keys = [[escape(r[0]), r[1], r[2], escape(r[3])] for r in key_rows(k, names, lang, None)]
    out += [f"### {_b('heading.key', lang)}", ""]
    out += [table(key_headers(lang), keys) if keys else _b("no_key_actors", lang), ""]
    return out + markdown_whatifs(k, without, names, place, lang, escape)


def markdown_whatifs(k, without, names: dict[str, str], place: str, lang: str, escape) -> list[str]:
    """report.md's what-ifs (``--utan``): a heading and the sentence per actor of this kommun, one line for another's.

    Examples
    --------
    >>> class K:
    ...     components_before = 1
    ...     key_actors = [{"id": "a", "pairs_disconnected": 0, "components_after": 1, "isolated": []}]
    ...     centrality = [{"id": "a", "name": "A"}]
    >>> markdown_whatifs(K(), ["a"], {"a": "A"}, "K", "sv", str)[0]
    '### Tänk om: utan A'
    """
    out = []
    for actor_id in without:
        if actor_id in names:
            out += [f"### {escape(_b('whatif.heading', lang, name=names[actor_id]))}", ""]
        out += [escape(whatif_sentence(k, actor_id, place, lang)), ""]
    return out
