"""The ``samnet`` command line: a thin click shell over the core modules.

Results go to stdout; progress, warnings and problems go to stderr. Bad data
exits with status 1, bad usage with 2, both without a traceback unless
``--debug`` is given. Heavy modules (networkx, the map renderer) are imported inside the
commands that need them so that ``samnet --help`` answers at once.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from samnet import __version__
from samnet.errors import SamnetError, UsageError, exists_error, refuse_overwrite
from samnet.texts.cli_help import HelpCommand, HelpGroup, help_language

__all__ = ["cli", "main"]

_DEFAULT_DATA = "data"
_DEFAULT_OUTPUT = "output"
_LANGS = click.Choice(["sv", "en"])


class _Command(HelpCommand):
    """A command whose ``--example`` takes a dataset's name only when one follows.

    ``samnet compare --example ljusdal sandviken`` means the default example and two
    kommuner: a word after ``--example`` that names no bundled dataset is left for the
    command's own arguments.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args = list(args)
        for i, arg in enumerate(args[:-1]):
            if arg == "--example" and not args[i + 1].startswith("-") and args[i + 1] not in EXAMPLE_NAMES:
                args.insert(i + 1, EXAMPLE_NAMES[0])
                break
        return super().parse_args(ctx, args)


class _Group(HelpGroup):
    """Turns samnet's own errors into one clear message and an exit status, not a traceback."""

    command_class = _Command

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SamnetError as exc:
            debug = bool(ctx.meta.get("samnet.debug"))
            if debug:
                raise
            if isinstance(exc, UsageError):
                from samnet.texts.catalogue import text

                lang = ctx.meta.get("samnet.lang", "sv")
                click.echo(f"{text('cli.usage_error', lang)}: {exc.in_language(lang)}", err=True)
            else:
                click.echo(str(exc), err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            # Ctrl-C: one line in the user's language and the shell's 128 + SIGINT, not "Aborted!".
            from samnet.texts.catalogue import text

            click.echo(text("cli.interrupted", ctx.meta.get("samnet.lang", "sv")), err=True)
            ctx.exit(130)
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


#: The bundled datasets ``--example`` names (the keys of :data:`samnet.load.source.EXAMPLES`; kept
#: here so that ``samnet --help`` loads no data layer), the default first.
EXAMPLE_NAMES = ("gavleborg", "ostergotland")


def _data_option(func):
    """``--data FOLDER|FILE.xlsx`` and ``--example`` (the bundled data), resolved into ``data_dir``."""

    @functools.wraps(func)
    def with_example(*args, example: str | None = None, **kwargs):
        if example:
            ctx = click.get_current_context()
            if ctx.get_parameter_source("data_dir") is click.core.ParameterSource.COMMANDLINE:
                raise UsageError("usage.both_data_and_example")
            from samnet.load.source import bundled_data_dir

            kwargs["data_dir"] = str(bundled_data_dir(example))
            # Reports and the OK line name the example, not the install path (which differs per machine).
            ctx.meta["samnet.example"] = kwargs["data_dir"]
            ctx.meta["samnet.example_name"] = example
        elif kwargs.get("data_dir") == _DEFAULT_DATA and not os.path.exists(_DEFAULT_DATA):
            # `samnet init --xlsx` writes kartlaggning.xlsx, not data/: plain commands read it.
            from samnet.load.source import DEFAULT_WORKBOOK

            if os.path.isfile(DEFAULT_WORKBOOK):
                kwargs["data_dir"] = DEFAULT_WORKBOOK
                _say("cli.reading_workbook", path=DEFAULT_WORKBOOK)
        return func(*args, **kwargs)

    with_example = click.option(
        "--example",
        is_flag=False,
        flag_value="gavleborg",
        default=None,
        type=click.Choice(EXAMPLE_NAMES),
        help="@opt.example",
    )(with_example)
    return click.option(
        "--data",
        "data_dir",
        default=_DEFAULT_DATA,
        show_default=True,
        type=click.Path(path_type=str),
        help="@opt.data",
    )(with_example)


def _kommun_option(func):
    return click.option(
        "--kommun",
        "kommuner",
        multiple=True,
        metavar="ID",
        help="@opt.kommun",
    )(func)


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """The language: --lang on the command, else on samnet itself, else SAMNET_LANG, else Swedish."""
    if value is None:
        value = ctx.meta.get("samnet.lang") or help_language([], os.environ)
    # The group prints usage errors after the command has failed, in the command's language.
    ctx.meta["samnet.lang"] = value
    return value


def _lang_option(func):
    return click.option(
        "--lang",
        type=_LANGS,
        default=None,
        is_eager=True,
        callback=_remember_lang,
        help="@opt.lang",
    )(func)


def _status(message: str) -> None:
    click.echo(message, err=True)


def _norm_option(func):
    return click.option(
        "--norm",
        "norm_file",
        default=None,
        type=click.Path(dir_okay=False, path_type=str),
        help="@opt.norm",
    )(func)


def _load_norm(norm_file: str | None, lang: str):
    """The norm file, validated; None (the data's own norm, if any) when no file is given."""
    if norm_file is None:
        return None
    from samnet.load.norm import load_named_norm

    return load_named_norm(norm_file, lang)


def _say(key: str, **fields) -> None:
    """A status line from the catalogue on stderr, in the language of the command's --lang."""
    from samnet.texts.catalogue import text

    _status(text(key, click.get_current_context().meta.get("samnet.lang", "sv"), **fields))


def _source_name(data_dir: str, lang: str) -> str:
    """How messages and reports name the data: its path, or a stable name for --example."""
    if click.get_current_context().meta.get("samnet.example") == data_dir:
        from samnet.texts.catalogue import text

        return text("report.example_data." + click.get_current_context().meta["samnet.example_name"], lang)
    return data_dir


def _load(data_dir: str, lang: str = "sv"):
    from samnet.load.source import load_data

    _recover(data_dir, lang)
    return load_data(data_dir, lang=lang)


def _recover(data: str, lang: str) -> None:
    """Finish a commit a killed run left in the data's folder before reading it, and say so on stderr."""
    from samnet.write.commit import recover

    folder = data if os.path.isdir(data) else os.path.dirname(data) or "."
    # Only the data's own folder: a workbook in the home folder must not make samnet walk it.
    done = recover(folder, lang=lang, depth=0)
    if done is not None:
        from samnet.texts.catalogue import text

        _status(text(f"output.{done}", lang, folder=folder))


@click.group(cls=_Group, help="@cli", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="samnet")
@click.option("--debug", is_flag=True, help="@cli.debug")
@_lang_option
@click.pass_context
def cli(ctx: click.Context, debug: bool, lang: str) -> None:
    """samnet: measure, map and compare samverkan against violence in close relationships.

    Reads actors.yaml and links.yaml from a data folder (default: data/), or an
    Excel workbook with --data FILE.xlsx. Start with `samnet validate`, then
    `samnet analyze`. New here: `samnet init`, or try `samnet analyze --example`.
    """
    ctx.meta["samnet.debug"] = debug


@cli.command(help="@validate")
@_data_option
@_lang_option
def validate(data_dir: str, lang: str) -> None:
    """Check the data and print every problem, or one line if all is well."""
    from samnet.texts.catalogue import count, text

    dataset = _load(data_dir, lang)
    documents = len(dataset.documents)
    click.echo(
        text(
            "cli.validate_ok_documents" if documents else "cli.validate_ok",
            lang,
            data=_source_name(data_dir, lang),
            kommuner=count(len(dataset.kommuner), "noun.kommun", lang),
            actors=count(len(dataset.actors), "noun.actor", lang),
            links=count(len(dataset.links), "noun.link", lang),
            forums=count(len(dataset.forums), "noun.forum", lang),
            documents=count(documents, "noun.document", lang),
        )
    )


@cli.command(help="@analyze")
@_data_option
@_kommun_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default=None, help="@analyze.format"
)
@_lang_option
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="@analyze.output",
)
@click.option("--no-maps", is_flag=True, help="@analyze.no_maps")
@click.option("--utan", "without", metavar="AKTÖR", multiple=True, help="@analyze.utan")
@click.option("--no-report", is_flag=True, help="@analyze.no_report")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="@analyze.top")
@_norm_option
@click.option("--full", is_flag=True, help="@analyze.full")
def analyze(
    data_dir: str,
    kommuner: tuple[str, ...],
    fmt: str | None,
    lang: str,
    output_dir: str | None,
    no_maps: bool,
    no_report: bool,
    top: int,
    without: tuple[str, ...],
    norm_file: str | None,
    full: bool,
) -> None:
    """Measure each kommun's network: counts, trappa levels, central actors, one-way and person-dependent ties.

    With no --format and no -o, prints tables and writes the full set of files to output/.
    """
    import shutil  # its archive modules are not loaded for --help

    from samnet.runs import analysis_json, analysis_run
    from samnet.write.streams import print_pieces

    if output_dir is None and fmt is None:
        output_dir = _DEFAULT_OUTPUT
    dataset = _load(data_dir, lang)
    if fmt == "json" and output_dir is None and not without and norm_file is None:
        # Nothing to write but the JSON: each kommun is measured, printed and let go in turn.
        return print_pieces(analysis_json(dataset, list(kommuner) or None))
    run = analysis_run(
        dataset,
        list(kommuner) or None,
        fmt=fmt or "table",
        lang=lang,
        top=top,
        without=without,
        output_dir=None if output_dir is None else Path(output_dir),
        maps=not no_maps,
        report=not (no_report or no_maps),
        source=_source_name(data_dir, lang),
        progress=_status,
        norm=_load_norm(norm_file, lang),
        full=full or fmt is not None,
        width=shutil.get_terminal_size((100, 24)).columns,
    )
    _finish(run, lang)
    if run.look is not None and fmt is None:
        # The last line on the screen says where the answer is.
        _say("cli.more" if not full else "cli.look", path=run.look)


