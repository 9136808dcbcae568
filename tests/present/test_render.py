"""The HTML maps without a browser: determinism, self-containment, escaping, drawing rule, labels.

The datasets are built by hand here (not read from data/) so that every
expected count follows from a few lines above the test.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from conftest import ROOT

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.core.vocab import GROUPS
from samnet.errors import UsageError
from samnet.measure.metrics import analyze_network
from samnet.present.maps.page import (
    ONE_WAY_COLOR,
    PERSON_COLOR,
    SIZE_CHOICES,
    drawn_counts,
    render_map,
    render_maps_page,
)

HOSTILE = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>alert(2)</script>"


def sample_dataset() -> Dataset:
    """Kommun K with every kind of tie, and hostile text in a name and in notes.

    Drawn edges (the rule of samnet.present.maps.page): pairs with a link ifo–polis,
    ifo–skola, ifov–jour, bvc–ifo, strat–lst (5); one-way links forskola→ifo,
    skola→ifo (2); forum members 4. The forum-only pairs (bvc–polis,
    bvc–skola, polis–skola) get no line.
    """
    k = frozenset({"k"})

    def actor(i, name, kind, huvudman="kommun", kommun="k", **kw):
        return Actor(i, name, kind, huvudman, kommun, **kw)

    def link(i, s, t, kind="samverkan", level=None, scopes=(), pd=False, areas=(), **kw):
        return Link(i, s, t, kind, level, frozenset(scopes), pd, frozenset(areas), k, **kw)

    actors = [
        actor("ifo", "IFO barn och familj", "ifo"),
        actor("ifov", "IFO vuxen", "ifo"),
        actor("skola", "Skolan", "skola"),
        actor("forskola", "Förskolan", "forskola"),
        actor("bvc", "BVC", "bvc", "region"),
        actor("polis", "Polisen", "polis", "stat", None),
        actor("jour", f"Kvinnojouren {HOSTILE}", "kvinnojour", "ideell", note=BREAKOUT),
        actor("lst", "Länsstyrelsen", "lansstyrelse", "stat", None),
        actor("strat", "Strateg", "strateg"),
    ]
    links = [
        link(0, "ifo", "polis", level=2, scopes=["individ"], ref="000 §5.1"),
        link(1, "ifo", "skola", level=3, scopes=["individ", "struktur"]),
        link(2, "forskola", "ifo", "orosanmalan", areas=["barn"]),
        link(3, "ifov", "jour", level=2, scopes=["individ"], pd=True, note=HOSTILE),
        link(4, "bvc", "ifo", level=1, scopes=["individ"], areas=["barn"]),
        link(5, "strat", "lst", level=4, scopes=["struktur"], areas=["vinr", "hrv"]),
        link(6, "skola", "ifo", "orosanmalan"),
    ]
    forums = [
        Forum(
            "spindel",
            "Spindelgrupp",
            ("ifo", "skola", "polis", "bvc"),
            2,
            frozenset({"struktur"}),
            areas=frozenset({"barn"}),
            kommuner=k,
            ref="000 §5.3.1",
        ),
    ]
    return Dataset({"k": Kommun("k", "Testkommun")}, {a.id: a for a in actors}, tuple(links), tuple(forums))


class ScriptCollector(HTMLParser):
    """The ``type`` of every <script> element, as a browser's parser sees them."""

    def __init__(self):
        super().__init__()
        self.types: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.types.append(dict(attrs).get("type"))


def page_data(page: str) -> list[dict]:
    """The JSON blocks of each map in a page, decoded."""
    blocks = re.findall(r'<script type="application/json" class="samnet-data">(.*?)</script>', page, re.S)
    return [json.loads(b) for b in blocks]


@pytest.fixture(scope="module")
def network():
    return build_network(sample_dataset(), "k")


@pytest.fixture(scope="module")
def page(network):
    return render_map(network, analyze_network(network))


@pytest.fixture(scope="module")
def data(page):
    (only,) = page_data(page)
    return only


