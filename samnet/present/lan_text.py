"""The län overview's sentences and table, built from :class:`~samnet.measure.results.LanFigures` only.

Each sentence carries the figures it rests on (names and counts), so a test
can hold it against them. The page (:mod:`samnet.present.lan_page`) and the report's
län section (:func:`lan_section`) say the same thing.

Examples
--------
>>> figures = LanFigures("X", [
...     {"id": "a", "name": "A", "tied_kommuner": ["b"]}, {"id": "b", "name": "B", "tied_kommuner": ["a"]},
...     {"id": "c", "name": "C", "tied_kommuner": []}],
...     gaps={"samordnare": ["c"], "local_vinr_forums": [], "kvinnojour": ["a", "b", "c"], "barnahus": ["c"]},
...     structures=[{"kind": "forum", "kommuner": ["a", "b"]}])
>>> lan_sentences(figures, "sv")["samordnare"]
'Utan samordnare i kartläggningen: C (1 av 3).'
>>> lan_sentences(figures, "en")["kvinnojour"]
"None of the 3 municipalities has samverkan with a women's shelter in the mapping."
"""

from __future__ import annotations

from samnet.measure.results import LAN_GAP_KEYS as GAP_KEYS
from samnet.measure.results import LanFigures
from samnet.texts.catalogue import count, decimal, join, percent, text

__all__ = ["COLUMNS", "PAPER_COLUMNS", "cell", "lan_markdown", "lan_paper", "lan_section", "lan_sentences", "lan_title"]

#: The key-figure table's columns: (key in a kommun row, kind). ``check_gaps`` only with a check.
COLUMNS = (
    ("name", "text"),
    ("actors", "int"),
    ("regional_actors", "int"),
    ("samverkan_ties", "int"),
    ("described_ties", "int"),
    ("forums", "int"),
    ("regional_forums", "int"),
    ("density", "decimal"),
    ("high_share", "share"),
    ("one_way_links", "int"),
    ("person_dependent_ties", "int"),
    ("samordnare", "list"),
    ("local_vinr_forums", "list"),
    ("kvinnojour", "list"),
    ("barnahus", "list"),
    ("tied_kommuner", "list"),
    ("check_gaps", "int"),
)


def lan_title(figures: LanFigures, lang: str) -> str:
    """The overview's title: the län's name, or "every kommun" when the data spans several län.

    Examples
    --------
    >>> lan_title(LanFigures("Östergötland"), "en")
    'The county: Östergötland'
    """
    return text("lan.title", lang, lan=figures.lan) if figures.lan else text("lan.title_all", lang)


def cell(row: dict, key: str, kind: str, lang: str) -> tuple[str, float | str]:
    """A table cell: its text and its sort value (a number, or the text for names).

    A list column shows how many (``ja (2)`` / ``nej``); ``tied_kommuner`` shows the count.

    Examples
    --------
    >>> cell({"density": 0.3333}, "density", "decimal", "sv")
    ('0,333', 0.3333)
    >>> cell({"samordnare": []}, "samordnare", "list", "en")
    ('no', 0)
    >>> cell({"high_share": None}, "high_share", "share", "sv")
    ('–', -1)
    """
    value = row.get(key)
    if kind == "text":
        return str(value), str(value)
    if value is None:
        return text("lan.none", lang), -1
    if kind == "decimal":
        return decimal(value, lang), value
    if kind == "share":
        return percent(value, lang), value
    if kind == "list":
        if key == "tied_kommuner":
            return str(len(value)), len(value)
        word = text("lan.yes" if value else "lan.no", lang)
        return (f"{word} ({len(value)})" if len(value) > 1 else word), len(value)
    return str(value), value


#: A sentence names at most this many kommuner and counts the rest ("och 53 till").
NAMES_SHOWN = 12


def _listing(names: list[str], lang: str) -> str:
    """Names in words; beyond :data:`NAMES_SHOWN` the rest are counted.

    Examples
    --------
    >>> _listing([f"K{i}" for i in range(14)], "sv")
    'K0, K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11 och 2 till'
    """
    if len(names) <= NAMES_SHOWN:
        return join(names, lang)
    return join(names[:NAMES_SHOWN] + [text("lan.more", lang, n=len(names) - NAMES_SHOWN)], lang)


def _names(figures: LanFigures, ids: list[str]) -> list[str]:
    by_id = {row["id"]: row["name"] for row in figures.kommuner}
    return [by_id[i] for i in ids]


def _gap_sentence(figures: LanFigures, key: str, lang: str) -> str:
    total = len(figures.kommuner)
    lacking = figures.gaps[key]
    if not lacking:
        return text(f"lan.gap.{key}.none", lang, total=total)
    if len(lacking) == total:
        return text(f"lan.gap.{key}.all", lang, total=total)
    return text(
        f"lan.gap.{key}.some", lang, names=_listing(_names(figures, lacking), lang), n=len(lacking), total=total
    )


