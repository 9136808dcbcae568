"""``metrics.xlsx``: the figures of an analysis as a workbook with real numbers and Swedish headers.

One sheet per kommun (one row per actor: centrality, one-way counts, level
and scope profile, the type by its name) and a summary sheet ``sammanfattning``
(``summary`` in English) with the key figures in the terminal summary's words, the trappa profile (ties per level) and the scope profile, one
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
['Aktörer', 2]
>>> [c.value for c in wb["k"][2]]
['a', 'A', 1, 0.0]
"""

from __future__ import annotations

from typing import Any

from samnet.core.vocab import HUVUDMAN, KINDS, LEVELS, SCOPES, in_language, kind_name, type_name
from samnet.errors import check_lang
from samnet.texts.catalogue import CATALOGUE, pick, text
from samnet.write.xlsx import new_workbook, put, workbook_bytes, write_header

__all__ = ["metrics_workbook", "HEADERS", "SUMMARY_LABELS", "header", "summary_label"]

#: Headers of the per-actor columns, (Swedish, English): the same words as the terminal and the report.
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("id", "id"),
    "name": ("namn", "name"),
    "type": ("typ", "type"),
    "huvudman": ("huvudman", "huvudman"),
    "kommun": ("kommun", "kommun"),
    "degree": CATALOGUE["analysis.degree"],
    "strength": CATALOGUE["analysis.strength"],
    "betweenness": CATALOGUE["analysis.betweenness"],
    "eigenvector": CATALOGUE["analysis.eigenvector"],
    "closeness": ("närhet (harmonisk)", "closeness (harmonic)"),
    **{
        f"brokerage_{grouping}_{role}": (f"mäklare {over_sv}: {sv}", f"broker {over_en}: {en}")
        for grouping, over_sv, over_en in (
            ("huvudman", "över huvudmän", "across huvudmän"),
            ("type", "över aktörstyper", "across actor types"),
        )
        for role, sv, en in (
            ("coordinator", "koordinator", "coordinator"),
            ("itinerant", "konsult", "itinerant"),
            ("gatekeeper", "grindvakt", "gatekeeper"),
            ("representative", "representant", "representative"),
            ("liaison", "förbindelselänk", "liaison"),
        )
    },
    "one_way_out": ("envägslänkar ut", "one-way links out"),
    "one_way_in": ("envägslänkar in", "one-way links in"),
    **{f"level_{n}": (f"nivå {n} {lv.sv}", f"level {n} {lv.sv}") for n, lv in LEVELS.items()},
    "individ": ("individnivå", "individual level"),
    "struktur": ("strukturnivå", "structural level"),
    "both": ("båda nivåerna", "both levels"),
}

#: The key figures in the order the summary sheet lists them; their words are the terminal's
#: (catalogue keys ``<key>`` and ``fair.<key>``) or ``metrics.<key>``.
SUMMARY_LABELS: tuple[str, ...] = (
    "actors",
    "samverkan_ties",
    "described_ties",
    "direct_ties",
    "forum_only_ties",
    "forums",
    "density",
    "person_dependent_ties",
    "components_before",
    "components_after",
    "pairs_disconnected",
    "one_way_links",
)


def summary_label(key: str, lang: str = "sv") -> str:
    """The word for a key figure, the same as the terminal summary's.

    Examples
    --------
    >>> summary_label("direct_ties"), summary_label("person_dependent_ties", "en")
    ('Par med direkt länk', 'Person-dependent pairs')
    """
    for name in (f"metrics.{key}", f"analysis.{key}", f"fair.{key}"):
        if name in CATALOGUE:
            return text(name, lang)
    return key


def header(key: str, lang: str = "sv") -> str:
    """The header of an actor column.

    Examples
    --------
    >>> header("betweenness"), header("one_way_in", "en")
    ('mellanhet', 'one-way links in')
    """
    return pick(HEADERS[key], lang) if key in HEADERS else key


