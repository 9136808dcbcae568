"""What measuring gives: the typed results presenters read, and the words-free constants that name their parts.

Every result here is built by a measuring function of :mod:`samnet.measure` and
read, never recomputed, by :mod:`samnet.present`: a presenter imports from
:mod:`samnet.measure` only this module. :class:`Analysis` is one run's
results together: each network's :class:`NetworkMetrics`, the check against the
agreement (:class:`CheckReport`), the comparison of two kommuner (:class:`Comparison`)
and the län overview (:class:`LanFigures`).

Examples
--------
>>> Analysis({}, {}).kommun_ids, STATUSES[0], TIERS[0]
([], 'met', 'direct')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from samnet.core.network import Network
from samnet.core.norm import Norm, Rule, Selector
from samnet.measure.forums import dominant_forum

__all__ = [
    "Analysis",
    "Comparison",
    "ComparisonSide",
    "LanFigures",
    "NetworkMetrics",
    "RuleResult",
    "KommunCheck",
    "CheckReport",
    "PaperFinding",
    "PAPER_KINDS",
    "CENTRALITY_FIELDS",
    "STATUSES",
    "GAP_STATUSES",
    "TIERS",
    "SUMMARY_KEYS",
    "TOP",
    "LAN_GAP_KEYS",
    "LAN_MIN_KOMMUNER",
]

#: The per-actor columns of ``metrics.csv`` and of the ``centrality`` rows, in order.
CENTRALITY_FIELDS = (
    "id",
    "name",
    "type",
    "huvudman",
    "kommun",
    "degree",
    "strength",
    "betweenness",
    "eigenvector",
    "closeness",
    "one_way_out",
    "one_way_in",
)

#: The reach tiers, strongest first.
TIERS = ("direct", "forum_only", "one_way_only", "none")


#: How many differences head a report; the Markdown report and the HTML page list the rest further down.
TOP = 25

#: The side-by-side figures of ``summary``, in the order the reports list them.
SUMMARY_KEYS = (
    "actors",
    "described_ties",
    "samverkan_ties",
    "forum_only_ties",
    "one_way_links",
    "forums",
    "person_dependent_links",
    "person_dependent_ties",
    "density",
    "structural_share",
    "high_level_share",
    "person_dependent_share",
    "one_way_share",
)


#: Every status a rule can get, from best to "cannot be judged".
STATUSES = ("met", "partly", "below", "one_way_only", "missing", "not_mapped")

#: Statuses that count as a gap for a required rule; ``not_mapped`` never does.
GAP_STATUSES = ("missing", "one_way_only", "below", "partly")

#: What the län overview lists kommuner without, in the order it lists them (:mod:`samnet.measure.lan`).
LAN_GAP_KEYS = ("samordnare", "local_vinr_forums", "kvinnojour", "barnahus")

#: The län overview is made for more than two kommuner (two are compared side by side).
LAN_MIN_KOMMUNER = 3


@dataclass(frozen=True)
class NetworkMetrics:
    """Every figure of one network, computed once by :func:`analyze_network`.

    A plain record: the attribute names are the keys of ``summary.json``;
    :meth:`to_json` gives that dict.

    Attributes
    ----------
    id, name : str
        The network's id and display name.
    actors, samverkan_ties, one_way_links, forums, person_dependent_ties : int
        Counts.
    density : float
        Samverkan ties over possible pairs (0 for fewer than two actors).
    betweenness_estimated : bool
        True when betweenness was sampled (see the module docstring).
    levels, scopes, areas, one_way_by_kind : dict
        Described ties (each link once, each forum once) per trappa level,
        scope class and area; one-way links per kind.
    centrality : list of dict
        One row per actor (:data:`CENTRALITY_FIELDS`), ranked by strength.
    one_way, one_way_by_type : list of dict
        Every one-way link; one-way links counted per (source type, target type, kind).
    one_way_only, social_services_only_one_way : list of str
        Actor ids (see the module docstring).
    person_dependent : list of dict
        The person-dependent samverkan edges.
    isolated_without_person_dependent : list of str
    components_before, components_after, pairs_disconnected : int
        What the network loses without its person-dependent edges.
    profiles : dict
        Level profiles per actor type, huvudman and actor, counting described
        ties (each link once, each forum once; :mod:`samnet.measure.described`).
    described_ties, direct_ties, forum_only_ties : int
        Links plus forums; pairs with a direct link; pairs that meet only in
        forums (``direct_ties + forum_only_ties == samverkan_ties``).
    forum_drivers, forum_figures : list, dict
        What each forum adds to the pairs; members by type and huvudman,
        actors in most forums, forums sharing members (:mod:`samnet.measure.forums`).
    person_dependent_links : list of dict
        Every person-dependent link, with the forums its pair shares.
    social_services_reach : list of dict
        The reach tier of every actor outside social services (:mod:`samnet.measure.reach`).
    internal, external : dict
        Described ties inside one organisation and across (:mod:`samnet.measure.organisations`).
    focus : list of str or None
        The areas the kommun has an outspoken focus on (``[]``: none; ``None``: the data says nothing).
    ended : list of dict
        The network's ties that have ended (``status: upphört``), counted in no other figure.
    ei_index, ei_groups : dict
        The E-I index per grouping, and per group (:mod:`samnet.measure.cohesion`).
    brokerage_expected, huvudman_brokers : dict, list
        sna's expected brokerage per group and role, and who brokers between each
        pair of huvudmän (:mod:`samnet.measure.brokerage`).
    key_actors : list of dict
        What the network loses without each actor (:mod:`samnet.measure.key_actors`).
    evidence : dict or None
        Statuses, disagreements and who was not interviewed (:mod:`samnet.measure.testimony`);
        None when the data does not say who described its ties.
    mandate : dict or None
        Statements about mandate per role group and reading (:mod:`samnet.measure.mandate`);
        None when the data has no ``statements:``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> m = analyze_network(build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
    >>> m.actors, m.to_json()["actors"], m.dominant_forum
    (1, 1, None)
    """

    id: str
    name: str
    actors: int
    samverkan_ties: int
    one_way_links: int
    forums: int
    person_dependent_ties: int
    density: float
    betweenness_estimated: bool
    levels: dict
    scopes: dict
    areas: dict
    one_way_by_kind: dict
    centrality: list
    one_way: list
    one_way_by_type: list
    one_way_only: list
    social_services_only_one_way: list
    person_dependent: list
    isolated_without_person_dependent: list
    components_before: int
    components_after: int
    pairs_disconnected: int
    profiles: dict
    # Described ties, forums, person-dependent links, reach, organisations (samnet.measure.forum_figures).
    described_ties: int
    direct_ties: int
    forum_only_ties: int
    forum_drivers: list
    forum_figures: dict
    person_dependent_links: list
    social_services_reach: list
    internal: dict
    external: dict
    # Brokers, the E-I index and key actors (samnet.measure.brokerage, .cohesion, .key_actors).
    ei_index: dict
    ei_groups: dict
    brokerage_expected: dict
    huvudman_brokers: list
    key_actors: list
    focus: list | None = None
    ended: list = field(default_factory=list)
    #: Who said so (:func:`samnet.measure.testimony.evidence`); None for data without testimony.
    evidence: dict | None = None
    #: Mandate by role group (:func:`samnet.measure.mandate.mandate_figures`); None without statements.
    mandate: dict | None = None

    @property
    def dominant_forum(self) -> dict | None:
        """The row of :attr:`forum_drivers` of the forum that makes more than a quarter of the pairs, or None."""
        return dominant_forum(self.forum_drivers, self.samverkan_ties)

    def to_json(self) -> dict:
        """The figures as the JSON-ready dict written to ``summary.json``.

        ``focus``, ``ended``, ``evidence`` and ``mandate`` are left out where the data has none (no testimony), so such data gives the same file as before.
        """
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if not (f.name in _OPTIONAL and getattr(self, f.name) == _OPTIONAL[f.name])
        }


#: Figures present only where the data has them: their value when absent.
_OPTIONAL: dict[str, object] = {"focus": None, "ended": [], "evidence": None, "mandate": None}


@dataclass(frozen=True)
class RuleResult:
    """What one rule gets in one kommun, with what it rests on.

    Attributes
    ----------
    rule : Rule
    status : str
        One of :data:`STATUSES`.
    pairs : tuple of (str, str)
        Actor pairs the status rests on, a-side first: the pairs that meet the
        rule (met, partly), fall short (below) or have one-way links only.
    missing_actors : tuple of str
        For ``each`` rules, the actors on that side that lack the tie.
    shortfalls : tuple of (str, str)
        Each missing actor with what it has instead: ``below``, ``one_way`` or ``none``.
    forums : tuple of str
        For forum rules, the forums the status rests on (or the closest one when missing).
        For pair rules, the forums among the ties behind ``pairs`` (a pair that sits in a
        forum together counts as tied), so a reader can check what a status rests on.
    forum_only_pairs : int
        For pair rules, how many of ``pairs`` get their status through forums alone (for
        met: no link of the pair itself reaches what is asked).
    forum_only_forums : tuple of str
        The forums behind those pairs.
    unmapped : tuple of Selector
        The sides (or member selectors) no actor of the mapping matches.
    absent : tuple of Selector
        For a missing forum rule, the member selectors the closest forum lacks.
    subjects, matched : int
        Actors on the ``each`` side, and how many of them have the tie.
    best_levels : tuple of (str or None, int or None)
        For ``below``: per asked scope (``None`` when none is asked), the
        highest level among the ties that fall short; ``None`` when no such
        tie is in that scope.
    weak_pairs : tuple of ((str, str), str)
        Pairs that meet the rule only through one-sided, third-party or inferred
        ties, each with the best of those statuses (:mod:`samnet.measure.testimony`).
    not_interviewed : tuple of str
        For ``not_mapped``: the actors of a side nobody interviewed.
    """

    rule: Rule
    status: str
    pairs: tuple[tuple[str, str], ...] = ()
    missing_actors: tuple[str, ...] = ()
    shortfalls: tuple[tuple[str, str], ...] = ()
    forums: tuple[str, ...] = ()
    unmapped: tuple[Selector, ...] = ()
    absent: tuple[Selector, ...] = ()
    subjects: int = 0
    matched: int = 0
    kinds: tuple[str, ...] = ()
    best_levels: tuple[tuple[str | None, int | None], ...] = ()
    forum_only_pairs: int = 0
    forum_only_forums: tuple[str, ...] = ()
    weak_pairs: tuple[tuple[tuple[str, str], str], ...] = ()
    not_interviewed: tuple[str, ...] = ()
    #: For ``each`` rules: actors on that side the mapping does not cover (nobody described
    #: them, or nobody from them was interviewed); neither counted nor a gap.
    unmapped_actors: tuple[str, ...] = ()
    #: Why a rule is ``not_mapped``: ``absent`` (no such actor), ``not_interviewed``,
    #: ``not_described`` (no tie at all) or ``no_documents`` (the data records no documents).
    not_mapped_reason: str = ""
    #: True when every tie the status rests on is person-dependent (personbunden).
    person_dependent_only: bool = False
    #: Forums the pairs share that the rule does not accept (``accept_forum: false``).
    excluded_forums: tuple[str, ...] = ()
    #: For document rules: the documents the status rests on.
    documents: tuple[str, ...] = ()
    #: For document rules: pairs of parties that work together (practice), written down or not.
    practice_pairs: tuple[tuple[str, str], ...] = ()
    #: Display names of the actors, forums and documents named above, by id.
    names: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def forum_only(self) -> bool:
        """True when a pair rule is met only through forum co-membership, no link of its own."""
        return (
            not self.rule.is_forum
            and self.status in ("met", "partly")
            and bool(self.pairs)
            and self.forum_only_pairs == len(self.pairs)
        )

    @property
    def best_level(self) -> int | None:
        """For ``below``: the highest level found in any asked scope, or None."""
        return max((level for _, level in self.best_levels if level is not None), default=None)

    @property
    def gap(self) -> bool:
        """True for a required rule that is missing, one-way only, below or partly met."""
        return self.rule.required and self.status in GAP_STATUSES


def _counts(results: Iterable[RuleResult]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for result in results:
        counts[result.status] += 1
    return counts


@dataclass(frozen=True)
class KommunCheck:
    """Every rule's result for one kommun (or one network of several)."""

    kommun_id: str
    kommun_name: str
    results: tuple[RuleResult, ...]
    #: Display names of the actors, forums and documents the results name, by id.
    names: dict = field(default_factory=dict, compare=False)
    #: Paper and practice (:class:`PaperFinding`): documents without ties, ties without documents, lapsed ones.
    paper: tuple = ()

    @property
    def summary(self) -> dict[str, int]:
        """Status counts over the required rules; recommendations are counted apart."""
        return _counts(r for r in self.results if r.rule.required)

    @property
    def recommendations(self) -> dict[str, int]:
        """Status counts over the recommendations (``required: false``)."""
        return _counts(r for r in self.results if not r.rule.required)

    @property
    def gaps(self) -> tuple[RuleResult, ...]:
        """The required rules judged missing, one-way only, below or partly, worst first."""
        order = {s: i for i, s in enumerate(GAP_STATUSES)}
        return tuple(sorted((r for r in self.results if r.gap), key=lambda r: order[r.status]))

    def result(self, rule_id: str) -> RuleResult:
        """The result of one rule, by id."""
        return next(r for r in self.results if r.rule.id == rule_id)

    def name(self, ident: str) -> str:
        """The display name of an actor, forum or document the results name; the id when unknown."""
        return self.names.get(ident, ident)


@dataclass(frozen=True)
class CheckReport:
    """A norm held against one or more kommuner."""

    norm: Norm
    kommuner: tuple[KommunCheck, ...]
    #: The län the checked data names (its kommuner's ``lan``), for a norm of another län to say so.
    data_lans: tuple[str, ...] = ()
    #: Whether the data records documents at all (paper and practice can be compared).
    has_documents: bool = False

    @property
    def other_lan(self) -> bool:
        """True when the norm names a län and the data names only other ones."""
        return bool(self.norm.lan and self.data_lans and self.norm.lan not in self.data_lans)


#: The kinds of paper-and-practice finding, in the order they are reported.
PAPER_KINDS = ("paper_only", "unwritten", "lapsed")


@dataclass(frozen=True)
class PaperFinding:
    """One place where paper and practice part ways (:mod:`samnet.measure.paper`).

    Attributes
    ----------
    kind : str
        One of :data:`PAPER_KINDS`.
    document : str or None
        The document concerned (``paper_only``, ``lapsed``).
    rule : str or None
        The norm rule that asks for the document (``unwritten``).
    pairs : tuple of (str, str)
        ``paper_only``: parties with no tie; ``unwritten``: parties that work together.
    decided : str or None
        When the document was decided, as the data writes it.
    """

    kind: str
    document: str | None = None
    rule: str | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    decided: str | None = None


@dataclass(frozen=True)
class ComparisonSide:
    """One of the two compared networks: its id, its name and the label the comparison writes.

    ``label`` is the name, with " (A)" or " (B)" added when both sides have the same name
    (a kommun against its later snapshot).
    """

    id: str
    name: str
    label: str


@dataclass(frozen=True)
class Comparison:
    """Two networks side by side, by actor type (:func:`samnet.measure.comparison.compare_networks`).

    The attribute names are the keys of ``compare-A-B.json``; :meth:`to_json` gives that dict.
    Each side-by-side figure is ``{"a": x, "b": y}``.

    Attributes
    ----------
    a, b : ComparisonSide
        The two networks, A first.
    summary : dict
        Each of :data:`SUMMARY_KEYS` as ``{"a": x, "b": y}``.
    levels, scopes, areas : dict
        Described ties per trappa level, scope class and area, each as ``{"a": x, "b": y}``.
    types : dict
        ``only_a``, ``only_b``, ``both``: rows ``{"type", "a", "b"}`` with actor counts.
    one_way_share, type_profile : dict
        Per actor type, ``{"a": row or None, "b": row or None}``.
    type_pairs : list of dict
        Rows ``types``, ``a``, ``b``, ``status``, ``differs``.
    by_function : dict
        Each side's :func:`samnet.measure.comparison_figures.side_figures`.
    differences : list of dict
        The ranked findings: rows ``key``, ``score``, ``magnitude``, ``values``.
    mapped : list of dict
        Functions mapped on one side only: ``function``, ``side``, ``actors``.
    brokers : dict
        Per side, the E-I index per grouping and the key actor (None when no actor cuts pairs apart).

    Examples
    --------
    >>> c = Comparison(ComparisonSide("k", "K", "K (A)"), ComparisonSide("k", "K", "K (B)"))
    >>> c.labels, c.side("b").label, c.to_json()["a"]
    ({'a': 'K (A)', 'b': 'K (B)'}, 'K (B)', {'id': 'k', 'name': 'K', 'label': 'K (A)'})
    """

    a: ComparisonSide
    b: ComparisonSide
    summary: dict = field(default_factory=dict)
    levels: dict = field(default_factory=dict)
    scopes: dict = field(default_factory=dict)
    areas: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)
    one_way_share: dict = field(default_factory=dict)
    type_profile: dict = field(default_factory=dict)
    type_pairs: list = field(default_factory=list)
    by_function: dict = field(default_factory=dict)
    differences: list = field(default_factory=list)
    mapped: list = field(default_factory=list)
    brokers: dict = field(default_factory=dict)

    @property
    def labels(self) -> dict[str, str]:
        """Each side's label by side (``"a"``, ``"b"``): what the sentences call the two networks."""
        return {"a": self.a.label, "b": self.b.label}

    def side(self, side: str) -> ComparisonSide:
        """Side ``"a"`` or ``"b"``."""
        return self.a if side == "a" else self.b

    def to_json(self) -> dict:
        """The comparison as the JSON-ready dict written to ``compare-A-B.json``."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["a"], out["b"] = ({"id": s.id, "name": s.name, "label": s.label} for s in (self.a, self.b))
        return out


@dataclass(frozen=True)
class LanFigures:
    """The län overview's figures, measured once by :func:`samnet.measure.lan.lan_figures`.

    What ``lan.html`` and the report's län section read. The rows stay plain dicts,
    keyed as the overview's columns are; :meth:`to_json` gives the whole as one dict.

    Attributes
    ----------
    lan : str
        The län's name, or ``""`` when the kommuner span several län.
    kommuner : list of dict
        One row per kommun, in id order: its key figures, what it has (each of
        :data:`LAN_GAP_KEYS`, a list of ids), ``tied_kommuner``, ``check_gaps`` and ``members``.
    gaps : dict of str to list of str
        Per key of :data:`LAN_GAP_KEYS`, the ids of the kommuner without it.
    structures : list of dict
        The regional structures (forums and regional actors) with the kommuner in each.
    links_between : list of dict
        Links between actors of two kommuner: rows ``a``, ``b``, ``links``.
    level_max : int
        The highest count on the trappa of any kommun: one scale for every profile.
    check : dict, optional
        Rules × kommuner against the agreement (``norm``, ``rules``, ``status``, ``gaps``,
        ``paper``, ``has_documents``); ``None`` when no norm was applied.

    Examples
    --------
    >>> figures = LanFigures("Län", [{"id": "k", "name": "K"}])
    >>> figures.lan, figures.gaps["samordnare"], figures.check, figures.to_json()["level_max"]
    ('Län', [], None, 0)
    """

    lan: str = ""
    kommuner: list = field(default_factory=list)
    gaps: dict = field(default_factory=lambda: {key: [] for key in LAN_GAP_KEYS})
    structures: list = field(default_factory=list)
    links_between: list = field(default_factory=list)
    level_max: int = 0
    check: dict | None = None

    def to_json(self) -> dict:
        """The figures as one JSON-ready dict, keyed as the attributes are."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Analysis:
    """One run's measured results, built once by :mod:`samnet.runs` and handed to every presenter.

    Attributes
    ----------
    networks : dict of str to Network
        Each analysed network by id, in the order the run lists them.
    metrics : dict of str to NetworkMetrics
        The figures of each of ``networks``, same keys.
    region, region_metrics : Network and NetworkMetrics, optional
        The whole data as one network (the regional map), when the run draws it.
    check : CheckReport, optional
        Each of ``networks`` held against the agreement.
    comparison : Comparison, optional
        :func:`samnet.measure.comparison.compare_networks` of two of ``networks``.
    compared : tuple of str
        The ids of those two networks, A first.
    lan : LanFigures, optional
        The län overview's figures (:func:`samnet.measure.lan.lan_figures`), when the run
        analysed more than two kommuner and writes files.
    """

    networks: dict[str, Network]
    metrics: dict[str, NetworkMetrics]
    region: Network | None = None
    region_metrics: NetworkMetrics | None = None
    check: CheckReport | None = None
    comparison: Comparison | None = None
    compared: tuple[str, ...] = field(default=())
    lan: LanFigures | None = None

    @property
    def kommun_ids(self) -> list[str]:
        """The ids of the analysed networks, in order."""
        return list(self.metrics)

    def kommun_check(self, network_id: str) -> KommunCheck | None:
        """The check of one network, or None when the run did not check it."""
        if self.check is None:
            return None
        return next((k for k in self.check.kommuner if k.kommun_id == network_id), None)
