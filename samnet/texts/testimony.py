"""Who said so: the words of the section "Samstämmighet", the map's status legend and the check's marks.

Plain data for :mod:`samnet.texts.catalogue`, registered under ``testimony.``.

Examples
--------
>>> TABLES["testimony."]["title"]
('Samstämmighet', 'Agreement between the accounts')
"""

from __future__ import annotations

__all__ = ["TABLES"]

TESTIMONY: dict[str, tuple[str, str]] = {
    "title": ("Samstämmighet", "Agreement between the accounts"),
    "intro": (
        "Varje band är någons beskrivning. Siffrorna använder den nivå som båda sidor känner igen: "
        "den lägre sidans nivå där båda beskriver bandet.",
        "Each tie is somebody's account. The figures use the level both sides recognise: the lower "
        "side's level where both describe the tie.",
    ),
    "confirmed": (
        "Bekräftade av båda sidor: {n} av {total} beskrivna band ({share}).",
        "Confirmed by both sides: {n} of {total} described ties ({share}).",
    ),
    "by_status": ("Band per underlag: {list}.", "Ties by basis: {list}."),
    "status.confirmed": ("bekräftade", "confirmed"),
    "status.disputed": ("omstridda", "disputed"),
    "status.one_sided": ("ensidiga", "one-sided"),
    "status.third_party": ("från tredje part", "third party"),
    "status.inferred": ("härledda", "inferred"),
    "status.document": ("på papper", "on paper"),
    "status.unattributed": ("utan angiven källa", "unattributed"),
    "pairs_both": (
        "Aktörspar med samverkan: {used} (med högsta angivna nivå: {highest}).",
        "Pairs of actors with samverkan: {used} (with the highest level given: {highest}).",
    ),
    "headline": ("Nivå 3–4: {used} av paren.", "Levels 3–4: {used} of the pairs."),
    "headline_both": (
        "Nivå 3–4: {used} av paren (med högsta angivna nivå: {highest}).",
        "Levels 3–4: {used} of the pairs (with the highest level given: {highest}).",
    ),
    "high_weak": (
        "Av banden på nivå 3–4 vilar {n} på en sida, en tredje part eller en slutsats ({list}).",
        "Of the ties at levels 3–4, {n} rest on one side, a third party or an inference ({list}).",
    ),
    "high_weak_none": (
        "Inget band på nivå 3–4 vilar bara på en sida, en tredje part eller en slutsats.",
        "No tie at levels 3–4 rests only on one side, a third party or an inference.",
    ),
    "not_interviewed": ("Inte intervjuade: {names}.", "Not interviewed: {names}."),
    "all_interviewed": ("Alla aktörer har minst en informant.", "Every actor has at least one informant."),
    "disagreements": (
        "Olika nivåer – att ta upp vid nästa möte",
        "Different levels – to bring up at the next meeting",
    ),
    "no_disagreements": ("Sidorna anger samma nivå på varje band.", "The sides give the same level on every tie."),
    "disagreement": (
        "{a} och {b}: {a} anger nivå {level_a} ({who_a}), {b} nivå {level_b} ({who_b}); siffrorna använder nivå {used}.",
        "{a} and {b}: {a} gives level {level_a} ({who_a}), {b} level {level_b} ({who_b}); the figures use level {used}.",
    ),
    "disputed": (
        "{a} och {b}: {a} anger nivå {level_a} ({who_a}), {b} säger att samverkan inte finns ({who_b}); "
        "bandet räknas inte som samverkan.",
        "{a} and {b}: {a} gives level {level_a} ({who_a}), {b} says there is no such samverkan ({who_b}); "
        "the tie is not counted as samverkan.",
    ),
    "in_forum": ("I {forum}: {sentence}", "In {forum}: {sentence}"),
    "role_disagreements": ("Olika inom samma aktör", "Different within one actor"),
    "role_disagreement": (
        "{actor} om {tie}: {levels}.",
        "{actor} on {tie}: {levels}.",
    ),
    "tie": ("bandet till {other}", "the tie with {other}"),
    "forum_tie": ("{forum}", "{forum}"),
    "who_level": ("{who}: nivå {level}", "{who}: level {level}"),
    "by_role": ("{by}, {role}", "{by}, {role}"),
    "role.chef": ("chef", "manager"),
    "role.medarbetare": ("medarbetare", "staff"),
    "role.samordnare": ("samordnare", "coordinator"),
    "role.politiker": ("politiker", "politician"),
    "role.annan": ("annan", "other"),
    "level_name": ("nivå {level}", "level {level}"),
    "no_samverkan": ("ingen samverkan", "no samverkan"),
    "stated": ("kodarens sammanfattning: nivå {level}", "the coder's summary: level {level}"),
    "reports": ("Uppgifter", "Reports"),
    "no_reports": ("ingen uppgift om vem som beskrev bandet", "no record of who described the tie"),
    # The map's line styles and filter.
    "map.legend": ("Underlag (linjens stil)", "Basis (line style)"),
    "map.confirmed": ("bekräftat av båda sidor (hel)", "confirmed by both sides (solid)"),
    "map.one_sided": ("ensidigt (streckad)", "one-sided (dashed)"),
    "map.weak": ("tredje part eller härlett (prickad)", "third party or inferred (dotted)"),
    "map.disputed": ("omstritt: ena sidan säger nej (röd, ✕)", "disputed: one side says no (red, ✕)"),
    "map.other": ("på papper eller utan angiven källa (hel, tunn)", "on paper or unattributed (solid, thin)"),
    "map.filter": ("Visa underlag", "Show basis"),
    # The comparison and the check.
    "compare.weak": (
        " Skillnaden vilar till stor del på ensidiga, tredje parts eller härledda band "
        "({n} av {total} räknade band i {side}).",
        " The difference rests largely on one-sided, third-party or inferred ties ({n} of {total} counted ties in {side}).",
    ),
    "check.weak": (
        "; {n} av paren vilar bara på ensidiga, tredje parts eller härledda band: {pairs}",
        "; {n} of the pairs rest only on one-sided, third-party or inferred ties: {pairs}",
    ),
    "check.weak_status.one_sided": ("ensidigt", "one-sided"),
    "check.weak_status.third_party": ("tredje part", "third party"),
    "check.weak_status.inferred": ("härlett", "inferred"),
    "check.not_interviewed": (
        "Kan inte bedömas: ingen informant från {actors} intervjuades, så att bandet saknas säger inget",
        "Cannot be judged: nobody from {actors} was interviewed, so the missing tie says nothing",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers.
TABLES = {"testimony.": TESTIMONY}
