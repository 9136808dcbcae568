"""Actor types written as a coordinator writes them: names, definite forms, synonyms, typos.

The rule under test: a word is read as a type only when it belongs to one type; a word that is
not read gets a suggestion only of its own function, else the nearest group's types.
"""

from __future__ import annotations

import pytest

from samnet.core.vocab import FUNCTION_OF, TYPE_WORDS, TYPES, _fold, _names_of, read_type, type_forms
from samnet.errors import DataError
from samnet.load.dataset import load_dataset


def write_dataset(folder, actors: str, links: str):
    (folder / "actors.yaml").write_text(actors, encoding="utf-8")
    (folder / "links.yaml").write_text(links, encoding="utf-8")
    return folder


def _base_words() -> list[tuple[str, str]]:
    return [(entry.id, name) for entry in TYPES.values() for name in _names_of(entry)]


@pytest.mark.parametrize(("type_id", "written"), _base_words())
def test_every_name_and_synonym_is_read_as_its_type(type_id, written):
    reading = read_type(written)
    assert reading.type == type_id, written


@pytest.mark.parametrize("type_id", sorted(TYPES))
def test_definite_and_plural_forms_are_read(type_id):
    for name in [TYPES[type_id].sv.split(" (")[0], *TYPE_WORDS[type_id]]:
        folded = _fold(name)
        stem = folded[:-1] if folded.endswith(("a", "e")) else folded
        suffixes = ("n", "na") if folded.endswith(("a", "e")) else ("en", "et", "erna")
        for form in [folded + s for s in suffixes] + ([stem + "orna"] if folded.endswith("a") else []):
            got = type_forms().get(form)
            assert got in (type_id, None), (form, got)
            # A form another type shares is not read; the plain definite form always is.
        assert read_type(folded + ("n" if folded.endswith(("a", "e")) else "en")).type == type_id


def _typos(word: str) -> list[str]:
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out |= {word[:i] + "x" + word[i + 1 :] for i in range(1, len(word), 3)}
    return sorted(out - {word})


def test_a_typo_is_never_suggested_as_another_function():
    checked = 0
    for type_id, written in _base_words():
        if len(written) < 5:
            continue
        for typo in _typos(_fold(written)):
            reading = read_type(typo)
            if reading.type is not None:
                checked += 1
                assert FUNCTION_OF[reading.type] == FUNCTION_OF[type_id] or typo in type_forms(), (typo, reading)
            if reading.suggestion is not None:
                checked += 1
                assert FUNCTION_OF[reading.suggestion] == FUNCTION_OF[type_id], (written, typo, reading)
    assert checked > 1000


@pytest.mark.parametrize(
    ("written", "type_id"),
    [
        ("Frivården", "kriminalvard"),
        ("Kommunpolis", "polis"),
        ("Åklagarmyndigheten", "aklagare"),
        ("Hälsocentral", "primarvard"),
        ("Vårdcentralen", "primarvard"),
        ("Familjerätten", "socialtjanst"),
        ("Skolkurator", "elevhalsa"),
        ("Kvinnofridssamordnare", "strateg"),
        ("Samordnare", "strateg"),
        ("Barnavårdscentral", "bvc"),
        ("Mödravården", "mvc"),
        ("Socialförvaltningen", "socialtjanst"),
        ("Socialtjänsten", "socialtjanst"),
        ("Kvinnojouren", "kvinnojour"),
        ("Elevhälsan", "elevhalsa"),
    ],
)
def test_a_coordinators_words(written, type_id):
    assert read_type(written).type == type_id


def _actors(type_word: str, huvudman: str = "kommun") -> str:
    return f"""actors:
  - id: a
    name: Socialkontoret (myndighetsutövning, IFO)
    type: {type_word}
    huvudman: {huvudman}
    kommun: norrkoping
  - id: vc
    name: Vårdcentralerna
    type: primarvard
    huvudman: region
kommuner:
  - id: norrkoping
    name: Norrköping
"""


def _problems(tmp_path, actors: str, links: str = "links: []\n") -> list[str]:
    folder = write_dataset(tmp_path, actors, links)
    with pytest.raises(DataError) as info:
        load_dataset(folder)
    return [p.message for p in info.value.problems]


def test_an_unread_type_names_one_group_never_all_codes(tmp_path):
    (message,) = _problems(tmp_path, _actors("Sjukgymnast"))
    assert "Hälso- och sjukvård" in message and "primarvard" in message
    assert "ifo" not in message.split(":", 1)[1] and "polis" not in message
    (message,) = _problems(tmp_path, _actors("Qwzx"))
    assert not any(t in message.split() for t in TYPES)


def test_empty_huvudman_names_the_allowed_words(tmp_path):
    (message,) = _problems(tmp_path, _actors("ifo", huvudman='""'))
    assert "kommun, region, stat, ideell, privat" in message


def test_scope_bada_means_both(tmp_path):
    links = "links:\n  - {source: a, target: vc, level: 2, scope: båda}\n"
    folder = write_dataset(tmp_path, _actors("ifo"), links)
    (link,) = load_dataset(folder).links
    assert link.scopes == frozenset({"individ", "struktur"})


@pytest.mark.parametrize(
    ("written", "ident"),
    [("Socialkontoret (myndighetsutövning, IFO)", "a"), ("Vårdcentralerna", "vc"), ("Socialkontoret", "a")],
)
def test_a_name_where_an_id_belongs_suggests_the_real_id(tmp_path, written, ident):
    links = f'links:\n  - {{source: "{written}", target: vc, level: 2, scope: individ}}\n'
    forums = f'forums:\n  - {{id: f, name: F, members: ["{written}", vc], level: 2, scope: struktur}}\n'
    for text in (links, forums):
        messages = _problems(tmp_path, _actors("ifo"), text)
        assert any(f'"{ident}"' in m for m in messages), messages


def test_a_kommun_name_suggests_its_id(tmp_path):
    (message,) = _problems(tmp_path, _actors("ifo").replace("kommun: norrkoping", "kommun: Norrköping"))
    assert '"norrkoping"' in message