def lan_sentences(figures: LanFigures, lang: str) -> dict[str, str]:
    """Every sentence of the overview, by key: ``summary``, ``rule``, one per key of
    :data:`samnet.measure.results.LAN_GAP_KEYS`, and ``most_tied`` and ``check`` where they have something to say."""
    rows = figures.kommuner
    structures = figures.structures
    forums = sum(1 for s in structures if s["kind"] == "forum")
    sentences = {
        "summary": text(
            "lan.summary",
            lang,
            kommuner=count(len(rows), "noun.kommun", lang),
            structures=count(len(structures), "lan.noun.structure", lang),
            forums=count(forums, "lan.noun.regional_forum", lang),
            actors=count(len(structures) - forums, "lan.noun.regional_actor", lang),
        ),
        "rule": text("lan.rule", lang),
    }
    for key in GAP_KEYS:
        sentences[key] = _gap_sentence(figures, key, lang)
    most = max((len(row["tied_kommuner"]) for row in rows), default=0)
    if rows and all(len(row["tied_kommuner"]) == len(rows) - 1 for row in rows) and len(rows) > 1:
        sentences["most_tied"] = text("lan.all_tied", lang, total=len(rows))
    elif most:
        names = [row["name"] for row in rows if len(row["tied_kommuner"]) == most]
        sentences["most_tied"] = text("lan.most_tied", lang, names=_listing(names, lang), n=most, others=len(rows) - 1)
    check = figures.check
    if check is not None:
        worst = max(check["gaps"].values(), default=0)
        if worst:
            names = [row["name"] for row in rows if check["gaps"].get(row["id"]) == worst]
            required = sum(1 for rule in check["rules"] if rule["required"])
            sentences["check"] = text(
                "lan.check_most", lang, norm=check["norm"], names=_listing(names, lang), n=worst, rules=required
            )
        else:
            sentences["check"] = text("lan.check_none", lang, norm=check["norm"])
    return sentences


#: The paper-and-practice table's count columns, one per kind of finding.
PAPER_COLUMNS = ("paper_only", "unwritten", "lapsed")


def _finding_line(finding: dict, lang: str) -> str:
    """One finding in the check's own words (the terminal and the maps' check panel say the same)."""
    pairs = ", ".join(f"{a} – {b}" for a, b in finding["pairs"])
    if finding["kind"] == "paper_only":
        return text("check.text.paper.paper_only", lang, document=finding["document"], pairs=pairs)
    if finding["kind"] == "unwritten":
        kinds = text("check.text.or", lang).join(finding["document_kinds"]) or text("check.text.any_document", lang)
        return text("check.text.paper.unwritten", lang, pairs=pairs, kind=kinds, rule=finding["rule"])
    decided = text("check.text.paper.decided", lang, date=finding["decided"]) if finding["decided"] else ""
    return text("check.text.paper.lapsed", lang, document=finding["document"], decided=decided)


def lan_paper(figures: LanFigures, lang: str) -> dict | None:
    """Paper and practice per kommun, from the check's findings: ``None`` when no norm was applied.

    Returns ``summary`` (one sentence with the counts), ``rows`` (kommun name and one count
    per kind of :data:`PAPER_COLUMNS`, for the kommuner the check judged) and ``lines`` (one
    sentence per finding, led by the kommun's name).

    Examples
    --------
    >>> check = {"has_documents": True, "paper": {"a": [{"kind": "lapsed", "document": "Rutin", "decided": "2019",
    ...          "pairs": [], "rule": None, "document_kinds": []}], "b": []}}
    >>> figures = LanFigures(kommuner=[{"id": "a", "name": "A"}, {"id": "b", "name": "B"}], check=check)
    >>> found = lan_paper(figures, "sv")
    >>> found["summary"]
    'Papper och praktik går isär i 1 av 2 kommuner: 0 dokument bara på papper, 0 fall av praxis utan dokument och 1 upphört dokument.'
    >>> found["lines"], found["rows"][1]
    (['A: Upphört: Rutin (beslutad 2019)'], ('B', 0, 0, 0))
    """
    check = figures.check
    if check is None or "paper" not in check:
        return None
    judged = [row for row in figures.kommuner if row["id"] in check["paper"]]
    total = count(len(judged), "noun.kommun", lang)
    rows, lines = [], []
    for row in judged:
        found = check["paper"][row["id"]]
        rows.append((row["name"], *(sum(1 for f in found if f["kind"] == kind) for kind in PAPER_COLUMNS)))
        lines += [text("lan.paper.line", lang, kommun=row["name"], finding=_finding_line(f, lang)) for f in found]
    if not check["has_documents"]:
        return {"summary": text("lan.paper.no_documents", lang, total=total), "rows": [], "lines": []}
    sums = [sum(r[i + 1] for r in rows) for i in range(len(PAPER_COLUMNS))]
    if not any(sums):
        return {"summary": text("lan.paper.none", lang, total=total), "rows": rows, "lines": []}
    summary = text(
        "lan.paper.some",
        lang,
        n=sum(1 for r in rows if any(r[1:])),
        total=total,
        **{kind: count(n, f"lan.noun.{kind}", lang) for kind, n in zip(PAPER_COLUMNS, sums)},
    )
    return {"summary": summary, "rows": rows, "lines": lines}


