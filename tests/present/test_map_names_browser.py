"""The names the map's findings bar and side panel write, in headless Chromium.

Two kommuner of a län may each have an actor called "Socialtjänsten (socialnämndens
verksamhet)"; on the regional map, grouped by kommun, their labels carry the kommun
(``samnet.present.maps.data``), and so must the buttons that name them, or a reader cannot
tell which is which. Run with ``pytest -m browser``; needs Playwright and Debian's ``chromium``.
"""

from __future__ import annotations

from collections import Counter

import pytest

from samnet.load.source import bundled_data_dir, load_data
from samnet.runs import analysis_run

pytestmark = pytest.mark.browser

#: Each name button of a box, as [its text, the id of the node a click on it shows].
BUTTONS = """box => Array.from(document.querySelectorAll(box + " button.linkish")).map(b => {
  b.click();
  return [b.textContent, document.getElementById("details").dataset.node];
})"""


@pytest.fixture(scope="module")
def regional_map(tmp_path_factory):
    """Östergötland's regional map: 13 kommuner as circles, several with the same actor names."""
    folder = tmp_path_factory.mktemp("ostergotland")
    run = analysis_run(load_data(bundled_data_dir("ostergotland")), output_dir=folder, report=False)
    path = folder / "map.html"
    path.write_text(run.files[path], encoding="utf-8")
    return path


def test_the_findings_name_each_actor_apart_as_its_label_does(open_map, regional_map):
    page, log = open_map(regional_map, width=1280, height=720)
    assert page.evaluate("!!samnetMap.data.groups")
    buttons = page.evaluate(BUTTONS, ".findings")
    labels = page.evaluate("Object.fromEntries(samnetMap.data.nodes.map(n => [n.id, n.label]))")
    names = page.evaluate("Object.fromEntries(samnetMap.data.nodes.map(n => [n.id, n.name]))")
    # The bundled län has two kommuners' "Socialtjänsten (socialnämndens verksamhet)" among the findings.
    shared = [node for _, node in buttons if list(names.values()).count(names[node]) > 1]
    assert len(shared) >= 2
    # One text per actor: a reader can tell which kommun's actor each button shows.
    texts = Counter(text for text, _ in set(map(tuple, buttons)))
    assert [text for text, n in texts.items() if n > 1] == []
    # The text is the actor's label, the full name and its kommun, where its name is shared.
    for text, node in buttons:
        assert text == (labels[node] if node in shared else names[node])
    assert "Socialtjänsten (socialnämndens verksamhet) (Ödeshögs)" in [text for text, _ in buttons]
    assert log.errors == []


def test_the_side_panel_heads_a_shared_name_with_its_kommun(open_map, regional_map):
    page, log = open_map(regional_map, width=1280, height=720)
    buttons = page.evaluate(BUTTONS, ".findings")
    labels = page.evaluate("Object.fromEntries(samnetMap.data.nodes.map(n => [n.id, n.label]))")
    names = page.evaluate("Object.fromEntries(samnetMap.data.nodes.map(n => [n.id, n.name]))")
    shared = [node for _, node in buttons if list(names.values()).count(names[node]) > 1]
    assert len(shared) >= 2
    for node in shared:
        page.evaluate("id => samnetMap.focus(id)", node)
        assert page.locator("#details h2").first.text_content() == labels[node]
    assert log.errors == []
