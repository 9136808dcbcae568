"""The sentences on brokers, key actors and the E-I index: where each must fire and where it must not.

Figures come from samnet's own measures on small networks whose answers are
counted by hand in the comments; tests/fixtures/brokerage is the chain
skola – ifo – samordnare – jour – bvc – {bup, polis} (one forum) plus förskolan.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from samnet.cli import cli
from samnet.core.model import Actor, Dataset, Kommun, Link
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.comparison import compare_networks
from samnet.measure.metrics import analyze_network
from samnet.present.compare_brokers import broker_sentences
from samnet.present.report.findings import ei_index, findings, key_actor, sole_broker
from samnet.present.whatif_text import whatif_sentence

ROOT = Path(__file__).resolve().parents[2]
CHAIN = ROOT / "tests" / "fixtures" / "brokerage"


def _network(actors, links):
    ds = Dataset(
        {"k": Kommun("k", "Kommun K")},
        {i: Actor(i, name, t, h, "k") for i, name, t, h in actors},
        tuple(Link(n, s, t, kind, level, kommuner=frozenset({"k"})) for n, (s, t, kind, level) in enumerate(links)),
    )
    net = build_network(ds, "k")
    return analyze_network(net), net


# Viljan (ideell) between IFO (kommun) and BVC (region): the only broker between kommun and region.
ALONE = (
    [
        ("v", "Kvinnojouren Viljan", "kvinnojour", "ideell"),
        ("i", "IFO", "ifo", "kommun"),
        ("b", "BVC", "bvc", "region"),
    ],
    [("v", "i", "samverkan", 2), ("v", "b", "samverkan", 2)],
)


def test_sole_broker_fires_for_the_only_broker():
    m, net = _network(*ALONE)
    found = sole_broker(m, net)
    assert found.text == (
        "I Kommun K är Kvinnojouren Viljan den enda som förmedlar mellan kommunen och regionen: den står mellan "
        "1 aktörspar, en från vardera, som inte samverkar med varandra."
    )
    assert "the only actor that brokers between the municipality and the region" in sole_broker(m, net, "en").text


def test_sole_broker_silent_with_two_brokers_or_a_direct_tie():
    actors, links = ALONE
    # A second broker between kommun and region: Polisen, tied to both.
    two = _network(
        actors + [("p", "Polisen", "polis", "stat")], links + [("p", "i", "samverkan", 1), ("p", "b", "samverkan", 1)]
    )
    rows = {tuple(r["groups"]): r for r in two[0].huvudman_brokers}
    assert len(rows[("kommun", "region")]["brokers"]) == 2
    assert "kommunen och regionen" not in (sole_broker(*two) or type("F", (), {"text": ""})).text
    # IFO and BVC tied directly: nobody stands between them.
    closed = _network(actors, links + [("i", "b", "samverkan", 1)])
    assert sole_broker(*closed) is None
    # A one-way link is not samverkan: it neither makes nor closes a bridge.
    one_way = _network(actors, [("v", "i", "samverkan", 2), ("v", "b", "orosanmalan", None)])
    assert sole_broker(*one_way) is None


def test_sole_broker_lists_several_group_pairs():
    m = analyze_network(build_network(load_dataset(CHAIN), "k"))
    text = sole_broker(m).text
    assert text.startswith("I Kommun K förmedlar bara en aktör mellan 4 par av huvudmän:")
    assert "Kvinnojouren mellan kommunen och regionen" in text


def test_key_actor_fires_with_the_pairs():
    m, net = _network(*ALONE)
    # Without Viljan, IFO and BVC cannot reach each other: 1 pair, both left without samverkan.
    assert key_actor(m, net).text == (
        "Utan Kvinnojouren Viljan kan 1 aktörspar i Kommun K inte längre nå varandra; BVC och IFO blir helt "
        "utan samverkan; nätverket består av 2 delar i stället för 1."
    )
    assert key_actor(m, net, "en").text.startswith("Without Kvinnojouren Viljan, 1 pair of actors in Kommun K can")


def test_key_actor_silent_when_no_one_cuts_the_network():
    actors, links = ALONE
    ring = _network(actors, links + [("i", "b", "samverkan", 1)])
    assert all(r["pairs_disconnected"] == 0 for r in ring[0].key_actors)
    assert key_actor(*ring) is None


def test_key_actor_names_every_actor_tied_for_the_most():
    # a – b – c – d: without b, a is cut off (2 pairs: a–c, a–d); without c, d (2 pairs).
    m, net = _network(
        [(i, i.upper(), "ifo", "kommun") for i in "abcd"],
        [("a", "b", "samverkan", 1), ("b", "c", "samverkan", 1), ("c", "d", "samverkan", 1)],
    )
    assert (
        key_actor(m, net).text
        == "I Kommun K kan 2 aktörspar inte längre nå varandra utan någon av B och C (var och en för sig)."
    )


def test_whatif_for_an_actor_of_another_kommun():
    m, _ = _network(*ALONE)
    assert whatif_sentence(m, "x", "Kommun K") == "x finns inte i Kommun K."


def test_ei_index_sentence_and_silence():
    m, net = _network(*ALONE)
    # Both pairs cross huvudmän and organisations: E-I = (2 − 0) / 2 = 1.
    assert ei_index(m, net).text.startswith(
        "I Kommun K går 2 av 2 samverkande aktörspar mellan olika huvudmän (E-I-index 1,00)"
    )
    lonely = _network([("i", "IFO", "ifo", "kommun")], [])
    assert ei_index(*lonely) is None
    assert [f.rule for f in findings(*lonely)] == []


def test_comparison_sentences():
    a = _network(*ALONE)
    actors, links = ALONE
    same = _network(actors, links + [("i", "b", "samverkan", 1)])
    ei, key = broker_sentences(compare_networks(a[1], same[1], a[0], same[0]))
    # A: 2 of 2 pairs across (1,00); B: 3 of 3 (1,00): as often in both.
    assert ei == "E-I-index över huvudmän: 1,00 i Kommun K (A) och 1,00 i Kommun K (B) (lika ofta i båda)."
    assert key == (
        "Den aktör vars bortfall skiljer flest aktörspar åt: Kvinnojouren Viljan (1 par) i Kommun K (A), "
        "ingen (inget par tappar kontakten) i Kommun K (B)."
    )
    # B adds a pair inside the kommun: (2 − 1) / 3 = 0,33, so A crosses huvudmän more often.
    inside = _network(actors + [("s", "Skolan", "skola", "kommun")], links + [("i", "s", "samverkan", 1)])
    ei, _ = broker_sentences(compare_networks(a[1], inside[1], a[0], inside[0]))
    assert ei == (
        "E-I-index över huvudmän: 1,00 i Kommun K (A) och 0,33 i Kommun K (B) "
        "(samverkan går oftare mellan huvudmän i Kommun K (A))."
    )
    # No ties in B: no E-I sentence, the key-actor sentence stays.
    lonely = _network([("i", "IFO", "ifo", "kommun")], [])
    assert len(broker_sentences(compare_networks(a[1], lonely[1], a[0], lonely[0]))) == 1


def test_analyze_utan_prints_the_whatif():
    result = CliRunner().invoke(cli, ["analyze", "--data", str(CHAIN), "--format", "table", "--utan", "samordnare"])
    assert result.exit_code == 0, result.output
    assert "Tänk om: utan Kvinnofridssamordnaren" in result.output
    assert "Utan Kvinnofridssamordnaren kan 8 aktörspar i Kommun K inte längre nå varandra" in result.output


def test_analyze_utan_an_unknown_actor_is_a_usage_error():
    result = CliRunner().invoke(cli, ["analyze", "--data", str(CHAIN), "--format", "table", "--utan", "samordnar"])
    assert result.exit_code == 2
    assert 'okänd aktör "samordnar" (menade du "samordnare"?)' in result.output
    assert "Traceback" not in result.output


def test_csv_and_json_carry_closeness_and_roles():
    import csv
    import io
    import json

    runner = CliRunner()
    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(cli, ["analyze", "--data", str(CHAIN), "--format", "csv"]).stdout))
    )
    jour = next(r for r in rows if r["id"] == "jour")
    # By hand (tests/measure/test_brokerage.py): closeness (1 + 1 + 1/2 + 1/2 + 1/2 + 1/3) / 7; liaison 2.
    assert jour["closeness"] == "0.547619"
    assert jour["brokerage_huvudman_liaison"] == "2" and jour["brokerage_type_liaison"] == "2"
    assert jour["brokerage_huvudman_gatekeeper"] == "0"
    k = json.loads(runner.invoke(cli, ["analyze", "--data", str(CHAIN), "--format", "json"]).stdout)["kommuner"]["k"]
    assert k["ei_index"] == {"huvudman": 0.142857, "organisation": 0.428571}
    assert [r["pairs_disconnected"] for r in k["key_actors"]] == sorted(
        (r["pairs_disconnected"] for r in k["key_actors"]), reverse=True
    )
    assert next(r for r in k["centrality"] if r["id"] == "samordnare")["brokerage"]["huvudman"] == {
        "coordinator": 0,
        "itinerant": 0,
        "gatekeeper": 1,
        "representative": 1,
        "liaison": 0,
    }
