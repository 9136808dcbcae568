"""A validated dataset as plain records in the data format, and those records as clean YAML.

Both writers of the data format (``samnet convert`` to YAML and to a workbook)
start from :func:`dataset_records`: one ordered mapping per kommun, actor, link
and forum, with the keys in the order the README documents and every value
left out that equals its default. Written out and read back, the records give
an equal :class:`~samnet.core.model.Dataset`, so a conversion reaches a fixed point
after one round.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "polis", "stat")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), kommuner=frozenset({"k"})),))
>>> dataset_records(ds)["links"]
[{'source': 'a', 'target': 'b', 'level': 2, 'scope': 'individ'}]
>>> print(links_yaml(dataset_records(ds)), end="")
# Skriven av samnet convert. Fälten beskrivs i README, avsnittet "The data format".
links:
  - source: a
    target: b
    level: 2
    scope: individ
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import yaml

from samnet.core.format import report_keys, section_keys
from samnet.core.model import Dataset
from samnet.core.vocab import AREAS, SAMVERKAN, SCOPES, TIE_STATUSES

__all__ = [
    "KOMMUN_KEYS",
    "ACTOR_KEYS",
    "LINK_KEYS",
    "FORUM_KEYS",
    "SOURCE_KEYS",
    "DOCUMENT_KEYS",
    "INFORMANT_KEYS",
    "REPORT_KEYS",
    "dataset_records",
    "actors_yaml",
    "links_yaml",
]

# The keys of each record in the order the README documents, from the data format's one field list.
KOMMUN_KEYS = section_keys("kommuner")
ACTOR_KEYS = section_keys("actors")
LINK_KEYS = section_keys("links")
FORUM_KEYS = section_keys("forums")
SOURCE_KEYS = section_keys("source")
DOCUMENT_KEYS = section_keys("documents")
INFORMANT_KEYS = section_keys("informants")
STATEMENT_KEYS = section_keys("statements")
REPORT_KEYS = report_keys()

_HEADER = '# Skriven av samnet convert. Fälten beskrivs i README, avsnittet "The data format".\n'
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WRAP = 88


def _ordered(values: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: values[k] for k in keys if values.get(k) not in (None, False)}


def _words(chosen: frozenset[str], vocabulary: dict) -> list[str]:
    """Vocabulary words in vocabulary order, so that a set is always written the same way."""
    return [w for w in vocabulary if w in chosen]


def _one_or_list(items: list[str]) -> str | list[str] | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else items


def _explicit_kommuner(dataset: Dataset, members: tuple[str, ...] | list[str], kommuner: frozenset[str]):
    """The ``kommun`` value to write: nothing when it equals what the loader derives from the actors."""
    derived = frozenset(dataset.actors[m].kommun for m in members if dataset.actors[m].kommun)
    if kommuner == derived:
        return None
    return _one_or_list(sorted(kommuner)) if kommuner else []


def _report(report: Any) -> dict[str, Any]:
    """One report; its level is kept when it is 0 (the informant says there is no such samverkan)."""
    fields = _ordered(
        {
            "by": report.by,
            "scope": _one_or_list(_words(report.scopes, SCOPES)),
            "areas": _words(report.areas, AREAS) or None,
            "person_dependent": report.person_dependent,
            "ref": report.ref,
            "note": report.note,
        },
        REPORT_KEYS,
    )
    if report.level is not None:
        fields["level"] = report.level
    return {k: fields[k] for k in REPORT_KEYS if k in fields}


def _tie(dataset: Dataset, tie: Any, members: Any) -> dict[str, Any]:
    """The fields links and forums share."""
    return {
        "level": tie.level,
        "scope": _one_or_list(_words(tie.scopes, SCOPES)),
        "person_dependent": tie.person_dependent,
        "areas": _words(tie.areas, AREAS) or None,
        "kommun": _explicit_kommuner(dataset, members, tie.kommuner),
        "basis": getattr(tie, "basis", None),
        "ref": tie.ref,
        "note": tie.note,
        "reports": [_report(r) for r in getattr(tie, "reports", ())] or None,
        "status": TIE_STATUSES[tie.status][0] if tie.ended else None,
        "ended": tie.ended_when,
        "colocated": tie.colocated,
    }


def _focus(focus: frozenset[str] | None) -> list[str] | str | None:
    """A kommun's focus: its areas; ``inget`` where the mapping says there is none."""
    if focus is None:
        return None
    return _words(focus, AREAS) or "inget"