def _finish(run, lang: str) -> None:
    """Write the run's files (all or none), then print its text: a failed print never loses files."""
    if run.files:
        _write(run.files, lang)
    if run.text:
        click.echo(run.text, nl=not run.text.endswith("\n"))


def _write(files: dict, lang: str = "sv", force: bool | None = True) -> None:
    """Commit the files; ``force`` False or None refuses, under the folder lock, to replace any of them."""
    from samnet.write.commit import write_files

    refuse = None if force else (lambda path: exists_error(str(path), force))
    written = write_files(files, lang=lang, refuse_existing=refuse)
    if len(written) <= 12:
        for path in written:
            _say("cli.wrote", path=path)
    else:
        folders = sorted({str(path.parent) for path in written})
        _say("cli.wrote_many", files=len(written), folders=len(folders), root=os.path.commonpath(folders))


@cli.command(name="map", help="@map")
@_data_option
@_kommun_option
@click.option(
    "-o",
    "--output",
    "output",
    default=_DEFAULT_OUTPUT,
    show_default=True,
    type=click.Path(path_type=str),
    help="@map.output",
)
@click.option("--lan", default=None, metavar="NAME", help="@map.lan")
@click.option(
    "--size-by",
    type=click.Choice(["strength", "degree", "betweenness", "eigenvector"]),
    default="strength",
    show_default=True,
    help="@map.size_by",
)
@click.option(
    "--layout", type=click.Choice(["sector", "force"]), default="sector", show_default=True, help="@map.layout"
)
@_lang_option
def map_command(
    data_dir: str, kommuner: tuple[str, ...], output: str, lan: str | None, size_by: str, layout: str, lang: str
) -> None:
    """Draw interactive maps: one self-contained HTML file per kommun that works offline."""
    from samnet.runs import map_run

    dataset = _load(data_dir, lang)
    _finish(
        map_run(
            dataset, list(kommuner) or None, output=Path(output), lan=lan, size_by=size_by, layout=layout, lang=lang
        ),
        lang,
    )


