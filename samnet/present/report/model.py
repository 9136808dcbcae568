"""The written report: a model of sections and blocks, built from the analysis, written as HTML and DOCX.

:func:`build_report` turns a dataset and the result of
:func:`samnet.measure.metrics.analyze` into a :class:`Report`: a summary page (what
was mapped, the source as the dataset declares it, the main findings of
:mod:`samnet.present.report.findings`), a "Så läser du rapporten" box, and one section per
kommun (key figures, the trappa chart, individ/struktur per huvudman, the
network figure, central actors, one-way flows, person-dependence, forums).
Other parts of samnet add sections through ``extra_sections`` (the
comparison, the norm check); they follow the kommun sections.

:mod:`samnet.present.report.html` and :mod:`samnet.present.report.docx` write the same
report as one self-contained HTML page and as a Word file. Every figure of
the report reads its metrics through :func:`samnet.present.report.findings.metric`, so the
metrics may be a dict or a dataclass.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.measure.metrics import analyze
>>> ds = Dataset({"k": Kommun("k", "Kommun K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Förskolan", "forskola", "kommun", "k")},
...              (Link(0, "b", "a", "orosanmalan", kommuner=frozenset({"k"})),))
>>> report = build_report(ds, analyze(ds))
>>> [s.title for s in report.sections]
['Sammanfattning', 'Så läser du rapporten', 'Kommun K', 'Jämfört med den regionala överenskommelsen']
"""

from __future__ import annotations

from samnet.core.network import Network
from samnet.core.vocab import LEVELS, in_language, kind_name, type_name
from samnet.measure.results import Analysis, Comparison
from samnet.present.analysis_text import stated_rows
from samnet.present.check_text import check_document_section, no_check_section
from samnet.present.report.blocks import Box, Bullets, Chart, Paragraph, Report, Section, Table
from samnet.present.report.findings import Finding, findings, join_names, one_way_only, social_only
from samnet.texts.catalogue import decimal, text, texts

__all__ = ["build_report", "comparison_section"]


def _texts(lang: str) -> dict:
    # The words of the report from the catalogue, the "how to read" box's paragraphs as a tuple.
    words = texts("document.", lang)
    words["box"] = tuple(words.pop(f"box.{i}") for i in (1, 2, 3))
    return words


def _described(m) -> int:
    # Described ties (each link once, each forum once): the sum of the trappa profile, which
    # counts exactly those; it also holds where the metrics have no described_ties.
    return sum(m.levels.values())


def _decimal(value: float, lang: str) -> str:
    return decimal(value, lang, 3)


def _source_text(dataset, lang: str, folder: str | None = None) -> str:
    t = _texts(lang)
    info = getattr(dataset, "source_info", None)
    if info is None:
        return t["no_source"].format(folder=folder or getattr(dataset, "source", "") or "data")
    parts = [getattr(info, "title", None), getattr(info, "author", None), getattr(info, "year", None)]
    text = ", ".join(str(p) for p in parts if p)
    url = getattr(info, "url", None)
    if url:
        text = f"{text} ({url})" if text else str(url)
    if not text:
        return t["no_source"].format(folder=folder or getattr(dataset, "source", "") or "data")
    out = t["source"].format(source=text)
    note = getattr(info, "text", None)
    return f"{out} {note}" if note else out


