"""What a run of ``samnet analyze``, ``map`` or ``compare`` produces: the files it writes and the text it prints.

This is the output policy of samnet, kept out of the command line: each
``*_run`` function takes a loaded dataset and the command's options, builds
every network once, measures each network once (:func:`samnet.measure.metrics.analyze_network`)
and hands those figures down to every presenter (report, maps, comparison).
It returns a :class:`Run`: ``files`` maps each path to its whole content and
``text`` is what the command prints on stdout. Nothing here writes or
prints; the CLI writes ``files`` (all of them, as one commit, with
:func:`samnet.write.commit.write_files`) and only then prints ``text``, so a
terminal that cannot show a character never costs the user the files.

Files a run writes
------------------
``analyze -o DIR``
    ``DIR/<kommun>/metrics.csv``, ``DIR/<kommun>/summary.json`` and (unless
    ``maps=False``) ``DIR/<kommun>/map.html`` per kommun; ``DIR/report.md``;
    ``DIR/metrics.xlsx`` (every kommun's figures in one workbook);
    (unless ``report=False``) ``DIR/report.html`` and ``DIR/report.docx``;
    the regional map ``DIR/map.html`` of the whole data; and, when the data
    holds exactly two kommuner and both were analysed, ``DIR/compare-A-B.md``,
    ``.json`` and (with maps) ``.html``.
``map -o DIR``
    ``DIR/<kommun>/map.html`` per kommun and, when no ``--kommun`` is given,
    ``DIR/map.html``; ``-o FILE.html`` for one kommun or a län.
``compare A B -o DIR``
    ``DIR/compare-A-B.md``, ``.json`` and ``.html``.

Examples
--------
>>> from pathlib import Path
>>> from samnet.core.model import Actor, Dataset, Kommun
>>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
>>> run = analysis_run(ds, fmt="json", output_dir=Path("out"), maps=False, report=False)
>>> sorted(p.as_posix() for p in run.files)
['out/k/metrics.csv', 'out/k/summary.json', 'out/metrics.xlsx', 'out/report.md']
>>> run.text.splitlines()[0]
'{'
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from samnet.core.model import Dataset
from samnet.core.network import Network, build_lan, build_network, kommun_networks, lan_kommuner, select_kommuner
from samnet.core.suggest import known_actors
from samnet.errors import UsageError
from samnet.load.norm import check_inputs, data_norm
from samnet.measure.check import check_networks
from samnet.measure.results import LAN_MIN_KOMMUNER, Analysis, CheckReport, LanFigures
from samnet.texts.catalogue import count, text

__all__ = [
    "Run",
    "analysis_run",
    "analysis_json",
    "map_run",
    "comparison_run",
    "comparison_files",
    "export_run",
    "figure_run",
    "CheckRun",
    "check_data",
    "check_run",
    "questionnaire_run",
    "merge_forms_run",
]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Run:
    """The outcome of one command: files to write (path → content) and the text for stdout."""

    files: dict[Path, str | bytes] = field(default_factory=dict)
    text: str = ""
    #: The file a user opens first (the report, else a map), named last on the terminal.
    look: Path | None = None


def _quiet(message: str) -> None:
    """The default progress callback: the core itself never prints."""


def _measure(network: Network):
    # Looked up on the module at call time, so a test can count every measurement of a run.
    from samnet.measure import metrics

    return metrics.analyze_network(network)


def analysis_run(
    dataset: Dataset,
    kommun_ids: list[str] | None = None,
    *,
    fmt: str = "table",
    lang: str = "sv",
    top: int = 10,
    without: tuple[str, ...] = (),
    output_dir: Path | None = None,
    maps: bool = True,
    report: bool = True,
    source: str = "data",
    progress: Progress = _quiet,
    norm=None,
    full: bool = True,
    width: int = 100,
) -> Run:
    """Everything ``samnet analyze`` prints and, with ``output_dir``, writes.

    Parameters
    ----------
    dataset : Dataset
    kommun_ids : list of str, optional
        The kommuner to analyse; all by default.
    fmt : {"table", "json", "csv", "markdown"}
        What ``text`` holds.
    lang : {"sv", "en"}
    top : int
        Central actors per kommun in the table.
    without : tuple of str
        Actor ids whose what-if ("utan X") the table and report.md add per kommun.
    output_dir : Path, optional
        Where the files go; no files when None.
    maps : bool
        Draw the HTML maps (and the comparison page).
    report : bool
        Write ``report.html`` and ``report.docx`` (:mod:`samnet.present.report.model`).
    source : str
        The data folder as the report names it.
    progress : callable, optional
        Called with a short status message before slow steps.
    norm : samnet.core.norm.Norm, optional
        The agreement ``report.md`` holds each kommun against (``--norm``); default
        the one the data names (``norm:`` in actors.yaml). Without either the
        outputs carry no check, and ``report.md`` says in one line how to run one.
    full, width : bool, int
        Every table or a summary that fits a screen, and the terminal's width (the ``table`` view).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> print(analysis_run(ds, fmt="csv").text.splitlines()[1])
    k,a,A,ifo,kommun,k,0,0,0.0,0.0,0.0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
    """
    from samnet.present.analysis_text import format_analysis

    without = known_actors(dataset, without)
    analysis = _analysis(dataset, kommun_ids, files=output_dir is not None, maps=maps, norm=norm, lang=lang)
    files: dict[Path, str | bytes] = {}
    if output_dir is not None:
        files = _analysis_files(
            dataset,
            analysis,
            Path(output_dir),
            lang,
            maps=maps,
            report=report,
            source=source,
            progress=progress,
            without=without,
        )
    return Run(
        files,
        format_analysis(analysis, fmt, lang, top=top, full=full, width=width, without=without),
        _first_look(files),
    )


def _first_look(files: dict[Path, str | bytes]) -> Path | None:
    """The report if one was written, else the one map, else the regional map."""
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    for name in ("report.html", "map.html"):
        if by_name.get(name):
            return min(by_name[name], key=lambda p: (len(p.parts), p.as_posix()))
    return None


def analysis_json(dataset: Dataset, kommun_ids: list[str] | None = None) -> Iterator[str]:
    """``analysis_run(..., fmt="json").text`` in pieces: one kommun's network and figures held at a time.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> "".join(analysis_json(ds)) == analysis_run(ds, fmt="json").text
    True
    """
    from samnet.core.network import chosen_kommuner
    from samnet.present.analysis_text import json_pieces

    # The data lives for the whole run: the collector need not walk it again for every kommun.
    gc.freeze()
    # The whole run's JSON writes its kommuner in key order.
    chosen = sorted(chosen_kommuner(dataset, kommun_ids), key=lambda kommun_id: kommun_id or "all")
    measured = ((kommun_id or "all", _measure(build_network(dataset, kommun_id))) for kommun_id in chosen)
    return json_pieces(measured)


def _analysis(dataset: Dataset, kommun_ids, *, files: bool, maps: bool, norm, lang: str) -> Analysis:
    """Measure once what the run shows: each network; with files also the region, the check and the comparison."""
    networks = kommun_networks(dataset, kommun_ids)
    metrics = {kommun_id: _measure(network) for kommun_id, network in networks.items()}
    if not files:
        return Analysis(networks, metrics)
    region = region_metrics = None
    if maps and len(dataset.kommuner) > 1:
        region = build_network(dataset, None)
        region_metrics = _measure(region)
    elif maps and not dataset.kommuner:
        # Data without kommuner was analysed as one network: that network is the region.
        region, region_metrics = networks["all"], metrics["all"]
    norm = norm or data_norm(dataset, lang)
    check = _check(dataset, networks.values(), norm) if norm is not None else None
    comparison, compared = None, ()
    if len(dataset.kommuner) == 2 and len(metrics) == 2:
        from samnet.measure.comparison import compare_networks

        compared = tuple(sorted(metrics))
        a, b = compared
        comparison = compare_networks(networks[a], networks[b], metrics[a], metrics[b])
    lan = None
    if sum(1 for k in metrics if k in dataset.kommuner) >= LAN_MIN_KOMMUNER:
        from samnet.measure.lan import lan_figures

        lan = lan_figures(dataset, networks, metrics, check)
    return Analysis(networks, metrics, region, region_metrics, check, comparison, compared, lan)


def _check(dataset: Dataset | None, networks: Iterable[Network], norm) -> CheckReport:
    """Every network held against the agreement (samnet check)."""
    return check_networks(networks, norm, **(check_inputs(dataset) if dataset is not None else {}))


def _analysis_files(
    dataset: Dataset,
    analysis: Analysis,
    out: Path,
    lang: str,
    *,
    maps: bool,
    source: str,
    progress: Progress,
    report: bool = True,
    without: tuple[str, ...] = (),
) -> dict[Path, str | bytes]:
    from samnet.present.analysis_text import metrics_csv, report_markdown, summary_json
    from samnet.present.metrics_workbook import metrics_workbook  # openpyxl: only when files are written

    measured = analysis.metrics
    files: dict[Path, str | bytes] = {}
    for kommun_id, kommun in measured.items():
        files[out / kommun_id / "metrics.csv"] = metrics_csv(kommun)
        files[out / kommun_id / "summary.json"] = summary_json(kommun)
    if maps:
        progress(text("cli.drawing_maps", lang))
    started = None
    if report:
        from samnet.present.report.files import start_report  # matplotlib, python-docx: only here

        # Its charts are drawn by other processes where they can be, while this one draws the maps
        # (from the layouts the report has just made) and writes the rest.
        started = start_report(dataset, analysis, lang, source=source)
    try:
        if maps:
            from samnet.present.maps.page import run_maps

            pages = run_maps(analysis, dataset.kommuner, lang)
        files[out / "report.md"] = report_markdown(analysis, lang=lang, source=source, without=without)
        files[out / "metrics.xlsx"] = metrics_workbook(measured, lang)
        if maps:
            files.update({out / name: page for name, page in pages.items()})
        if analysis.comparison is not None:
            files.update(comparison_files(analysis, out, lang, html=maps))
        if analysis.lan is not None:
            files.update(_lan_files(analysis.lan, out, lang, files[out / "report.md"], html=maps))
        if started is not None:
            progress(text("cli.writing_report", lang))
            files.update({out / name: content for name, content in started.wait().items()})
    except BaseException:
        if started is not None:
            started.cancel()
        raise
    return files


def _lan_files(lan: LanFigures, out: Path, lang: str, markdown: str, *, html: bool) -> dict[Path, str]:
    """report.md with its län section added, and (with ``html``) the overview ``lan.html``."""
    from samnet.present.lan_text import lan_markdown

    files = {out / "report.md": markdown + "\n" + lan_markdown(lan, lang)}
    if html:
        from samnet.present.lan_page import render_lan_page

        files[out / "lan.html"] = render_lan_page(lan, lang)
    return files


def comparison_files(analysis: Analysis, out: Path, lang: str, *, html: bool = True) -> dict[Path, str]:
    """``compare-A-B.md``, ``.json`` and (with ``html``) ``.html`` in folder ``out``.

    The Markdown ends with both kommuner's statuses against the agreement when the run checked them.

    Examples
    --------
    >>> from samnet.measure.comparison import compare_networks
    >>> from samnet.measure.metrics import analyze
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m")})
    >>> measured = analyze(ds)
    >>> nets, figures = list(measured.networks.values()), list(measured.metrics.values())
    >>> both = replace(measured, comparison=compare_networks(*nets, *figures), compared=("k", "m"))
    >>> sorted(p.name for p in comparison_files(both, Path("o"), "sv", html=False))
    ['compare-k-m.json', 'compare-k-m.md']
    """
    from samnet.present.compare_page import render_comparison_html
    from samnet.present.compare_report import format_comparison

    a, b = analysis.compared
    net_a, net_b = analysis.networks[a], analysis.networks[b]
    stem = f"compare-{net_a.id}-{net_b.id}"
    markdown = format_comparison(analysis.comparison, "markdown", lang)
    if analysis.check is not None:
        markdown = _with_check(markdown, analysis, "markdown", lang)
    files = {out / f"{stem}.md": markdown, out / f"{stem}.json": format_comparison(analysis.comparison, "json", lang)}
    if html:
        metrics = (analysis.metrics[a], analysis.metrics[b])
        files[out / f"{stem}.html"] = render_comparison_html(net_a, net_b, analysis.comparison, lang, metrics=metrics)
    return files


def _with_check(text: str, analysis: Analysis, fmt: str, lang: str) -> str:
    """A comparison followed by both kommuner's statuses against the agreement (samnet check), side by side."""
    from samnet.present.check_text import format_check_comparison_section

    check_a, check_b = (analysis.check.kommuner[list(analysis.networks).index(k)] for k in analysis.compared)
    section = format_check_comparison_section(check_a, check_b, analysis.check.norm.name, fmt, lang)
    return text.rstrip("\n") + "\n\n" + section


