"""Merging returned questionnaire forms into a mapping, as testimony.

Each answer becomes a ``report`` by its respondent on the link or forum it
concerns (:mod:`samnet.load.forms` reads the answers):

- "ja" on an organisation's row is a report at the level given, on the
  samverkan link between the two (created, with ``ref: enkät …``, where the
  mapping had none);
- "nej" is a report at level 0 ("there is no such samverkan") on that link,
  when the link exists or the other side's answer creates it: two "nej" make
  no link;
- a ticked orosanmälan, polisanmälan, hänvisning or information is a report
  on the one-way link of that kind from the respondent (created where missing);
- "ja"/"nej" on a forum is a report on that forum at the level given or 0;
  a respondent outside the forum who says "ja" joins its members;
- organisations written in on "Saknas på listan" are returned for review and
  never added.

A respondent's earlier reports are replaced, so merging the same forms twice
gives the same mapping; of two forms from one respondent, the later (by its
date, then by the order given) is used and the other is named as replaced.
Without an ``informants`` list, each organisation that answers gets one,
``enkat-<actor>``, with the role it gave: the mapping then says who answered.

Examples
--------
>>> records = {"actors": [{"id": "a", "kommun": "k"}, {"id": "b", "kommun": "k"}], "links": [], "forums": []}
>>> from samnet.load.forms import ActorAnswer, FormAnswers
>>> form = FormAnswers("a.xlsx", "k", "a", "a", "chef", "2026-12-01",
...                    [ActorAnswer("b", "Organisationer!A2", "ja", 3)])
>>> merged = merge_forms(records, [form])
>>> merged.records["links"]
[{'source': 'a', 'target': 'b', 'ref': 'enkät', 'reports': [{'by': 'enkat-a', 'level': 3, 'ref': 'enkät 2026-12-01'}]}]
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from samnet.core.vocab import SAMVERKAN, SCOPES

__all__ = ["CREATED_REF", "MergeResult", "merge_forms", "informant_id"]

#: The ``ref`` of a link the merge creates: such a link goes again when its reports do.
CREATED_REF = "enkät"


@dataclass
class MergeResult:
    """The merged records, and what the summary reports about the merge."""

    records: dict[str, Any]
    used: list[Any] = field(default_factory=list)
    replaced: list[tuple[Any, Any]] = field(default_factory=list)
    review: list[tuple[Any, Any]] = field(default_factory=list)
    joined: list[tuple[str, str]] = field(default_factory=list)


def informant_id(actor_id: str) -> str:
    """The informant id the merge gives an organisation that answered for itself.

    Examples
    --------
    >>> informant_id("ljusdal-ifo")
    'enkat-ljusdal-ifo'
    """
    return f"enkat-{actor_id}"


def _latest(forms: list[Any]) -> tuple[list[Any], list[tuple[Any, Any]]]:
    """One form per respondent: the latest by date, then by order; and (replaced, used) pairs."""
    chosen: dict[str, Any] = {}
    replaced = []
    for form in sorted(forms, key=lambda f: f.date or ""):
        if form.by in chosen:
            replaced.append((chosen[form.by], form))
        chosen[form.by] = form
    return [f for f in forms if chosen.get(f.by) is f], replaced


def _report(by: str, level: int | None, form: Any, **extra: Any) -> dict[str, Any]:
    report: dict[str, Any] = {"by": by}
    if level is not None:
        report["level"] = level
    report.update({k: v for k, v in extra.items() if v})
    report["ref"] = f"{CREATED_REF} {form.date}" if form.date else CREATED_REF
    return report


def _answer_extras(answer: Any) -> dict[str, Any]:
    scopes = [s for s in SCOPES if s in answer.scopes]
    return {
        "scope": scopes[0] if len(scopes) == 1 else scopes,
        "areas": sorted(answer.areas),
        "person_dependent": answer.person_dependent,
        "note": answer.comment,
    }


class _Links:
    """The mapping's links by pair and kind, for finding or creating the one an answer concerns."""

    def __init__(self, records: dict[str, Any], kommun_of: dict[str, str | None]):
        self.links, self.kommun_of = records.setdefault("links", []), kommun_of
        self.index: dict[tuple, dict] = {}
        for link in self.links:
            self.index.setdefault(self._key(link["source"], link["target"], link.get("kind", SAMVERKAN)), link)

    @staticmethod
    def _key(a: str, b: str, kind: str) -> tuple:
        return (kind, *sorted((a, b))) if kind == SAMVERKAN else (kind, a, b)

    def find(self, a: str, b: str, kind: str = SAMVERKAN) -> dict | None:
        return self.index.get(self._key(a, b, kind))

    def create(self, a: str, b: str, kind: str, kommun_id: str) -> dict:
        link: dict[str, Any] = {"source": a, "target": b}
        if kind != SAMVERKAN:
            link["kind"] = kind
        if not self.kommun_of.get(a) and not self.kommun_of.get(b) and kommun_id != "all":
            # Two regional actors: the kommun whose roster asked says where the tie belongs.
            link["kommun"] = kommun_id
        link["ref"] = CREATED_REF
        self.links.append(link)
        self.index[self._key(a, b, kind)] = link
        return link