def _summary(dataset, analysis: Analysis, lang: str, folder: str | None) -> tuple[Section, list[Finding]]:
    t = _texts(lang)
    kommuner = analysis.metrics
    names = [m.name for m in kommuner.values()]
    count = t["one_kommun"] if len(names) == 1 else t["kommun_count"].format(n=len(names))
    one_way = sum(1 for link in dataset.links if link.one_way)
    mapped = t["mapped"].format(
        kommuner=f"{count} ({join_names(names, lang)})" if names else count,
        actors=t["actors"].format(n=len(dataset.actors)),
        links=len(dataset.links),
        one_way=one_way,
        forums=len(dataset.forums),
    )
    rows = tuple(
        (
            m.name,
            str(m.actors),
            str(_described(m)),
            str(m.samverkan_ties),
            str(m.one_way_links),
            str(m.forums),
            str(m.person_dependent_ties),
            _decimal(m.density, lang),
        )
        for m in kommuner.values()
    )
    table = Table(
        t["key_figures"],
        (t["kommun"], t["n_actors"], t["described"], t["ties"], t["one_way"], t["forums"], t["pd"], t["density"]),
        rows,
        frozenset(range(1, 8)),
    )
    every: list[Finding] = []
    lists = []
    for kommun_id, m in kommuner.items():
        found = findings(m, analysis.networks.get(kommun_id), lang)
        every.extend(found)
        lists.append(Bullets(tuple(f.text for f in found), title=m.name))
    blocks = (Paragraph(mapped), Paragraph(_source_text(dataset, lang, folder)), table)
    main = Section(t["findings"], (Paragraph(t["findings_intro"]), *lists), new_page=False)
    return Section(t["summary"], blocks, (main,), new_page=False), every


def _how_to_read(lang: str) -> Section:
    t = _texts(lang)
    paragraphs = tuple(p.format(source=t["concept_source"]) for p in t["box"])
    return Section(t["how_to_read"], (Box("", paragraphs),), new_page=False)


def _kommun_section(kommun_id: str, m, network: Network | None, lang: str, top: int = 10) -> Section:
    from samnet.present import figures

    t = _texts(lang)
    name = m.name
    key = "".join(ch if ch.isalnum() else "-" for ch in kommun_id)
    charts: list = (
        [
            Chart(
                f"{key}-trappa",
                t["trappa_caption"].format(name=name),
                lambda: figures.trappa_figure(network, m, lang=lang),
            ),
            Chart(
                f"{key}-scopes",
                t["scopes_caption"].format(name=name),
                lambda: figures.scopes_figure(network, m, lang=lang),
            ),
            Chart(
                f"{key}-network",
                t["network_caption"].format(name=name),
                lambda: figures.network_figure(network, m, lang=lang),
                wide=True,
            ),
        ]
        if network is not None
        else []
    )
    figures_table = Table(
        t["figures"].format(name=name),
        (t["measure"], t["value"]),
        tuple(
            (label, value)
            for label, value in (
                (t["n_actors"], str(m.actors)),
                (t["described"], str(_described(m))),
                (t["ties"], str(m.samverkan_ties)),
                (t["one_way"], str(m.one_way_links)),
                (t["forums"], str(m.forums)),
                (t["pd"], str(m.person_dependent_ties)),
                (t["density"], _decimal(m.density, lang)),
                # The stated focus and the ended ties, where the data has them.
                *((label, value) for label, value in stated_rows(m, lang)),
            )
        ),
        frozenset({1}),
    )
    subsections = (
        *_testimony_sections(m, lang),
        Section(t["central"], _central_blocks(m, lang, top), new_page=False),
        Section(t["flows"], _flow_blocks(m, lang), new_page=False),
        Section(t["person"], _person_blocks(m, lang), new_page=False),
        Section(t["forum_section"], _forum_blocks(m, network, lang), new_page=False),
        Section(text("broker.compare.heading", lang), _broker_blocks(m, lang), new_page=False),
    )
    return Section(name, (figures_table, *charts), subsections)


def _broker_blocks(m, lang: str) -> tuple:
    """Key actors (top five), brokers across huvudmän (top five, observed and expected) and the E-I index."""
    from samnet.present import broker_text

    def cells(rows) -> tuple:
        return tuple(tuple(str(cell) for cell in row) for row in rows)

    figures, names = m, {r["id"]: r["name"] for r in m.centrality}
    blocks: list = []
    keys = broker_text.key_rows(figures, names, lang)
    if keys:
        headers = tuple(broker_text.key_headers(lang))
        blocks.append(Table(text("broker.heading.key", lang), headers, cells(keys), frozenset({1, 2, 3})))
    else:
        blocks.append(Paragraph(text("broker.no_key_actors", lang)))
    roles = broker_text.role_rows(figures, lang)
    if roles:
        headers = tuple(broker_text.role_headers(lang))
        blocks.append(Table(text("broker.heading.roles", lang), headers, cells(roles), frozenset({1, 2, 3, 4, 5})))
        blocks.append(Paragraph(text("broker.note.roles", lang)))
    ei = broker_text.ei_rows(figures, lang)
    blocks.append(
        Table(text("broker.heading.ei", lang), tuple(broker_text.ei_headers(lang)), cells(ei), frozenset({2, 3, 4}))
    )
    blocks.append(Paragraph(text("broker.note.ei", lang)))
    return tuple(blocks)