def dataset_records(dataset: Dataset) -> dict[str, Any]:
    """The dataset as ordered records: ``source``, ``kommuner``, ``actors``, ``links``, ``forums``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> dataset_records(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))["actors"]
    [{'id': 'a', 'name': 'A', 'type': 'ifo', 'huvudman': 'kommun'}]
    """
    info = getattr(dataset, "source_info", None)
    source = _ordered({k: getattr(info, k, None) for k in SOURCE_KEYS}, SOURCE_KEYS) if info else None
    kommuner = [
        _ordered(
            {"id": k.id, "name": k.name, "lan": k.lan, "focus": _focus(k.focus), "ref": k.ref, "note": k.note},
            KOMMUN_KEYS,
        )
        for k in dataset.kommuner.values()
    ]
    actors = [
        _ordered(
            {
                "id": a.id,
                "name": a.name,
                "type": a.type,
                "huvudman": a.huvudman,
                "kommun": a.kommun,
                "organisation": getattr(a, "organisation", None),
                "ref": a.ref,
                "note": a.note,
            },
            ACTOR_KEYS,
        )
        for a in dataset.actors.values()
    ]
    links = []
    for link in dataset.links:
        fields = {"source": link.source, "target": link.target, "kind": None if link.kind == SAMVERKAN else link.kind}
        fields.update(_tie(dataset, link, (link.source, link.target)))
        links.append(_ordered(fields, LINK_KEYS))
    forums = []
    for forum in dataset.forums:
        fields = {"id": forum.id, "name": forum.name, "members": list(forum.members)}
        fields.update(_tie(dataset, forum, forum.members))
        fields["regional"] = forum.regional
        forums.append(_ordered(fields, FORUM_KEYS))
    documents = [
        _ordered(
            {
                "id": d.id,
                "name": d.name,
                "kind": d.kind,
                "parties": list(d.parties),
                "kommun": d.kommun,
                "decided": d.decided,
                "decided_by": d.decided_by,
                # The default status is left out, as every default is.
                "status": None if d.status == "gallande" else d.status,
                "areas": _words(d.areas, AREAS) or None,
                "ref": d.ref,
                "note": d.note,
            },
            DOCUMENT_KEYS,
        )
        for d in getattr(dataset, "documents", ())
    ]
    records = {
        "source": source or None,
        "norm": getattr(dataset, "norm", None),
        "kommuner": kommuner,
        "actors": actors,
        "links": links,
        "forums": forums,
        "documents": documents,
    }
    informants = getattr(dataset, "informants", None)
    if informants is not None:
        records["informants"] = [
            _ordered({"id": i.id, "actor": i.actor, "role": i.role, "ref": i.ref, "note": i.note}, INFORMANT_KEYS)
            for i in informants.values()
        ]
    statements = getattr(dataset, "statements", ())
    if statements:
        records["statements"] = [
            _ordered({key: getattr(st, key) for key in STATEMENT_KEYS}, STATEMENT_KEYS) for st in statements
        ]
    return records


def _reads_back(text: str, value: Any) -> bool:
    try:
        return yaml.load(f"k: {text}\n", Loader=_Loader) == {"k": value}
    except yaml.YAMLError:
        return False


def _scalar(value: Any, indent: str) -> str:
    """One value as YAML: plain where that reads back unchanged, folded when long, else quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v, indent) for v in value) + "]"
    text = str(value)
    foldable = len(text) + len(indent) > _WRAP and text == text.strip() and "  " not in text
    if foldable and not any(c in text for c in "\n\t\r"):
        lines = textwrap.wrap(text, _WRAP - len(indent) - 2, break_long_words=False, break_on_hyphens=False)
        block = ">-\n" + "".join(f"{indent}  {line}\n" for line in lines)
        if _reads_back(block.rstrip("\n"), value):
            return block.rstrip("\n")
    # A text starting with a digit ("000 §5.1") is quoted so that an edit cannot turn it into a number.
    if "\n" not in text and not text[:1].isdigit() and _reads_back(text, value):
        return text
    single = "'" + text.replace("'", "''") + "'"
    if '"' in text and "\n" not in text and _reads_back(single, value):
        return single
    return json.dumps(text, ensure_ascii=False)


def _entries(entries: list[dict[str, Any]], indent: str) -> list[str]:
    """Block entries ``- key: value`` at ``indent``; a list of mappings (reports) nests one level in."""
    out = []
    for entry in entries:
        lead = indent + "- "
        for key, value in entry.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                out.append(f"{lead}{key}:\n")
                out += _entries(value, indent + "    ")
            else:
                out.append(f"{lead}{key}: {_scalar(value, indent + '  ')}\n")
            lead = indent + "  "
    return out


def _section(name: str, entries: list[dict[str, Any]]) -> str:
    if not entries:
        return f"{name}: []\n"
    return "".join([f"{name}:\n", *_entries(entries, "  ")])


def actors_yaml(records: dict[str, Any]) -> str:
    """The text of ``actors.yaml``: ``source`` (if any), ``kommuner`` and ``actors``.

    Examples
    --------
    >>> print(actors_yaml({"kommuner": [{"id": "k", "name": "K: centrum"}], "actors": []}), end="")
    # Skriven av samnet convert. Fälten beskrivs i README, avsnittet "The data format".
    kommuner:
      - id: k
        name: "K: centrum"
    <BLANKLINE>
    actors: []
    """
    parts = [_HEADER]
    if records.get("norm"):
        parts.append(f"norm: {_scalar(records['norm'], '')}\n\n")
    if records.get("source"):
        parts.append("source:\n" + "".join(f"  {k}: {_scalar(v, '  ')}\n" for k, v in records["source"].items()))
        parts.append("\n")
    if records.get("kommuner"):
        parts.append(_section("kommuner", records["kommuner"]) + "\n")
    parts.append(_section("actors", records["actors"]))
    if records.get("informants") is not None:
        parts.append("\n" + _section("informants", records["informants"]))
    if records.get("statements"):
        parts.append("\n" + _section("statements", records["statements"]))
    return "".join(parts)


def links_yaml(records: dict[str, Any]) -> str:
    """The text of ``links.yaml``: ``links`` and (if any) ``forums``.

    Examples
    --------
    >>> links_yaml({"links": []}).splitlines()[1]
    'links: []'
    """
    parts = [_HEADER, _section("links", records["links"])]
    if records.get("forums"):
        parts.append("\n" + _section("forums", records["forums"]))
    if records.get("documents"):
        parts.append("\n" + _section("documents", records["documents"]))
    return "".join(parts)
