"""Read who said what: the ``informants:`` list of actors.yaml and the ``reports:`` and ``basis:`` of ties.

A mapping is testimony (000 rests on 33 interviews). ``informants:`` names
who was interviewed and for which actor; each link or forum may carry
``reports:``, one per informant's account (``by``, ``level`` 0-4, ``scope``,
``areas``, ``person_dependent``, ``ref``, ``note``), and a ``basis:``
(``intervju``, ``dokument``, ``harledd``). Every problem gets its own code:

``unknown-informant``        a report's ``by`` names neither an informant nor an actor
``unknown-informant-actor``  an informant speaks for an actor that is not defined
``report-level-range``       a report's level outside 0-4
``report-level-on-one-way``  a level on a report of an orosanmälan or other one-way link
``bad-role``                 a role outside chef, medarbetare, samordnare, politiker, annan
``inferred-with-reports``    ``basis: harledd`` on a tie that has reports
``duplicate-informant``      two informants share an id, or an informant takes an actor's id
``bad-mandate``              a statement's mandate outside fullt, begränsat, varierar, oklart

``statements:`` (actors.yaml) holds words about mandate attributed to a role group, as 000
§5.9 gives them: ``role``, ``quote``, ``mandate``, and optionally ``basis``, ``kommun``,
``ref`` and ``note``.

Examples
--------
>>> from samnet.load.yaml_reader import PositionedMap, PositionedList
>>> from samnet.load.fields import Checker, Sink
>>> class Refs:
...     informants = {}; declared_informants = set(); declared_actors = {"ifo"}
...     actors = {"ifo": None}; actors_ok = True
...     def known_bad(self, raw): return False
...     def where(self): return "i actors.yaml"
>>> found = []
>>> entry = PositionedMap({"reports": PositionedList([PositionedMap({"by": "ifo", "level": 0}, line=4)], line=3)},
...                       line=2)
>>> check = Checker(Sink("links.yaml", found, "sv"), entry, "links[0]")
>>> read_reports(check, Refs(), None)
(Report(by='ifo', actor='ifo', level=0, scopes=frozenset(), areas=frozenset(), person_dependent=False, \
ref=None, note=None, role=None),)
"""

from __future__ import annotations

from typing import Any

from samnet.core.format import optional_keys, report_keys, required_keys
from samnet.core.model import Informant, Report, Statement
from samnet.core.suggest import Suggester
from samnet.core.vocab import INFERRED
from samnet.errors import quote
from samnet.load.fields import Checker, Sink, describe, hint
from samnet.load.yaml_reader import INVALID

__all__ = ["TESTIMONY_CODES", "read_informants", "read_reports", "read_basis", "read_statements", "REPORT_KEYS"]

#: The error codes of testimony, with a short meaning (part of the loader's ERROR_CODES).
TESTIMONY_CODES: dict[str, str] = {
    "unknown-informant": "a report's by names neither an informant nor an actor",
    "unknown-informant-actor": "an informant speaks for an actor that is not defined",
    "report-level-range": "a report's level outside 0-4",
    "report-level-on-one-way": "a level on a report of an orosanmälan or other one-way link",
    "bad-role": "an informant's role is not chef, medarbetare, samordnare, politiker or annan",
    "inferred-with-reports": "basis: harledd (no informant described it) on a tie that has reports",
    "duplicate-informant": "two informants share an id, or an informant has an actor's id",
    "bad-mandate": "a statement's mandate is not fullt, begränsat, varierar or oklart",
}

#: The keys of one report, ``by`` first (the data format's one field list).
REPORT_KEYS = report_keys()


def read_informants(sink: Sink, entries: list[tuple[int, Any]], refs: Any, path: Any) -> dict[str, Informant]:
    """The valid informants of the ``informants:`` section, by id; ``path(i)`` names entry i in problems."""
    informants: dict[str, Informant] = {}
    seen: dict[str, Any] = {}
    for i, entry in entries:
        check = Checker(sink, entry, path(i))
        before = sink.count
        check.keys(required_keys("informants"), optional_keys("informants"))
        ident = check.ident("id", required=True)
        if ident is None and isinstance(entry.get("id"), str):
            refs.declared_informants.add(entry.get("id"))
        elif ident is not None and ident in refs.declared_actors:
            check.problem("id", "duplicate-informant", "informant-is-actor", ident=quote(ident))
        elif ident is not None and ident in seen:
            check.problem("id", "duplicate-informant", "duplicate-informant", ident=quote(ident), first=seen[ident])
        if ident is not None:
            seen.setdefault(ident, check.line("id"))
        actor = _informant_actor(check, refs)
        role = check.choice("role", "roles", code="bad-role")
        ref, note = check.text("ref"), check.text("note")
        if sink.count == before and not check.invalid and actor is not None:
            informants[ident] = Informant(ident, actor, role, ref, note)
    refs.declared_informants.update(seen)
    return informants


def _informant_actor(check: Checker, refs: Any) -> str | None:
    if refs.known_bad(check.entry.get("actor")):
        check.invalid = True
        return None
    actor = check.ident("actor", required=True)
    if actor is None or not refs.actors_ok or actor in refs.actors:
        return actor
    if actor not in refs.declared_actors:
        tip = hint(check.lang, actor, Suggester(refs.actors))
        check.problem("actor", "unknown-informant-actor", "unknown-informant-actor", value=quote(actor),
                      where=refs.where(), hint=tip)  # fmt: skip
    return None