def _testimony_sections(m, lang: str) -> tuple[Section, ...]:
    """The subsection "Samstämmighet" (:mod:`samnet.present.testimony_text`) with what groups say about mandate.

    None for data without testimony; data with ``statements:`` alone gets the mandate line under its own heading.
    """
    from samnet.present.mandate_text import mandate_rows
    from samnet.present.testimony_text import forum_names, testimony_section
    from samnet.texts.catalogue import text

    mandate = tuple(Paragraph(f"{label}: {value}.") for label, value in mandate_rows(m, lang))
    evidence = m.evidence
    if evidence is None:
        return (Section(text("analysis.mandate", lang), mandate, new_page=False),) if mandate else ()
    names = {r["id"]: r["name"] for r in m.centrality}
    section = testimony_section(evidence, names, forum_names(m), lang)
    blocks: list = [Paragraph(text("testimony.intro", lang)), Bullets(tuple(section.summary))]
    if section.disagreements:
        blocks.append(Bullets(tuple(section.disagreements), title=text("testimony.disagreements", lang)))
    if section.role_disagreements:
        blocks.append(Bullets(tuple(section.role_disagreements), title=text("testimony.role_disagreements", lang)))
    return (Section(section.title, (*blocks, *mandate), new_page=False),)


def _central_blocks(m, lang: str, top: int) -> tuple:
    t = _texts(lang)
    rows = m.centrality[:top]
    table = Table(
        t["central_caption"].format(n=len(rows), name=m.name),
        ("#", t["actor"], t["type"], t["degree"], t["strength"], t["betweenness"], _closeness_heading(lang)),
        tuple(
            (
                str(i + 1),
                r["name"],
                type_name(r["type"], lang),
                str(r["degree"]),
                str(r["strength"]),
                _decimal(r["betweenness"], lang),
                _decimal(r["closeness"], lang),
            )
            for i, r in enumerate(rows)
        ),
        frozenset({0, 3, 4, 5, 6}),
    )
    return (table,)


def _closeness_heading(lang: str) -> str:
    return text("broker.closeness", lang)


def _flow_blocks(m, lang: str) -> tuple:
    t = _texts(lang)
    name = m.name
    flows = m.one_way_by_type
    if not flows:
        return (Paragraph(t["no_flows"].format(name=name)),)
    rows = tuple(
        (
            type_name(r["source_type"], lang),
            type_name(r["target_type"], lang),
            kind_name(r["kind"], lang),
            str(r["links"]),
        )
        for r in flows
    )
    one_way = m.one_way
    alone = sum(1 for r in one_way if not r["also_samverkan"])
    # The same rules as the summary's findings name who reaches social services only one way.
    named = [found.text for found in (social_only(m, None, lang), one_way_only(m, None, lang)) if found]
    return (
        Table(t["flows_caption"].format(name=name), (t["from"], t["to"], t["kind"], t["links"]), rows, frozenset({3})),
        Paragraph(t["alone"].format(alone=alone, total=len(one_way))),
        *(Paragraph(text) for text in named),
    )


def _person_blocks(m, lang: str) -> tuple:
    t = _texts(lang)
    name = m.name
    ties = m.person_dependent
    names = {r["id"]: r["name"] for r in m.centrality}
    isolated = m.isolated_without_person_dependent
    loss = t["loss"].format(
        isolated=t["isolated" if len(isolated) > 1 else "isolated_one"].format(
            names=join_names([names.get(i, i) for i in isolated], lang)
        )
        if isolated
        else t["none_isolated"],
        before=m.components_before,
        after=m.components_after,
        pairs=m.pairs_disconnected,
    )
    if not ties:
        return (Paragraph(t["no_person"].format(name=name)),)
    rows = tuple(
        (names.get(r["source"], r["source"]), names.get(r["target"], r["target"]), str(r["level"])) for r in ties
    )
    return (
        Table(t["person_caption"].format(name=name), (t["actor"], t["actor"], t["level"]), rows, frozenset({2})),
        Paragraph(loss),
    )


