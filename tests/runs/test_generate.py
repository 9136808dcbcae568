"""Tests of the synthetic data generator in benchmarks/generate.py."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter

import pytest
import yaml
from conftest import ROOT

GENERATOR = ROOT / "benchmarks" / "generate.py"
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ONE_WAY = {"orosanmalan", "polisanmalan", "hanvisning", "information"}
AREAS = {"vinr", "hrv", "unga", "barn"}
SCOPES = {"individ", "struktur"}
HUVUDMAN = {"kommun", "region", "stat", "ideell", "privat"}
REGIONAL_TYPES = {"polis", "aklagare", "barnahus", "bup", "vuxenpsykiatri", "lansstyrelse"}


def safe_load(text):
    """yaml.safe_load, with libyaml's C safe loader when available (same result, much faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _load_generator():
    spec = importlib.util.spec_from_file_location("samnet_benchmarks_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def small():
    actors_text, links_text = gen.generate(3, 1)
    return safe_load(actors_text), safe_load(links_text)


@pytest.fixture(scope="module")
def medium():
    actors_text, links_text = gen.generate(29, 1)
    return safe_load(actors_text), safe_load(links_text)


def _as_list(value):
    return value if isinstance(value, list) else [value]


def check_invariants(actors_doc, links_doc):
    """Assert the rules samnet's loader enforces, plus the generator's own promises."""
    kommuner = {k["id"]: k for k in actors_doc["kommuner"]}
    assert len(kommuner) == len(actors_doc["kommuner"])
    actors = {a["id"]: a for a in actors_doc["actors"]}
    assert len(actors) == len(actors_doc["actors"]), "actor ids must be unique"
    assert not set(actors) & set(kommuner)
    for k in kommuner.values():
        assert ID_RE.match(k["id"]) and isinstance(k["name"], str) and k["lan"]
    for a in actors.values():
        assert ID_RE.match(a["id"]), a["id"]
        assert a["huvudman"] in HUVUDMAN
        assert a["ref"] == "synthetic"
        if "kommun" in a:
            assert a["kommun"] in kommuner
        else:
            assert a["type"] in REGIONAL_TYPES and a["huvudman"] in {"stat", "region"}

    per_kommun = Counter(a["kommun"] for a in actors.values() if "kommun" in a)
    assert set(per_kommun) == set(kommuner)
    assert all(30 <= n <= 60 for n in per_kommun.values()), per_kommun

    for link in links_doc["links"]:
        s, t = link["source"], link["target"]
        assert s in actors and t in actors and s != t, link
        kind = link.get("kind", "samverkan")
        if kind == "samverkan":
            assert link["level"] in (1, 2, 3, 4), link
            assert "scope" in link
        else:
            assert kind in ONE_WAY
            assert "level" not in link, link
        if "scope" in link:
            assert set(_as_list(link["scope"])) <= SCOPES
        assert set(link.get("areas", [])) <= AREAS
        assert link.get("person_dependent", False) in (True, False)
        if "kommun" in link:
            assert set(_as_list(link["kommun"])) <= set(kommuner)
        touches_kommun = "kommun" in actors[s] or "kommun" in actors[t]
        if touches_kommun and ("kommun" not in actors[s] or "kommun" not in actors[t]):
            # A tie between a kommun actor and a regional actor must name its kommun.
            home = actors[s].get("kommun") or actors[t].get("kommun")
            assert _as_list(link["kommun"]) == [home], link

    forum_ids = set()
    for forum in links_doc["forums"]:
        assert ID_RE.match(forum["id"]) and forum["id"] not in forum_ids
        assert forum["id"] not in actors
        forum_ids.add(forum["id"])
        members = forum["members"]
        assert 3 <= len(members) <= 15, forum
        assert len(set(members)) == len(members), forum
        assert all(m in actors for m in members)
        assert forum["level"] in (1, 2, 3, 4)
        assert set(_as_list(forum["scope"])) <= SCOPES
        assert set(forum.get("areas", [])) <= AREAS
        if "kommun" in forum:
            assert set(_as_list(forum["kommun"])) <= set(kommuner)
        elif not all("kommun" in actors[m] for m in members):
            assert any("kommun" in actors[m] for m in members)
    return kommuner, actors, per_kommun


def test_same_seed_same_bytes():
    assert gen.generate(3, 1) == gen.generate(3, 1)
    assert gen.generate(3) == gen.generate(3, 1)


def test_different_seed_different_text():
    a1, l1 = gen.generate(3, 1)
    a2, l2 = gen.generate(3, 2)
    assert a1 != a2 and l1 != l2


def test_bad_count_rejected():
    with pytest.raises(ValueError):
        gen.generate(0, 1)


def test_structure_small(small):
    actors_doc, links_doc = small
    assert list(actors_doc) == ["kommuner", "actors"]
    assert list(links_doc) == ["links", "forums"]
    assert [k["id"] for k in actors_doc["kommuner"]] == ["k001", "k002", "k003"]
    assert [k["name"] for k in actors_doc["kommuner"]] == ["Kommun 001", "Kommun 002", "Kommun 003"]
    assert len({k["lan"] for k in actors_doc["kommuner"]}) == 1
    assert actors_doc["kommuner"][0]["lan"] in {name for name, _ in gen.LAN}
    for a in actors_doc["actors"]:
        assert set(a) <= {"id", "name", "type", "huvudman", "kommun", "ref"}
    for link in links_doc["links"]:
        assert set(link) <= {"source", "target", "kind", "level", "scope", "person_dependent", "areas", "kommun"}
    for forum in links_doc["forums"]:
        assert {"id", "name", "members", "level", "scope"} <= set(forum)
    check_invariants(actors_doc, links_doc)


def test_small_has_the_expected_mix(small):
    actors_doc, links_doc = small
    types = Counter(a["type"] for a in actors_doc["actors"])
    for t in (
        "ifo",
        "strateg",
        "elevhalsa",
        "skola",
        "forskola",
        "bvc",
        "mvc",
        "primarvard",
        "polis",
        "aklagare",
        "barnahus",
        "bup",
        "lansstyrelse",
    ):
        assert types[t] > 0, t
    assert types["ifo"] >= 4 * 3
    regional = [a for a in actors_doc["actors"] if "kommun" not in a]
    assert sorted(a["type"] for a in regional) == sorted(REGIONAL_TYPES)
    kinds = Counter(link.get("kind", "samverkan") for link in links_doc["links"])
    assert kinds["samverkan"] > 0 and kinds["orosanmalan"] > 0
    # Orosanmälan goes to social services (IFO).
    actors = {a["id"]: a for a in actors_doc["actors"]}
    assert all(actors[x["target"]]["type"] == "ifo" for x in links_doc["links"] if x["kind"] == "orosanmalan")
    # A län-level forum spans several kommuner with an explicit kommun list.
    lan_forums = [f for f in links_doc["forums"] if isinstance(f.get("kommun"), list)]
    assert any(len(f["kommun"]) == 3 and "barnahus" in f["id"] for f in lan_forums)


def test_invariants_and_proportions_medium(medium):
    actors_doc, links_doc = medium
    kommuner, actors, per_kommun = check_invariants(actors_doc, links_doc)
    assert len(kommuner) == 29
    assert len({k["lan"] for k in kommuner.values()}) == 21
    assert len([a for a in actors.values() if "kommun" not in a]) == 21 * 6
    assert 40 <= sum(per_kommun.values()) / len(per_kommun) <= 50
    links = links_doc["links"]
    one_way = sum(1 for x in links if x["kind"] in ONE_WAY)
    assert 0.15 <= one_way / len(links) <= 0.35
    assert 90 <= len(links) / 29 <= 150
    samverkan = [x for x in links if x["kind"] == "samverkan"]
    pd = sum(1 for x in samverkan if x.get("person_dependent"))
    assert 0.05 <= pd / len(samverkan) <= 0.15
    levels = Counter(x["level"] for x in samverkan)
    assert levels[1] + levels[2] > levels[3] + levels[4]
    local_forums = Counter(f["id"].split("-")[0] for f in links_doc["forums"] if re.match(r"^k\d+-", f["id"]))
    assert set(local_forums) == set(kommuner)
    assert all(2 <= n <= 5 for n in local_forums.values())


@pytest.mark.parametrize("n, n_lan", [(1, 1), (3, 1), (20, 1), (21, 21), (29, 21), (145, 21), (290, 21)])
def test_lan_distribution(n, n_lan):
    import random

    dist = gen._lan_distribution(n, random.Random(1))
    assert len(dist) == n_lan
    assert sum(c for _, c in dist) == n
    assert all(c >= 1 for _, c in dist)
    assert {name for name, _ in dist} <= {name for name, _ in gen.LAN}


def test_national_distribution_is_the_real_one():
    import random

    assert gen._lan_distribution(290, random.Random(1)) == list(gen.LAN)


def test_cli_writes_the_same_text(tmp_path):
    out = tmp_path / "data"
    assert gen.main(["--kommuner", "2", "--out", str(out), "--seed", "5"]) == 0
    actors_text, links_text = gen.generate(2, 5)
    assert (out / "actors.yaml").read_text(encoding="utf-8") == actors_text
    assert (out / "links.yaml").read_text(encoding="utf-8") == links_text


def test_loader_accepts_generated_data(tmp_path):
    loader = pytest.importorskip("samnet.load.dataset")
    actors_text, links_text = gen.generate(5, 1)
    (tmp_path / "actors.yaml").write_text(actors_text, encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links_text, encoding="utf-8")
    dataset = loader.load_dataset(tmp_path)  # raises DataError (with .problems) on invalid data
    actors_doc, links_doc = safe_load(actors_text), safe_load(links_text)
    assert len(dataset.kommuner) == 5
    assert len(dataset.actors) == len(actors_doc["actors"])
    assert len(dataset.links) == len(links_doc["links"])
    assert len(dataset.forums) == len(links_doc["forums"])
    # Ties to regional actors land in their kommun.
    regional = {a.id for a in dataset.actors.values() if a.kommun is None}
    for link in dataset.links:
        if link.source in regional or link.target in regional:
            assert len(link.kommuner) <= 1
