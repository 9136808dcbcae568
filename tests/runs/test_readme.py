"""The README documents what the code accepts and produces, so the two cannot drift apart."""

from __future__ import annotations

import re

from conftest import DATA, README, ROOT

from samnet.core.model import Actor, Dataset, Kommun
from samnet.core.vocab import AREAS, HUVUDMAN, KINDS, TYPES
from samnet.load.dataset import ERROR_CODES
from samnet.measure.metrics import analyze

README = (README).read_text(encoding="utf-8")


def _table_codes(heading: str) -> set[str]:
    section = README.split(heading, 1)[1].split("\n#", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", section, flags=re.M))


def test_every_actor_type_is_documented():
    assert _table_codes("#### Actor types") == set(TYPES)


def test_every_error_code_is_documented():
    assert _table_codes("## Error codes") == set(ERROR_CODES)


def test_every_json_key_of_analyze_is_documented():
    ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    keys = set(analyze(ds).metrics["k"].to_json())
    section = README.split("### What `samnet analyze` reports", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z_]+)`", section))
    assert keys <= documented, keys - documented


def test_vocabularies_are_documented():
    for word in [*HUVUDMAN, *KINDS, *AREAS]:
        assert f"`{word}`" in README, word


def test_no_placeholder_is_left():
    # A qualified constant (`loader.MAX_FORUM_MEMBERS`), an environment variable samnet reads
    # (`SAMNET_MAX_FILE_MB`) and a constant named in inline code (`TYPE_WORDS`) are names, not placeholders.
    unnamed = re.sub(r"\bSAMNET_[A-Z_]+", "", re.sub(r"(?<!`)`[^`\n]+`(?!`)", "", README))
    assert not re.search(r"(?<!\.)\b[A-Z]{3,}_[A-Z_]{3,}\b", unnamed), "a transcript placeholder was not filled in"


def test_quoted_comparison_sentences_are_what_compare_says():
    from samnet.core.network import build_network
    from samnet.load.dataset import load_dataset
    from samnet.measure.comparison import compare_networks
    from samnet.measure.metrics import analyze_network
    from samnet.present.compare_words import difference_sentences

    dataset = load_dataset(DATA)
    nets = build_network(dataset, "ljusdal"), build_network(dataset, "sandviken")
    comparison = compare_networks(*nets, *(analyze_network(net) for net in nets))
    sentences = set(difference_sentences(comparison))
    section = README.split("### Compare: `samnet compare`", 1)[1].split("\n## ", 1)[0]
    quotes = re.findall(r"^\s*> (.+)$", section, flags=re.M)
    assert len(quotes) >= 6
    for quote in quotes:
        assert quote in sentences, quote


def test_transcripts_match_what_the_commands_print():
    import importlib.util
    import shutil

    path = ROOT / "tools" / "readme_transcripts.py"
    spec = importlib.util.spec_from_file_location("readme_transcripts", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    folder = tool.scratch_folder()
    try:
        blocks = list(tool.BLOCK.finditer(README))
        assert len(blocks) >= 7
        for block in blocks:
            assert tool.run(block["command"], folder) == block["output"], block["command"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_figures_quoted_for_the_findings_are_current():
    from samnet.load.dataset import load_dataset

    k = analyze(load_dataset(DATA), ["ljusdal"]).metrics["ljusdal"]
    section = README.split("What the three findings", 1)[1].split("`--format json` prints", 1)[0]
    alone = sum(1 for row in k.one_way if not row["also_samverkan"])
    assert f"The {k.one_way_links} one-way links in Ljusdal" in section
    assert f"{alone} of them join actors that have\n  no samverkan at all" in section
    region, kommun = k.profiles["huvudman"]["region"]["scopes"], k.profiles["huvudman"]["kommun"]["scopes"]
    assert f"region {region['individ']} individ / {region['struktur']} struktur / {region['both']} both" in section
    assert f"kommun\n  {kommun['individ']} / {kommun['struktur']} / {kommun['both']}" in section
    # Co-located with socialtjänsten (000 §5.5.1): Beroendecentrum and BVC reach it directly.
    bare = [r["name"] for r in k.social_services_reach if r["tier"] != "direct" and r["one_way_to_social"]]
    assert bare == [] and "nobody in Ljusdal meets social\n  services only in forums" in section
    top = k.forum_drivers[0]
    assert f"spindelgrupper, {top['pairs']} of {k.samverkan_ties})" in section
    assert (
        f"There are {len(k.person_dependent_links)} person-dependent\n  links in Ljusdal, and {k.person_dependent_ties} pairs"
        in section
    )
    assert f"{k.pairs_disconnected} pairs of actors can no longer" in section
    assert len(k.isolated_without_person_dependent) == 3  # "three actors are cut off"