def map_run(
    dataset: Dataset,
    kommun_ids: list[str] | None = None,
    *,
    output: Path,
    lan: str | None = None,
    size_by: str = "strength",
    lang: str = "sv",
    layout: str = "sector",
) -> Run:
    """The maps ``samnet map`` writes: per kommun and regional in a folder, or one ``.html`` file.

    Raises
    ------
    UsageError
        For both ``kommun_ids`` and ``lan``, or a ``.html`` file with other than one kommun.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> sorted(p.as_posix() for p in map_run(ds, output=Path("maps")).files)
    ['maps/k/map.html']
    """
    from samnet.present.maps.page import render_map

    if lan and kommun_ids:
        raise UsageError("usage.kommun_and_lan")
    target = Path(output)
    to_file = target.suffix.lower() == ".html"
    networks: dict[Path, Network] = {}
    if lan:
        network = build_lan(dataset, lan)
        title = text(
            "analysis.lan_title",
            lang,
            lan=network.name,
            kommuner=count(len(lan_kommuner(dataset, lan)), "noun.kommun", lang),
        )
        network = replace(network, region_name=title)
        networks[target if to_file else target / network.id / "map.html"] = network
    else:
        chosen = select_kommuner(dataset, kommun_ids or None)
        if to_file and len(chosen) != 1:
            raise UsageError("usage.html_one_kommun")
        for kommun_id in chosen:
            networks[target if to_file else target / kommun_id / "map.html"] = build_network(dataset, kommun_id)
        if not kommun_ids and not to_file and len(dataset.kommuner) != 1:
            # With one kommun, its own map is the whole map.
            networks[target / "map.html"] = build_network(dataset, None)
    return Run(
        {
            path: render_map(network, _measure(network), lang=lang, size_by=size_by, layout=layout)
            for path, network in networks.items()
        }
    )


