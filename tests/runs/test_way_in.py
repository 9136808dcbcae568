"""A way in for a newcomer, run from a folder outside the repository: --example, init, template."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import ROOT

from samnet.load.source import bundled_data_dir
from samnet.write.workbook import SHEETS, template_workbook


def samnet(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "samnet", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_analyze_without_data_says_in_two_lines_how_to_start(tmp_path):
    result = samnet(tmp_path, "analyze")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert "samnet init" in lines[0] and "samnet analyze --example" in lines[1]
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "--example"],
        ["analyze", "--example", "--format", "json", "--kommun", "ljusdal"],
        ["map", "--example", "--kommun", "ljusdal", "-o", "karta.html"],
        ["compare", "ljusdal", "sandviken", "--example", "--format", "json"],
    ],
)
def test_example_runs_on_the_bundled_data_from_anywhere(tmp_path, command):
    result = samnet(tmp_path, *command)
    assert result.returncode == 0, result.stderr
    if command[0] == "validate":
        assert "2 kommuner" in result.stdout
    if command[0] == "map":
        assert (tmp_path / "karta.html").stat().st_size > 10_000


def test_example_and_data_together_is_a_usage_error(tmp_path):
    result = samnet(tmp_path, "validate", "--example", "--data", "data")
    assert result.returncode == 2
    assert "--example" in result.stderr


def test_yaml_commands_never_import_openpyxl(tmp_path):
    code = (
        "import sys; from click.testing import CliRunner; from samnet.cli import cli; "
        f"r = CliRunner().invoke(cli, ['validate', '--data', {str(ROOT / 'data')!r}]); "
        "print(r.exit_code, 'openpyxl' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "False"]


def test_init_writes_a_mapping_that_validates_and_analyses(tmp_path):
    result = samnet(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    actors = (tmp_path / "data" / "actors.yaml").read_text(encoding="utf-8")
    assert "kommuner:" in actors and "# " in actors
    validate = samnet(tmp_path, "validate")
    assert validate.returncode == 0, validate.stderr
    assert "1 kommun, 5 aktörer, 2 länkar och 1 forum" in validate.stdout
    analyze = samnet(tmp_path, "analyze", "--no-maps")
    assert analyze.returncode == 0, analyze.stderr
    assert (tmp_path / "output" / "minkommun" / "summary.json").is_file()
    again = samnet(tmp_path, "init")
    assert again.returncode == 2 and "data/actors.yaml" in again.stderr


def test_init_xlsx_writes_a_workbook_that_validates(tmp_path):
    result = samnet(tmp_path, "init", "--xlsx")
    assert result.returncode == 0, result.stderr
    validate = samnet(tmp_path, "validate", "--data", "kartlaggning.xlsx")
    assert validate.returncode == 0, validate.stderr
    assert "5 aktörer, 2 länkar och 1 forum" in validate.stdout


def _validations(ws) -> dict[str, str]:
    """Drop-down list formula by column letter."""
    found = {}
    for rule in ws.data_validations.dataValidation:
        for cells in rule.sqref.ranges:
            found[cells.coord.split(":")[0].rstrip("0123456789")] = rule.formula1
    return found


def test_template_has_the_sheets_headers_and_drop_downs(tmp_path):
    result = samnet(tmp_path, "template")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(tmp_path / "kartlaggning.xlsx")
    assert wb.sheetnames[:4] == ["kommuner", "aktörer", "länkar", "forum"]
    assert "hjälp" in wb.sheetnames and wb["listor"].sheet_state == "hidden"
    lankar = wb["länkar"]
    assert [c.value for c in lankar[1]][:4] == ["från", "till", "slag", "nivå"]
    assert lankar.freeze_panes == "A2"
    assert lankar.column_dimensions["J"].width == 60
    formulas = _validations(lankar)
    assert formulas["A"] == "='aktörer'!$A$2:$A$5000"
    assert formulas["C"] == "=listor!$C$2:$C$6"
    assert formulas["F"] == "=listor!$G$2:$G$3"
    listor = wb["listor"]
    assert [listor.cell(row=r, column=3).value for r in range(2, 7)] == [
        "samverkan",
        "orosanmälan",
        "polisanmälan",
        "hänvisning",
        "information",
    ]
    aktorer = _validations(wb["aktörer"])
    assert aktorer["C"] == "=listor!$A$2:$A$37" and aktorer["E"] == "='kommuner'!$A$2:$A$1000"
    help_text = " ".join(str(c.value) for row in wb["hjälp"].iter_rows() for c in row if c.value)
    for sheet in SHEETS:
        for column in sheet.columns:
            assert column.help in help_text
    assert "orosanmälan" in help_text and "samarbete" in help_text
    again = samnet(tmp_path, "template")
    assert again.returncode == 2 and "--force" in again.stderr


def test_template_is_the_same_bytes_every_time():
    first = template_workbook()
    assert first == template_workbook()
    assert b"2000-01-01T00:00:00Z" in openpyxl.reader.excel.ZipFile(io.BytesIO(first)).read("docProps/core.xml")


def test_the_package_ships_data_as_samnet_data():
    """pyproject maps the package folder samnet/data onto data/, so a wheel holds exactly data/*.yaml."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "samnet.data" in config["packages"]
    assert config["package-dir"]["samnet.data"] == "data"
    assert config["package-data"]["samnet.data"] == ["*.yaml"]
    assert bundled_data_dir().resolve() == (ROOT / "data").resolve()


def test_an_installed_package_finds_its_own_copy(tmp_path):
    """Laid out as pip installs it (samnet/data/*.yaml), --example reads the package's copy."""
    site = tmp_path / "site"
    (site / "samnet" / "data").mkdir(parents=True)
    for path in (ROOT / "samnet").rglob("*.py"):
        target = site / "samnet" / path.relative_to(ROOT / "samnet")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    for name in ("actors.yaml", "links.yaml"):
        (site / "samnet" / "data" / name).write_bytes((ROOT / "data" / name).read_bytes())
    env = dict(os.environ, PYTHONPATH=str(site))
    code = "from samnet.load.source import bundled_data_dir; print(bundled_data_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert Path(out) == site / "samnet" / "data"


def test_example_output_names_the_example_not_the_install_path(tmp_path):
    installed = str(bundled_data_dir())
    result = samnet(tmp_path, "validate", "--example")
    assert result.stdout.startswith("OK: exempeldata (Ljusdal och Sandviken) innehåller 2 kommuner")
    assert samnet(tmp_path, "validate", "--example", "--lang", "en").stdout.startswith(
        "OK: example data (Ljusdal and Sandviken) holds"
    )
    result = samnet(tmp_path, "analyze", "--example", "--no-maps", "-o", "ut")
    assert result.returncode == 0, result.stderr
    report = (tmp_path / "ut" / "report.md").read_text(encoding="utf-8")
    assert "exempeldata (Ljusdal och Sandviken)" in report and installed not in report


@pytest.mark.parametrize("given", ["kartlaggning", "Kartlaggning.xlsx", "KARTLAGGNING"])
def test_a_near_miss_workbook_name_says_which_file_was_found(tmp_path, given):
    assert samnet(tmp_path, "init", "--xlsx").returncode == 0
    result = samnet(tmp_path, "validate", "--data", given)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{given}: missing-file: finns inte, men hittade `kartlaggning.xlsx` — menade du `--data kartlaggning.xlsx`?"
    )
    english = samnet(tmp_path, "validate", "--data", given, "--lang", "en")
    assert "did you mean `--data kartlaggning.xlsx`?" in english.stderr