@cli.command(help="@compare")
@click.argument("kommun_a", metavar="A")
@click.argument("kommun_b", metavar="B")
@_data_option
@click.option("--data-b", "data_b", default=None, type=click.Path(path_type=str), help="@compare.data_b")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="@opt.format",
)
@_lang_option
@click.option(
    "-o",
    "--output",
    "output_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    help="@compare.output",
)
@click.option("--top", default=25, show_default=True, type=click.IntRange(1), help="@compare.top")
@_norm_option
def compare(
    kommun_a: str,
    kommun_b: str,
    data_dir: str,
    data_b: str | None,
    fmt: str,
    lang: str,
    output_dir: str | None,
    top: int,
    norm_file: str | None,
) -> None:
    """Set two kommuner side by side and say, in words and numbers, what differs.

    A and B are kommun ids in the data; with --data-b, B is read from another folder.
    """
    from samnet.runs import comparison_run

    dataset_a = _load(data_dir, lang)
    dataset_b = _load(data_b, lang) if data_b else dataset_a
    _finish(
        comparison_run(
            dataset_a,
            kommun_a,
            dataset_b,
            kommun_b,
            fmt=fmt,
            lang=lang,
            top=top,
            output_dir=None if output_dir is None else Path(output_dir),
            norm=_load_norm(norm_file, lang),
        ),
        lang,
    )


