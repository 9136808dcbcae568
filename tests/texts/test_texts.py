"""The text catalogue, the number formatters and the one table writer of each kind."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest
from conftest import PACKAGE

from samnet.errors import UsageError, check_lang
from samnet.present.tables import display_width, markdown_table, md_escape, text_table
from samnet.texts.catalogue import CATALOGUE, add, count, decimal, join, percent, text, texts


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


#: Entries whose languages fill different fields on purpose: the loader's Swedish says
#: "är ingen känd länktyp" as one phrase ({unknown}), the English "is not a known" + {what}.
#: Both are words, never figures.
_WORDED_DIFFERENTLY = {
    "loader.not-in-vocab": ({"value", "unknown", "hint"}, {"value", "what", "hint"}),
    # English agrees "is"/"are" with each of three counts; the Swedish sentence has no verb there.
    "report.finding.scopes": (
        {"place", "individ", "struktur", "both", "ties"},
        {"place", "individ", "struktur", "both", "ties", "be_individ", "be_struktur", "be_both"},
    ),
}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_each_entry_has_both_languages_with_the_same_fields(key):
    sv, en = CATALOGUE[key]
    # The one entry that is white space by design: Swedish groups thousands with a space.
    assert (sv.strip() and en.strip()) or (key == "problems.thousands" and (sv, en) == (" ", ","))
    if key in _WORDED_DIFFERENTLY:
        assert (_fields(sv), _fields(en)) == _WORDED_DIFFERENTLY[key]
    else:
        # A field in one language only would drop (or invent) a figure in the other.
        assert _fields(sv) == _fields(en)
    if key.startswith("noun."):
        assert sv.count("|") == en.count("|") == 1


def test_one_language_check_everywhere():
    assert check_lang("sv") == "sv"
    with pytest.raises(UsageError, match="okänt språk") as caught:
        check_lang("fi")
    assert caught.value.in_language("en").startswith("unknown language")
    # Below the command line an unknown language is a programming error, never a silent fallback.
    for call in (lambda: text("analysis.actors", "fi"), lambda: decimal(0.5, "de"), lambda: texts("compare.", "no")):
        with pytest.raises(ValueError, match="unknown language"):
            call()


def test_formatters_write_as_the_reader_does():
    assert (decimal(0.16385, "sv"), decimal(0.16385, "en")) == ("0,164", "0.164")
    assert (percent(0.787, "sv", 1), percent(0.787, "en", 1), percent(1.0, "sv")) == ("78,7 %", "78.7%", "100 %")
    assert (count(1, "noun.actor", "sv"), count(2, "noun.actor", "sv"), count(2, "noun.actor", "en")) == (
        "1 aktör",
        "2 aktörer",
        "2 actors",
    )
    assert (join(["a", "b"], "sv"), join(["a", "b", "c"], "en")) == ("a och b", "a, b and c")


def test_add_moves_a_language_table_in_under_a_prefix(monkeypatch):
    monkeypatch.setattr("samnet.texts.catalogue.CATALOGUE", dict(CATALOGUE))  # the real one stays as registered
    monkeypatch.setattr("samnet.texts.catalogue._SLICES", {})
    add("test-only.", {"sv": {"hello": "Hej {name}"}, "en": {"hello": "Hello {name}"}})
    assert text("test-only.hello", "en", name="Ada") == "Hello Ada"
    assert texts("test-only.", "sv") == {"hello": "Hej {name}"}
    with pytest.raises(ValueError, match="differ in keys"):
        add("test-other.", {"sv": {"a": "A"}, "en": {"b": "B"}})
    with pytest.raises(ValueError, match="already in the catalogue"):
        add("test-only.", {"sv": {"hello": "x"}, "en": {"hello": "y"}})


def test_terminal_table_counts_columns_not_code_points():
    decomposed = unicodedata.normalize("NFD", "Åsa Öberg")
    assert len(decomposed) == 11 and display_width(decomposed) == 9
    table = text_table(["namn", "n"], [[decomposed, 1], ["北京", 22]])
    lines = table.splitlines()
    # Every line ends in the right-aligned number column at the same terminal column.
    assert [display_width(line) for line in lines] == [display_width(lines[0])] * len(lines)
    assert unicodedata.normalize("NFC", decomposed) in table  # written NFC


def test_terminal_table_clips_the_widest_column_to_fit():
    table = text_table(["a", "b"], [["x" * 150, "y"]], max_width=40)
    assert max(display_width(line) for line in table.splitlines()) <= 40
    assert "…" in table


def test_markdown_escaping_keeps_data_from_opening_markup():
    assert md_escape("K <img src=x onerror=alert(1)>") == r"K \<img src=x onerror=alert(1)\>"
    assert md_escape("a|b\nc") == r"a\|b c"
    table = markdown_table(["", "x_y"], [["*a*", 1]], align="lr")
    assert table.splitlines() == ["|  | x\\_y |", "|---|---:|", "| \\*a\\* | 1 |"]


def test_one_markdown_table_writer_and_one_terminal_table_writer():
    # Table rules are drawn in samnet/tables.py only, so every table escapes and measures alike.
    rule = re.compile(r"\|---|\"-\" \*")
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50, "the test must see every module of every layer"
    offenders = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in modules
        if path.name != "tables.py" and rule.search(path.read_text(encoding="utf-8"))
    )
    assert offenders == []


#: `lang == "en"` (either side, == or !=) or a table keyed by language (`"sv": {` / `"sv": (`).
_CHOOSES = re.compile(
    r"""\blang\s*[!=]=\s*["'](?:sv|en)["']|["'](?:sv|en)["']\s*[!=]=\s*[\w.]*lang\b"""
    r"""|["']sv["']\s*:\s*[({]"""
)


