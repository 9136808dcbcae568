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
    ``.json`` and (with maps) ``.html``; when more than two kommuner were
    analysed, (with maps) the regional overview ``DIR/lan.html`` and a län
    section in report.html and report.docx.
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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from samnet.core.model import Dataset
from samnet.core.network import Network, build_lan, build_network, kommun_networks, lan_kommuner, select_kommuner
from samnet.errors import UsageError
from samnet.measure.check import CheckReport, check_networks
from samnet.texts.catalogue import count, text

__all__ = [
    "Run",
    "analysis_run",
    "map_run",
    "comparison_run",
    "comparison_files",
    "CheckRun",
    "check_data",
    "check_run",
]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Run:
    """The outcome of one command: files to write (path → content) and the text for stdout."""

    files: dict[Path, str] = field(default_factory=dict)
    text: str = ""


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
    output_dir: Path | None = None,
    maps: bool = True,
    report: bool = True,
    source: str = "data",
    progress: Progress = _quiet,
    norm=None,
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
    norm : samnet.load.norm.Norm, optional
        The agreement ``report.md`` holds each kommun against; default the
        bundled Dalarna norm (:func:`samnet.load.norm.bundled_norm`).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> print(analysis_run(ds, fmt="csv").text.splitlines()[1])
    k,a,A,ifo,kommun,k,0,0,0.0,0.0,0,0,0,0,0,0,0,0,0
    """
    from samnet.present.analysis_text import format_analysis

    networks = kommun_networks(dataset, kommun_ids)
    result = {"kommuner": {kommun_id: _measure(network) for kommun_id, network in networks.items()}}
    files: dict[Path, str] = {}
    if output_dir is not None:
        checked = _check_report(networks, norm, lang)
        files = _analysis_files(
            dataset,
            networks,
            result,
            Path(output_dir),
            lang,
            maps=maps,
            report=report,
            source=source,
            progress=progress,
            checked=checked,
        )
        out = Path(output_dir)
        files[out / "report.md"] += _check_section(checked, lang)
        pair = sorted(result["kommuner"])
        stem = out / f"compare-{'-'.join(pair)}.md"
        if stem in files:
            files[stem] = _with_check(files[stem], networks[pair[0]], networks[pair[1]], norm, "markdown", lang)
    return Run(files, format_analysis(result, fmt, lang, top=top))


def _with_check(text: str, net_a: Network, net_b: Network, norm, fmt: str, lang: str) -> str:
    """A comparison followed by both kommuner's statuses against the agreement (samnet check), side by side."""
    return text.rstrip("\n") + "\n\n" + _check_comparison(net_a, net_b, norm, fmt, lang)


def _check_report(networks: dict[str, Network], norm, lang: str):
    """Every kommun held against the agreement (samnet check); the bundled Dalarna norm by default."""
    from samnet.load.norm import bundled_norm
    from samnet.measure.check import check_networks

    return check_networks(networks.values(), norm or bundled_norm(lang))


def _check_section(checked, lang: str) -> str:
    """The report's section "Jämfört med den regionala överenskommelsen" (gaps first)."""
    from samnet.present.check_text import format_check_section

    return "\n" + format_check_section(checked, lang)


def _check_side(checked, kommun_id: str, lang: str) -> str:
    """The map's side-panel section: the pairs behind the gaps, and the missing rules."""
    from samnet.present.check_page import check_side_html

    check = next((k for k in checked.kommuner if k.kommun_id == kommun_id), None)
    return check_side_html(check, checked.norm.name, lang) if check else ""