def export_run(dataset: Dataset, kommun: str | None, *, fmt: str, output: Path) -> Run:
    """The file ``samnet export`` writes: one kommun's network (every kommun together by default) with its figures.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> export_run(ds, "k", fmt="json", output=Path("k.json")).files[Path("k.json")][:1]
    b'{'
    """
    from samnet.present.export import export_bytes

    if kommun is not None:
        select_kommuner(dataset, [kommun])
    network = build_network(dataset, kommun)
    return Run({Path(output): export_bytes(network, _measure(network), fmt)})


def figure_run(dataset: Dataset, kommun: str | None, *, what: str, lang: str, output: Path) -> Run:
    """The figure ``samnet figure`` draws: of ``kommun``, of the only kommun, or of every kommun together.

    The file's suffix (``.png``, ``.svg``, ``.pdf``) is its format.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> figure_run(ds, None, what="trappa", lang="en", output=Path("k.png")).files[Path("k.png")][:4]
    b'\\x89PNG'
    """
    from samnet.present.figures import make_figure, save

    if kommun is None and len(dataset.kommuner) == 1:
        kommun = next(iter(dataset.kommuner))
    if kommun is not None:
        select_kommuner(dataset, [kommun])
    network = build_network(dataset, kommun)
    figure = make_figure(what, network, _measure(network), lang=lang)
    return Run({Path(output): save(figure, Path(output).suffix.lower().lstrip("."))})


