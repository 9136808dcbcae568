"""What a norm check finds: one result per rule and kommun, and the check as a whole.

Plain result types of :mod:`samnet.measure.check`; the words for them are in
:mod:`samnet.present.check_text`.

Examples
--------
>>> status_name("not_mapped"), status_name("not_mapped", "en")
('ej kartlagd', 'not mapped')
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from samnet.core.norm import Norm, Rule, Selector
from samnet.core.vocab import in_language

__all__ = ["STATUSES", "GAP_STATUSES", "RuleResult", "KommunCheck", "CheckReport", "status_name"]

STATUSES = ("met", "partly", "below", "one_way_only", "missing", "not_mapped")

#: Statuses that count as a gap for a required rule; ``not_mapped`` never does.
GAP_STATUSES = ("missing", "one_way_only", "below", "partly")

_STATUS_NAMES = {
    "met": ("uppfylld", "met"),
    "partly": ("delvis", "partly"),
    "below": ("under kravet", "below"),
    "one_way_only": ("bara envägs", "one-way only"),
    "missing": ("saknas", "missing"),
    "not_mapped": ("ej kartlagd", "not mapped"),
}


def status_name(status: str, lang: str = "sv") -> str:
    """The display name of a status.

    Examples
    --------
    >>> status_name("one_way_only"), status_name("one_way_only", "en")
    ('bara envägs', 'one-way only')
    """
    return in_language(_STATUS_NAMES[status], lang)


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

    def detail(self, lang: str = "sv") -> str:
        """One sentence saying what the status rests on, built from the result's figures."""
        from samnet.present.check_text import rule_detail
        from samnet.texts.catalogue import text

        detail = rule_detail(self, lang)

        def named(ids) -> str:
            return ", ".join(self.names.get(i, i) for i in ids)

        if self.excluded_forums:
            detail += text("check.text.excluded_forums", lang, forums=named(self.excluded_forums))
        if self.unmapped_actors and self.status != "not_mapped":
            detail += text("check.text.unmapped_actors", lang, actors=named(self.unmapped_actors))
        if self.rule.is_forum or self.rule.is_document or not self.forums:
            return detail
        # A pair that meets in a forum counts as tied; say which forums, so the claim can be checked.
        if self.forum_only_pairs:
            return detail + text(
                "check.via_forums_only", lang, n=self.forum_only_pairs, forums=named(self.forum_only_forums)
            )
        return detail + text("check.via_forums", lang, forums=named(self.forums))

    def to_json(self, lang: str = "sv") -> dict:
        """The result as in ``samnet check --format json``."""
        return {
            "id": self.rule.id,
            "status": self.status,
            "required": self.rule.required,
            "modality": self.rule.modal_verb,
            "text": self.rule.text,
            "quote": self.rule.quote,
            "ref": self.rule.ref,
            "pairs": [list(p) for p in self.pairs],
            "missing_actors": list(self.missing_actors),
            "unmapped_actors": list(self.unmapped_actors),
            "forums": list(self.forums),
            "documents": list(self.documents),
            "forum_only": self.forum_only,
            "person_dependent_only": self.person_dependent_only,
            "detail": self.detail(lang),
        }


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
    #: Paper and practice: documents without ties, ties without documents, lapsed documents.
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

    def display_name(self, lang: str = "sv") -> str:
        """The kommun's name; for the network of all data (which has none) "Alla kommuner"."""
        from samnet.texts.catalogue import text

        return self.kommun_name or text("all_kommuner", lang)

    def result(self, rule_id: str) -> RuleResult:
        """The result of one rule, by id."""
        return next(r for r in self.results if r.rule.id == rule_id)

    def name(self, ident: str) -> str:
        """The display name of an actor, forum or document the results name; the id when unknown."""
        return self.names.get(ident, ident)

    def to_json(self, lang: str = "sv") -> dict:
        """``{"name", "rules", "summary", "recommendations", "paper"}``."""
        return {
            "name": self.display_name(lang),
            "rules": [r.to_json(lang) for r in self.results],
            "summary": self.summary,
            "recommendations": self.recommendations,
            "paper": [f.to_json() for f in self.paper],
        }


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

    def to_json(self, lang: str = "sv") -> dict:
        """``{"norm": {...}, "data_lan": [...], "kommuner": {"<id>": {...}}}``."""
        return {
            "norm": self.norm.to_json(),
            "data_lan": list(self.data_lans),
            "kommuner": {k.kommun_id: k.to_json(lang) for k in self.kommuner},
        }

    def to_json_text(self, lang: str = "sv") -> str:
        """:meth:`to_json` as indented UTF-8 JSON text, ending in a newline."""
        return json.dumps(self.to_json(lang), ensure_ascii=False, indent=2) + "\n"