def _analysis_files(
    dataset: Dataset,
    networks: dict[str, Network],
    result: dict,
    out: Path,
    lang: str,
    *,
    maps: bool,
    source: str,
    progress: Progress,
    report: bool = True,
    checked=None,
) -> dict[Path, str]:
    from samnet.present.analysis_text import metrics_csv, report_markdown, summary_json

    measured = result["kommuner"]
    files: dict[Path, str] = {}
    for kommun_id, kommun in measured.items():
        files[out / kommun_id / "metrics.csv"] = metrics_csv(kommun)
        files[out / kommun_id / "summary.json"] = summary_json(kommun)
    files[out / "report.md"] = report_markdown(result, lang=lang, source=source)
    from samnet.present.metrics_workbook import metrics_workbook  # openpyxl: only when files are written

    files[out / "metrics.xlsx"] = metrics_workbook(measured)
    if maps:
        from samnet.present.maps.page import render_map

        progress(text("cli.drawing_maps", lang))
        for kommun_id in measured:
            if kommun_id in dataset.kommuner:
                side = _check_side(checked, kommun_id, lang) if checked is not None else ""
                files[out / kommun_id / "map.html"] = render_map(
                    networks[kommun_id], measured[kommun_id], lang=lang, side_html=side
                )
        if dataset.kommuner:
            region = build_network(dataset, None)
            regional = _measure(region)
        else:
            # Data without kommuner was analysed as one network: that network is the region.
            region, regional = networks["all"], measured["all"]
        files[out / "map.html"] = render_map(region, regional, lang=lang)
    comparison = None
    if len(dataset.kommuner) == 2 and len(measured) == 2:
        from samnet.measure.comparison import compare_networks

        a, b = sorted(measured)
        comparison = compare_networks(networks[a], networks[b], measured[a], measured[b])
        files.update(
            comparison_files(
                networks[a], networks[b], comparison, out, lang, metrics=(measured[a], measured[b]), html=maps
            )
        )
    lan = _lan_figures(dataset, networks, measured, checked)
    if lan is not None:
        from samnet.present.lan_text import lan_markdown

        files[out / "report.md"] += "\n" + lan_markdown(lan, lang)
    if lan is not None and maps:
        from samnet.present.lan_page import render_lan_page

        files[out / "lan.html"] = render_lan_page(lan, lang)
    if report:
        from samnet.present.report.model import comparison_section, report_files  # matplotlib, python-docx: only here

        progress(text("cli.writing_report", lang))
        extra = (comparison_section(comparison, lang),) if comparison is not None else ()
        if lan is not None:
            from samnet.present.lan_text import lan_section

            extra += (lan_section(lan, lang),)
        if checked is not None:
            from samnet.present.check_text import check_document_section

            extra += (check_document_section(checked, lang),)
        for name, content in report_files(
            dataset, result, lang, networks=networks, source=source, extra_sections=extra
        ).items():
            files[out / name] = content
    return files


def _lan_figures(dataset: Dataset, networks: dict[str, Network], measured: dict, checked) -> dict | None:
    """The län overview's figures when more than two of the data's kommuner were analysed, else None."""
    from samnet.measure.lan import MIN_KOMMUNER, lan_figures

    if sum(1 for k in measured if k in dataset.kommuner) < MIN_KOMMUNER:
        return None
    return lan_figures(dataset, networks, measured, checked)