def lan_section(figures: LanFigures, lang: str):
    """The report's län section (report.html and report.docx): the sentences and the key-figure table.

    Examples
    --------
    >>> lan_section(LanFigures(), "en").title
    'The county'
    """
    from samnet.present.report.blocks import Bullets, Paragraph, Section

    sentences = lan_sentences(figures, lang)
    gaps = tuple(sentences[key] for key in GAP_KEYS)
    extra = tuple(sentences[key] for key in ("most_tied", "check") if key in sentences)
    return Section(
        text("lan.report.section", lang),
        (
            Paragraph(sentences["summary"]),
            Paragraph(sentences["rule"]),
            Bullets(gaps + extra, text("lan.h.gaps", lang)),
        )
        + tuple(_report_table(figures, keys, caption, lang) for keys, caption in _REPORT_TABLES),
        _paper_section(figures, lang),
    )


def _paper_section(figures: LanFigures, lang: str) -> tuple:
    """The län section's subsection on paper and practice: the sentence, the counts, the findings (none without a norm)."""
    from samnet.present.report.blocks import Bullets, Paragraph, Section, Table

    paper = lan_paper(figures, lang)
    if paper is None:
        return ()
    blocks: tuple = (Paragraph(paper["summary"]),)
    if paper["lines"]:
        headers = (text("lan.col.name", lang), *(text(f"lan.col.{k}", lang) for k in PAPER_COLUMNS))
        rows = tuple((name, *(str(n) for n in counts)) for name, *counts in paper["rows"])
        blocks += (
            Table(text("lan.paper.caption", lang), headers, rows, frozenset({1, 2, 3})),
            Bullets(tuple(paper["lines"]), text("lan.h.paper_findings", lang)),
        )
    return (Section(text("lan.h.paper", lang), blocks, new_page=False),)


#: A4 portrait holds about seven columns with a kommun's name: the report splits the page's table in three.
_REPORT_TABLES = (
    (("name", "actors", "regional_actors", "samverkan_ties", "described_ties", "density", "high_share"), "lan.h.table"),
    (
        ("name", "forums", "regional_forums", "one_way_links", "person_dependent_ties", "tied_kommuner", "check_gaps"),
        "lan.h.more",
    ),
    (("name", "samordnare", "local_vinr_forums", "kvinnojour", "barnahus"), "lan.h.has"),
)


def _report_table(figures: LanFigures, keys: tuple[str, ...], caption: str, lang: str):
    from samnet.present.report.blocks import Table

    kinds = dict(COLUMNS)
    columns = [(k, kinds[k]) for k in keys if k != "check_gaps" or figures.check is not None]
    # The soft hyphens that let the page's narrow headings break are left to Word and the browser.
    headers = tuple(text(f"lan.col.{key}", lang) for key, _ in columns)
    rows = tuple(tuple(cell(row, key, kind, lang)[0] for key, kind in columns) for row in figures.kommuner)
    numeric = frozenset(i for i, (_, kind) in enumerate(columns) if kind != "text")
    return Table(text(caption, lang), headers, rows, numeric)


def lan_markdown(figures: LanFigures, lang: str) -> str:
    """The län section of report.md: the sentences and both tables of :func:`lan_section`, in Markdown.

    Examples
    --------
    >>> lan_markdown(LanFigures(), "en").splitlines()[0]
    '## The county'
    """
    section = lan_section(figures, lang)
    parts = [f"## {section.title}"]
    _markdown_blocks(section.blocks, parts)
    for sub in section.subsections:
        parts.append(f"### {sub.title}")
        _markdown_blocks(sub.blocks, parts)
    return "\n\n".join(parts) + "\n"


def _markdown_blocks(blocks, parts: list[str]) -> None:
    from samnet.present.report.blocks import Bullets, Paragraph, Table
    from samnet.present.tables import markdown_table

    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Bullets):
            parts.append(f"### {block.title}\n\n" + "\n".join(f"- {item}" for item in block.items))
        elif isinstance(block, Table):
            align = "".join("r" if i in block.numeric else "l" for i in range(len(block.headers)))
            headers = [h.replace("\u00ad", "") for h in block.headers]
            parts.append(f"### {block.caption}\n\n" + markdown_table(headers, [list(r) for r in block.rows], align))
