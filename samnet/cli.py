"""The ``samnet`` command line: a thin click shell over the core modules.

Results go to stdout; progress, warnings and problems go to stderr. Bad data
exits with status 1, bad usage with 2, both without a traceback unless
``--debug`` is given. Heavy modules (networkx, the map renderer) are imported inside the
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
                click.echo(f"Usage error: {exc}", err=True)
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


def _lang_option(func):
    return click.option(
        "--lang", type=_LANGS, default="sv", show_default=True,
        help="Language of tables, reports and maps: Swedish or English.",
    )(func)


def _status(message: str) -> None:
    click.echo(message, err=True)


def _load(data_dir: str):
    from samnet.loader import load_dataset

    return load_dataset(data_dir)


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
def validate(data_dir: str) -> None:
    """Check the data and print every problem, or one line if all is well."""
    dataset = _load(data_dir)
    click.echo(
        f"OK: {data_dir} holds {len(dataset.kommuner)} kommuner, {len(dataset.actors)} actors, "
        f"{len(dataset.links)} links and {len(dataset.forums)} forums; no problems found"
    )


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
    from samnet.pipeline import analysis_run

    if output_dir is None and fmt is None:
        output_dir = _DEFAULT_OUTPUT
    dataset = _load(data_dir)
    run = analysis_run(dataset, list(kommuner) or None, fmt=fmt or "table", lang=lang, top=top,
                       output_dir=None if output_dir is None else Path(output_dir), maps=not no_maps,
                       source=data_dir, progress=_status)
    _finish(run)


def _finish(run) -> None:
    """Write the run's files (all or none), then print its text: a failed print never loses files."""
    if run.files:
        _write(run.files)
    if run.text:
        click.echo(run.text, nl=not run.text.endswith("\n"))


def _write(files: dict) -> None:
    from samnet.output import write_files

    written = write_files(files)
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
@click.option("--layout", type=click.Choice(["sector", "force"]), default="sector", show_default=True,
              help="sector: actors by group round the social services; force: placed by their ties.")
@_lang_option
def map_command(data_dir: str, kommuner: tuple[str, ...], output: str, lan: str | None, size_by: str,
                layout: str, lang: str) -> None:
    """Draw interactive maps: one self-contained HTML file per kommun that works offline."""
    from samnet.pipeline import map_run

    dataset = _load(data_dir)
    _finish(map_run(dataset, list(kommuner) or None, output=Path(output), lan=lan, size_by=size_by,
                    layout=layout, lang=lang))


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
    from samnet.pipeline import comparison_run

    dataset_a = _load(data_dir)
    dataset_b = _load(data_b) if data_b else dataset_a
    _finish(comparison_run(dataset_a, kommun_a, dataset_b, kommun_b, fmt=fmt, lang=lang, top=top,
                           output_dir=None if output_dir is None else Path(output_dir)))


def main() -> None:
    """Entry point of the ``samnet`` console script and ``python -m samnet``."""
    cli(prog_name="samnet")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