def _reporter(check: Checker, refs: Any, by: str | None) -> tuple[str | None, str | None]:
    """The actor a report speaks for and the informant's role; None when ``by`` resolves to nothing."""
    if by is None or not refs.actors_ok:
        return None, None
    if by in refs.informants:
        informant = refs.informants[by]
        return informant.actor, informant.role
    if by in refs.actors:
        return by, None
    if by in refs.declared_informants or by in refs.declared_actors:
        # The informant or actor has a problem of its own; one report of it is enough.
        return None, None
    tip = hint(check.lang, by, Suggester([*refs.informants, *refs.actors]))
    check.problem("by", "unknown-informant", "unknown-informant", value=quote(by), where=refs.where(), hint=tip)
    return None, None


def read_reports(check: Checker, refs: Any, one_way_kind: str | None) -> tuple[Report, ...] | None:
    """The ``reports:`` of one link or forum; None when any of them has a problem (already reported).

    ``one_way_kind`` is the kind of a one-way link, whose reports take no level.
    """
    raw = check.entry.get("reports")
    if raw is None:
        return ()
    if raw is INVALID:
        check.invalid = True
        return None
    if not isinstance(raw, list):
        check.problem("reports", "wrong-type", "expected-reports", got=describe(raw, check.lang))
        return None
    reports: list[Report] = []
    complete = True
    for j, item in enumerate(raw):
        path = f"{check.path}.reports[{j}]"
        line = raw.item_lines[j] if j < len(getattr(raw, "item_lines", ())) else getattr(raw, "line", check.line())
        if not isinstance(item, dict):
            check.sink.problem(line, path, "wrong-shape", "entry-shape", got=describe(item, check.lang))
            complete = False
            continue
        report = _read_report(Checker(check.sink, item, path), refs, one_way_kind)
        if report is None:
            complete = False
        else:
            reports.append(report)
    return tuple(reports) if complete else None


def _read_report(check: Checker, refs: Any, one_way_kind: str | None) -> Report | None:
    before = check.sink.count
    check.keys(("by",), REPORT_KEYS[1:])
    by = None
    if refs.known_bad(check.entry.get("by")):
        check.invalid = True
    else:
        by = check.ident("by", required=True)
    actor, role = _reporter(check, refs, by)
    level = check.report_level(required=one_way_kind is None, one_way_kind=one_way_kind)
    scopes = check.choices("scope", "scopes")
    areas = check.choices("areas", "areas")
    dependent = check.boolean("person_dependent")
    ref, note = check.text("ref"), check.text("note")
    if check.sink.count != before or check.invalid or actor is None:
        return None
    return Report(by, actor, level, scopes or frozenset(), areas or frozenset(), dependent, ref, note, role)


def read_basis(check: Checker, reports: tuple[Report, ...] | None) -> str | None:
    """The ``basis:`` of a tie (``härledd`` read as ``harledd``); an inferred tie may not have reports."""
    if check.entry.get("basis") is None:
        return None
    basis = check.choice("basis", "bases")
    if basis == INFERRED and reports:
        check.problem("basis", "inferred-with-reports", "inferred-with-reports", n=len(reports))
    return basis


def read_statements(sink: Sink, entries: list[tuple[int, Any]], refs: Any, path: Any) -> tuple[Statement, ...]:
    """The valid entries of the ``statements:`` section; ``path(i)`` names entry i in problems.

    Examples
    --------
    >>> from samnet.load.yaml_reader import PositionedMap
    >>> class Refs:
    ...     actors_ok = True; declared_kommuner = {"k"}
    ...     def known_bad(self, raw): return False
    >>> found = []
    >>> entry = PositionedMap({"role": "Chef", "quote": "Korta vägar", "mandate": "begränsat"}, line=3)
    >>> read_statements(Sink("actors.yaml", found, "sv"), [(0, entry)], Refs(), lambda i: f"statements[{i}]")
    (Statement(role='chef', quote='Korta vägar', mandate='begransat', basis=None, kommun=None, ref=None, note=None),)
    """
    statements: list[Statement] = []
    for i, entry in entries:
        check = Checker(sink, entry, path(i))
        before = sink.count
        check.keys(required_keys("statements"), optional_keys("statements"))
        role = check.choice("role", "roles", code="bad-role", required=True)
        quote_text = check.text("quote", required=True)
        mandate = check.choice("mandate", "mandates", code="bad-mandate", required=True)
        basis = check.choice("basis", "bases") if entry.get("basis") is not None else None
        kommun = None if refs.known_bad(entry.get("kommun")) else check.ident("kommun")
        if kommun is not None and refs.actors_ok and kommun not in refs.declared_kommuner:
            refs.unknown_kommun(check, "kommun", kommun)
        ref, note = check.text("ref"), check.text("note")
        if sink.count == before and not check.invalid and None not in (role, quote_text, mandate):
            statements.append(Statement(role, quote_text, mandate, basis, kommun, ref, note))
    return tuple(statements)