def comparison_files(
    net_a: Network, net_b: Network, comparison: dict, out: Path, lang: str, *, metrics: tuple, html: bool = True
) -> dict[Path, str]:
    """``compare-A-B.md``, ``.json`` and (with ``html``) ``.html`` in folder ``out``.

    Examples
    --------
    >>> from samnet.measure.comparison import compare_networks
    >>> from samnet.measure.metrics import analyze_network
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m")})
    >>> nets = build_network(ds, "k"), build_network(ds, "m")
    >>> figures = tuple(analyze_network(n) for n in nets)
    >>> sorted(p.name for p in comparison_files(*nets, compare_networks(*nets, *figures), Path("o"), "sv",
    ...                                         metrics=figures, html=False))
    ['compare-k-m.json', 'compare-k-m.md']
    """
    from samnet.present.compare_page import render_comparison_html
    from samnet.present.compare_report import format_comparison

    stem = f"compare-{net_a.id}-{net_b.id}"
    files = {
        out / f"{stem}.md": format_comparison(comparison, "markdown", lang),
        out / f"{stem}.json": format_comparison(comparison, "json", lang),
    }
    if html:
        files[out / f"{stem}.html"] = render_comparison_html(net_a, net_b, comparison, lang, metrics=metrics)
    return files


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
    ['maps/k/map.html', 'maps/map.html']
    """
    from samnet.present.maps.page import render_map

    if lan and kommun_ids:
        raise UsageError("ange antingen --kommun eller --lan, inte båda", en="give either --kommun or --lan, not both")
    target = Path(output)
    to_file = target.suffix.lower() == ".html"
    networks: dict[Path, Network] = {}
    if lan:
        network = build_lan(dataset, lan)
        title = text(
            "lan_title", lang, lan=network.name, kommuner=count(len(lan_kommuner(dataset, lan)), "noun.kommun", lang)
        )
        network = replace(network, region_name=title)
        networks[target if to_file else target / network.id / "map.html"] = network
    else:
        chosen = select_kommuner(dataset, kommun_ids or None)
        if to_file and len(chosen) != 1:
            raise UsageError(
                "-o FIL.html tar exakt en --kommun; ange en mapp för flera",
                en="-o FILE.html takes exactly one --kommun; give a folder for several",
            )
        for kommun_id in chosen:
            networks[target if to_file else target / kommun_id / "map.html"] = build_network(dataset, kommun_id)
        if not kommun_ids and not to_file:
            networks[target / "map.html"] = build_network(dataset, None)
    return Run(
        {
            path: render_map(network, _measure(network), lang=lang, size_by=size_by, layout=layout)
            for path, network in networks.items()
        }
    )


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
        raise UsageError(
            "A och B är samma kommun; ange två kommuner, eller --data-b för en ögonblicksbild",
            en="A and B are the same kommun; give two kommuner, or --data-b for a snapshot",
        )
    net_a, net_b = build_network(dataset_a, kommun_a), build_network(dataset_b, kommun_b)
    metrics = (_measure(net_a), _measure(net_b))
    comparison = compare_networks(net_a, net_b, *metrics)
    files: dict[Path, str] = {}
    if output_dir is not None:
        files = comparison_files(net_a, net_b, comparison, Path(output_dir), lang, metrics=metrics)
        markdown = Path(output_dir) / f"compare-{net_a.id}-{net_b.id}.md"
        files[markdown] = _with_check(files[markdown], net_a, net_b, norm, "markdown", lang)
    text = format_comparison(comparison, fmt, lang, top=top)
    if fmt != "json":
        text = _with_check(text, net_a, net_b, norm, fmt, lang)
    return Run(files, text)


def _check_comparison(net_a: Network, net_b: Network, norm, fmt: str, lang: str) -> str:
    from samnet.load.norm import bundled_norm
    from samnet.measure.check import check_network
    from samnet.present.check_text import format_check_comparison_section

    norm = norm or bundled_norm(lang)
    return format_check_comparison_section(check_network(net_a, norm), check_network(net_b, norm), norm.name, fmt, lang)


@dataclass(frozen=True)
class CheckRun:
    """The outcome of ``samnet check``: files to write (path → content) and the text for stdout."""

    report: CheckReport
    files: dict[Path, str] = field(default_factory=dict)
    text: str = ""


def check_data(
    data_dir: str, norm_file: str | None = None, kommun_ids: Iterable[str] | None = None, lang: str = "sv"
) -> CheckReport:
    """Load the data (a folder or a workbook) and a norm (the bundled Dalarna norm by default); check each kommun.

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
    from samnet.load.norm import bundled_norm, load_norm
    from samnet.load.source import load_data

    problems = []
    dataset = norm = None
    try:
        dataset = load_data(data_dir, lang=lang)
    except DataError as err:
        problems += err.problems
    try:
        norm = load_norm(norm_file, lang=lang) if norm_file else bundled_norm(lang)
    except DataError as err:
        problems += err.problems
    if problems:
        raise DataError(problems, lang=lang)
    if not dataset.kommuner:
        return check_networks([build_network(dataset, None)], norm)
    chosen = select_kommuner(dataset, list(kommun_ids or ()) or None)
    return check_networks((build_network(dataset, k) for k in chosen), norm)


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
    >>> run.text.splitlines()[0], run.files
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
