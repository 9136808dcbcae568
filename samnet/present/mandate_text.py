"""The row that states what informants say about mandate, by role group, from the measured figures (000 §5.9).

Reads ``mandate`` of :class:`~samnet.measure.results.NetworkMetrics` (counted by
:mod:`samnet.measure.mandate`) and writes it as one line: how many statements each
role group made and how many of them read as full, limited, varying or unclear
mandate. Nothing is written for data without ``statements:``.

Examples
--------
>>> figures = {"groups": [{"role": "chef", "statements": 2, "mandate": {"fullt": 2, "begransat": 0}},
...                       {"role": "medarbetare", "statements": 1, "mandate": {"fullt": 0, "begransat": 1}}],
...            "refs": ["000 §5.9"], "inferred": 3, "whole_data": 0}
>>> label, value = mandate_rows({"mandate": figures}, "sv")[0]
>>> label
'Mandat enligt informanterna (000 §5.9)'
>>> value
'chefer 2 uttalanden (2 fullt); medarbetare 1 uttalande (1 begränsat); mandatet är kodarens läsning av orden (härledd) i 3 av 3'
"""

from __future__ import annotations

from samnet.core.vocab import MANDATES, in_language
from samnet.texts.catalogue import count, text

__all__ = ["mandate_rows"]


def mandate_rows(k, lang: str) -> list[list[str]]:
    """``[[label, value]]`` for a kommun's statements about mandate; ``[]`` when the data has none.

    ``k`` is a :class:`~samnet.measure.results.NetworkMetrics` or its JSON dict.

    Examples
    --------
    >>> mandate_rows({"mandate": None}, "en")
    []
    """
    figures = k.get("mandate") if isinstance(k, dict) else getattr(k, "mandate", None)
    if not figures:
        return []
    total = sum(group["statements"] for group in figures["groups"])
    parts = [
        text(
            "analysis.mandate_group",
            lang,
            role=text(f"analysis.mandate_role.{group['role']}", lang),
            statements=count(group["statements"], "noun.statement", lang),
            readings=", ".join(
                f"{group['mandate'][reading]} {in_language(MANDATES[reading], lang)}"
                for reading in MANDATES
                if group["mandate"].get(reading)
            ),
        )
        for group in figures["groups"]
    ]
    if figures["inferred"]:
        parts.append(text("analysis.mandate_inferred", lang, n=figures["inferred"], total=total))
    if figures["whole_data"]:
        parts.append(text("analysis.mandate_whole", lang, n=figures["whole_data"], total=total))
    refs = ", ".join(figures["refs"])
    label = text("analysis.mandate", lang) + (f" ({refs})" if refs else "")
    return [[label, "; ".join(parts)]]
