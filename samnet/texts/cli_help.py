"""Help in the user's language: Swedish by default, English with ``--lang en`` or ``SAMNET_LANG=en``.

A command's and an option's help is written in :mod:`samnet.cli` as a
catalogue key (``"@analyze.output"``: the text ``help.analyze.output``) and
turned into words only when help is shown, in the language of ``--lang``
anywhere on the command line, else of the ``SAMNET_LANG`` environment
variable, else Swedish. click's own words (Usage, Options, default) follow. It sits with the catalogue because it is the catalogue's help texts
put in place, and it loads nothing but click and the catalogue, so ``samnet --help`` stays fast.

Examples
--------
>>> help_language(["analyze", "--help", "--lang", "en"], {})
'en'
>>> help_language(["--help"], {"SAMNET_LANG": "en"}), help_language([], {})
('en', 'sv')
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping

import click
from click import core as click_core
from click import formatting as click_formatting

from samnet.texts.catalogue import CATALOGUE, LANGS, text

__all__ = ["HelpCommand", "HelpGroup", "help_language", "LANG_ENV"]

#: The environment variable that sets samnet's language when --lang is not given.
LANG_ENV = "SAMNET_LANG"


def help_language(argv: list[str], environ: Mapping[str, str]) -> str:
    """The language help is shown in: the last ``--lang`` on the command line, else ``SAMNET_LANG``, else sv."""
    chosen = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    if chosen in LANGS:
        return chosen
    from_env = environ.get(LANG_ENV, "").strip().lower()[:2]
    return from_env if from_env in LANGS else "sv"


def _words(template: str | None, lang: str) -> str | None:
    """The help text behind a ``@key`` (or one of click's own sentences) in ``lang``."""
    if template is None:
        return None
    if template.startswith("@"):
        return text("help." + template[1:], lang)
    if "help.click." + template in CATALOGUE:
        return text("help.click." + template, lang)
    return template


@contextlib.contextmanager
def _in_language(ctx: click.Context, commands: list[click.Command], lang: str) -> Iterator[None]:
    """Show ``commands``' help (and click's words) in ``lang`` for the duration, then put them back."""
    saved: list[tuple[object, str, object]] = []

    def swap(owner: object, attribute: str, value: object) -> None:
        saved.append((owner, attribute, getattr(owner, attribute)))
        setattr(owner, attribute, value)

    for command in commands:
        swap(command, "help", _words(command.help, lang))
        swap(command, "options_metavar", _words(command.options_metavar, lang))
        if isinstance(command, click.Group):
            swap(command, "subcommand_metavar", _words(command.subcommand_metavar, lang))
        if command.short_help:
            swap(command, "short_help", _words(command.short_help, lang))
        for param in command.get_params(ctx):
            if isinstance(param, click.Option):
                swap(param, "help", _words(param.help, lang))
    for module in (click_core, click_formatting):
        swap(module, "_", lambda message: _words(message, lang) or message)
    try:
        yield
    finally:
        for owner, attribute, value in reversed(saved):
            setattr(owner, attribute, value)


def _remember(ctx: click.Context, args: list[str]) -> None:
    ctx.meta.setdefault("samnet.argv", list(args))


class HelpCommand(click.Command):
    """A command whose help is shown in the user's language."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _remember(ctx, args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_language(ctx.meta.get("samnet.argv", []), os.environ)
        with _in_language(ctx, [self], lang):
            super().format_help(ctx, formatter)


class HelpGroup(click.Group):
    """A group whose help, and its commands' one-line descriptions, are shown in the user's language."""

    command_class = HelpCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _remember(ctx, args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_language(ctx.meta.get("samnet.argv", []), os.environ)
        with _in_language(ctx, [self, *self.commands.values()], lang):
            super().format_help(ctx, formatter)
