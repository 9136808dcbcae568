"""samnet enkat and samnet sammanstall end to end: forms written, filled as people would, merged.

The answers are those of tests/write/test_merge_forms.py (computed by hand there); here they are typed
into the real forms, in the words a person uses, and merged through the command line.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from samnet.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ENKAT = str(ROOT / "tests" / "fixtures" / "enkat")

#: Per form: (about: role, date), {organisation name: {column letter: value}}, {forum: {letter: value}}, missing.
ANSWERS = {
    "ifo": (
        ("Chef", "2026-12-01"),
        {
            "Skolan": {"B": "Ja", "C": "2 samsyn", "D": "strukturnivå"},
            "Kvinnojouren": {"B": "ja", "C": 3, "D": "Båda", "F": "JA"},
            "Polisen": {"B": "ja", "C": "samsyn", "D": "individnivå"},
        },
        {"Samråd om barn": {"B": "ja", "C": "varje månad", "D": "3 samarbete"}},
        [],
    ),
    "skola": (
        (None, "2026-12-02"),
        {"IFO barn och familj": {"B": 2, "G": "ja"}, "Kvinnojouren": {"B": "Nej"}},
        {},
        [],
    ),
    "jour": (
        ("medarbetare", "2026-12-03"),
        {"IFO barn och familj": {"B": "ja", "C": "4"}, "Skolan": {"B": "vet ej"}},
        {},
        [("Frivården", "2 samsyn")],
    ),
}


def fill(path: Path, answers) -> None:
    (role, date), rows, forums, missing = answers
    wb = openpyxl.load_workbook(path)
    wb["Om er"]["B3"], wb["Om er"]["B4"] = role, date
    for sheet, given in (("Organisationer", rows), ("Forum", forums)):
        ws = wb[sheet]
        for row in range(2, ws.max_row + 1):
            for letter, value in given.get(ws.cell(row=row, column=1).value, {}).items():
                ws[f"{letter}{row}"] = value
    for row, (name, level) in enumerate(missing, start=2):
        wb["Saknas på listan"][f"A{row}"], wb["Saknas på listan"][f"B{row}"] = name, level
    wb.save(path)


@pytest.fixture
def returned(tmp_path):
    run = CliRunner().invoke(cli, ["enkat", "--data", ENKAT, "-o", str(tmp_path / "enkater")])
    assert run.exit_code == 0, run.output
    folder = tmp_path / "enkater" / "k"
    assert sorted(p.name for p in folder.iterdir()) == ["ifo.xlsx", "jour.xlsx", "polis.xlsx", "skola.xlsx"]
    back = tmp_path / "svar"
    back.mkdir()
    for who, answers in ANSWERS.items():
        shutil.copy(folder / f"{who}.xlsx", back / f"{who}.xlsx")
        fill(back / f"{who}.xlsx", answers)
    return back


SUMMARY = """Sammanställning av enkätsvar
Svar: 3 av 4 organisationer (75 %).
Har inte svarat: Polisen.
Band som båda parter bekräftar: 2 av 4 beskrivna samverkansband.
Olika bild (1):
- IFO barn och familj och Kvinnojouren: IFO barn och familj (chef) säger 3 samarbete och Kvinnojouren (medarbetare) säger 4 samverkan
Att granska (1): organisationer som skrivits till utan att finnas i kartläggningen. De har inte lagts till; lägg till dem i aktörslistan om de ska med.
- Frivården (från Kvinnojouren, 2 samsyn)
Den sammanslagna kartläggningen: {out}
"""


def test_merging_filled_forms_prints_the_summary_computed_by_hand(returned, tmp_path):
    out = tmp_path / "ny"
    run = CliRunner().invoke(cli, ["sammanstall", "--data", ENKAT, str(returned), "-o", str(out)])
    assert run.exit_code == 0, run.output + run.stderr
    assert run.stdout == SUMMARY.format(out=out.as_posix())
    links = yaml.safe_load((out / "links.yaml").read_text(encoding="utf-8"))["links"]
    pairs = {(link["source"], link["target"], link.get("kind", "samverkan")) for link in links}
    assert pairs == {
        ("ifo", "polis", "samverkan"),
        ("ifo", "skola", "samverkan"),
        ("ifo", "jour", "samverkan"),
        ("skola", "ifo", "orosanmalan"),
    }


def test_merging_the_merged_mapping_again_changes_no_byte(returned, tmp_path):
    runner = CliRunner()
    first, second = tmp_path / "a", tmp_path / "b"
    assert runner.invoke(cli, ["sammanstall", "--data", ENKAT, str(returned), "-o", str(first)]).exit_code == 0
    run = runner.invoke(cli, ["sammanstall", "--data", str(first), str(returned), "-o", str(second)])
    assert run.exit_code == 0, run.stderr
    for name in ("actors.yaml", "links.yaml"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_bad_forms_get_one_line_each_and_nothing_is_written(returned, tmp_path):
    (returned / "trasig.xlsx").write_bytes(b"inte en arbetsbok")
    wb = openpyxl.load_workbook(returned / "jour.xlsx")
    wb["Organisationer"]["A2"] = "Någon annan"
    wb.save(returned / "jour.xlsx")
    out = tmp_path / "ny"
    run = CliRunner().invoke(cli, ["sammanstall", "--data", ENKAT, str(returned), "-o", str(out)])
    assert run.exit_code == 1
    lines = run.stderr.splitlines()
    assert [line.split(": ")[1] for line in lines[:-1]] == ["edited", "not-a-workbook"]
    assert lines[-1] == "2 problem hittades"
    assert not out.exists()


def test_the_forms_are_the_same_bytes_every_time(tmp_path):
    runner = CliRunner()
    for name in ("a", "b"):
        assert runner.invoke(cli, ["enkat", "--data", ENKAT, "-o", str(tmp_path / name)]).exit_code == 0
    assert (tmp_path / "a" / "k" / "ifo.xlsx").read_bytes() == (tmp_path / "b" / "k" / "ifo.xlsx").read_bytes()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (libreoffice-calc)")
def test_a_form_saved_by_libreoffice_merges_the_same(returned, tmp_path):
    saved = tmp_path / "sparat"
    for form in returned.iterdir():
        subprocess.run(
            ["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(saved), str(form)],
            check=True,
            capture_output=True,
            timeout=180,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
    runner = CliRunner()
    direct = runner.invoke(cli, ["sammanstall", "--data", ENKAT, str(returned), "-o", str(tmp_path / "x")])
    through = runner.invoke(cli, ["sammanstall", "--data", ENKAT, str(saved), "-o", str(tmp_path / "y")])
    assert (direct.exit_code, through.exit_code) == (0, 0), direct.stderr + through.stderr
    assert (tmp_path / "x" / "links.yaml").read_bytes() == (tmp_path / "y" / "links.yaml").read_bytes()


def test_the_readme_shows_the_summary_samnet_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = SUMMARY.format(out="kartlaggning-med-svar")
    assert "\n".join("   " + line for line in shown.splitlines()) in readme