def _forum_blocks(m, network: Network | None, lang: str) -> tuple:
    t = _texts(lang)
    name = m.name
    if network is None or not network.forums:
        return (Paragraph(t["no_forums"].format(name=name)),)
    rows = []
    for forum in sorted(network.forums, key=lambda f: (-len(set(f.members)), f.name)):
        level = f"{forum.level} {in_language((LEVELS[forum.level].sv, LEVELS[forum.level].en), lang)}"
        scope = t["both"] if len(forum.scopes) > 1 else t.get(next(iter(forum.scopes), ""), "")
        rows.append((forum.name, str(len(set(forum.members))), level, scope))
    return (
        Table(
            t["forum_caption"].format(name=name),
            (t["forum"], t["members"], t["level"], t["scope"]),
            tuple(rows),
            frozenset({1}),
        ),
    )


def comparison_section(comparison: Comparison, lang: str = "sv", *, top: int = 10) -> Section:
    """The report's section on two compared kommuner: the ranked differences of ``samnet compare``.

    The sentences are :func:`samnet.present.compare_words.difference_sentences`: each is written from the
    figures of its difference for both kommuner; the full comparison is in ``compare-A-B.md``.

    Examples
    --------
    >>> from samnet.measure.results import Comparison, ComparisonSide
    >>> c = Comparison(ComparisonSide("a", "Aby", "Aby"), ComparisonSide("b", "Bby", "Bby"))
    >>> section = comparison_section(c)
    >>> section.title, section.blocks[-1].text
    ('Jämförelse: Aby och Bby', 'Kartläggningen visar ingen skillnad mellan kommunerna.')
    """
    from samnet.present.compare_words import difference_sentences

    t = _texts(lang)
    a, b = comparison.a, comparison.b
    from samnet.present.compare_brokers import broker_sentences

    sentences = difference_sentences(comparison, lang)
    blocks: list = [Paragraph(text("compare.intro", lang))]
    if sentences:
        blocks.append(Bullets(tuple(sentences[:top]), title=text("compare.differences", lang)))
        blocks.append(
            Paragraph(
                t["compare_more"].format(
                    shown=min(top, len(sentences)), total=len(sentences), file=f"compare-{a.id}-{b.id}.md"
                )
            )
        )
    else:
        blocks.append(Paragraph(t["compare_none"]))
    brokers = broker_sentences(comparison, lang)
    if brokers:
        blocks.append(Bullets(tuple(brokers), title=text("broker.compare.heading", lang)))
    return Section(t["compare_title"].format(a=a.label, b=b.label), tuple(blocks))


def build_report(dataset, analysis: Analysis, *, lang: str = "sv", source: str | None = None) -> Report:
    """The report model for a dataset and its analysis.

    Parameters
    ----------
    dataset : Dataset
    analysis : Analysis
        Each kommun's network and figures; its comparison and check, when the run made them,
        become sections after the kommuner.
    lang : {"sv", "en"}
    source : str, optional
        The data folder as the report names it when the data declares no ``source:``.

    Returns
    -------
    Report

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.measure.metrics import analyze
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> [c.key for c in build_report(ds, analyze(ds), lang="en").charts()]
    ['k-trappa', 'k-scopes', 'k-network']
    """
    t = _texts(lang)
    summary, found = _summary(dataset, analysis, lang, source)
    sections = [summary, _how_to_read(lang)]
    sections += [_kommun_section(k, m, analysis.networks.get(k), lang) for k, m in analysis.metrics.items()]
    if analysis.comparison is not None:
        sections.append(comparison_section(analysis.comparison, lang))
    if analysis.lan is not None:
        from samnet.present.lan_text import lan_section

        sections.append(lan_section(analysis.lan, lang))
    sections.append(
        check_document_section(analysis.check, lang) if analysis.check is not None else no_check_section(lang)
    )
    return Report(t["title"], lang, tuple(sections), tuple(found))
