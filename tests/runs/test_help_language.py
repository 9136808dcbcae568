"""Help in the user's language: every command's and option's help comes from the catalogue."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from samnet.cli import cli
from samnet.texts.catalogue import CATALOGUE

COMMANDS = sorted(cli.commands)


def _help(*args: str, env: dict | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), env=env or {"SAMNET_LANG": ""})
    assert result.exit_code == 0, result.output
    return result.output


def test_every_help_text_is_a_catalogue_key_in_both_languages():
    for command in [cli, *cli.commands.values()]:
        assert command.help.startswith("@") and "help." + command.help[1:] in CATALOGUE, command.name
        for param in command.params:
            if isinstance(param, click.Option) and param.help and param.name not in ("version",):
                assert param.help.startswith("@"), (command.name, param.name, param.help)
                assert "help." + param.help[1:] in CATALOGUE, param.help


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_swedish_by_default_and_english_on_request(command):
    args = [command] if command else []
    swedish = _help(*args, "--help")
    assert swedish.startswith("Användning:") and "Flaggor:" in swedish
    assert "Show this message" not in swedish and "[default:" not in swedish
    for english in (
        _help(*args, "--help", "--lang", "en"),
        _help(*args, "--lang", "en", "--help"),
        _help(*args, "--help", env={"SAMNET_LANG": "en"}),
    ):
        assert english.startswith("Usage:") and "Options:" in english and "Användning" not in english


def test_samnet_lang_sets_the_language_of_messages(tmp_path):
    result = CliRunner().invoke(cli, ["validate", "--data", str(tmp_path / "nothing")], env={"SAMNET_LANG": "en"})
    assert "No data" in result.output
    result = CliRunner().invoke(cli, ["validate", "--data", str(tmp_path / "nothing")], env={"SAMNET_LANG": ""})
    assert "Hittar ingen data" in result.output