def comparison_run(
    dataset_a: Dataset,
    kommun_a: str,
    dataset_b: Dataset,
    kommun_b: str,
    *,
    fmt: str = "table",
    lang: str = "sv",
    top: int = 25,
    output_dir: Path | None = None,
    norm=None,
) -> Run:
    """What ``samnet compare A B`` prints and, with ``output_dir``, writes.

    Raises
    ------
    UsageError
        For an unknown kommun, or A and B the same kommun of the same data.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m")})
    >>> comparison_run(ds, "k", ds, "m").text.splitlines()[0]
    'Jämförelse: K och M'
    """
    from samnet.measure.comparison import compare_networks
    from samnet.present.compare_report import format_comparison

    select_kommuner(dataset_a, [kommun_a])
    select_kommuner(dataset_b, [kommun_b])
    if dataset_b is dataset_a and kommun_a == kommun_b:
        raise UsageError("usage.same_kommun")
    net_a, net_b = build_network(dataset_a, kommun_a), build_network(dataset_b, kommun_b)
    metrics = {"a": _measure(net_a), "b": _measure(net_b)}
    comparison = compare_networks(net_a, net_b, metrics["a"], metrics["b"])
    # The check is only shown beside words: the Markdown file and every format but JSON.
    norm = norm or data_norm(dataset_a, lang)
    wanted = norm is not None and (output_dir is not None or fmt != "json")
    check = _check(dataset_a if dataset_a is dataset_b else None, (net_a, net_b), norm) if wanted else None
    analysis = Analysis({"a": net_a, "b": net_b}, metrics, check=check, comparison=comparison, compared=("a", "b"))
    files = comparison_files(analysis, Path(output_dir), lang) if output_dir is not None else {}
    text = format_comparison(comparison, fmt, lang, top=top)
    if fmt != "json" and check is not None:
        text = _with_check(text, analysis, fmt, lang)
    return Run(files, text)


