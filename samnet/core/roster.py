"""The roster of a questionnaire: who is asked about whom, in one kommun.

A roster questionnaire asks every organisation of a kommun's network about
every other one on the same list, and about every forum. The forms that
``samnet enkat`` writes and the answers ``samnet sammanstall`` reads must
agree on that list, so both derive it here, and a short fingerprint of it
is written into each form: a form filled in for another list is refused.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Polisen", "polis", "stat")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), kommuner=frozenset({"k"})),))
>>> roster = kommun_roster(ds, "k")
>>> [a.id for a in roster.actors], len(roster.fingerprint)
(['a', 'b'], 12)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from samnet.core.model import Actor, Dataset, Forum
from samnet.core.network import build_network, kommun_networks
from samnet.core.vocab import name_order

__all__ = [
    "ANSWER_COLUMNS",
    "FORUM_COLUMNS",
    "MISSING_COLUMNS",
    "FORM_VERSION",
    "ROLES",
    "Roster",
    "kommun_roster",
    "kommun_rosters",
]

#: Written into every questionnaire form; a form of another version is refused as edited.
FORM_VERSION = "samnet-enkat-1"
#: An informant's roles, as the testimony format names them.
ROLES = ("chef", "medarbetare", "samordnare", "politiker", "annan")
#: The form's tables: catalogue key of each column (``forms.col.*``) and its width.
# Widths add up to what landscape A4 prints at about 80 % (the answers) or 100 % (the others).
ANSWER_COLUMNS = (
    ("organisation", 32),
    ("works", 11),
    ("level", 13),
    ("scope", 13),
    ("areas", 20),
    ("person", 11),
    ("orosanmalan", 13),
    ("polisanmalan", 13),
    ("hanvisning", 13),
    ("information", 13),
    ("comment", 28),
)
FORUM_COLUMNS = (("forum", 44), ("takes_part", 11), ("how_often", 20), ("level", 13), ("comment", 50))
MISSING_COLUMNS = (("organisation", 44), ("missing_level", 18), ("comment", 70))


@dataclass(frozen=True)
class Roster:
    """The organisations and forums a kommun's forms ask about, and the fingerprint of that list."""

    kommun_id: str
    kommun_name: str
    actors: tuple[Actor, ...]
    forums: tuple[Forum, ...]

    @property
    def fingerprint(self) -> str:
        """Twelve hex digits that change whenever an actor or forum is added, removed or renamed."""
        lines = [self.kommun_id] + [f"a:{a.id}:{a.name}" for a in self.actors]
        lines += [f"f:{f.id}:{f.name}" for f in self.forums]
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:12]

    def others(self, actor_id: str) -> tuple[Actor, ...]:
        """Every organisation on the roster but ``actor_id``: the rows of its form."""
        return tuple(a for a in self.actors if a.id != actor_id)


def kommun_roster(dataset: Dataset, kommun_id: str | None) -> Roster:
    """The roster of one kommun: the actors and forums of its network, in name order.

    ``kommun_id`` None means the whole dataset (data without kommuner).
    """
    network = build_network(dataset, kommun_id)
    actors = tuple(sorted(network.actors.values(), key=lambda a: name_order(a.name)))
    forums = tuple(sorted(network.forums, key=lambda f: name_order(f.name)))
    return Roster(network.id, network.name, actors, forums)


def kommun_rosters(dataset: Dataset, kommun_ids: list[str] | None = None) -> list[Roster]:
    """The roster of each chosen kommun (every kommun by default; the whole data when it names none)."""
    return [
        kommun_roster(dataset, None if key == "all" else key) for key in kommun_networks(dataset, kommun_ids or None)
    ]
