"""The command line through click's CliRunner: exit codes, stdout versus stderr, files written."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import DATA, FIXTURES

from samnet.cli import cli

SMALL = str(FIXTURES / "small")


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_help_lists_every_command(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for command in ("analyze", "compare", "map", "validate"):
        assert command in result.stdout


def test_validate_ok_is_one_line_on_stdout(runner):
    result = run(runner, "validate", "--data", SMALL)
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("OK: ")
    assert "2 kommuner, 7 aktörer, 6 länkar och 1 forum; inga problem hittades" in result.stdout
    english = run(runner, "validate", "--data", SMALL, "--lang", "en")
    assert "2 municipalities, 7 actors, 6 links and 1 forum; no problems found" in english.stdout


def test_validate_ok_counts_in_the_right_number(runner, tmp_path):
    assert run(runner, "init", str(tmp_path / "ny")).exit_code == 0
    result = run(runner, "validate", "--data", str(tmp_path / "ny"))
    assert "innehåller 1 kommun, 5 aktörer, 2 länkar och 1 forum;" in result.stdout
    english = run(runner, "validate", "--data", str(tmp_path / "ny"), "--lang", "en")
    assert "holds 1 municipality, 5 actors, 2 links and 1 forum;" in english.stdout


def test_the_starter_shows_its_person_dependent_pair(runner, tmp_path):
    # The starter's person-dependent link is the pair's only tie, so the first analyze counts it.
    assert run(runner, "init", str(tmp_path / "ny")).exit_code == 0
    result = run(runner, "analyze", "--data", str(tmp_path / "ny"), "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["kommuner"]["minkommun"]["person_dependent_ties"] == 1


def test_bad_data_exits_1_with_one_line_per_problem_and_no_traceback(runner):
    folder = FIXTURES / "invalid" / "unknown-actor"
    result = run(runner, "validate", "--data", str(folder))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f'{folder}/links.yaml:3: links[0].target: unknown-actor: "polisen" finns inte i '
        f'{folder}/actors.yaml (menade du "polis"?)',
        "1 problem hittades",
    ]
    assert "Traceback" not in result.stderr
    english = run(runner, "validate", "--data", str(folder), "--lang", "en")
    assert english.stderr.splitlines() == [
        f'{folder}/links.yaml:3: links[0].target: unknown-actor: "polisen" is not defined in '
        f'{folder}/actors.yaml (did you mean "polis"?)',
        "1 problem found",
    ]


@pytest.mark.parametrize(
    "command", [["validate"], ["analyze", "--format", "json"], ["map", "-o", "m"], ["compare", "k", "m"]]
)
def test_every_command_that_loads_data_speaks_its_lang(runner, command):
    folder = str(FIXTURES / "invalid" / "unknown-actor")
    sv = run(runner, *command, "--data", folder)
    en = run(runner, *command, "--data", folder, "--lang", "en")
    assert sv.exit_code == en.exit_code == 1
    assert sv.stderr.endswith("1 problem hittades\n") and "finns inte i" in sv.stderr
    assert en.stderr.endswith("1 problem found\n") and "is not defined in" in en.stderr


def test_analyze_on_bad_data_also_exits_1(runner, tmp_path):
    result = run(runner, "analyze", "--data", str(FIXTURES / "invalid" / "tab"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "tab:" in result.stderr
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(runner):
    result = runner.invoke(cli, ["--debug", "validate", "--data", str(FIXTURES / "invalid" / "tab")])
    assert result.exit_code != 0
    assert type(result.exception).__name__ == "DataError"


def test_unknown_kommun_is_bad_usage_exit_2(runner):
    result = run(runner, "analyze", "--data", SMALL, "--kommun", "kk", "--format", "json")
    assert result.exit_code == 2
    assert result.stderr == 'Fel i kommandot: okänd kommun "kk" (menade du "k"?); data definierar: k, m\n'
    assert result.stdout == ""
    english = run(runner, "analyze", "--data", SMALL, "--kommun", "kk", "--format", "json", "--lang", "en")
    assert english.stderr == 'Usage error: unknown kommun "kk" (did you mean "k"?); the data defines: k, m\n'


def test_bad_option_is_exit_2(runner):
    assert run(runner, "analyze", "--format", "xml").exit_code == 2
    assert run(runner, "nonsense").exit_code == 2


def test_analyze_json_on_stdout_only(runner):
    result = run(runner, "analyze", "--data", SMALL, "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert sorted(doc["kommuner"]) == ["k", "m"]
    k = doc["kommuner"]["k"]
    for key in (
        "actors",
        "samverkan_ties",
        "one_way_links",
        "forums",
        "person_dependent_ties",
        "density",
        "levels",
        "scopes",
        "centrality",
        "one_way",
        "one_way_only",
        "person_dependent",
        "isolated_without_person_dependent",
    ):
        assert key in k
    assert set(k["centrality"][0]) >= {"id", "name", "type", "degree", "strength", "betweenness", "eigenvector"}
    assert k["samverkan_ties"] == 4 and k["one_way_only"] == ["forskola", "skola"]


def test_analyze_is_byte_for_byte_repeatable(runner):
    first = run(runner, "analyze", "--data", SMALL, "--format", "json").stdout
    assert run(runner, "analyze", "--data", SMALL, "--format", "json").stdout == first


def test_analyze_csv_and_markdown(runner):
    out = run(runner, "analyze", "--data", SMALL, "--kommun", "k", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows][:3] == ["ifo", "polis", "bvc"]
    assert rows[0]["network"] == "k" and rows[0]["strength"] == "7"
    md = run(runner, "analyze", "--data", SMALL, "--kommun", "k", "--format", "markdown").stdout
    assert md.startswith("# Samverkan kring våld i nära relationer")
    assert "## Kommun K" in md and "Förskolan" in md


def test_analyze_table_swedish_and_english(runner):
    sv = run(runner, "analyze", "--data", SMALL, "--kommun", "k", "--format", "table").stdout
    assert "Aktörer med bara envägslänkar: Förskolan, Skolan" in sv
    assert max(len(line) for line in sv.splitlines()) <= 100
    en = run(runner, "analyze", "--data", SMALL, "--kommun", "k", "--format", "table", "--lang", "en").stdout
    assert "Actors whose every tie is one-way: Förskolan, Skolan" in en


def test_analyze_output_folder(runner, tmp_path):
    out = tmp_path / "out"
    result = run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out), "--no-maps")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["kommuner"]["k"]["actors"] == 6
    assert f"skrev {out / 'report.md'}" in result.stderr
    english = run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out), "--lang", "en", "--no-maps")
    assert f"wrote {out / 'report.md'}" in english.stderr
    english = run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out), "--lang", "en")
    assert english.stderr.splitlines() == [
        "drawing maps …",
        "writing report.html and report.docx …",
        f"wrote 14 files in 3 folders under {out}",
    ]
    swedish = run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out))
    assert swedish.stderr.splitlines() == [
        "ritar kartor …",
        "skriver report.html och report.docx …",
        f"skrev 14 filer i 3 mappar under {out}",
    ]
    rows = list(csv.DictReader((out / "k" / "metrics.csv").open(encoding="utf-8")))
    assert len(rows) == 6 and rows[0]["id"] == "ifo"
    summary = json.loads((out / "k" / "summary.json").read_text(encoding="utf-8"))
    assert summary["pairs_disconnected"] == 3
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Kommun K" in report and "## Kommun M" in report
    assert not list(out.rglob("*.tmp"))


def test_analyze_with_no_options_writes_output(runner, tmp_path, monkeypatch):
    shutil.copytree(SMALL, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "analyze", "--no-maps")
    assert result.exit_code == 0, result.stderr
    assert "== Kommun K (k) ==" in result.stdout
    assert (tmp_path / "output" / "k" / "metrics.csv").exists()
    assert (tmp_path / "output" / "report.md").exists()


def test_failed_run_leaves_earlier_outputs_untouched(runner, tmp_path):
    out = tmp_path / "out"
    assert run(runner, "analyze", "--data", SMALL, "-o", str(out), "--no-maps", "--format", "json").exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = tmp_path / "broken"
    shutil.copytree(SMALL, broken)
    (broken / "links.yaml").write_text("links:\n  - {source: ifo, target: ifo, level: 2, scope: individ}\n")
    result = run(runner, "analyze", "--data", str(broken), "-o", str(out), "--no-maps", "--format", "json")
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_python_dash_m_works():
    result = subprocess.run(
        [sys.executable, "-m", "samnet", "validate", "--data", SMALL], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("OK: ")


def test_help_does_not_import_heavy_modules():
    code = (
        "import sys; from samnet.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('networkx', 'pandas', 'pyvis', 'yaml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_analyze_writes_maps_and_the_comparison_of_two_kommuner(runner, tmp_path):
    out = tmp_path / "out"
    result = run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    for name in ("k/map.html", "m/map.html", "map.html", "compare-k-m.md", "compare-k-m.json", "compare-k-m.html"):
        assert (out / name).is_file(), name
    comparison = json.loads((out / "compare-k-m.json").read_text(encoding="utf-8"))
    assert comparison["summary"]["actors"] == {"a": 6, "b": 2}
    assert "Kommun K" in (out / "compare-k-m.md").read_text(encoding="utf-8")


def test_analyze_no_maps_skips_every_html_file(runner, tmp_path):
    out = tmp_path / "out"
    assert run(runner, "analyze", "--data", SMALL, "--format", "json", "-o", str(out), "--no-maps").exit_code == 0
    assert not list(out.rglob("*.html"))
    assert (out / "compare-k-m.md").is_file()


def test_map_command_writes_one_file_per_kommun_and_the_region(runner, tmp_path):
    result = run(runner, "map", "--data", SMALL, "-o", str(tmp_path))
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == [
        "k/map.html",
        "m/map.html",
        "map.html",
    ]
    page = (tmp_path / "k" / "map.html").read_text(encoding="utf-8")
    assert "Kommun K" in page and "Förskolan" in page


def test_map_to_a_single_file_and_for_a_lan(runner, tmp_path):
    single = tmp_path / "k.html"
    assert run(runner, "map", "--data", SMALL, "--kommun", "k", "-o", str(single), "--lang", "en").exit_code == 0
    assert "<html" in single.read_text(encoding="utf-8")
    lan = tmp_path / "lan.html"
    assert run(runner, "map", "--data", SMALL, "--lan", "Testlän", "-o", str(lan)).exit_code == 0
    assert "Testlän (1 kommun)" in lan.read_text(encoding="utf-8")
    assert run(runner, "map", "--data", SMALL, "--lan", "Testlän", "-o", str(lan), "--lang", "en").exit_code == 0
    assert "Testlän (1 municipality)" in lan.read_text(encoding="utf-8")


def test_map_usage_errors_exit_2(runner, tmp_path):
    several = run(runner, "map", "--data", SMALL, "-o", str(tmp_path / "x.html"))
    assert several.exit_code == 2 and "tar exakt en --kommun" in several.stderr
    unknown = run(runner, "map", "--data", SMALL, "--lan", "Skåne", "-o", str(tmp_path))
    assert unknown.exit_code == 2 and "data nämner: Testlän" in unknown.stderr
    both = run(runner, "map", "--data", SMALL, "--lan", "Testlän", "--kommun", "k")
    assert both.exit_code == 2
    assert not list(tmp_path.rglob("*.html"))


def test_compare_command(runner, tmp_path):
    result = run(runner, "compare", "k", "m", "--data", SMALL, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["a"]["id"] == "k"
    table = run(runner, "compare", "k", "m", "--data", SMALL).stdout
    assert table.startswith("Jämförelse: Kommun K och Kommun M")
    written = run(runner, "compare", "k", "m", "--data", SMALL, "-o", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compare-k-m.html", "compare-k-m.json", "compare-k-m.md"]
    assert written.stderr.count("skrev ") == 3


def test_compare_usage_errors_exit_2(runner):
    assert run(runner, "compare", "k", "k", "--data", SMALL).exit_code == 2
    unknown = run(runner, "compare", "k", "x", "--data", SMALL)
    assert unknown.exit_code == 2 and 'okänd kommun "x"' in unknown.stderr


def test_compare_against_another_data_folder(runner):
    snapshot = FIXTURES / "compare" / "snapshot"
    pair = FIXTURES / "compare" / "pair"
    a = sorted(json.loads(run(runner, "analyze", "--data", str(pair), "--format", "json").stdout)["kommuner"])[0]
    b = sorted(json.loads(run(runner, "analyze", "--data", str(snapshot), "--format", "json").stdout)["kommuner"])[0]
    result = run(runner, "compare", a, b, "--data", str(pair), "--data-b", str(snapshot), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["differences"] == []


def test_data_without_kommuner_is_analysed_as_one_network(runner, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "actors.yaml").write_text(
        "actors:\n  - {id: a, name: A, type: ifo, huvudman: kommun}\n"
        "  - {id: b, name: B, type: polis, huvudman: stat}\n",
        encoding="utf-8",
    )
    (data / "links.yaml").write_text("links:\n  - {source: a, target: b, level: 2, scope: individ}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, "analyze", "--data", str(data), "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["kommuner"]["all"]["samverkan_ties"] == 1
    assert (out / "all" / "metrics.csv").is_file() and (out / "map.html").is_file()
    assert "== Alla kommuner (all) ==" in run(runner, "analyze", "--data", str(data), "--format", "table").stdout
    # The name is the reader's language, not the data's: graph.py holds no display text.
    english = run(runner, "analyze", "--data", str(data), "--format", "markdown", "--lang", "en").stdout
    assert "## All municipalities" in english and "Alla" not in english


def test_unwritable_output_is_a_clear_error(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run(runner, "analyze", "--data", SMALL, "--format", "json", "--no-maps", "-o", str(blocker / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kan inte skriva {blocker / 'out'}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_tables_on_the_bundled_data_fit_100_columns(runner, lang):
    bundled = str(DATA)
    analysis = run(runner, "analyze", "--data", bundled, "--format", "table", "--lang", lang).stdout
    comparison = run(runner, "compare", "ljusdal", "sandviken", "--data", bundled, "--lang", lang).stdout
    for text in (analysis, comparison):
        assert max(len(line) for line in text.splitlines()) <= 100
    assert "Kvinnojouren Viljan" in analysis


def test_two_disconnected_kommuner_analyze_and_map(runner, tmp_path):
    # The whole-data network of two kommuner without a tie between them made
    # eigenvector centrality fail ("Internal error", exit 3) and nothing was written.
    data = str(FIXTURES / "disconnected")
    result = run(runner, "analyze", "--data", data, "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "map.html").is_file()
    assert (tmp_path / "out" / "a" / "metrics.csv").is_file()
    result = run(runner, "map", "--data", data, "-o", str(tmp_path / "maps"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(tmp_path / "maps").as_posix() for p in (tmp_path / "maps").rglob("*.html")) == [
        "a/map.html",
        "b/map.html",
        "map.html",
    ]


BUNDLED = str(DATA)


@pytest.fixture
def measured(monkeypatch):
    """Counts every analyze_network call of a run, by network id (render and compare included)."""
    from collections import Counter

    import samnet.measure.metrics

    calls: Counter = Counter()
    real = samnet.measure.metrics.analyze_network

    def counting(network):
        calls[network.id] += 1
        return real(network)

    monkeypatch.setattr(samnet.measure.metrics, "analyze_network", counting)
    return calls


def test_analyze_measures_each_network_once(runner, tmp_path, measured):
    result = run(runner, "analyze", "--data", BUNDLED, "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "compare-ljusdal-sandviken.html").is_file()
    # Two kommuner and the whole-data network of the regional map.
    assert measured == {"ljusdal": 1, "sandviken": 1, "all": 1}


def test_compare_measures_each_side_once(runner, tmp_path, measured):
    result = run(runner, "compare", "ljusdal", "sandviken", "--data", BUNDLED, "-o", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "compare-ljusdal-sandviken.html").is_file()
    assert measured == {"ljusdal": 1, "sandviken": 1}


def test_files_are_written_before_tables_are_printed(runner, tmp_path, monkeypatch):
    # A terminal that cannot print a character must not cost the user the files.
    import samnet.write.commit

    events = []
    real = samnet.write.commit.write_files

    def writing(files, **options):
        events.append("write")
        return real(files, **options)

    monkeypatch.setattr(samnet.write.commit, "write_files", writing)
    monkeypatch.setattr(
        "click.echo", lambda message=None, *a, err=False, **k: events.append("stderr" if err else "stdout")
    )
    assert run(runner, "analyze", "--data", SMALL, "-o", str(tmp_path), "--no-maps").exit_code == 0
    assert events.index("write") < events.index("stdout")
    events.clear()
    assert run(runner, "compare", "k", "m", "--data", SMALL, "-o", str(tmp_path)).exit_code == 0
    assert events.index("write") < events.index("stdout")


def test_csv_cells_never_start_a_formula(runner, tmp_path):
    # A name like =HYPERLINK(...) stayed a live formula when metrics.csv was opened in Excel.
    data = tmp_path / "data"
    data.mkdir()
    # (A name starting with a tab is refused by the loader as control-character.)
    names = ['=HYPERLINK("http://x";"klick")', "+1+1", "-2+3", "@SUM(A1)", "-5", "Vanlig"]
    actors = "".join(
        f"  - {{id: a{i}, name: {json.dumps(n)}, type: ifo, huvudman: kommun}}\n" for i, n in enumerate(names)
    )
    (data / "actors.yaml").write_text("actors:\n" + actors, encoding="utf-8")
    (data / "links.yaml").write_text(
        "links:\n  - {source: a0, target: a1, level: 2, scope: individ}\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert run(runner, "analyze", "--data", str(data), "-o", str(out), "--no-maps", "--format", "json").exit_code == 0
    for text in (
        (out / "all" / "metrics.csv").read_text(encoding="utf-8"),
        run(runner, "analyze", "--data", str(data), "--format", "csv").stdout,
    ):
        written = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
        assert [written[f"a{i}"]["name"] for i in range(len(names))] == ["'" + n for n in names[:4]] + ["-5", "Vanlig"]
        assert written["a0"]["strength"] == "2" and written["a0"]["betweenness"] == "0.0"


def test_status_lines_speak_the_users_language(runner, tmp_path):
    result = run(runner, "init", str(tmp_path / "ny"))
    assert result.stderr.splitlines() == [
        f"skrev {tmp_path / 'ny' / 'actors.yaml'}",
        f"skrev {tmp_path / 'ny' / 'links.yaml'}",
        f"nästa steg: samnet analyze --data {tmp_path / 'ny'}",
    ]


def test_ctrl_c_says_avbruten_and_exits_130(runner, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("samnet.load.source.load_data", interrupted)
    result = run(runner, "validate", "--data", SMALL)
    assert result.exit_code == 130
    assert result.stderr == "avbruten\n"
    assert run(runner, "validate", "--data", SMALL, "--lang", "en").stderr == "aborted\n"
