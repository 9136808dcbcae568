"""``metrics.xlsx``: the figures of an analysis as a workbook with real numbers and Swedish headers.

One sheet per kommun (one row per actor: centrality, one-way counts, level
and scope profile) and a summary sheet ``sammanfattning`` with the key
figures, the trappa profile (ties per level) and the scope profile, one
column per kommun. Cells hold numbers, not text, so Swedish Excel shows
decimal commas and can sort and sum them; this is the file the README points
Excel users to (``metrics.csv`` stays plain UTF-8 with commas, for programs).

The input is what ``summary.json`` holds per kommun, so figures added to the
analysis later appear on the summary sheet without a change here.

Examples
--------
>>> import io, openpyxl
>>> kommun = {"actors": 2, "density": 0.5, "levels": {"1": 0, "2": 1, "3": 0, "4": 0},
...           "centrality": [{"id": "a", "name": "A", "degree": 1, "betweenness": 0.0}]}
>>> wb = openpyxl.load_workbook(io.BytesIO(metrics_workbook({"k": kommun})))
>>> wb.sheetnames
['sammanfattning', 'k']
>>> [c.value for c in wb["sammanfattning"][2]]
['aktörer', 2]
>>> [c.value for c in wb["k"][2]]
['a', 'A', 1, 0.0]
"""

from __future__ import annotations

from typing import Any

from samnet.core.vocab import KINDS, LEVELS, SCOPES
from samnet.write.xlsx import new_workbook, put, workbook_bytes, write_header

__all__ = ["metrics_workbook", "HEADERS", "SUMMARY_LABELS"]

#: Swedish headers of the per-actor columns; a column not listed keeps its key as header.
HEADERS: dict[str, str] = {
    "id": "id",
    "name": "namn",
    "type": "typ",
    "huvudman": "huvudman",
    "kommun": "kommun",
    "degree": "grad",
    "strength": "styrka",
    "betweenness": "mellanhet",
    "eigenvector": "egenvektor",
    "closeness": "närhet (harmonisk)",
    "one_way_out": "enkelriktade ut",
    "one_way_in": "enkelriktade in",
    **{f"level_{n}": f"nivå {n} {lv.sv}" for n, lv in LEVELS.items()},
    "individ": "individnivå",
    "struktur": "strukturnivå",
    "both": "båda nivåerna",
    **{
        f"brokerage_{grouping}_{role}": f"mäklare {over}: {sv}"
        for grouping, over in (("huvudman", "över huvudmän"), ("type", "över aktörstyper"))
        for role, sv in (
            ("coordinator", "koordinator"),
            ("itinerant", "konsult"),
            ("gatekeeper", "grindvakt"),
            ("representative", "representant"),
            ("liaison", "förbindelselänk"),
        )
    },
}

#: Labels of the key figures, in the order the summary sheet lists them.
SUMMARY_LABELS: dict[str, str] = {
    "actors": "aktörer",
    "samverkan_ties": "samverkansband",
    "forums": "forum",
    "density": "täthet",
    "person_dependent_ties": "personbundna band",
    "components_before": "delar av nätverket",
    "components_after": "delar utan personbundna band",
    "pairs_disconnected": "par som skiljs åt utan personbundna band",
    "one_way_links": "enkelriktade länkar",
}

_FLOAT_FORMAT = "0.000"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _summary_rows(kommuner: dict[str, dict]) -> list[tuple[str, list[Any]]]:
    """(label, one value per kommun) for key figures, trappa, scopes and one-way kinds."""
    ids = list(kommuner)
    rows: list[tuple[str, list[Any]]] = []
    # Figures the analysis gains later still appear, under their key, after the known ones.
    others = {
        key for kid in ids for key, value in kommuner[kid].items() if _number(value) and key not in SUMMARY_LABELS
    }
    scalar_keys = list(SUMMARY_LABELS) + sorted(others)
    for key in scalar_keys:
        if any(key in kommuner[k] for k in ids):
            rows.append((SUMMARY_LABELS.get(key, key), [kommuner[k].get(key) for k in ids]))
    groups = (
        ("levels", lambda n: f"band på nivå {n} ({LEVELS[int(n)].sv})", [str(n) for n in LEVELS]),
        ("scopes", lambda s: f"band på {SCOPES[s][0]}" if s in SCOPES else "band på båda nivåerna", [*SCOPES, "both"]),
        ("one_way_by_kind", lambda kind: f"enkelriktade: {KINDS[kind][0]}", [k for k in KINDS if k != "samverkan"]),
        ("ei_index", lambda grouping: f"E-I-index över {grouping}", ["huvudman", "organisation"]),
    )
    for key, label, order in groups:
        if any(isinstance(kommuner[k].get(key), dict) for k in ids):
            for item in order:
                rows.append((label(item), [(kommuner[k].get(key) or {}).get(item, 0) for k in ids]))
    if any(kommuner[k].get("key_actors") for k in ids):
        top = [(kommuner[k].get("key_actors") or [{}])[0].get("pairs_disconnected", 0) for k in ids]
        rows.append(("par som skiljs åt utan den viktigaste nyckelaktören", top))
    return rows


