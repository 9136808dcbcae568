"""The ``samnet`` command line: a thin click shell over the core modules.

Results go to stdout; progress, warnings and problems go to stderr. Bad data
exits with status 1, bad usage with 2, both without a traceback unless
``--debug`` is given. Heavy modules (networkx, pyvis) are imported inside the
commands that need them so that ``samnet --help`` answers at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from samnet import __version__
from samnet.errors import SamnetError, UsageError

__all__ = ["cli", "main"]

_DEFAULT_DATA = "data"
_DEFAULT_OUTPUT = "output"
_LANGS = click.Choice(["sv", "en"])


class _Group(click.Group):
    """Turns samnet's own errors into one clear message and an exit status, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SamnetError as exc:
            debug = bool(ctx.meta.get("samnet.debug"))
            if debug:
                raise
            if isinstance(exc, UsageError):
                lang = ctx.meta.get("samnet.lang", "sv")
                prefix = "Usage error" if lang == "en" else "Fel i kommandot"
                click.echo(f"{prefix}: {exc.in_language(lang)}", err=True)
            else:
                click.echo(str(exc), err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if ctx.meta.get("samnet.debug"):
                raise
            click.echo(
                f"Internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in samnet; run again with --debug for the traceback and report it.",
                err=True,
            )
            ctx.exit(3)


def _data_option(func):
    return click.option(
        "--data", "data_dir", default=_DEFAULT_DATA, show_default=True,
        type=click.Path(file_okay=False, path_type=str),
        help="Folder with actors.yaml and links.yaml.",
    )(func)


def _kommun_option(func):
    return click.option(
        "--kommun", "kommuner", multiple=True, metavar="ID",
        help="Only this kommun (repeat for several). Default: every kommun in the data.",
    )(func)


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    # The group prints usage errors after the command has failed, in the command's language.
    ctx.meta["samnet.lang"] = value
    return value


def _lang_option(func):
    return click.option(
        "--lang", type=_LANGS, default="sv", show_default=True, is_eager=True, callback=_remember_lang,
        help="Language of messages, tables, reports and maps: Swedish or English.",
    )(func)


def _status(message: str) -> None:
    click.echo(message, err=True)


def _load(data_dir: str, lang: str):
    from samnet.loader import load_dataset

    return load_dataset(data_dir, lang=lang)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="samnet")