@dataclass(frozen=True)
class CheckRun:
    """The outcome of ``samnet check``: files to write (path → content) and the text for stdout."""

    report: CheckReport
    files: dict[Path, str] = field(default_factory=dict)
    text: str = ""
    #: The file a user opens first (the report, else a map), named last on the terminal.
    look: Path | None = None


def check_data(
    data_dir: str, norm_file: str | None = None, kommun_ids: Iterable[str] | None = None, lang: str = "sv"
) -> CheckReport:
    """Load the data (a folder or a workbook) and a norm; check each kommun.

    The norm is ``norm_file``, else the one the data names (``norm:``), else the
    bundled Dalarna norm; when the norm's län is not the data's, the report says so.

    Problems in the data and in the norm file are reported together.

    Raises
    ------
    DataError
        With every problem of both the data and the norm file.
    UsageError
        For a kommun id the data does not define.

    Examples
    --------
    >>> report = check_data("data", kommun_ids=["ljusdal"])
    >>> report.norm.id, [k.kommun_id for k in report.kommuner]
    ('dalarna-2024', ['ljusdal'])
    """
    from samnet.core.network import build_network, select_kommuner
    from samnet.errors import DataError
    from samnet.load.norm import bundled_norm, load_named_norm
    from samnet.load.source import load_data

    problems = []
    dataset = norm = None
    try:
        dataset = load_data(data_dir, lang=lang)
    except DataError as err:
        problems += err.problems
    try:
        if norm_file:
            norm = load_named_norm(norm_file, lang)
        else:
            norm = (data_norm(dataset, lang) if dataset is not None else None) or bundled_norm(lang)
    except DataError as err:
        problems += err.problems
    if problems:
        raise DataError(problems, lang=lang)
    if not dataset.kommuner:
        return check_networks([build_network(dataset, None)], norm, **check_inputs(dataset))
    chosen = select_kommuner(dataset, list(kommun_ids or ()) or None)
    return check_networks((build_network(dataset, k) for k in chosen), norm, **check_inputs(dataset))


