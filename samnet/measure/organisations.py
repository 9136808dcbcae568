"""Inside or across organisations: which samverkan stays within one organisation.

000 §6: samverkan at the top of the trappa "sker oftast internt i de olika
organisationerna". To check that, every actor belongs to one organisation:

1. its ``organisation`` field, when the data sets it;
2. else, by rule: an actor with huvudman ``kommun`` and a kommun belongs to
   that kommun (organisation id = the kommun's id, e.g. ``ljusdal``); an
   actor with huvudman ``region`` to the region of its län
   (``region-`` + the län's name in ASCII, e.g. ``region-gavleborg``); an
   actor with huvudman ``stat`` to its agency type (e.g. ``polis``,
   ``aklagare``);
3. anything else (ideell, privat, a kommun actor without a kommun) is an
   organisation of its own (its actor id).

A described tie is **internal** when all the actors it joins share one
organisation: a link whose two ends do, a forum all of whose members do.
Every other tie is **external**.

Examples
--------
>>> from samnet.core.model import Actor
>>> organisation_of(Actor("ljusdal-ifo", "IFO", "ifo", "kommun", "ljusdal"))
'ljusdal'
>>> organisation_of(Actor("ljusdal-bvc", "BVC", "bvc", "region", "ljusdal"), lan="Gävleborg")
'region-gavleborg'
>>> organisation_of(Actor("polisen", "Polisen", "polis", "stat"))
'polis'
"""

from __future__ import annotations

import re
import unicodedata

from samnet.core.model import Actor
from samnet.core.network import Network
from samnet.measure.described import described_profile, described_ties, tie_members

__all__ = ["organisation_of", "organisations", "internal_external"]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def organisation_of(actor: Actor, *, lan: str | None = None) -> str:
    """The organisation an actor belongs to: its ``organisation`` field, else the module's rule.

    Parameters
    ----------
    actor : Actor
    lan : str, optional
        The län of the actor's kommun (or of the network), for region actors.

    Examples
    --------
    >>> from samnet.core.model import Actor
    >>> organisation_of(Actor("viljan", "Viljan", "kvinnojour", "ideell", "ljusdal"))
    'viljan'
    >>> organisation_of(Actor("bch", "BC", "beroendevard", "region"))
    'region'
    """
    if actor.organisation:
        return actor.organisation
    if actor.huvudman == "kommun" and actor.kommun:
        return actor.kommun
    if actor.huvudman == "region":
        return f"region-{_slug(lan)}" if lan and _slug(lan) else "region"
    if actor.huvudman == "stat":
        return actor.type
    return actor.id


def organisations(network: Network, lans: dict[str, str | None] | None = None) -> dict[str, str]:
    """The organisation of every actor of the network, by actor id.

    ``lans`` maps kommun ids to their län; by default the network's own
    kommun's län serves its actors and those without a kommun.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K", "Dalarna")}, {"a": Actor("a", "A", "bvc", "region", "k")})
    >>> organisations(build_network(ds, "k"))
    {'a': 'region-dalarna'}
    """
    own_lan = network.kommun.lan if network.kommun else None
    lans = lans if lans is not None else ({network.kommun.id: own_lan} if network.kommun else {})
    return {
        actor_id: organisation_of(actor, lan=lans.get(actor.kommun, own_lan) if actor.kommun else own_lan)
        for actor_id, actor in network.actors.items()
    }


def internal_external(network: Network, lans: dict[str, str | None] | None = None) -> dict[str, dict]:
    """Profiles of the described ties inside one organisation (``internal``) and across (``external``).

    Each profile is shaped like ``levels``/``scopes``/``ties`` of
    :func:`samnet.measure.described.described_profile`.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "skola", "kommun", "k"),
    ...               "p": Actor("p", "P", "polis", "stat")},
    ...              (Link(0, "a", "b", "samverkan", 4, frozenset({"individ"}), kommuner=frozenset({"k"})),),
    ...              (Forum("f", "F", ("a", "b", "p"), 2, frozenset({"struktur"}), kommuner=frozenset({"k"})),))
    >>> split = internal_external(build_network(ds, "k"))
    >>> split["internal"]["levels"]["4"], split["external"]["levels"]["2"]
    (1, 1)
    """
    orgs = organisations(network, lans)
    internal, external = [], []
    for tie in described_ties(network):
        (internal if len({orgs[m] for m in tie_members(tie)}) == 1 else external).append(tie)
    return {"internal": described_profile(internal), "external": described_profile(external)}