@click.option("--debug", is_flag=True, help="Show the full traceback when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """samnet: measure, map and compare samverkan against violence in close relationships.

    Reads actors.yaml and links.yaml from a data folder (default: data/).
    Start with `samnet validate`, then `samnet analyze`.
    """
    ctx.meta["samnet.debug"] = debug


@cli.command()
@_data_option
@_lang_option
def validate(data_dir: str, lang: str) -> None:
    """Check the data and print every problem, or one line if all is well."""
    dataset = _load(data_dir, lang)
    counts = (len(dataset.kommuner), len(dataset.actors), len(dataset.links), len(dataset.forums))
    if lang == "en":
        click.echo("OK: {} holds {} kommuner, {} actors, {} links and {} forums; no problems found"
                   .format(data_dir, *counts))
    else:
        click.echo("OK: {} innehåller {} kommuner, {} aktörer, {} länkar och {} forum; inga problem hittades"
                   .format(data_dir, *counts))


@cli.command()
@_data_option
@_kommun_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default=None,
              help="What to print on stdout.  [default: table]")
@_lang_option
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Also write metrics.csv, summary.json and map.html per kommun, report.md and "
                   "map.html to this folder. Default: output/ when --format is not given.")
@click.option("--no-maps", is_flag=True, help="With -o: skip the HTML maps (faster).")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1),
              help="Central actors shown per kommun in the table.")
def analyze(data_dir: str, kommuner: tuple[str, ...], fmt: str | None, lang: str,
            output_dir: str | None, no_maps: bool, top: int) -> None:
    """Measure each kommun's network: counts, trappa levels, central actors, one-way and person-dependent ties.

    With no --format and no -o, prints tables and writes the full set of files to output/.
    """
    from samnet.metrics import analyze as run_analysis
    from samnet.report import format_analysis

    if output_dir is None and fmt is None:
        output_dir = _DEFAULT_OUTPUT
    dataset = _load(data_dir, lang)
    result = run_analysis(dataset, list(kommuner) or None)
    click.echo(format_analysis(result, fmt or "table", lang, top=top), nl=False)
    if output_dir is not None:
        _write(_analysis_files(dataset, result, Path(output_dir), lang, maps=not no_maps, data_dir=data_dir),
               lang)


def _analysis_files(dataset, result: dict, out: Path, lang: str, *, maps: bool, data_dir: str) -> dict:
    from samnet.graph import build_network
    from samnet.report import metrics_csv, report_markdown, summary_json

    networks = {k: build_network(dataset, k) for k in result["kommuner"] if k in dataset.kommuner}
    files: dict[Path, str] = {}
    for kommun_id, kommun in result["kommuner"].items():
        files[out / kommun_id / "metrics.csv"] = metrics_csv(kommun)
        files[out / kommun_id / "summary.json"] = summary_json(kommun)
    files[out / "report.md"] = report_markdown(result, lang=lang, source=data_dir)
    if maps:
        from samnet.render import render_map

        _status("drawing maps …")
        for kommun_id, network in networks.items():
            files[out / kommun_id / "map.html"] = render_map(network, result["kommuner"][kommun_id], lang=lang)
        regional = result["kommuner"].get("all") if not dataset.kommuner else None
        files[out / "map.html"] = render_map(build_network(dataset, None), regional, lang=lang)
    if len(dataset.kommuner) == 2 and len(result["kommuner"]) == 2:
        from samnet.compare import compare_networks

        a, b = sorted(result["kommuner"])
        net_a, net_b = networks[a], networks[b]
        comparison = compare_networks(net_a, net_b, result["kommuner"][a], result["kommuner"][b])
        files.update(_comparison_files(net_a, net_b, comparison, out, lang, html=maps))
    return files


def _comparison_files(net_a, net_b, comparison: dict, out: Path, lang: str, *, html: bool = True) -> dict:
    from samnet.compare import format_comparison, render_comparison_html

    stem = f"compare-{net_a.id}-{net_b.id}"
    files = {
        out / f"{stem}.md": format_comparison(comparison, "markdown", lang),
        out / f"{stem}.json": format_comparison(comparison, "json", lang),
    }
    if html:
        files[out / f"{stem}.html"] = render_comparison_html(net_a, net_b, comparison, lang)
    return files


def _write(files: dict, lang: str = "sv") -> None:
    from samnet.output import write_files

    written = write_files(files, lang=lang)
    if len(written) <= 12:
        for path in written:
            _status(f"wrote {path}")
    else:
        folders = sorted({str(path.parent) for path in written})
        _status(f"wrote {len(written)} files in {len(folders)} folders under {os.path.commonpath(folders)}")


@cli.command(name="map")
@_data_option
@_kommun_option
@click.option("-o", "--output", "output", default=_DEFAULT_OUTPUT, show_default=True,
              type=click.Path(path_type=str),
              help="A folder (one map per kommun in <folder>/<kommun>/map.html, plus the regional "
                   "<folder>/map.html) or, for a single kommun, a file ending in .html.")
@click.option("--lan", default=None, metavar="NAME",
              help="One map of every kommun in this län together (e.g. Gävleborg).")
@click.option("--size-by", type=click.Choice(["strength", "degree", "betweenness", "eigenvector"]),
              default="strength", show_default=True, help="Which centrality sets the size of each actor.")
@_lang_option
def map_command(data_dir: str, kommuner: tuple[str, ...], output: str, lan: str | None, size_by: str,
                lang: str) -> None:
    """Draw interactive maps: one self-contained HTML file per kommun that works offline."""
    from samnet.graph import build_lan, build_network, select_kommuner
    from samnet.metrics import analyze_network
    from samnet.render import render_map

    if lan and kommuner:
        raise UsageError("ange antingen --kommun eller --lan, inte båda", en="give either --kommun or --lan, not both")
    dataset = _load(data_dir, lang)
    target = Path(output)
    files: dict[Path, str] = {}
    if lan:
        network = build_lan(dataset, lan)
        path = target if target.suffix.lower() == ".html" else target / network.id / "map.html"
        files[path] = render_map(network, analyze_network(network), lang=lang, size_by=size_by)
        _write(files, lang)
        return
    chosen = select_kommuner(dataset, list(kommuner) or None)
    if target.suffix.lower() == ".html":
        if len(chosen) != 1:
            raise UsageError("-o FIL.html tar exakt en --kommun; ange en mapp för flera",
                             en="-o FILE.html takes exactly one --kommun; give a folder for several")
        network = build_network(dataset, chosen[0])
        files[target] = render_map(network, analyze_network(network), lang=lang, size_by=size_by)
    else:
        for kommun_id in chosen:
            network = build_network(dataset, kommun_id)
            files[target / kommun_id / "map.html"] = render_map(
                network, analyze_network(network), lang=lang, size_by=size_by)
        if not kommuner:
            network = build_network(dataset, None)
            files[target / "map.html"] = render_map(network, None, lang=lang, size_by=size_by)
    _write(files, lang)


@cli.command()
@click.argument("kommun_a", metavar="A")
@click.argument("kommun_b", metavar="B")
@_data_option
@click.option("--data-b", "data_b", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Read kommun B from this data folder instead (a later snapshot, another län).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="What to print on stdout.")
@_lang_option
@click.option("-o", "--output", "output_dir", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Also write compare-A-B.md, .json and .html (the two maps side by side) here.")
@click.option("--top", default=25, show_default=True, type=click.IntRange(1),
              help="Ranked differences shown in the table (Markdown and JSON hold all).")
def compare(kommun_a: str, kommun_b: str, data_dir: str, data_b: str | None, fmt: str, lang: str,
            output_dir: str | None, top: int) -> None:
    """Set two kommuner side by side and say, in words and numbers, what differs.

    A and B are kommun ids in the data; with --data-b, B is read from another folder.
    """
    from samnet.compare import compare_networks, format_comparison
    from samnet.graph import build_network, select_kommuner

    dataset_a = _load(data_dir, lang)
    dataset_b = _load(data_b, lang) if data_b else dataset_a
    select_kommuner(dataset_a, [kommun_a])
    select_kommuner(dataset_b, [kommun_b])
    if dataset_b is dataset_a and kommun_a == kommun_b:
        raise UsageError("A och B är samma kommun; ange två kommuner, eller --data-b för en ögonblicksbild",
                         en="A and B are the same kommun; give two kommuner, or --data-b for a snapshot")
    net_a, net_b = build_network(dataset_a, kommun_a), build_network(dataset_b, kommun_b)
    comparison = compare_networks(net_a, net_b)
    text = format_comparison(comparison, fmt, lang, top=top)
    if output_dir is not None:
        _write(_comparison_files(net_a, net_b, comparison, Path(output_dir), lang), lang)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@_data_option
@click.option("--norm", "norm_file", default=None, type=click.Path(dir_okay=False, path_type=str),
              help="A norm file (YAML). Default: the bundled Dalarna agreement (dalarna-2024).")
@_kommun_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="What to print on stdout.")
@_lang_option
@click.option("-o", "--output", "output_dir", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Also write check.md and check.json to this folder.")
def check(data_dir: str, norm_file: str | None, kommuner: tuple[str, ...], fmt: str, lang: str,
          output_dir: str | None) -> None:
    """Hold each kommun's mapping against a regional agreement: which rules are met, which are gaps.

    Exits 0 whenever the check ran (gaps are findings, not errors); 1 for bad data or a bad norm file.
    """
    from samnet.check_run import check_run

    run = check_run(data_dir, norm_file, kommuner, fmt=fmt, lang=lang,
                    output_dir=Path(output_dir) if output_dir is not None else None)
    if run.files:
        _write(run.files, lang)
    click.echo(run.text, nl=not run.text.endswith("\n"))


def main() -> None:
    """Entry point of the ``samnet`` console script and ``python -m samnet``."""
    from samnet.output import configure_streams

    # Redirected output on Windows is cp1252 or cp850: a "→" must not crash the run.
    configure_streams()
    cli(prog_name="samnet")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
