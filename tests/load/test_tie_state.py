"""Ended ties, co-location and a kommun's focus: read, validated, and kept out of current figures."""

from __future__ import annotations

import pytest

from samnet.core.network import build_network
from samnet.errors import DataError
from samnet.load.dataset import load_dataset
from samnet.measure.reach import social_services_reach

ACTORS = """\
kommuner:
  - id: k
    name: K
    focus: {focus}
actors:
  - {{id: ifo, name: IFO, type: ifo, huvudman: kommun, kommun: k}}
  - {{id: bvc, name: BVC, type: bvc, huvudman: region, kommun: k}}
  - {{id: fk, name: Förskola, type: forskola, huvudman: kommun, kommun: k}}
  - {{id: jour, name: Jour, type: kvinnojour, huvudman: ideell, kommun: k}}
"""

LINKS = """\
links:
  - {source: jour, target: ifo, level: 2, scope: individ, status: Upphört, ended: "000 fotnot 60"}
  - {source: fk, target: ifo, kind: orosanmalan}
forums:
  - {id: fc, name: Familjecentral, members: [ifo, bvc], level: 2, scope: individ, colocated: ja}
  - {id: natverk, name: Nätverk, members: [ifo, fk, jour], level: 1, scope: struktur, status: upphort,
     ended: "2023"}
"""


def write(tmp_path, focus="[hrv]", links=LINKS):
    (tmp_path / "actors.yaml").write_text(ACTORS.format(focus=focus), encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links, encoding="utf-8")
    return tmp_path


def test_status_colocated_and_focus_are_read(tmp_path):
    ds = load_dataset(write(tmp_path))
    assert [(link.status, link.ended_when) for link in ds.links] == [("upphort", "000 fotnot 60"), ("aktiv", None)]
    assert [(f.id, f.ended, f.colocated) for f in ds.forums] == [("fc", False, True), ("natverk", True, False)]
    assert ds.kommuner["k"].focus == frozenset({"hrv"})


@pytest.mark.parametrize(("written", "focus"), [("[]", frozenset()), ("~", None), ("[HRV, unga]", {"hrv", "unga"})])
def test_focus_none_stated_or_not_said(tmp_path, written, focus):
    # focus: [] says the mapping finds none (000 §5.6.2, Sandviken); no focus says nothing.
    assert load_dataset(write(tmp_path, written)).kommuner["k"].focus == focus


def test_ended_ties_stay_out_of_current_figures(tmp_path):
    net = build_network(load_dataset(write(tmp_path)), "k")
    # The jour's only ties have ended: its pair with IFO and the network are gone; both stay listed.
    assert sorted(net.samverkan.edges) == [("bvc", "ifo")]
    assert [getattr(t, "id", None) or (t.source, t.target) for t in net.ended] == [("jour", "ifo"), "natverk"]
    assert [f.id for f in net.forums] == ["fc"]
    assert net.samverkan.degree("jour") == 0


def test_a_colocated_forum_is_direct_contact_with_social_services(tmp_path):
    tiers = {r["id"]: r["tier"] for r in social_services_reach(build_network(load_dataset(write(tmp_path)), "k"))}
    # BVC sits with socialtjänsten (000 §5.5.1 "därför finns samverkan främst där"): direct, not "only in forums".
    assert tiers == {"bvc": "direct", "fk": "one_way_only", "jour": "none"}


def test_problems_in_the_new_fields(tmp_path):
    links = (
        "links:\n"
        "  - {source: jour, target: ifo, level: 2, scope: individ, status: slut}\n"
        "  - {source: fk, target: ifo, kind: orosanmalan, colocated: kanske}\n"
        "  - {source: bvc, target: ifo, level: 2, scope: individ, status: upphört, ended: ''}\n"
    )
    with pytest.raises(DataError) as info:
        load_dataset(write(tmp_path, "[hrv, heder]", links), lang="en")
    found = [(p.path, p.code) for p in info.value.problems]
    assert found == [
        ("kommuner[0].focus", "bad-value"),
        ("links[0].status", "bad-value"),
        ("links[1].colocated", "wrong-type"),
        ("links[2].status", "missing-ended"),
    ]
    assert "is not a known status" in info.value.problems[1].message
    assert info.value.problems[3].message == (
        "a tie with status upphört needs ended: when it ended (a date or the passage in the source)"
    )


def test_swedish_messages_of_the_new_codes(tmp_path):
    links = "links:\n  - {source: fk, target: ifo, kind: orosanmälan, colocated: true, ended: '2022'}\n"
    with pytest.raises(DataError) as info:
        load_dataset(write(tmp_path, links=links))
    assert [(p.code, p.message) for p in info.value.problems] == [
        (
            "colocated-one-way",
            "en orosanmälan är enkelriktad och kan inte vara samlokalisering; ange colocated på en samverkanslänk "
            "eller ett forum",
        ),
        (
            "ended-on-current",
            'ended: "2022" står på ett band som inte har status: upphört; lägg till status: upphört eller ta bort ended',
        ),
    ]
