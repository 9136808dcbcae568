"""Export a kommun's network for Gephi, R (igraph, statnet), Kumu and other tools.

One graph holds everything the map shows, as data:

- **actor nodes** with every attribute of the data (name, type, huvudman,
  kommun, organisation, ref, note) and their metrics (degree, strength,
  betweenness, eigenvector, one-way out and in);
- **forum nodes** (``node_type`` ``forum``) with level, scope and areas, and
  one **membership edge** (``edge_type`` ``member``) to each member, so that a
  forum of twelve is one group, not sixty-six ties;
- **samverkan edges** (``edge_type`` ``samverkan``, undirected) between actors
  tied by samverkan links, merged per pair as the network is (highest level,
  union of scopes and areas), with ``weight`` = level (membership edges too: a
  forum is samverkan), so that igraph's and R's default ``strength()`` equal
  samnet's strength,
  ``person_dependent_links`` (how many of the pair's links are marked
  person-dependent) and ``person_dependent_pair`` (every tie of the pair,
  forums included, hangs on a person);
- **one-way edges** (``edge_type`` ``orosanmalan``, ``polisanmalan``, …,
  directed, ``sender`` and ``receiver``) for each one-way link, with ``weight``
  0: a one-way link is not samverkan and adds nothing to strength;
- layout positions ``x`` and ``y`` (and GEXF ``viz`` positions and colours):
  samnet's own map layout with the y axis pointing up, as Gephi and igraph
  draw it, so the export opens looking like the map;
- for data that says who described its ties (informants, reports, basis):
  ``status`` (the best-supported status of the pair's links, or the forum's),
  ``level_used`` (the level the figures use), ``stated_level`` (the coder's
  summary, where reports are given) and ``reports`` (each report as
  ``by (role): level, ref``, separated by ``; ``) on samverkan, one-way and
  forum edges and forum nodes, and every disputed link as an edge of its own
  (``edge_type`` ``disputed``, ``level_used`` 0), never counted as samverkan.

Booleans are written as GraphML's ``boolean`` type (``true``/``false``), and the
graph's ``name`` and ``kommun`` are the network's (a one-kommun export carries
that kommun, not ``all``).

Formats: GraphML, GEXF, node-link JSON and an ``.xlsx`` workbook with the
sheets ``Elements`` and ``Connections`` (the names and first columns Kumu imports).
The same data gives the same bytes: the date
networkx writes into GEXF is replaced by a fixed one.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in "abc"},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), kommuner=frozenset({"k"})),
...               Link(1, "c", "a", "orosanmalan", kommuner=frozenset({"k"}))),
...              (Forum("f", "F", ("a", "b", "c"), 1, frozenset({"struktur"}), kommuner=frozenset({"k"})),))
>>> from samnet.measure.metrics import analyze_network
>>> net = build_network(ds, "k")
>>> g = export_graph(net, analyze_network(net))
>>> g.number_of_nodes(), g.number_of_edges()
(4, 5)
>>> sorted({d["edge_type"] for _u, _v, d in g.edges(data=True)})
['member', 'orosanmalan', 'samverkan']
"""

from __future__ import annotations

import io
import re
from typing import Any

import networkx as nx

from samnet.core.network import Network
from samnet.core.vocab import AREAS, GROUPS, SCOPES, TYPES, type_name
from samnet.errors import UsageError
from samnet.measure.results import NetworkMetrics
from samnet.present import json_text

__all__ = ["FORMATS", "export_graph", "export_bytes", "check_export_name"]

FORMATS = ("graphml", "gexf", "xlsx", "json")
_METRICS = ("degree", "strength", "betweenness", "eigenvector", "one_way_out", "one_way_in")
_GEXF_DATE = re.compile(rb'lastmodifieddate="[0-9-]+"')
_GEXF_CREATOR = re.compile(rb"<creator>[^<]*</creator>")


def check_export_name(output: str, fmt: str | None) -> str:
    """The format to write to ``output``: its suffix, which must agree with ``fmt`` when given.

    A GEXF file named ``.graphml`` (or ``.txt``) opens in no tool, so a name and a
    format that disagree are a usage error rather than a guess.

    Examples
    --------
    >>> check_export_name("ljusdal.gexf", None), check_export_name("l.GraphML", "graphml")
    ('gexf', 'graphml')
    >>> check_export_name("l.txt", None)
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: l.txt: filen måste sluta på .graphml, .gexf, .xlsx eller .json
    """
    suffix = output.rsplit(".", 1)[-1].lower() if "." in output.replace("\\", "/").rsplit("/", 1)[-1] else ""
    if suffix not in FORMATS:
        raise UsageError("usage.export_file_name", output=output)
    if fmt is not None and fmt != suffix:
        raise UsageError("usage.export_format_mismatch", output=output, fmt=fmt)
    return suffix