def check_run(
    data_dir: str,
    norm_file: str | None = None,
    kommun_ids: Iterable[str] | None = None,
    *,
    fmt: str = "table",
    lang: str = "sv",
    output_dir: Path | None = None,
) -> CheckRun:
    """Everything ``samnet check`` prints and, with ``output_dir``, writes (``check.md``, ``check.json``).

    Raises
    ------
    DataError
        With every problem of the data and of the norm file.

    Examples
    --------
    >>> run = check_run("data", kommun_ids=["sandviken"], fmt="markdown")
    >>> run.text.splitlines()[2], run.files
    ('## Sandvikens kommun', {})
    """
    from samnet.present.check_text import format_check

    report = check_data(data_dir, norm_file, kommun_ids, lang)
    files: dict[Path, str] = {}
    if output_dir is not None:
        out = Path(output_dir)
        files = {
            out / "check.md": format_check(report, "markdown", lang),
            out / "check.json": format_check(report, "json", lang),
        }
    return CheckRun(report, files, format_check(report, fmt, lang))


def questionnaire_run(dataset: Dataset, kommun_ids: list[str] | None = None, *, output: Path) -> Run:
    """The forms ``samnet enkat`` writes: ``output/<kommun>/<respondent>.xlsx`` for each kommun's roster.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in "ab"})
    >>> sorted(p.as_posix() for p in questionnaire_run(ds, output=Path("enkater")).files)
    ['enkater/k/a.xlsx', 'enkater/k/b.xlsx']
    """
    from samnet.core.roster import kommun_rosters
    from samnet.write.forms import questionnaire_files

    return Run(questionnaire_files(dataset, kommun_rosters(dataset, kommun_ids), Path(output)))


def _forms_summary(dataset: Dataset, merged: Dataset, forms: list, result, kommun_ids: set[str]):
    from samnet.core.roster import kommun_roster
    from samnet.measure.testimony import evidence
    from samnet.present.forms_text import FormsSummary
    from samnet.write.forms import respondents

    names = {a.id: a.name for a in merged.actors.values()}
    for informant in (merged.informants or {}).values():
        role = f" ({informant.role})" if informant.role else ""
        names[informant.id] = names.get(informant.actor, informant.actor) + role
    asked: dict[str, str] = {}
    evidences = []
    for kommun_id in sorted(kommun_ids):
        roster = kommun_roster(dataset, None if kommun_id == "all" else kommun_id)
        asked.update({r.by: r.name for r in respondents(dataset, roster)})
        evidences.append(evidence(build_network(merged, None if kommun_id == "all" else kommun_id)))
    replaced = [(old.path, new.path, names.get(new.actor_id, new.actor_id)) for old, new in result.replaced]
    review = [(names.get(form.actor_id, form.actor_id), m.name, m.level, m.comment) for form, m in result.review]
    return FormsSummary(asked, {f.by for f in forms}, names, replaced, evidences, review)


def merge_forms_run(dataset: Dataset, forms_given: list[str], *, output: Path, lang: str = "sv") -> Run:
    """What ``samnet sammanstall`` writes and prints: the merged mapping and the summary of the answers.

    Raises
    ------
    DataError
        With one line per problem of every form that cannot be used.
    """
    from samnet.load.forms import form_paths, read_forms
    from samnet.present.forms_text import forms_summary_text
    from samnet.write.convert import check_destination, conversion_files
    from samnet.write.merge_forms import merge_forms, merged_dataset
    from samnet.write.records import dataset_records

    check_destination(output)
    forms = read_forms(dataset, form_paths(forms_given), lang)
    result = merge_forms(dataset_records(dataset), forms)
    merged = merged_dataset(result.records, lang)
    summary = _forms_summary(dataset, merged, result.used, result, {f.kommun_id for f in forms})
    summary.written = Path(output).as_posix()
    return Run(conversion_files(merged, output), forms_summary_text(summary, lang))