@cli.command(help="@template")
@click.option(
    "-o",
    "--output",
    "output",
    default="kartlaggning.xlsx",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="@template.output",
)
@click.option("--force", is_flag=True, help="@opt.force")
@_lang_option
def template(output: str, force: bool, lang: str) -> None:
    """Write an empty Excel workbook to fill in: one sheet per part of the data, help in Swedish."""
    from samnet.write.workbook import template_workbook

    files = {Path(output): template_workbook()}
    refuse_overwrite(files, force)
    _write(files, lang=lang, force=force)


@cli.command(help="@convert")
@click.argument("source", metavar="SRC", type=click.Path(path_type=str))
@click.argument("dest", metavar="DEST", type=click.Path(path_type=str))
@click.option("--force", is_flag=True, help="@opt.force")
@_lang_option
def convert(source: str, dest: str, force: bool, lang: str) -> None:
    """Convert a data folder to an Excel workbook (DEST ends in .xlsx) or a workbook to a folder.

    The data is validated first; the result holds the same mapping.
    """
    from samnet.write.convert import check_destination, conversion_files

    check_destination(dest)
    files = conversion_files(_load(source, lang), dest)
    refuse_overwrite(files, force)
    _write(files, lang, force=force)


@cli.command(help="@export")
@_data_option
@click.option("--kommun", "kommun", default=None, metavar="ID", help="@export.kommun")
@click.option(
    "--format", "fmt", type=click.Choice(["graphml", "gexf", "xlsx", "json"]), default=None, help="@export.format"
)
@click.option(
    "-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=str), help="@export.output"
)
@_lang_option
def export(data_dir: str, kommun: str | None, fmt: str | None, output: str, lang: str) -> None:
    """Export a network for Gephi (GEXF, GraphML), R (GraphML), Kumu (xlsx) or scripts (JSON)."""
    from samnet.present.export import check_export_name
    from samnet.runs import export_run

    fmt = check_export_name(output, fmt)
    dataset = _load(data_dir, lang)
    if kommun is None and len(dataset.kommuner) == 1:
        # One kommun: the export is that kommun's network, with its name and id.
        kommun = next(iter(dataset.kommuner))
    _write(export_run(dataset, kommun, fmt=fmt, output=Path(output)).files)


@cli.command(name="enkat", help="@enkat")
@_data_option
@_kommun_option
@click.option("-o", "--output", default="enkater", show_default=True, help="@enkat.output")
@click.option("--force", is_flag=True, help="@enkat.force")
@_lang_option
def enkat(data_dir: str, kommuner: tuple[str, ...], output: str, force: bool, lang: str) -> None:
    """Write questionnaire forms: each organisation says how it works with every other one on the list.

    One workbook per organisation (or informant); merge the returned ones with samnet sammanstall.
    """
    from samnet.runs import questionnaire_run

    run = questionnaire_run(_load(data_dir, lang), list(kommuner) or None, output=Path(output))
    refuse_overwrite(run.files, force)
    _write(run.files, lang, force=force)