def _forget(records: dict[str, Any], bys: set[str]) -> None:
    """Remove every report by ``bys``; links the merge created and no one reports any more go too."""
    for entry in records.get("links", []) + records.get("forums", []):
        if "reports" in entry:
            entry["reports"] = [r for r in entry["reports"] if r.get("by") not in bys]
            if not entry["reports"]:
                del entry["reports"]
    records["links"] = [
        link for link in records.get("links", []) if link.get("reports") or link.get("ref") != CREATED_REF
    ]


def _respondent_ids(records: dict[str, Any], forms: list[Any]) -> dict[str, str]:
    """Each form's ``by`` as a report names it: the informant, created for an organisation's own form."""
    informants = records.setdefault("informants", [])
    known = {i["id"]: i for i in informants}
    by_of = {}
    for form in forms:
        if form.by in known:
            by_of[form.by] = form.by
            if form.role:
                known[form.by]["role"] = form.role
            continue
        entry = {"id": informant_id(form.actor_id), "actor": form.actor_id, "role": form.role or "annan"}
        entry["ref"] = f"{CREATED_REF} {form.date}" if form.date else CREATED_REF
        if entry["id"] in known:
            known[entry["id"]].update(entry)
        else:
            informants.append(entry)
            known[entry["id"]] = entry
        by_of[form.by] = entry["id"]
    informants.sort(key=lambda i: i["id"])
    return by_of


def _actor_answers(form: Any, by: str, links: _Links, *, saying: str) -> None:
    for answer in form.actors:
        if answer.works != saying:
            continue
        link = links.find(form.actor_id, answer.actor_id)
        if saying == "ja":
            link = link or links.create(form.actor_id, answer.actor_id, SAMVERKAN, form.kommun_id)
            link.setdefault("reports", []).append(_report(by, answer.level, form, **_answer_extras(answer)))
        elif link is not None:
            link.setdefault("reports", []).append(_report(by, 0, form, note=answer.comment))


def _one_way_answers(form: Any, by: str, links: _Links) -> None:
    for answer in form.actors:
        for kind in answer.one_way:
            link = links.find(form.actor_id, answer.actor_id, kind)
            link = link or links.create(form.actor_id, answer.actor_id, kind, form.kommun_id)
            link.setdefault("reports", []).append(_report(by, None, form))


def _forum_answers(form: Any, by: str, records: dict[str, Any], result: MergeResult) -> None:
    forums = {f["id"]: f for f in records.get("forums", [])}
    for answer in form.forums:
        forum = forums.get(answer.forum_id)
        if forum is None or answer.takes_part is None:
            continue
        level = answer.level if answer.takes_part == "ja" else 0
        note = "; ".join(t for t in (answer.how_often, answer.comment) if t) or None
        forum.setdefault("reports", []).append(_report(by, level, form, note=note))
        if answer.takes_part == "ja" and form.actor_id not in forum["members"]:
            forum["members"] = [*forum["members"], form.actor_id]
            result.joined.append((form.actor_id, forum["id"]))


def merge_forms(records: dict[str, Any], forms: list[Any]) -> MergeResult:
    """The mapping ``records`` with every answer of ``forms`` as reports; the input is not changed."""
    records = copy.deepcopy(records)
    used, replaced = _latest([f for f in forms if not f.problems])
    result = MergeResult(records, used, replaced)
    by_of = _respondent_ids(records, used)
    _forget(records, set(by_of.values()))
    kommun_of = {a["id"]: a.get("kommun") for a in records.get("actors", [])}
    links = _Links(records, kommun_of)
    # Every "ja" first, so that a "nej" finds the link the other side's "ja" created.
    for saying in ("ja", "nej"):
        for form in used:
            _actor_answers(form, by_of[form.by], links, saying=saying)
    for form in used:
        _one_way_answers(form, by_of[form.by], links)
        _forum_answers(form, by_of[form.by], records, result)
        result.review += [(form, missing) for missing in form.missing]
    return result