def _words(chosen: frozenset[str], vocabulary: dict) -> str:
    return ", ".join(w for w in vocabulary if w in chosen)


def _set(data: dict[str, Any], **values: Any) -> dict[str, Any]:
    """Attributes without empty values: GraphML and GEXF have no ``None``."""
    data.update({k: v for k, v in values.items() if v is not None})
    return data


def _by_actor(metrics: NetworkMetrics) -> dict[str, dict]:
    return {row["id"]: row for row in metrics.centrality}


def _samverkan_pairs(network: Network) -> dict[tuple[str, str], dict[str, Any]]:
    """Samverkan links merged per pair, by the network's rules (forums are nodes here).

    ``person_dependent_links`` counts the pair's links marked person-dependent
    (they sum to summary.json's ``person_dependent_links``); ``person_dependent_pair``
    is the pair graph's verdict, true only if every tie of the pair, forums
    included, hangs on a person (as summary.json's ``person_dependent`` pairs).
    """
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for link in network.links:
        pair = tuple(sorted((link.source, link.target)))
        merged = pairs.setdefault(
            pair, {"level": 0, "scopes": set(), "areas": set(), "person_dependent_links": 0, "links": 0}
        )
        merged["level"] = max(merged["level"], link.level or 0)
        merged["scopes"] |= link.scopes
        merged["areas"] |= link.areas
        merged["person_dependent_links"] += bool(link.person_dependent)
        merged["links"] += 1
    for (u, v), merged in pairs.items():
        merged["person_dependent_pair"] = (
            bool(network.samverkan.edges[u, v]["person_dependent"]) if network.samverkan.has_edge(u, v) else False
        )
    return pairs


def _hex_rgb(color: str) -> dict[str, int]:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16), "a": 1.0}


def _add_actors(graph: nx.MultiDiGraph, network: Network, metrics: dict[str, dict]) -> None:
    for actor in network.actors.values():
        group = TYPES[actor.type].group if actor.type in TYPES else "kommun"
        data = _set(
            {"node_type": "actor"},
            label=actor.name,
            name=actor.name,
            type=actor.type,
            type_name=type_name(actor.type),
            group=group,
            huvudman=actor.huvudman,
            kommun=actor.kommun,
            organisation=getattr(actor, "organisation", None),
            ref=actor.ref,
            note=actor.note,
        )
        row = metrics.get(actor.id, {})
        _set(data, **{m: row.get(m) for m in _METRICS})
        data["color"] = GROUPS[group].color
        graph.add_node(actor.id, **data)


def _add_ties(graph: nx.MultiDiGraph, network: Network) -> None:
    for (u, v), merged in sorted(_samverkan_pairs(network).items()):
        graph.add_edge(
            u,
            v,
            key=f"samverkan:{u}:{v}",
            edge_type="samverkan",
            type="mutual",
            directed=False,
            weight=merged["level"],
            level=merged["level"],
            scope=_words(merged["scopes"], SCOPES),
            areas=_words(merged["areas"], AREAS),
            links=merged["links"],
            person_dependent_links=merged["person_dependent_links"],
            person_dependent_pair=merged["person_dependent_pair"],
        )
    for link in sorted(network.one_way, key=lambda lk: lk.index):
        graph.add_edge(
            link.source,
            link.target,
            key=f"{link.kind}:{link.index}",
            **_set(
                {
                    "edge_type": link.kind,
                    "type": "directed",
                    "directed": True,
                    "weight": 0,
                    "areas": _words(link.areas, AREAS),
                    "sender": link.source,
                    "receiver": link.target,
                },
                ref=link.ref,
                note=link.note,
            ),
        )
    for forum in network.forums:
        graph.add_node(
            forum.id,
            **_set(
                {
                    "node_type": "forum",
                    "label": forum.name,
                    "name": forum.name,
                    "level": forum.level,
                    "scope": _words(forum.scopes, SCOPES),
                    "areas": _words(forum.areas, AREAS),
                    "person_dependent": forum.person_dependent,
                    "members": len(forum.members),
                    "color": "#444444",
                },
                ref=forum.ref,
                note=forum.note,
            ),
        )
        for member in forum.members:
            graph.add_edge(
                forum.id,
                member,
                key=f"member:{forum.id}:{member}",
                edge_type="member",
                type="mutual",
                directed=False,
                weight=forum.level,
                level=forum.level,
            )


