"""Who said so, on the map: each line's style by the status of its ties, disputed ties marked, reports on click.

Only maps of data with testimony change (``evidence`` in the metrics); a map
of data without it is the same file as before. In such a map the dash
pattern of a line tells its basis instead of its scope:

- ``confirmed`` (both sides describe it): solid;
- ``one_sided``: dashed;
- ``third_party`` and ``inferred`` (nobody of either side, or the coder): dotted;
- ``disputed`` (one side says there is no such samverkan): a thin red dotted line marked ✕,
  drawn although the tie is not samverkan;
- ``document`` and ``unattributed``: solid, as lines were before testimony.

A pair joined by several ties takes the best-supported status among them.
Each edge carries ``st`` (its status group) for the page's filter, and each
tie in the side panel its status and its reports: who, role, level, ref.

Examples
--------
>>> STATUS_GROUP["inferred"], STATUS_GROUP["third_party"], STATUS_GROUP["unattributed"]
('weak', 'weak', 'other')
"""

from __future__ import annotations

from samnet.core.model import Forum, Link
from samnet.core.network import Network
from samnet.core.vocab import best_status
from samnet.present.maps.ties import tie_json
from samnet.texts.catalogue import text

__all__ = ["STATUS_GROUP", "GROUPS", "GROUP_DASHES", "DISPUTED_COLOR", "add_testimony", "with_testimony"]

#: The filter and legend group of each status.
STATUS_GROUP = {
    "confirmed": "confirmed",
    "one_sided": "one_sided",
    "third_party": "weak",
    "inferred": "weak",
    "disputed": "disputed",
    "document": "other",
    "unattributed": "other",
}
#: The groups in legend order.
GROUPS = ("confirmed", "one_sided", "weak", "disputed", "other")
#: vis-network dash patterns (and the legend's SVG stroke-dasharray) per status.
STATUS_DASHES = {
    "confirmed": False,
    "document": False,
    "one_sided": [10, 6],
    "third_party": [2, 5],
    "inferred": [2, 5],
    "disputed": [2, 5],
    "unattributed": False,
}
GROUP_DASHES = {"confirmed": "", "one_sided": "10 6", "weak": "2 5", "disputed": "2 5", "other": ""}
#: Red, apart from the one-way orange: a tie one side denies.
DISPUTED_COLOR = "#C1121F"


def _key(tie: Link | Forum) -> str:
    return f"forum-{tie.id}" if isinstance(tie, Forum) else f"link-{tie.index}"


def _status_text(status: str, lang: str) -> str:
    return text(f"testimony.status.{status}", lang)


def _reports(tie: Link | Forum, lang: str) -> list[dict]:
    return [
        {
            "by": r.by,
            "role": text(f"testimony.role.{r.role}", lang) if r.role else "",
            "level": r.level,
            "ref": r.ref or "",
        }
        for r in tie.reports
    ]


def _style(edge: dict, status: str, lang: str) -> None:
    edge["st"] = STATUS_GROUP[status]
    if edge["cat"] != "oneway":
        edge["dashes"] = STATUS_DASHES[status]
    edge["title"] += "\n" + _status_text(status, lang)


def _edge_status(edge: dict, network: Network, statuses: dict[str, str]) -> str | None:
    graph = network.samverkan
    if edge["cat"] in ("pair", "fpair") and graph.has_edge(edge["from"], edge["to"]):
        ties = graph.edges[edge["from"], edge["to"]]["ties"]
        wanted = [t for t in ties if isinstance(t, Link)] if edge["cat"] == "pair" else list(ties)
        return best_status([statuses[_key(t)] for t in wanted if _key(t) in statuses])
    if edge["cat"] == "forum":
        forum_id = edge["id"][2:].split("|")[0]
        return statuses.get(f"forum-{forum_id}")
    return None


def _disputed_edges(network: Network, lang: str) -> list[dict]:
    actors = network.actors
    edges = []
    for tie in network.disputed:
        if not isinstance(tie, Link):
            continue
        edges.append(
            {
                "from": tie.source,
                "to": tie.target,
                "id": f"d:{tie.index}",
                "arrows": {"to": {"enabled": False}},
                "width": 1.5,
                "dashes": STATUS_DASHES["disputed"],
                "label": "✕",
                "font": {"color": DISPUTED_COLOR, "size": 16, "strokeWidth": 3, "strokeColor": "#FFFFFF"},
                "color": {"color": DISPUTED_COLOR, "highlight": "#000000", "hover": "#000000", "inherit": False},
                "title": f"{actors[tie.source].name} – {actors[tie.target].name}\n{_status_text('disputed', lang)}",
                "cat": "disputed",
                "st": "disputed",
                "level": None,
                "scopes": [],
                "areas": [],
                "pd": False,
            }
        )
    return edges


def _tie_testimony(tie: Link | Forum, statuses: dict[str, str], lang: str) -> dict:
    status = statuses.get(_key(tie))
    # A disputed tie has no level on the trappa: its level used (0) says no one agrees it exists.
    shown = {"level": None} if status == "disputed" else {}
    return {
        **shown,
        "st": status or "",
        "stLabel": _status_text(status, lang) if status else "",
        "stated": tie.stated_level if tie.reports and tie.stated_level is not None else None,
        "reports": _reports(tie, lang),
    }


def add_testimony(data: dict, network: Network, evidence: dict, lang: str) -> None:
    """Give a map's JSON (:func:`samnet.present.maps.data.network_data`) the status of every line and tie.

    Edges get ``st`` and a dash pattern, disputed links are added as marked
    edges, every tie in ``ties`` gets ``st``, ``stLabel``, ``stated`` and
    ``reports``, and ``testimony`` holds the page's words for them.
    """
    statuses = evidence["statuses"]
    for edge in data["edges"]:
        status = _edge_status(edge, network, statuses)
        if status is not None:
            _style(edge, status, lang)
    data["edges"] += _disputed_edges(network, lang)
    # The same order as network_data's ties (a stable sort on the same key), each with its tie.
    links = [(tie_json(t), t) for t in (*network.links, *network.one_way)]
    links.sort(key=lambda pair: (pair[0]["s"], pair[0]["t"], pair[0]["k"]))
    disputed = [(tie_json(t), t) for t in network.disputed]
    paired = links + [(tie_json(f), f) for f in network.forums] + disputed
    for shown, tie in paired:
        shown.update(_tie_testimony(tie, statuses, lang))
    data["ties"] = [shown for shown, _tie in paired]
    data["testimony"] = {
        "reports": text("testimony.reports", lang),
        "stated": text("testimony.stated", lang, level="{level}"),
        "noReports": text("testimony.no_reports", lang),
        "noSamverkan": text("testimony.no_samverkan", lang),
    }


def with_testimony(network: Network, evidence: dict | None, lang: str, data: dict) -> dict:
    """``data`` with :func:`add_testimony` applied when the network's data has testimony (``evidence``).

    Examples
    --------
    >>> with_testimony(None, None, "sv", {"edges": []})
    {'edges': []}
    """
    if evidence is not None:
        add_testimony(data, network, evidence, lang)
    return data
