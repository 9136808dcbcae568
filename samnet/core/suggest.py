"""Fast "did you mean" for problem messages, and the spelling rules shared by ids and words.

Comparing every unknown word with every id costs ``problems × ids`` string
comparisons; 5,000 unknown references against 1,000 actors took minutes. A
:class:`Suggester` instead keeps a trigram index of its choices, compares a
word only with the few choices that share most trigrams with it, caches each
answer and computes at most ``limit`` answers (beyond that, no suggestion:
only the first :data:`~samnet.errors.MAX_LISTED` problems are listed anyway).

Examples
--------
>>> s = Suggester(["ljusdal-ifo", "ljusdal-bup", "polisen"])
>>> s.suggest("ljusdal-ifoo"), s.suggest("zzz")
('ljusdal-ifo', None)
>>> fold("Orosanmälan"), id_suggestion("Polisen Barngrupp")
('orosanmalan', 'polisen-barngrupp')
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

__all__ = ["Suggester", "NameIndex", "fold", "id_suggestion", "known_actors"]

# Small vocabularies are compared in full; the index pays off for id lists.
_SMALL = 64
_CANDIDATES = 12


def fold(word: str) -> str:
    """Lower-case ``word`` and drop its accents and surrounding space: ``Hänvisning`` → ``hanvisning``.

    Examples
    --------
    >>> fold(" Strukturnivå ")
    'strukturniva'
    """
    if word.isascii():
        # Most words a loader folds are ids and plain words: no accents to take off.
        return word.strip().lower()
    decomposed = unicodedata.normalize("NFKD", word.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def id_suggestion(raw: str) -> str | None:
    """How ``raw`` would be written as an id (lower case, a-z, digits, single dashes), or None.

    Examples
    --------
    >>> id_suggestion("Ljusdal_IFO"), id_suggestion("Älvdalen"), id_suggestion("!!")
    ('ljusdal-ifo', 'alvdalen', None)
    """
    text = re.sub(r"[^a-z0-9]+", "-", fold(raw)).strip("-")
    return text or None


def _trigrams(word: str) -> set[str]:
    padded = f" {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Suggester:
    """The closest of a set of choices to a word, computed from an index, cached and capped.

    Parameters
    ----------
    choices : iterable of str
        The words that may be suggested.
    limit : int
        At most this many distinct words get a suggestion computed.

    Examples
    --------
    >>> Suggester(["orosanmalan", "samverkan"]).suggest("oro")
    'orosanmalan'
    """

    def __init__(self, choices: Iterable[str], limit: int = 500):
        self.choices = sorted(set(choices))
        self.limit = limit
        self.cache: dict[str, str | None] = {}
        self.index: dict[str, list[str]] | None = None
        if len(self.choices) > _SMALL:
            self.index = {}
            for choice in self.choices:
                for gram in _trigrams(choice):
                    self.index.setdefault(gram, []).append(choice)

    def suggest(self, word: str) -> str | None:
        """The closest choice to ``word``, or None if none is close (or the cap is reached)."""
        if word in self.cache:
            return self.cache[word]
        if len(self.cache) >= self.limit:
            return None
        self.cache[word] = answer = self._compute(word)
        return answer

    def _compute(self, word: str) -> str | None:
        folded = fold(word)
        if self.index is None:
            candidates = self.choices
            # A prefix ("oro" for "orosanmalan") is the commonest shortening; difflib alone misses it.
            prefixed = [c for c in candidates if len(folded) >= 3 and c.startswith(folded)]
            if prefixed:
                return prefixed[0]
        else:
            shared = Counter(c for gram in _trigrams(folded) for c in self.index.get(gram, ()))
            candidates = [c for c, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATES]]
        if folded in candidates:
            return folded
        close = difflib.get_close_matches(folded, candidates, n=1, cutoff=0.6)
        return close[0] if close else None


class NameIndex:
    """Ids found from what a coordinator writes for them: the id, the name, the name without its
    parenthesis ("Socialkontoret (IFO)" → "Socialkontoret") or a near spelling of one of them.

    Examples
    --------
    >>> names = NameIndex({"a": "Socialkontoret (myndighetsutövning, IFO)", "vc": "Vårdcentralerna"})
    >>> names.find("Socialkontoret"), names.find("vardcentralerna"), names.find("Vårdcentralen")
    ('a', 'vc', 'vc')
    """

    def __init__(self, names: dict[str, str]):
        self.by_word: dict[str, str] = {}
        for ident, name in sorted(names.items()):
            short = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
            for spelling in (ident, name, short, id_suggestion(name) or "", id_suggestion(short) or ""):
                if spelling:
                    self.by_word.setdefault(fold(spelling), ident)
        self.near = Suggester(self.by_word)

    def find(self, written: str) -> str | None:
        folded = fold(written)
        if folded in self.by_word:
            return self.by_word[folded]
        for candidate in (folded, id_suggestion(written) or ""):
            close = self.near.suggest(candidate) if candidate else None
            if close is not None:
                return self.by_word[close]
        return None


def known_actors(dataset, actor_ids) -> tuple[str, ...]:
    """The ``--utan`` actor ids, each checked against the data (a usage error, with a suggestion, if unknown).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> known_actors(Dataset({}, {"ifo": Actor("ifo", "IFO", "ifo", "kommun")}), ["ifo", "ifo"])
    ('ifo',)
    """
    from samnet.errors import UsageError, quote
    from samnet.texts.catalogue import text

    for actor_id in actor_ids:
        if actor_id not in dataset.actors:
            close = Suggester(dataset.actors).suggest(actor_id)

            def hint(lang: str, close=close) -> str:
                return text("broker.did_you_mean", lang, word=close) if close else ""

            raise UsageError("broker.unknown_actor", value=quote(actor_id)[1:-1], hint=hint)
    return tuple(dict.fromkeys(actor_ids))