_FLOAT_FORMAT = "0.000"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _summary_rows(kommuner: dict[str, dict], lang: str) -> list[tuple[str, list[Any]]]:
    """(label, one value per kommun) for key figures, trappa, scopes and one-way kinds."""
    ids = list(kommuner)
    rows: list[tuple[str, list[Any]]] = []
    # Figures the analysis gains later still appear, after the known ones.
    others = {
        key for kid in ids for key, value in kommuner[kid].items() if _number(value) and key not in SUMMARY_LABELS
    }
    for key in list(SUMMARY_LABELS) + sorted(others):
        if any(key in kommuner[k] for k in ids):
            rows.append((summary_label(key, lang), [kommuner[k].get(key) for k in ids]))
    ties = text("metrics.ties_at", lang)
    groups = (
        ("levels", lambda n: f"{ties} {n} ({LEVELS[int(n)].sv})", [str(n) for n in LEVELS]),
        ("scopes", lambda s: pick(HEADERS[s], lang), [*SCOPES, "both"]),
        (
            "one_way_by_kind",
            lambda kind: f"{summary_label('one_way_links', lang)}: {kind_name(kind, lang)}",
            [k for k in KINDS if k != "samverkan"],
        ),
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


def _summary_sheet(wb: Any, kommuner: dict[str, dict], lang: str) -> None:
    ws = wb.active
    ws.title = text("metrics.summary_sheet", lang)
    names = [kommuner[k].get("name") or k for k in kommuner]
    write_header(ws, [text("metrics.key_figure", lang), *names], [44] + [20] * len(names))
    for row, (label, values) in enumerate(_summary_rows(kommuner, lang), start=2):
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


def _actor_rows(kommun: dict, lang: str) -> tuple[list[str], list[list[Any]]]:
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
        rows.append([_shown(k, row.get(k), lang) for k in keys if not k.startswith("brokerage_")] + extra)
        rows[-1] += [row.get(k) for k in keys if k.startswith("brokerage_")]
    # The same column order as metrics.csv: the profile before the brokerage counts.
    plain = [k for k in keys if not k.startswith("brokerage_")]
    return plain + profile_keys + [k for k in keys if k.startswith("brokerage_")], rows


def _shown(key: str, value: Any, lang: str) -> Any:
    """A type's name, not its code; a huvudman in the reader's language; every other value as it is."""
    if key == "type" and isinstance(value, str):
        return type_name(value, lang)
    if key == "huvudman" and value in HUVUDMAN:
        return in_language(HUVUDMAN[value], lang)
    return value


def _sheet_name(kommun_id: str, used: set[str]) -> str:
    # Excel allows 31 characters in a sheet name; kommun ids are already free of []:*?/\.
    name = kommun_id[:31]
    n = 2
    while name in used:
        name = f"{kommun_id[:28]}-{n}"
        n += 1
    used.add(name)
    return name


def metrics_workbook(result_json_by_kommun: dict[str, dict], lang: str = "sv") -> bytes:
    """``metrics.xlsx`` for an analysis: a summary sheet and one actor sheet per kommun.

    Parameters
    ----------
    result_json_by_kommun : dict
        Kommun id to the figures of that kommun, as in ``summary.json`` (or an
        object with ``to_json()`` giving them).
    lang : {"sv", "en"}
        Language of the sheet names, labels, headers and type names.

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
    check_lang(lang)
    wb = new_workbook()
    _summary_sheet(wb, result_json_by_kommun, lang)
    used: set[str] = {wb.active.title}
    data: dict[str, list[list[Any]]] = {}
    for kommun_id, kommun in result_json_by_kommun.items():
        ws = wb.create_sheet(_sheet_name(kommun_id, used))
        keys, rows = _actor_rows(kommun, lang)
        headers = [header(k, lang) for k in keys]
        write_header(ws, headers, [36 if k == "name" else 24 if k == "id" else 14 for k in keys])
        data[ws.title] = rows
    return workbook_bytes(wb, data)
