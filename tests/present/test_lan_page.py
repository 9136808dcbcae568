"""lan.html as text: escaped, self-contained, one row and one trappa per kommun, the matrix per rule."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun
from samnet.core.network import kommun_networks
from samnet.load.norm import bundled_norm
from samnet.load.source import bundled_data_dir, load_data
from samnet.measure.check import check_networks
from samnet.measure.lan import lan_figures
from samnet.measure.metrics import analyze_network
from samnet.present.lan_page import CSP, render_lan_page


def _figures(dataset, check=True):
    networks = kommun_networks(dataset)
    measured = {k: analyze_network(n) for k, n in networks.items()}
    checked = check_networks(networks.values(), bundled_norm("sv")) if check else None
    return lan_figures(dataset, networks, measured, checked)


@pytest.fixture(scope="module")
def ostergotland():
    return _figures(load_data(bundled_data_dir("ostergotland")))


def test_self_contained_with_a_csp(ostergotland):
    page = render_lan_page(ostergotland, "sv")
    assert f'content="{html.escape(CSP)}"' in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "default-src 'none'" in CSP


def test_one_row_one_trappa_and_one_map_node_per_kommun(ostergotland):
    page = render_lan_page(ostergotland, "sv")
    assert page.count('<tr data-kommun="') == 13
    assert page.count('<figure class="mini">') == 13
    assert page.count('class="n k"') == 13
    assert page.count('class="n s ') == len(ostergotland.structures)
    assert page.count('<tr><th scope="row" title=') == len(ostergotland.check["rules"])


def test_data_text_is_escaped():
    evil = "<script>alert(1)</script>"
    actors = {f"{k}-ifo": Actor(f"{k}-ifo", evil, "ifo", "kommun", k) for k in "abc"}
    forum = Forum("f", evil, tuple(actors), 2, frozenset({"struktur"}), kommuner=frozenset("abc"))
    dataset = Dataset({k: Kommun(k, evil + k, evil) for k in "abc"}, actors, (), (forum,))
    page = render_lan_page(_figures(dataset), "en")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_without_a_check_there_is_no_matrix_and_no_gap_column(ostergotland):
    figures = replace(ostergotland, check=None, kommuner=[dict(r, check_gaps=None) for r in ostergotland.kommuner])
    page = render_lan_page(figures, "en")
    assert 'id="check"' not in page and "Gaps against the agree" not in page


def test_many_kommuner_keep_their_names_on_the_map_in_boxes_that_do_not_overlap():
    from samnet.present.lan_map import map_layout

    actors = {f"k{i}-ifo": Actor(f"k{i}-ifo", "IFO", "ifo", "kommun", f"k{i}") for i in range(50)}
    dataset = Dataset({f"k{i}": Kommun(f"k{i}", f"Kommun {i}") for i in range(50)}, actors)
    figures = _figures(dataset, check=False)
    page = render_lan_page(figures, "sv")
    assert page.count('class="n k"') == 50
    assert "<title>Kommun 7: 0 regionala strukturer · 1 aktör</title>" in page
    assert '<text class="kname"' in page and ">Kommun 49</text>" in page
    boxes = list(map_layout(figures)["boxes"].values())
    for i, (x, y, w, h, _) in enumerate(boxes):
        for bx, by, bw, bh, _ in boxes[i + 1 :]:
            assert x + w <= bx or bx + bw <= x or y + h <= by or by + bh <= y
