"""The report's charts: the same bytes shaped once or every time, drawn here or by forked processes."""

from __future__ import annotations

import multiprocessing

import pytest
from conftest import ROOT

from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze
from samnet.present.figure_text import shaped_once
from samnet.present.figures import _new_figure, network_figure, save
from samnet.present.report import charts
from samnet.present.report.blocks import Chart, Report, Section
from samnet.present.report.model import build_report

DATA = ROOT / "data"


def _same_string_twice():
    """One string at two sizes and two resolutions' worth of lines: a shaping kept by string alone would
    draw the second at the first's size."""
    fig = _new_figure(8, 4)
    fig.text(0.05, 0.7, "Socialtjänsten Ljusdal\nKvinnojouren", fontsize=7)
    fig.text(0.05, 0.3, "Socialtjänsten Ljusdal\nKvinnojouren", fontsize=9, fontstyle="italic")
    ax = fig.add_axes((0.6, 0.2, 0.35, 0.7))
    ax.bar(["Ljusdal", "Sandviken"], [3, 5])
    ax.set_ylabel("Socialtjänsten Ljusdal")
    return fig


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_shaping_once_draws_the_same_bytes(fmt):
    plain = save(_same_string_twice(), fmt)
    with shaped_once():
        once = save(_same_string_twice(), fmt)
        again = save(_same_string_twice(), fmt)
    assert once == plain
    assert again == plain


def test_shaping_once_gives_the_network_figure_the_same_labels_and_bytes():
    dataset = load_dataset(DATA)
    analysis = analyze(dataset)
    network, metrics = analysis.networks["ljusdal"], analysis.metrics["ljusdal"]
    plain_fig = network_figure(network, metrics)
    plain = (save(plain_fig, "svg"), charts.report_png(plain_fig), plain_fig.samnet_unlabelled)
    with shaped_once():
        fig = network_figure(network, metrics)
        once = (save(fig, "svg"), charts.report_png(fig), fig.samnet_unlabelled)
    assert once == plain


def test_shaping_once_puts_matplotlib_back_as_it_was():
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.textpath import TextToPath

    before = (
        RendererAgg.draw_text,
        RendererAgg.get_text_width_height_descent,
        TextToPath.get_text_width_height_descent,
    )
    with pytest.raises(RuntimeError), shaped_once():
        assert RendererAgg.draw_text is not before[0]
        raise RuntimeError
    assert (RendererAgg.draw_text, RendererAgg.get_text_width_height_descent) == before[:2]
    assert TextToPath.get_text_width_height_descent is before[2]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_charts_drawn_by_forked_processes_are_the_same_bytes_in_the_same_order():
    dataset = load_dataset(DATA)
    report = build_report(dataset, analyze(dataset))
    forked = charts.render_charts(report, processes=2)
    here = charts.render_charts(report, processes=1)
    assert list(forked) == list(here) == [chart.key for chart in report.charts()]
    assert forked == here
    assert all(drawn["svg"].startswith(b"<?xml") and drawn["png"][:4] == b"\x89PNG" for drawn in forked.values())


def _broken():
    raise ValueError("no figure")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_chart_that_fails_in_a_forked_process_fails_the_run():
    drawn_here = Chart("c0", "C", lambda: _new_figure(2, 1))
    broken = tuple(Chart(f"c{i}", "C", _broken) for i in range(1, 5))
    report = Report("T", "sv", (Section("S", (drawn_here, *broken)),))
    with pytest.raises(ValueError, match="no figure"):
        charts.render_charts(report, processes=2)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_charts_are_drawn_here_when_no_process_can_be_started(monkeypatch):
    dataset = load_dataset(DATA)
    report = build_report(dataset, analyze(dataset))
    here = charts.render_charts(report, processes=1)

    def no_pool(self, *args, **kwargs):
        raise ImportError("This platform lacks a functioning sem_open implementation")

    monkeypatch.setattr(multiprocessing.context.ForkContext, "Pool", no_pool)
    assert charts.render_charts(report, processes=2) == here


def test_few_charts_or_no_fork_draw_here(monkeypatch):
    assert charts.drawing_processes(1) == 1
    assert charts.drawing_processes(3) == 1
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert charts.drawing_processes(100) == 1


def test_charts_are_drawn_here_on_macos(monkeypatch):
    monkeypatch.setattr(charts.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn", "fork", "forkserver"])
    assert charts.drawing_processes(87) == 3
    monkeypatch.setattr(charts.sys, "platform", "darwin")
    assert charts.drawing_processes(87) == 1


def test_many_charts_use_the_processors_there_are(monkeypatch):
    monkeypatch.setattr(charts.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["fork", "spawn"])
    assert charts.drawing_processes(87) == 3
    assert charts.drawing_processes(4) == 3
    monkeypatch.setattr(charts.os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert charts.drawing_processes(87) == 8
