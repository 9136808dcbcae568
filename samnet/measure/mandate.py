"""What the informants say about mandate for samverkan, by role group (000 §5.9): counted once per network.

000 §5.9 sets managers' and staff's words on mandate side by side ("Det finns en
tydlig skillnad mellan medarbetare och chefer både i synen på mandat …"). The
data carries them as ``statements:`` (:class:`~samnet.core.model.Statement`);
this module counts them per role group and per reading of mandate, so that a
presenter can state the difference from the figures.

Examples
--------
>>> from samnet.core.model import Statement
>>> figures = mandate_figures([Statement("chef", "…", "fullt", "harledd", ref="000 §5.9"),
...                            Statement("medarbetare", "…", "begransat", ref="000 §5.9")])
>>> figures["groups"][0]
{'role': 'chef', 'statements': 1, 'mandate': {'fullt': 1, 'begransat': 0, 'varierar': 0, 'oklart': 0}}
>>> figures["refs"], figures["inferred"], figures["whole_data"]
(['000 §5.9'], 1, 2)
"""

from __future__ import annotations

from collections.abc import Iterable

from samnet.core.model import Statement
from samnet.core.vocab import INFERRED, MANDATES, ROLES

__all__ = ["mandate_figures"]


def mandate_figures(statements: Iterable[Statement]) -> dict | None:
    """The ``mandate`` key of ``summary.json``: statements per role group and reading; None without statements.

    Returns
    -------
    dict or None
        ``groups``: one row per role group that has statements, in the order of
        :data:`~samnet.core.vocab.ROLES`, with ``statements`` (how many) and
        ``mandate`` (how many of them read as each of :data:`~samnet.core.vocab.MANDATES`);
        ``refs``: the sections the statements cite, sorted; ``inferred``: how many
        readings are the encoder's (``basis: harledd``); ``whole_data``: how many
        the source gives for the data as a whole (no kommun).

    Examples
    --------
    >>> mandate_figures([]) is None
    True
    """
    statements = list(statements)
    if not statements:
        return None
    groups = []
    for role in ROLES:
        said = [s for s in statements if s.role == role]
        if said:
            counts = {reading: sum(1 for s in said if s.mandate == reading) for reading in MANDATES}
            groups.append({"role": role, "statements": len(said), "mandate": counts})
    return {
        "groups": groups,
        "refs": sorted({s.ref for s in statements if s.ref}),
        "inferred": sum(1 for s in statements if s.basis == INFERRED),
        "whole_data": sum(1 for s in statements if s.kommun is None),
    }