def _add_positions(graph: nx.MultiDiGraph, network: Network, metrics: NetworkMetrics) -> None:
    """The map's positions (page pixels, y down) as ``x`` and ``y`` with y up, as Gephi and igraph draw."""
    from samnet.present.maps.data import map_positions

    positions = map_positions(network, metrics, "sector")
    forum_ids = {f"forum:{forum.id}": forum.id for forum in network.forums}
    for node, (x, y) in positions.items():
        data = graph.nodes[forum_ids.get(node, node)]
        data["x"], data["y"] = float(x), float(-y)


def export_graph(network: Network, metrics: NetworkMetrics) -> nx.MultiDiGraph:
    """The network as one networkx graph: actor and forum nodes; samverkan, one-way and member edges.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> net = build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    >>> g = export_graph(net, analyze_network(net))
    >>> g.nodes["a"]["node_type"], g.nodes["a"]["degree"]
    ('actor', 0)
    """
    graph = nx.MultiDiGraph(name=_graph_name(network), kommun=network.id)
    _add_actors(graph, network, _by_actor(metrics))
    _add_ties(graph, network)
    if metrics.evidence is not None:
        _add_testimony(graph, network, metrics.evidence)
    _add_positions(graph, network, metrics)
    return graph


def _reports_text(tie: Any) -> str:
    """Each report as ``by (role): level, ref``; ``; `` between them."""
    parts = []
    for r in tie.reports:
        who = f"{r.by} ({r.role})" if r.role else r.by
        said = ", ".join(str(x) for x in (r.level, r.ref) if x is not None)
        parts.append(f"{who}: {said}" if said else who)
    return "; ".join(parts)


def _add_testimony(graph: nx.MultiDiGraph, network: Network, evidence: dict) -> None:
    """Status, level used, the coder's level and the reports as edge and forum attributes."""
    from samnet.core.vocab import best_status

    statuses = evidence["statuses"]
    pair_links: dict[tuple[str, str], list] = {}
    for link in network.links:
        pair_links.setdefault(tuple(sorted((link.source, link.target))), []).append(link)
    for u, v, data in graph.edges(data=True):
        if data["edge_type"] == "samverkan":
            links = pair_links[(u, v)]
            stated = [x.stated_level for x in links if x.reports and x.stated_level is not None]
            _set(
                data,
                status=best_status([statuses[f"link-{x.index}"] for x in links]),
                level_used=data["level"],
                stated_level=max(stated) if stated else None,
                reports="; ".join(r for r in map(_reports_text, links) if r),
            )
        elif data["edge_type"] == "member":
            data["status"] = statuses[f"forum-{u}"]
    for link in network.one_way:
        if link.reports:
            graph.edges[link.source, link.target, f"{link.kind}:{link.index}"]["reports"] = _reports_text(link)
    for forum in network.forums:
        stated = forum.stated_level if forum.reports else None
        _set(graph.nodes[forum.id], status=statuses[f"forum-{forum.id}"], level_used=forum.level,
             stated_level=stated, reports=_reports_text(forum))  # fmt: skip
    for tie in network.disputed:
        if hasattr(tie, "source"):
            graph.add_edge(tie.source, tie.target, key=f"disputed:{tie.index}", edge_type="disputed",
                           type="mutual", directed=False, weight=0, level_used=0, status="disputed",
                           reports=_reports_text(tie), **_set({}, stated_level=tie.stated_level))  # fmt: skip


def _graph_name(network: Network) -> str:
    """The network's name; the whole data's network is named after its kommuner."""
    if network.name:
        return network.name
    return ", ".join(sorted({a.kommun for a in network.actors.values() if a.kommun})) or network.id


def _gexf(graph: nx.MultiDiGraph) -> bytes:
    copy = graph.copy()
    for _node, data in copy.nodes(data=True):
        data["viz"] = {
            "position": {"x": data.get("x", 0.0), "y": data.get("y", 0.0), "z": 0.0},
            "color": _hex_rgb(data.get("color", "#444444")),
        }
    buffer = io.BytesIO()
    nx.write_gexf(copy, buffer)
    raw = _GEXF_DATE.sub(b'lastmodifieddate="2000-01-01"', buffer.getvalue())
    return _without_networkx_key(_GEXF_CREATOR.sub(b"<creator>samnet</creator>", raw))