def test_only_the_catalogue_chooses_a_language():
    # Every module of every layer; the catalogue's data modules (samnet/texts/) are the tables themselves.
    modules = [path for path in PACKAGE.rglob("*.py") if path.parent.name != "texts"]
    assert len(modules) > 50, "the test must see every module of every layer"
    choosing = sorted(
        path.relative_to(PACKAGE).as_posix() for path in modules if _CHOOSES.search(path.read_text(encoding="utf-8"))
    )
    assert choosing == [], "chooses a language itself: use text()"


def test_the_language_check_sees_a_comparison():
    # The test above must be able to fail: each of these shapes counts as choosing.
    for line in (
        'x if lang == "en" else y',
        "if 'sv' != self.lang:",
        'en = report.lang == "en"',
        '_T = {"sv": {"a": "b"}}',
        '"sv": ("a", "b"),',
    ):
        assert _CHOOSES.search(line), line
    assert not _CHOOSES.search('text("analysis.actors", lang)')


def test_every_usage_error_is_a_catalogue_text_in_both_languages():
    # A UsageError is raised with a catalogue key, never a sentence written in place. The one
    # call with a variable key, core/network.py's unknown kommun or län, is checked by its keys.
    import ast

    keys = {"loader.unknown-kommun-usage", "loader.unknown-lan-usage"}
    variable = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "UsageError":
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant):
                    keys.add(first.value)
                else:
                    variable.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    assert len(variable) == 1 and variable[0].startswith("core/network.py:"), variable
    assert len(keys) > 15, "the test must see the usage errors"
    for key in keys:
        sv, en = CATALOGUE[key]
        assert sv.strip() and en.strip() and sv != en, key
    assert {k for k in CATALOGUE if k.startswith("usage.")} <= keys, "a usage text no error raises"


def test_a_keys_prefix_names_the_data_module_that_holds_it():
    import importlib

    modules = {p.stem for p in (PACKAGE / "texts").glob("*.py")} - {"__init__", "catalogue"}
    for key in CATALOGUE:
        prefix = key.split(".", 1)[0]
        assert "." in key and prefix in modules, key
        tables = importlib.import_module(f"samnet.texts.{prefix}").TABLES
        assert any(key.startswith(p) for p in tables), key
        assert all(p.split(".", 1)[0] == prefix for p in tables), prefix


def test_the_catalogue_lists_every_data_module():
    from samnet.texts.catalogue import MODULES

    modules = {p.stem for p in (PACKAGE / "texts").glob("*.py")} - {"__init__", "catalogue", "cli_help"}
    assert set(MODULES) == modules


def _fresh(code: str) -> list[str]:
    """The text data modules a fresh interpreter has loaded after running ``code``."""
    import subprocess
    import sys

    code += "; import sys; print(' '.join(sorted(m for m in sys.modules if m.startswith('samnet.texts.'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_a_text_loads_only_the_data_module_its_key_names():
    # samnet --help starts fast: the command line loads no texts, its help only the help texts.
    assert _fresh("import samnet.cli") == ["samnet.texts.catalogue", "samnet.texts.cli_help"]
    help_only = "from click.testing import CliRunner; from samnet.cli import cli; CliRunner().invoke(cli, ['--help'])"
    assert _fresh(help_only) == ["samnet.texts.catalogue", "samnet.texts.cli_help", "samnet.texts.help"]
    looked_up = "from samnet.texts.catalogue import text, texts; text('analysis.actors'); texts('map.', 'en')"
    assert _fresh(looked_up) == ["samnet.texts.analysis", "samnet.texts.catalogue", "samnet.texts.map"]
    # Listing the catalogue shows every text.
    assert len(_fresh("from samnet.texts.catalogue import CATALOGUE; sorted(CATALOGUE)")) == 27


def test_a_missing_key_is_still_missing():
    with pytest.raises(KeyError):
        text("analysis.no-such-text")
    with pytest.raises(KeyError):
        text("no-such-module.text")
    assert "analysis.actors" in CATALOGUE and "no-such-module.text" not in CATALOGUE
    assert CATALOGUE.get("analysis.no-such-text", "-") == "-"


def test_texts_answers_from_a_cache_the_caller_cannot_spoil(monkeypatch):
    first = texts("map.", "en")
    first["title"] = "spoilt"
    assert texts("map.", "en")["title"] != "spoilt"
    # Texts added later are seen: adding drops what texts() kept.
    monkeypatch.setattr("samnet.texts.catalogue.CATALOGUE", dict(CATALOGUE))
    monkeypatch.setattr("samnet.texts.catalogue._SLICES", {})
    assert texts("map.test-only-", "en") == {}
    add("map.test-only-", {"sv": {"x": "X"}, "en": {"x": "Y"}})
    assert texts("map.test-only-", "en") == {"x": "Y"}


def test_one_word_per_measure_everywhere():
    """The terminal, the report, the map and metrics.xlsx name a measure with the same word."""
    from samnet.present.metrics_workbook import header
    from samnet.texts.catalogue import CATALOGUE

    for lang_index, lang in enumerate(("sv", "en")):
        for measure in ("degree", "strength", "betweenness", "eigenvector"):
            word = CATALOGUE["analysis." + measure][lang_index].casefold()
            for key, pair in CATALOGUE.items():
                if key.rsplit(".", 1)[-1] in (measure, f"size_{measure}"):
                    assert pair[lang_index].casefold().split(" (")[0] == word, (key, pair)
            assert header(measure, lang).casefold() == word
        # Person-dependent pairs are pairs wherever they are counted.
        pairs = CATALOGUE["analysis.person_dependent_ties"][lang_index].casefold()
        assert CATALOGUE["map.pd_ties"][lang_index].casefold() == pairs
        assert CATALOGUE["document.person"][lang_index].casefold() == pairs