def _summary_sheet(wb: Any, kommuner: dict[str, dict]) -> None:
    ws = wb.active
    ws.title = "sammanfattning"
    names = [kommuner[k].get("name") or k for k in kommuner]
    write_header(ws, ["nyckeltal", *names], [44] + [20] * len(names))
    for row, (label, values) in enumerate(_summary_rows(kommuner), start=2):
        put(ws, row, 1, label)
        for column, value in enumerate(values, start=2):
            cell = put(ws, row, column, value)
            if isinstance(value, float):
                cell.number_format = _FLOAT_FORMAT


def _flat(row: dict) -> dict:
    flat = {key: value for key, value in row.items() if key != "brokerage"}
    for grouping, roles in (row.get("brokerage") or {}).items():
        flat.update({f"brokerage_{grouping}_{role}": count for role, count in roles.items()})
    return flat


def _actor_rows(kommun: dict) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of one kommun's actor sheet: centrality, then the level and scope profile."""
    # The brokerage roles are one column each: brokerage_<grouping>_<role>, as in metrics.csv.
    centrality = [_flat(row) for row in kommun.get("centrality") or []]
    keys: list[str] = []
    for row in centrality:
        keys += [k for k in row if k not in keys]
    profiles = (kommun.get("profiles") or {}).get("actor") or {}
    profile_keys = [f"level_{n}" for n in LEVELS] + [*SCOPES, "both"] if profiles else []
    rows = []
    for row in centrality:
        profile = profiles.get(row.get("id"), {})
        extra = (
            [(profile.get("levels") or {}).get(str(n), 0) for n in LEVELS]
            + [(profile.get("scopes") or {}).get(s, 0) for s in [*SCOPES, "both"]]
            if profiles
            else []
        )
        rows.append([row.get(k) for k in keys if not k.startswith("brokerage_")] + extra)
        rows[-1] += [row.get(k) for k in keys if k.startswith("brokerage_")]
    # The same column order as metrics.csv: the profile before the brokerage counts.
    plain = [k for k in keys if not k.startswith("brokerage_")]
    return plain + profile_keys + [k for k in keys if k.startswith("brokerage_")], rows


def _sheet_name(kommun_id: str, used: set[str]) -> str:
    # Excel allows 31 characters in a sheet name; kommun ids are already free of []:*?/\.
    name = kommun_id[:31]
    n = 2
    while name in used or name == "sammanfattning":
        name = f"{kommun_id[:28]}-{n}"
        n += 1
    used.add(name)
    return name


def metrics_workbook(result_json_by_kommun: dict[str, dict]) -> bytes:
    """``metrics.xlsx`` for an analysis: a summary sheet and one actor sheet per kommun.

    Parameters
    ----------
    result_json_by_kommun : dict
        Kommun id to the figures of that kommun, as in ``summary.json`` (or an
        object with ``to_json()`` giving them).

    Returns
    -------
    bytes
        The workbook; the same figures give the same bytes.

    Examples
    --------
    >>> metrics_workbook({})[:2]
    b'PK'
    """
    # Metrics objects (NetworkMetrics) are accepted as well as their JSON form.
    result_json_by_kommun = {k: (v.to_json() if hasattr(v, "to_json") else v) for k, v in result_json_by_kommun.items()}
    wb = new_workbook()
    _summary_sheet(wb, result_json_by_kommun)
    used: set[str] = set()
    data: dict[str, list[list[Any]]] = {}
    for kommun_id, kommun in result_json_by_kommun.items():
        ws = wb.create_sheet(_sheet_name(kommun_id, used))
        keys, rows = _actor_rows(kommun)
        headers = [HEADERS.get(k, k) for k in keys]
        write_header(ws, headers, [36 if k == "name" else 24 if k == "id" else 14 for k in keys])
        data[ws.title] = rows
    return workbook_bytes(wb, data)