@cli.command(name="sammanstall", help="@sammanstall")
@_data_option
@click.argument("forms", metavar="SVAR.xlsx...", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="@sammanstall.output")
@click.option("--force", is_flag=True, help="@sammanstall.force")
@_lang_option
def sammanstall(data_dir: str, forms: tuple[str, ...], output: str, force: bool, lang: str) -> None:
    """Merge returned questionnaire forms into the mapping, each answer as a report by its respondent.

    Prints the response rate, who has not answered, confirmed ties and every disagreement.
    """
    from samnet.runs import merge_forms_run

    run = merge_forms_run(_load(data_dir, lang), list(forms), output=Path(output), lang=lang)
    refuse_overwrite(run.files, force)
    _write(run.files, lang, force=force)
    click.echo(run.text)


@cli.command(help="@init")
@click.argument("folder", metavar="[DIR]", required=False, type=click.Path(path_type=str))
@click.option("--xlsx", "as_workbook", is_flag=True, help="@init.xlsx")
@_lang_option
def init(folder: str | None, as_workbook: bool, lang: str) -> None:
    """Start a new mapping: a small example to replace with your own kommun (default folder: data/)."""
    from samnet.write.starter import STARTER_WORKBOOK, starter_files, starter_workbook

    if as_workbook:
        path = Path(folder or ".") / STARTER_WORKBOOK
        files: dict = {path: starter_workbook()}
        hint = "samnet analyze" if folder is None else f"samnet analyze --data {path}"
    else:
        target = Path(folder or _DEFAULT_DATA)
        files = {target / name: text for name, text in starter_files().items()}
        hint = "samnet analyze" if target == Path(_DEFAULT_DATA) else f"samnet analyze --data {target}"
    refuse_overwrite(files, force=None)
    _write(files, lang=lang, force=None)
    _say("cli.next", hint=hint)


@cli.command(help="@check")
@_data_option
@_norm_option
@_kommun_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="@opt.format",
)
@_lang_option
@click.option(
    "-o", "--output", "output_dir", default=None, type=click.Path(file_okay=False, path_type=str), help="@check.output"
)
def check(
    data_dir: str, norm_file: str | None, kommuner: tuple[str, ...], fmt: str, lang: str, output_dir: str | None
) -> None:
    """Hold each kommun's mapping against a regional agreement: which rules are met, which are gaps.

    Exits 0 whenever the check ran (gaps are findings, not errors); 1 for bad data or a bad norm file.
    """
    from samnet.runs import check_run

    _recover(data_dir, lang)
    run = check_run(
        data_dir,
        norm_file,
        kommuner,
        fmt=fmt,
        lang=lang,
        output_dir=Path(output_dir) if output_dir is not None else None,
    )
    if run.files:
        _write(run.files, lang)
    click.echo(run.text, nl=not run.text.endswith("\n"))


@cli.command(help="@figure")
@_data_option
@click.option("--kommun", "kommun", default=None, metavar="ID", help="@figure.kommun")
@click.option(
    "--what",
    type=click.Choice(["network", "trappa", "scopes"]),
    default="network",
    show_default=True,
    help="@figure.what",
)
@_lang_option
@click.option(
    "-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=str), help="@figure.output"
)
def figure(data_dir: str, kommun: str | None, what: str, lang: str, output: str) -> None:
    """Draw a print-quality figure for Word or PowerPoint: the network, the trappa or the scopes."""

    from samnet.runs import figure_run

    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg", "pdf"):
        raise UsageError("usage.figure_file_format", output=output)
    _write(figure_run(_load(data_dir, lang), kommun, what=what, lang=lang, output=Path(output)).files, lang)


def main() -> None:
    """Entry point of the ``samnet`` console script and ``python -m samnet``."""
    from samnet.write.streams import configure_streams  # not via commit.py: --help needs no file writing

    # Redirected output on Windows is cp1252 or cp850: a "→" must not crash the run.
    configure_streams()
    if not sys.warnoptions:
        # A library's warning (with its site-packages path) means nothing to a coordinator;
        # ``python -W default -m samnet`` still shows them to a developer.
        import warnings

        warnings.simplefilter("ignore")
    cli(prog_name="samnet")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