def test_same_input_gives_same_bytes(network, page):
    again = build_network(sample_dataset(), "k")
    assert render_map(again, analyze_network(again)) == page


def test_same_bytes_across_processes_and_hash_seeds(page):
    # Set iteration order changes with PYTHONHASHSEED: nothing may depend on it.
    code = (
        "import hashlib, sys; sys.path[:0] = ['tests/present', 'tests']; from test_render import sample_dataset;"
        "from samnet.core.network import build_network; from samnet.present.maps.page import render_map;"
        "from samnet.measure.metrics import analyze_network; n = build_network(sample_dataset(), 'k');"
        "print(hashlib.sha256(render_map(n, analyze_network(n)).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        digests.add(out.stdout.strip())
    import hashlib

    assert digests == {hashlib.sha256(page.encode()).hexdigest()}


def test_page_requests_nothing_from_the_network(page):
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", page, re.I)
    assert "@import" not in page
    assert "<link" not in page.lower()
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert '<meta charset="utf-8">' in page
    # vis-network itself is inlined.
    assert "vis-network" in page and "new vis.Network" in page


def test_hostile_text_is_never_markup(page, data):
    assert HOSTILE not in page
    assert BREAKOUT not in page
    assert "alert(2)</script>" not in page
    # The page has exactly its own four scripts: data cannot close one early or open another.
    scripts = ScriptCollector()
    scripts.feed(page)
    assert scripts.types == ["application/json", "application/json", None, None]
    # The text survives intact as data, to be shown with textContent.
    names = {n["id"]: n["name"] for n in data["nodes"]}
    assert names["jour"] == f"Kvinnojouren {HOSTILE}"
    jour = next(n for n in data["nodes"] if n["id"] == "jour")
    assert jour["note"] == BREAKOUT
    assert HOSTILE in {t["note"] for t in data["ties"]}


def test_page_script_never_uses_inner_html():
    script = (ROOT / "samnet" / "present" / "maps" / "templates" / "map.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_drawn_counts_follow_the_rule(network, data):
    nodes, edges = drawn_counts(network)
    assert (nodes, edges) == (9 + 1, 5 + 2 + 4)
    shown = [e for e in data["edges"] if not e.get("hidden")]
    assert len(data["nodes"]) == nodes and len(shown) == edges
    cats = [e["cat"] for e in data["edges"]]
    assert cats.count("pair") == 5 and cats.count("oneway") == 2 and cats.count("forum") == 4
    pairs = {(e["from"], e["to"]) for e in data["edges"] if e["cat"] == "pair"}
    # Forum-only pairs are represented by the forum node, not by lines ...
    assert ("bvc", "polis") not in pairs and ("polis", "skola") not in pairs
    assert ("ifo", "polis") in pairs
    # ... and by thin lines, hidden until the forums are hidden.
    thin = {frozenset((e["from"], e["to"])): e for e in data["edges"] if e["cat"] == "fpair"}
    assert set(thin) == {frozenset(p) for p in [("bvc", "polis"), ("bvc", "skola"), ("polis", "skola")]}
    assert all(e["hidden"] and e["width"] == 1 for e in thin.values())
    assert "Spindelgrupp" in thin[frozenset(("bvc", "polis"))]["title"]


def test_level_lines_differ_in_width_and_shade(data):
    from samnet.present.maps.data import LEVEL_COLOR, LEVEL_WIDTH

    assert [LEVEL_WIDTH[n] for n in (1, 2, 3, 4)] == [1.0, 2.5, 4.5, 7.0]
    grey = [int(LEVEL_COLOR[n][1:3], 16) for n in (1, 2, 3, 4)]
    assert grey == sorted(grey, reverse=True) and min(a - b for a, b in zip(grey, grey[1:])) >= 30
    by_level = {e["level"]: e["color"]["color"] for e in data["edges"] if e["cat"] == "pair" and not e["pd"]}
    assert by_level and all(color == LEVEL_COLOR[level] for level, color in by_level.items())


def test_sector_layout_puts_social_services_in_the_middle(network):
    from samnet.present.maps.data import actor_group, map_positions

    pos = map_positions(network, analyze_network(network), "sector")
    centre = {a: pos[a] for a in network.actors if actor_group(network.actors[a]) == "social"}
    others = {a: pos[a] for a in network.actors if a not in centre}

    def reach(p):
        return abs(p[0]) / 1.6 + abs(p[1])

    # ifo has the most strength of the social services: the exact centre.
    assert pos["ifo"] == (0, 0)
    assert max(reach(p) for p in centre.values()) < min(reach(p) for p in others.values())
    # School at the top (negative y), health care below.
    assert pos["skola"][1] < 0 and pos["bvc"][1] > 0


def test_pair_edges_carry_the_merged_attributes(data):
    edges = {e["id"]: e for e in data["edges"]}
    ifo_polis = edges["p:ifo|polis"]  # link level 2 individ + forum level 2 struktur
    assert ifo_polis["level"] == 2 and ifo_polis["scopes"] == ["individ", "struktur"]
    assert ifo_polis["dashes"] is False  # structural somewhere: solid
    bvc_ifo = edges["p:bvc|ifo"]  # link level 1 individ + forum level 2 struktur
    assert bvc_ifo["level"] == 2 and bvc_ifo["areas"] == ["barn"]
    jour = edges["p:ifov|jour"]
    assert jour["dashes"] is True and jour["pd"] is True and jour["color"]["color"] == PERSON_COLOR
    widths = {e["level"]: e["width"] for e in data["edges"] if e["cat"] == "pair"}
    assert widths[2] < widths[3] < widths[4]


def test_one_way_links_are_arrows_in_their_own_colour(data):
    one_way = [e for e in data["edges"] if e["cat"] == "oneway"]
    assert {(e["from"], e["to"]) for e in one_way} == {("forskola", "ifo"), ("skola", "ifo")}
    for e in one_way:
        assert e["arrows"]["to"]["enabled"] is True
        assert e["color"]["color"] == ONE_WAY_COLOR
        assert e["level"] is None


def test_nodes_colour_size_and_marks(data):
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["ifo"]["color"]["background"] == GROUPS["social"].color
    assert nodes["polis"]["color"]["background"] == GROUPS["justice"].color
    # Förskolan reaches social services only by orosanmälan (000 §5.3).
    assert nodes["forskola"]["oneWayOnly"] is True
    assert nodes["forskola"]["color"]["border"] == ONE_WAY_COLOR
    # Kvinnojouren's only tie is person-dependent.
    assert nodes["jour"]["personOnly"] is True
    assert nodes["jour"]["color"]["border"] == PERSON_COLOR
    forum = nodes["forum:spindel"]
    assert forum["shape"] == "diamond" and forum["members"] == ["ifo", "skola", "polis", "bvc"]
    # Size follows strength by default: IFO (most ties) is the largest actor.
    actors = [n for n in data["nodes"] if n["cat"] == "actor"]
    assert max(actors, key=lambda n: n["size"])["id"] == "ifo"
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_size_by_choice_and_validation(network):
    by_degree = page_data(render_map(network, analyze_network(network), size_by="degree"))[0]
    sizes = {n["id"]: n["size"] for n in by_degree["nodes"] if n["cat"] == "actor"}
    assert all(
        sizes[i] == n["sizes"]["degree"] for i, n in ((n["id"], n) for n in by_degree["nodes"]) if n["cat"] == "actor"
    )
    assert '<option value="degree" selected>' in render_map(network, analyze_network(network), size_by="degree")
    for bad in ("pagerank", "", "Strength"):
        with pytest.raises(UsageError, match="välj en av: " + ", ".join(SIZE_CHOICES)) as caught:
            render_map(network, analyze_network(network), size_by=bad)
        assert caught.value.in_language("en").endswith("choose one of: " + ", ".join(SIZE_CHOICES))
    with pytest.raises(UsageError, match="språk") as caught:
        render_map(network, analyze_network(network), lang="de")
    assert "language" in caught.value.in_language("en")
    with pytest.raises(UsageError, match="layout") as caught:
        render_map(network, analyze_network(network), layout="circle")
    assert caught.value.in_language("en") == 'unknown layout "circle"; choose one of: sector, force'


def test_legend_and_controls_in_swedish_by_default(page):
    for text in (
        "Teckenförklaring",
        "Kommunens socialtjänst",
        "Polis och rättsväsende",
        "Envägslänk (pil)",
        "Personbundet band",
        "Nås bara via envägslänkar",
        "1 samtal",
        "4 samverkan",
        "individnivå",
        "strukturnivå",
        "Sök aktör",
        "Endast personbundna band",
        "hedersrelaterat våld och förtryck (hrv)",
    ):
        assert text in page, text
    assert '<html lang="sv">' in page
    assert "<title>Samverkanskarta – Testkommun</title>" in page
    for kind, value in (
        ("level", "1"),
        ("level", "4"),
        ("scope", "individ"),
        ("scope", "struktur"),
        ("area", "vinr"),
        ("area", "hrv"),
        ("area", "unga"),
        ("area", "barn"),
        ("oneway", "1"),
        ("forums", "1"),
        ("pdonly", "1"),
    ):
        assert f'data-filter="{kind}" value="{value}"' in page


def test_legend_and_controls_in_english(network):
    page = render_map(network, analyze_network(network), lang="en", title="Map <of> K")
    for text in (
        "Legend",
        "Municipal social services",
        "Police and justice",
        "One-way link (arrow)",
        "Person-dependent tie",
        "1 talk",
        "4 common goal",
        "individual level",
        "Find actor",
    ):
        assert text in page, text
    assert "Teckenförklaring" not in page
    assert "<title>Map &lt;of&gt; K</title>" in page


def test_regional_map_and_empty_network():
    ds = sample_dataset()
    region = build_network(ds, None)
    page = render_map(region, analyze_network(region))
    assert "Alla kommuner" in page
    blank = build_network(Dataset({"e": Kommun("e", "Tom")}, {}), "e")
    empty = render_map(blank, analyze_network(blank))
    assert page_data(empty)[0]["nodes"] == []


def test_maps_page_side_by_side_with_highlight(network):
    other = build_network(sample_dataset(), "k")
    highlight = {frozenset({"ifo", "polis"}), frozenset({"ifo"})}
    page = render_maps_page(
        [(network, analyze_network(network), highlight), (other, analyze_network(other), set())],
        title="Testkommun & Testkommun",
        intro_html="<p class='intro-x'>Skillnader</p>",
        lang="sv",
    )
    first, second = page_data(page)
    assert first["key"] != second["key"]
    glow = {e["id"] for e in first["edges"] if e.get("hl")}
    # ifo–polis by type pair; forum members whose co-members give ifo–polis.
    assert "p:ifo|polis" in glow
    assert "f:spindel|ifo" in glow and "f:spindel|polis" in glow
    assert "p:strat|lst" not in glow
    assert not any(e.get("hl") for e in second["edges"])
    assert "<p class='intro-x'>Skillnader</p>" in page
    assert "<title>Testkommun &amp; Testkommun</title>" in page
    assert "Skiljer kommunerna åt" in page
    assert HOSTILE not in page


def test_maps_need_no_pyvis():
    # pyvis was dropped (vis-network is vendored): a map renders with it unimportable.
    code = (
        "import sys; sys.modules['pyvis'] = None\n"
        "from samnet.core.model import Actor, Dataset\n"
        "from samnet.core.network import build_network\n"
        "from samnet.present.maps.page import render_map\n"
        "from samnet.measure.metrics import analyze_network\n"
        "n = build_network(Dataset({}, {'a': Actor('a', 'A', 'ifo', 'kommun')}))\n"
        "page = render_map(n, analyze_network(n))\n"
        "print('vis.Network' in page, 'IPython' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert out.stdout.split() == ["True", "False"]