def _without_networkx_key(gexf: bytes) -> bytes:
    """GEXF without networkx's internal ``networkx_key`` attribute (each edge's ``id`` already names it)."""
    declared = re.search(rb'<attribute id="(\d+)" title="networkx_key"[^>]*/>\s*', gexf)
    if declared is None:
        return gexf
    gexf = gexf.replace(declared.group(0), b"")
    return re.sub(rb'\s*<attvalue for="' + declared.group(1) + rb'" value="[^"]*"\s*/>', b"", gexf)


def _graphml(graph: nx.MultiDiGraph) -> bytes:
    """An undirected GraphML graph: samverkan is mutual, and igraph reads one direction per file.

    igraph (R and Python) ignores GraphML's per-edge ``directed`` and networkx
    refuses a file that mixes them, so one-way edges keep their direction as
    the attributes ``sender`` and ``receiver`` (and ``directed`` true).
    """
    # Edge by edge: nx.MultiGraph(graph) would merge a->b and b->a links of one kind.
    copy = nx.MultiGraph(**graph.graph)
    copy.add_nodes_from(graph.nodes(data=True))
    copy.add_edges_from((u, v, k, dict(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    for _u, _v, data in copy.edges(data=True):
        data.pop("type", None)
    buffer = io.BytesIO()
    nx.write_graphml(copy, buffer)
    return _graphml_booleans(buffer.getvalue())


def _graphml_booleans(graphml: bytes) -> bytes:
    """Boolean values as GraphML writes them, ``true``/``false`` (networkx writes Python's True/False)."""
    keys = re.findall(rb'<key id="(\w+)"[^>]*attr\.type="boolean"', graphml)
    for key in keys:
        for python, xml in ((b"True", b"true"), (b"False", b"false")):
            graphml = graphml.replace(
                b'<data key="' + key + b'">' + python + b"</data>", b'<data key="' + key + b'">' + xml + b"</data>"
            )
    return graphml


def _json(graph: nx.MultiDiGraph) -> bytes:
    data = {
        "directed": True,
        "multigraph": True,
        "graph": dict(graph.graph),
        "nodes": [{"id": node, **attrs} for node, attrs in graph.nodes(data=True)],
        "edges": [
            {"source": u, "target": v, "key": key, **attrs} for u, v, key, attrs in graph.edges(keys=True, data=True)
        ],
    }
    return (json_text.dumps(data) + "\n").encode("utf-8")


def _xlsx(graph: nx.MultiDiGraph) -> bytes:
    """Sheets ``Elements`` and ``Connections`` as Kumu imports them: ID and Label, From and To first."""
    from samnet.write.xlsx import new_workbook, workbook_bytes, write_header

    wb = new_workbook()
    nodes = wb.active
    nodes.title = "Elements"
    node_keys = sorted({k for _n, d in graph.nodes(data=True) for k in d} - {"label"})
    write_header(nodes, ["ID", "Label", "Type", *node_keys], [24, 36, 24] + [16] * len(node_keys))
    node_rows = [
        [node, data.get("label"), data.get("type_name", "forum"), *(data.get(k) for k in node_keys)]
        for node, data in graph.nodes(data=True)
    ]
    edges = wb.create_sheet("Connections")
    edge_keys = sorted({k for _u, _v, d in graph.edges(data=True) for k in d} - {"type", "edge_type"})
    write_header(edges, ["From", "To", "Type", "Direction", *edge_keys], [24, 24, 14, 12] + [14] * len(edge_keys))
    edge_rows = [
        [
            u,
            v,
            data["edge_type"],
            "directed" if data.get("directed") else "undirected",
            *(data.get(k) for k in edge_keys),
        ]
        for u, v, data in graph.edges(data=True)
    ]
    return workbook_bytes(wb, {"Elements": node_rows, "Connections": edge_rows})


def export_bytes(network: Network, metrics: NetworkMetrics, fmt: str) -> bytes:
    """The network exported as ``graphml``, ``gexf``, ``xlsx`` or ``json`` bytes.

    Examples
    --------
    >>> import json
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> net = build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    >>> m = analyze_network(net)
    >>> export_bytes(net, m, "gexf") == export_bytes(net, m, "gexf")
    True
    >>> json.loads(export_bytes(net, m, "json"))["nodes"][0]["id"]
    'a'
    """
    graph = export_graph(network, metrics)
    writers = {"graphml": _graphml, "gexf": _gexf, "xlsx": _xlsx, "json": _json}
    if fmt not in writers:
        raise UsageError("usage.export_format", fmt=fmt, choices=", ".join(FORMATS))
    return writers[fmt](graph)
