"""metrics.xlsx's own words (samnet.present.metrics_workbook): data for :mod:`samnet.texts.catalogue`.

The key figures themselves use the terminal summary's words (``analysis.*``, ``fair.*``);
these are the words the terminal does not have.

Examples
--------
>>> METRICS["summary_sheet"]
('sammanfattning', 'summary')
"""

from __future__ import annotations

__all__ = ["METRICS", "TABLES"]

METRICS: dict[str, tuple[str, str]] = {
    "summary_sheet": ("sammanfattning", "summary"),
    "key_figure": ("nyckeltal", "key figure"),
    "ties_at": ("beskrivna band på nivå", "described ties at level"),
    "components_before": ("Sammanhängande delar", "Connected components"),
    "components_after": (
        "Sammanhängande delar utan personbundna band",
        "Connected components without person-dependent ties",
    ),
    "pairs_disconnected": (
        "Aktörspar som skiljs åt utan personbundna band",
        "Pairs of actors parted without person-dependent ties",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"metrics.": METRICS}
