"""What a map's actor node carries for the "roll" colouring and the what-if toggle.

The page can colour actors by their main brokerage role across huvudmän
instead of by their group. The main role is the role with most two-paths
(:mod:`samnet.measure.brokerage`); gatekeeper and representative are one
colour, since on undirected samverkan they always count the same. On a tie
the role that crosses more borders wins: liaison, then gatekeeper /
representative, then itinerant, then coordinator. An actor that brokers
nowhere is drawn in light grey.

The what-if toggle greys out, for the selected actor, the actor itself and
the actors its loss cuts off (``cut_off`` of
:mod:`samnet.measure.key_actors`), with every line to them.

Examples
--------
>>> main_role({"coordinator": 2, "itinerant": 0, "gatekeeper": 1, "representative": 1, "liaison": 2})
'liaison'
>>> main_role(dict.fromkeys(("coordinator", "itinerant", "gatekeeper", "representative", "liaison"), 0))
''
"""

from __future__ import annotations

__all__ = ["ROLE_COLORS", "ROLE_ORDER", "main_role", "role_fields"]

#: One colour per drawn role (Okabe and Ito's colour-blind-safe palette), and grey for none.
ROLE_COLORS = {
    "liaison": "#CC79A7",
    "gatekeeper": "#009E73",
    "itinerant": "#E69F00",
    "coordinator": "#0072B2",
    "": "#D9D9D9",
}

#: The roles a map tells apart, in the order that breaks ties (the one crossing most borders first).
ROLE_ORDER = ("liaison", "gatekeeper", "itinerant", "coordinator")


def main_role(counts: dict[str, int]) -> str:
    """The drawn role with most two-paths ("" for none); gatekeeper stands for gatekeeper and representative."""
    merged = {
        "liaison": counts["liaison"],
        "gatekeeper": counts["gatekeeper"] + counts["representative"],
        "itinerant": counts["itinerant"],
        "coordinator": counts["coordinator"],
    }
    best = max(merged.values())
    return next(role for role in ROLE_ORDER if merged[role] == best) if best else ""


def role_fields(metrics) -> dict[str, dict]:
    """Per actor id: ``role``, ``roles`` (the counts across huvudmän), ``closeness`` and ``loss``.

    Examples
    --------
    >>> m = {"centrality": [{"id": "a", "closeness": 0.5, "brokerage": {"huvudman": {
    ...     "coordinator": 2, "itinerant": 0, "gatekeeper": 0, "representative": 0, "liaison": 0}}}],
    ...      "key_actors": [{"id": "a", "pairs_disconnected": 1, "components_after": 2, "isolated": [], "cut_off": ["b"]}]}
    >>> role_fields(m)["a"]["role"], role_fields(m)["a"]["loss"]
    ('coordinator', {'pairs': 1, 'cutOff': ['b']})
    """

    def get(name: str):
        return metrics.get(name, []) if isinstance(metrics, dict) else getattr(metrics, name, [])

    loss = {r["id"]: {"pairs": r["pairs_disconnected"], "cutOff": r["cut_off"]} for r in get("key_actors")}
    fields = {}
    for row in get("centrality"):
        counts = (row.get("brokerage") or {}).get("huvudman")
        fields[row["id"]] = {
            "role": main_role(counts) if counts else "",
            "roles": counts or {},
            "closeness": row.get("closeness", 0),
            "loss": loss.get(row["id"], {"pairs": 0, "cutOff": []}),
        }
    return fields
