"""Read and validate a mapping — ``actors.yaml`` and ``links.yaml``, or already parsed documents.

Validation follows the model of frictionless-py: nothing stops at the first
problem. :func:`load_dataset` reads the two YAML files of a folder
(:func:`~samnet.load.yaml_reader.read_yaml`) and hands them to
:func:`load_documents`, which checks them field by field; any other reader
(a workbook) builds the same :class:`PositionedMap` / :class:`PositionedList`
documents and calls :func:`load_documents` itself. Every problem becomes a
:class:`~samnet.errors.Problem` with file, position, path, code and a message
in Swedish (default) or English; if there is at least one,
:class:`~samnet.errors.DataError` is raised with all of them.

Error codes (documented in the README, one test fixture each) are the keys
of :data:`ERROR_CODES`.

Examples
--------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "actors.yaml").write_text(
...     "kommuner:\\n  - {id: k, name: K}\\n"
...     "actors:\\n  - {id: a, name: A, type: ifo, huvudman: kommun, kommun: k}\\n"
...     "  - {id: b, name: B, type: polis, huvudman: stat}\\n")
>>> _ = (d / "links.yaml").write_text(
...     "links:\\n  - {source: a, target: b, level: 2, scope: individ}\\n")
>>> ds = load_dataset(d)
>>> sorted(ds.actors), ds.links[0].kommuner
(['a', 'b'], frozenset({'k'}))
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

from samnet.core.format import optional_keys, required_keys, section_keys
from samnet.core.model import Actor, Dataset, Document, Forum, Kommun, Link, Source
from samnet.core.vocab import SAMVERKAN
from samnet.errors import DataError, Problem, ProblemList, quote
from samnet.load.fields import Checker, Sink, describe, hint
from samnet.load.references import Names, References, unique
from samnet.load.testimony import TESTIMONY_CODES, read_basis, read_informants, read_reports, read_statements
from samnet.load.yaml_reader import INVALID, MAX_FILE_BYTES, PositionedList, PositionedMap, near_miss, read_yaml
from samnet.texts.catalogue import text

__all__ = [
    "load_dataset",
    "load_documents",
    "read_yaml",
    "PositionedMap",
    "PositionedList",
    "ACTORS_FILE",
    "LINKS_FILE",
    "ERROR_CODES",
    "SECTIONS",
    "MAX_FILE_BYTES",
    "MAX_FORUM_MEMBERS",
    "near_miss",
]

ACTORS_FILE = "actors.yaml"
LINKS_FILE = "links.yaml"

#: The section names of the format; ``load_documents(sections=...)`` may display them otherwise.
SECTIONS = ("kommuner", "actors", "informants", "statements", "links", "forums", "documents")

#: Every code a :class:`~samnet.errors.Problem` from the loader can carry, with a short meaning.
#: The most members one forum may have: the pair graph joins every two members, so cost grows
#: with the square of a forum's size (200 members are 19,900 pairs; 2,000 would be two million).
MAX_FORUM_MEMBERS = 200


# What the YAML reader checks as it reads, to stop early on a file that is not a mapping at all.
_ALLOWED_KEYS = {
    section: frozenset(required_keys(section) + optional_keys(section))
    for section in ("kommuner", "actors", "links", "forums")
}

ERROR_CODES: dict[str, str] = {
    "missing-file": "the file does not exist or cannot be read",
    "too-large": "past a limit: the file's size, a value's length, an id's length, nesting, aliases, unknown keys",
    "encoding": "the file is not UTF-8 text",
    "empty-file": "the file holds no data",
    "tab": "a line is indented with a tab; YAML needs spaces",
    "yaml-syntax": "the file is not valid YAML (line and column given)",
    "yaml-tag": "a YAML tag (!!str, !!python/…) on a value or entry",
    "undefined-alias": "an alias (*name) with no anchor (&name) above it",
    "duplicate-key": "the same key appears twice in one entry",
    "wrong-shape": "the file or a section is not the expected mapping or list",
    "unknown-key": "a key the format does not know (often a typo)",
    "missing-key": "a required key is missing",
    "empty-value": "a required value is empty or ~ (name, type, huvudman, id, source, target, members)",
    "wrong-type": "a value has the wrong type (text, number, true/false, list)",
    "bad-id": "an id is not lower-case letters, digits and dashes",
    "control-character": "a control character (ESC, BEL, a line break) in an id, a name or other one-line text",
    "bad-value": "a value is not one of the allowed words",
    "unknown-type": "an actor type that is not in the vocabulary",
    "unknown-kommun": "a kommun id that is not defined in actors.yaml",
    "unknown-actor": "an actor id that is not defined in actors.yaml",
    "duplicate-id": "two kommuner, actors or forums share an id",
    "self-link": "a link from an actor to itself",
    "level-range": "a level outside 1-4",
    "level-on-one-way": "a level on an orosanmälan or other one-way link",
    "missing-level": "samverkan or a forum without a level",
    "missing-scope": "samverkan or a forum without a scope",
    "forum-too-small": "a forum with fewer than two members",
    "duplicate-member": "an actor listed twice in one forum",
    "forum-too-large": "a forum with more members than MAX_FORUM_MEMBERS",
    "unknown-document-kind": "a document kind outside overenskommelse, avtal, rutin, policy, handlingsplan, riktlinje",
    "bad-date": "a date that is not YYYY-MM-DD, YYYY-MM or YYYY",
    **TESTIMONY_CODES,
    "missing-ended": "status: upphört without ended (when the tie ended)",
    "ended-on-current": "ended on a link or forum whose status is not upphört",
    "colocated-one-way": "colocated (samlokalisering) on an orosanmälan or other one-way link",
}


def _read_file(folder: Path, name: str, display: str, problems: list[Problem], lang: str) -> Any:
    if not (folder / name).exists():
        found = near_miss(folder, name)
        if found is not None:
            message = text("loader.near-miss", lang, found=found, wanted=name)
            problems.append(Problem(display, 0, "", "missing-file", message))
            return None
    return read_yaml(folder / name, display, problems, lang=lang, entry_keys=_ALLOWED_KEYS)


def load_dataset(data_dir: str | os.PathLike[str], *, lang: str = "sv") -> Dataset:
    """Read and validate ``actors.yaml`` and ``links.yaml`` in ``data_dir``.

    Parameters
    ----------
    data_dir : str or path-like
        The folder holding the two files. Problems name the files relative to
        it as given, e.g. ``data/links.yaml``.
    lang : {"sv", "en"}
        Language of the problem messages.

    Returns
    -------
    Dataset
        Every reference in it resolves; each link and forum carries its kommun set.

    Raises
    ------
    DataError
        With every problem found in both files, in file and line order.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "actors.yaml").write_text("actors:\\n  - {id: a, name: A, type: ifo, huvudman: kommun}\\n")
    >>> _ = (d / "links.yaml").write_text("links:\\n  - {source: a, target: zz, level: 1, scope: individ}\\n")
    >>> try:
    ...     load_dataset(d)
    ... except DataError as err:
    ...     print(err.problems[0].code, err.problems[0].path)
    unknown-actor links[0].target
    """
    folder = Path(data_dir)
    display_dir = os.fspath(data_dir)
    problems = ProblemList()
    if not folder.is_dir():
        problems.append(Problem(display_dir, 0, "", "missing-file", text("loader.missing-folder", lang)))
        raise DataError(problems, lang=lang)
    collecting = gc.isenabled()
    # Reading builds trees without cycles: a collection would only walk what is being built.
    gc.disable()
    try:
        return _load_files(folder, display_dir, problems, lang)
    finally:
        if collecting:
            gc.enable()


def _load_files(folder: Path, display_dir: str, problems: ProblemList, lang: str) -> Dataset:
    actors_display = os.path.join(display_dir, ACTORS_FILE)
    links_display = os.path.join(display_dir, LINKS_FILE)
    actors_doc = _read_file(folder, ACTORS_FILE, actors_display, problems, lang)
    # links.yaml is parsed once the actors are read and their parsed entries let go, so
    # the two parsed files never fill memory together.
    return load_documents(
        actors_doc,
        lambda: _read_file(folder, LINKS_FILE, links_display, problems, lang),
        actors_file=actors_display,
        links_file=links_display,
        lang=lang,
        problems=problems,
    )


def load_documents(
    actors_doc: Any,
    links_doc: Any,
    *,
    actors_file: str,
    links_file: str,
    sections: dict[str, str] | None = None,
    lang: str = "sv",
    problems: list[Problem] | None = None,
) -> Dataset:
    """Validate two already parsed documents and build the :class:`~samnet.core.model.Dataset`.

    Parameters
    ----------
    actors_doc, links_doc : PositionedMap or None
        The contents of ``actors.yaml`` (sections ``source``, ``kommuner``,
        ``actors``) and ``links.yaml`` (``links``, ``forums``; or a function
        that reads it, called once the actors are read), built of
        :class:`PositionedMap` and :class:`PositionedList` so that every value
        has a position: an ``int`` line or a string such as ``"lankar!C12"``.
        ``None`` means the document could not be read (its problems are
        already in ``problems``).
    actors_file, links_file : str
        How to name the two sources in problems (``data/actors.yaml``,
        ``kartlaggning.xlsx``).
    sections : dict, optional
        Display names of the sections (``{"links": "lankar", "actors": "aktorer"}``),
        used in problem paths (``lankar[10].target``) and in "finns inte i aktorer".
    lang : {"sv", "en"}
        Language of the messages.
    problems : list of Problem, optional
        Problems already found while reading; they are reported together.

    Raises
    ------
    DataError
        With every problem, in file and position order.

    Examples
    --------
    >>> P, L = PositionedMap, PositionedList
    >>> actors = P({"actors": L([P({"id": "a", "name": "A", "type": "ifo", "huvudman": "kommun"},
    ...                            line="aktorer!A2")], line="aktorer!A1")}, line="aktorer!A1")
    >>> link = P({"source": "a", "target": "x", "level": 2, "scope": "individ"}, line="lankar!A2",
    ...          value_lines={"target": "lankar!B2"})
    >>> links = P({"links": L([link], line="lankar!A1")}, line="lankar!A1")
    >>> try:
    ...     load_documents(actors, links, actors_file="k.xlsx", links_file="k.xlsx",
    ...                    sections={"actors": "aktorer", "links": "lankar"})
    ... except DataError as err:
    ...     print(err.problems[0])
    k.xlsx:lankar!B2: lankar[0].target: unknown-actor: "x" finns inte i aktorer
    """
    if problems is None:
        problems = ProblemList()
    names = Names(actors_file, links_file, dict(sections or {}), sections is not None, lang)
    refs = References(names)
    sink = Sink(actors_file, problems, lang)
    source_info = norm = None
    informants, statements = None, ()
    top = ("kommuner", "actors", "informants", "statements", "source", "norm")
    if actors_doc is not None and _top(sink, actors_doc, top, names):
        source_info = _read_source(sink, actors_doc)
        norm = _read_norm_name(sink, actors_doc)
        _read_kommuner(sink, actors_doc, refs)
        _read_actors(sink, actors_doc, refs)
        if "informants" in actors_doc:
            entries = _section(sink, actors_doc, "informants", names, required=False)
            informants = read_informants(sink, entries, refs, lambda i: names.path("informants", i))
            refs.informants = informants
        entries = _section(sink, actors_doc, "statements", names, required=False)
        statements = read_statements(sink, entries, refs, lambda i: names.path("statements", i))
    else:
        refs.actors_ok = False
    del actors_doc
    if callable(links_doc):
        links_doc = links_doc()
    links: list[Link] = []
    forums: list[Forum] = []
    documents: list[Document] = []
    sink = Sink(links_file, problems, lang)
    if links_doc is not None and _top(sink, links_doc, ("links", "forums", "documents"), names):
        links = _read_links(sink, links_doc, refs)
        forums = _read_forums(sink, links_doc, refs)
        documents = _read_documents(sink, links_doc, refs)
    if problems:
        raise DataError(problems, lang=lang)
    return Dataset(
        kommuner=refs.kommuner,
        actors=refs.actors,
        links=tuple(links),
        forums=tuple(forums),
        source_info=source_info,
        documents=tuple(documents),
        norm=norm,
        informants=informants,
        statements=statements,
    )


def _top(sink: Sink, document: Any, allowed: tuple[str, ...], names: Names) -> bool:
    lang = sink.lang
    if not isinstance(document, dict):
        shown = f" {text('loader.word.and', lang)} ".join(f'"{names.path(k)}:"' for k in allowed if k != "source")
        sink.problem(
            getattr(document, "line", 1), "", "wrong-shape", "top-shape", allowed=shown, got=describe(document, lang)
        )
        return False
    for key in document:
        if key not in allowed:
            sink.problem(
                document.value_lines.get(key, document.line),
                str(key),
                "unknown-key",
                "unknown-section",
                key=quote(key),
                hint=hint(lang, key, allowed),
            )
    return True


def _section(sink: Sink, document: Any, key: str, names: Names, required: bool) -> list[tuple[int, Any]]:
    """Return the (index, entry) pairs of a top-level list, reporting shape problems."""
    name = names.path(key)
    if key not in document:
        if required:
            sink.problem(document.line, "", "missing-key", "section-missing", key=name)
        return []
    value = document[key]
    if value is None:
        return []
    if not isinstance(value, list):
        sink.problem(document.value_lines.get(key, document.line), name, "wrong-shape", "section-not-list", key=name)
        return []
    entries = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            sink.problem(
                value.item_lines[i], names.path(key, i), "wrong-shape", "entry-shape", got=describe(item, sink.lang)
            )
            continue
        entries.append((i, item))
    return entries


def _consumed(entries: list[tuple[int, Any]], document: Any, key: str):
    """Each entry of a section in turn, let go once read: the parsed file need not stay beside its dataset.

    Ten times Sweden's links.yaml parses to more than the links it becomes; dropping each
    parsed entry as its link is built lets the one reuse the other's memory.
    """
    section = document.get(key)
    for position, (index, entry) in enumerate(entries):
        entries[position] = None
        if isinstance(section, list):
            section[index] = None
        yield index, entry


def _read_source(sink: Sink, document: Any) -> Source | None:
    """The optional ``source:`` mapping (title, author, year, url, text) of actors.yaml."""
    entry = document.get("source")
    if entry is None:
        return None
    if not isinstance(entry, dict):
        sink.problem(
            document.value_lines.get("source", document.line),
            "source",
            "wrong-shape",
            "source-shape",
            got=describe(entry, sink.lang),
        )
        return None
    check = Checker(sink, entry, "source")
    fields = section_keys("source")
    check.keys((), fields)
    return Source(**{key: check.text(key) for key in fields})


def _read_norm_name(sink: Sink, document: Any) -> str | None:
    """The optional ``norm:`` of actors.yaml: the norm this mapping is to be held against."""
    value = document.get("norm")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        line = document.value_lines.get("norm", document.line)
        sink.problem(line, "norm", "wrong-type", "norm-shape", got=describe(value, sink.lang))
        return None
    return value.strip()


def _read_kommuner(sink: Sink, document: Any, refs: References) -> None:
    seen: dict[str, Any] = {}
    for i, entry in _section(sink, document, "kommuner", refs.names, required=False):
        check = Checker(sink, entry, refs.names.path("kommuner", i))
        before = sink.count
        check.keys(required_keys("kommuner"), optional_keys("kommuner"))
        ident = check.ident("id", required=True)
        if ident is None:
            refs.declare_bad(entry.get("id"), refs.declared_kommuner)
        name = check.text("name", required=True)
        lan = check.text("lan")
        # focus: [] says the mapping finds no focus; a missing focus says nothing.
        focus = check.choices("focus", "areas", allow_empty=True)
        ref, note = check.text("ref"), check.text("note")
        if unique(check, ident, seen, "kommun") and sink.count == before and not check.invalid:
            refs.kommuner[ident] = Kommun(ident, name, lan, focus=focus, ref=ref, note=note)
    refs.declared_kommuner.update(seen)


def _read_actors(sink: Sink, document: Any, refs: References) -> None:
    seen: dict[str, Any] = {}
    for i, entry in _consumed(_section(sink, document, "actors", refs.names, required=True), document, "actors"):
        check = Checker(sink, entry, refs.names.path("actors", i))
        before = sink.count
        check.keys(required_keys("actors"), optional_keys("actors"))
        ident = check.ident("id", required=True)
        if ident is None:
            refs.declare_bad(entry.get("id"), refs.declared_actors)
        name = check.text("name", required=True)
        kind = check.choice("type", "types", code="unknown-type", required=True)
        huvudman = check.choice("huvudman", "huvudman", required=True)
        kommun = None
        if refs.known_bad(entry.get("kommun")):
            check.invalid = True
        else:
            kommun = check.ident("kommun", named=refs.kommun_named)
        if kommun is not None and kommun not in refs.declared_kommuner:
            refs.unknown_kommun(check, "kommun", kommun)
        organisation = check.ident("organisation")
        ref, note = check.text("ref"), check.text("note")
        is_new = unique(check, ident, seen, "actor")
        if is_new and sink.count == before and not check.invalid:
            refs.actors[ident] = Actor(ident, name, kind, huvudman, kommun, ref, note, organisation=organisation)
    refs.declared_actors.update(seen)


def _endpoint(check: Checker, key: str, refs: References) -> tuple[Any, str | None]:
    """The raw value of ``source``/``target`` and its valid id (None if it has a problem)."""
    raw = check.entry.get(key)
    if refs.known_bad(raw):
        check.invalid = True
        return raw, None
    return raw, check.ident(key, required=True, named=refs.actor_named)


def _needs_scope(reports: tuple | None) -> bool:
    """A tie needs its own scope unless its reports give one (None: they had problems, already reported)."""
    return reports is not None and not any(r.scopes for r in reports)


def _read_links(sink: Sink, document: Any, refs: References) -> list[Link]:
    links: list[Link] = []
    # One frozenset per distinct set of scopes, areas or kommuner, however many links share it.
    shared: dict[frozenset, frozenset] = {}
    one = shared.setdefault
    for i, entry in _consumed(_section(sink, document, "links", refs.names, required=False), document, "links"):
        check = Checker(sink, entry, refs.names.path("links", i))
        check.keys(required_keys("links"), optional_keys("links"))
        before = sink.count
        raw_source, source = _endpoint(check, "source", refs)
        raw_target, target = _endpoint(check, "target", refs)
        if isinstance(raw_source, str) and raw_source == raw_target:
            check.problem("target", "self-link", "self-link", ident=quote(raw_source))
        source = refs.actor(check, "source", source)
        target = refs.actor(check, "target", target)
        kind = check.choice("kind", "kinds") if entry.get("kind") is not None else SAMVERKAN
        one_way = kind if kind is not None and kind != SAMVERKAN else None
        reports = read_reports(check, refs, one_way)
        basis = read_basis(check, reports)
        level = check.level(required=kind == SAMVERKAN and reports == (), one_way_kind=one_way)
        scopes = check.scope(required=kind == SAMVERKAN and _needs_scope(reports))
        person_dependent = check.boolean("person_dependent")
        areas = check.choices("areas", "areas")
        link_kommuner = refs.kommun_set(check, refs.kommun_ids(check), [e for e in (source, target) if e])
        ref, note = check.text("ref"), check.text("note")
        status, ended, colocated = check.tie_state(one_way)
        if sink.count == before and not check.invalid and None not in (source, target, kind):
            links.append(
                Link(
                    i,
                    source,
                    target,
                    kind,
                    level,
                    one(scopes or frozenset(), scopes or frozenset()),
                    person_dependent,
                    one(areas or frozenset(), areas or frozenset()),
                    one(link_kommuner, link_kommuner),
                    ref,
                    note,
                    reports or (),
                    basis,
                    status=status,
                    ended_when=ended,
                    colocated=colocated,
                )
            )
    return links


def _read_forums(sink: Sink, document: Any, refs: References) -> list[Forum]:
    forums: list[Forum] = []
    seen: dict[str, Any] = {}
    for i, entry in _consumed(_section(sink, document, "forums", refs.names, required=False), document, "forums"):
        check = Checker(sink, entry, refs.names.path("forums", i))
        check.keys(required_keys("forums"), optional_keys("forums"))
        before = sink.count
        ident = check.ident("id", required=True)
        if ident is not None and ident in refs.declared_actors:
            check.problem("id", "duplicate-id", "forum-id-is-actor", ident=quote(ident))
        unique(check, ident, seen, "forum")
        name = check.text("name", required=True)
        members, complete = _forum_members(check, refs)
        reports = read_reports(check, refs, None)
        basis = read_basis(check, reports)
        level = check.level(required=reports == ())
        scopes = check.scope(required=_needs_scope(reports))
        person_dependent = check.boolean("person_dependent")
        areas = check.choices("areas", "areas")
        forum_kommuner = refs.kommun_set(check, refs.kommun_ids(check), members)
        ref, note = check.text("ref"), check.text("note")
        regional = check.boolean("regional")
        status, ended, colocated = check.tie_state()
        if sink.count == before and complete and not check.invalid:
            forums.append(
                Forum(
                    ident,
                    name,
                    tuple(members),
                    level,
                    scopes or frozenset(),
                    person_dependent,
                    areas or frozenset(),
                    forum_kommuner,
                    ref,
                    note,
                    reports or (),
                    basis,
                    regional=regional,
                    status=status,
                    ended_when=ended,
                    colocated=colocated,
                )
            )
    return forums


def _forum_members(check: Checker, refs: References) -> tuple[list[str], bool]:
    """The valid member ids of a forum, and whether every listed member was valid."""
    raw_members = check.entry.get("members")
    if raw_members is None:
        if "members" in check.entry:
            check.problem(
                "members", "empty-value", "empty-value", key='"members"', what=text("loader.word.an id", check.lang)
            )
        return [], False
    if not isinstance(raw_members, list):
        if raw_members is INVALID:
            check.invalid = True
            return [], False
        check.problem("members", "wrong-type", "expected-members", got=describe(raw_members, check.lang))
        return [], False
    members: list[str] = []
    complete = True
    for j, raw in enumerate(raw_members):
        path = f"{check.path}.members[{j}]"
        line = raw_members.item_lines[j] if j < len(raw_members.item_lines) else raw_members.line
        if refs.known_bad(raw):
            complete = False
            continue
        member = check.ident("members", raw, in_list=True, named=refs.actor_named)
        if member is not None and member in members:
            check.sink.problem(line, path, "duplicate-member", "duplicate-member", member=quote(member))
            continue
        if member is not None:
            members.append(member)
        if refs.actor(check, "members", member, line=line, path=path) is None:
            complete = False
    if len(raw_members) < 2:
        check.problem("members", "forum-too-small", "forum-too-small", n=len(raw_members))
        complete = False
    elif len(raw_members) > MAX_FORUM_MEMBERS:
        # The pair graph joins every two members of a forum: n members cost n(n-1)/2 pairs, so a
        # forum of 2,000 would take minutes and gigabytes. Refusing it says so at once.
        check.problem("members", "forum-too-large", "forum-too-large", n=len(raw_members), limit=MAX_FORUM_MEMBERS)
        complete = False
    return members, complete


def _read_documents(sink: Sink, document: Any, refs: References) -> list[Document]:
    """The optional ``documents:`` list: agreements, routines and policies among named parties."""
    documents: list[Document] = []
    seen: dict[str, Any] = {}
    for i, entry in _section(sink, document, "documents", refs.names, required=False):
        check = Checker(sink, entry, refs.names.path("documents", i))
        check.keys(required_keys("documents"), optional_keys("documents"))
        before = sink.count
        ident = check.ident("id", required=True)
        unique(check, ident, seen, "document")
        name = check.text("name", required=True)
        kind = check.choice("kind", "document_kinds", code="unknown-document-kind", required=True)
        parties, complete = _parties(check, refs)
        kommun = None if refs.known_bad(entry.get("kommun")) else check.ident("kommun")
        if kommun is not None and refs.actors_ok and kommun not in refs.declared_kommuner:
            refs.unknown_kommun(check, "kommun", kommun)
        decided, decided_by = check.date("decided"), check.text("decided_by")
        status = check.choice("status", "document_statuses") if entry.get("status") is not None else "gallande"
        areas = check.choices("areas", "areas")
        ref, note = check.text("ref"), check.text("note")
        if sink.count == before and complete and not check.invalid and None not in (ident, kind, status):
            documents.append(
                Document(
                    ident,
                    name,
                    kind,
                    tuple(parties),
                    kommun,
                    decided,
                    decided_by,
                    status,
                    areas or frozenset(),
                    ref,
                    note,
                )
            )
    return documents


def _parties(check: Checker, refs: References) -> tuple[list[str], bool]:
    """The valid party ids of a document, and whether every listed party was valid."""
    raw = check.entry.get("parties")
    if raw is None or raw is INVALID:
        check.invalid = check.invalid or raw is INVALID
        return [], False
    items = raw if isinstance(raw, list) else [raw]
    parties: list[str] = []
    complete = True
    for j, item in enumerate(items):
        line = raw.item_lines[j] if isinstance(raw, list) and j < len(raw.item_lines) else check.line("parties")
        path = f"{check.path}.parties[{j}]" if isinstance(raw, list) else f"{check.path}.parties"
        if refs.known_bad(item):
            complete = False
            continue
        party = check.ident("parties", item, in_list=True)
        if party is not None and party not in parties:
            parties.append(party)
        if refs.actor(check, "parties", party, line=line, path=path) is None:
            complete = False
    return parties, complete and bool(parties)
