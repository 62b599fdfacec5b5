"""What might help now: patterns and exercises that suit the current zone and, when the moment
is severe, only the short, eyes-open ones; ranked by this person's own record where it is
strong enough, otherwise by a sensible default order.

Severity: a check-in is severe at arousal 0 or 10, or distress (SUDS) 8 or more. Then only
candidates marked ``for_severe`` are offered: short, eyes open, no breath hold, no inward
imagery (domain notes §5.3; which items qualify is data, see content/suggestions.py).

The record: for each rated session (distress before and after) we take the change relative to
where it started, (after - before) / max(before, 1), so a drop from 9 to 6 (-0.33) is not worth
more than one from 2 to 1 (-0.5) just because it started higher (regression to the mean).
Each item's average is shrunk towards the person's own mean across their items (empirical
Bayes: as if it had PRIOR_SESSIONS more sessions at that mean; the mean is taken over items
with a settled record), and an item needs MIN_RATED rated sessions before it may move away
from the default order at all. Untried items count as average, so an item below the person's
average moves below them and one above it moves up. An item whose
latest rated session raised distress by RISE_DEMOTES or more goes to the end of the list. The
first default item with no settled record always keeps a place in the top two, so what the
person has not tried yet is still offered. The same records feed "What helps me".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from regulate.core.entries import ItemKind, Moment, Session
from regulate.core.scales import Zone

#: How many sessions at the person's own mean an item's record is averaged with.
PRIOR_SESSIONS = 3.0
#: Rated sessions an item needs before its record may reorder the list.
MIN_RATED = 3
#: A rise in distress of this much in the latest rated session moves an item to the end.
RISE_DEMOTES = 2
#: Severe: arousal at either end of the scale, or distress this high.
SEVERE_SUDS = 8
SEVERE_AROUSAL = (0, 10)


def is_severe(arousal: int | None = None, suds: int | None = None) -> bool:
    """True at arousal 0 or 10, or distress (SUDS) 8 or more."""
    return (arousal is not None and arousal in SEVERE_AROUSAL) or (
        suds is not None and suds >= SEVERE_SUDS
    )


@dataclass(frozen=True)
class Candidate:
    id: str
    kind: ItemKind
    title: str
    zones: frozenset[Zone]
    summary: str = ""
    #: What it asks of the person, from its data file (unknown counts as "no").
    eyes_open: bool = False  # can be done with the eyes open, looking out
    imagery: bool = False  # asks to picture things inwardly
    has_hold: bool = False  # holds the breath at some point
    short: bool = False  # a few minutes at most, easy to stop at any point
    needs_focus: bool = False  # asks for focused thinking, hard at the peak of distress

    @property
    def for_severe(self) -> bool:
        """Fit for a severe moment: short, eyes open, no breath hold, no inward imagery."""
        return (
            self.eyes_open
            and self.short
            and not self.imagery
            and not self.has_hold
            and not self.needs_focus
        )


@dataclass(frozen=True)
class ItemRecord:
    """How an item has gone for this person."""

    kind: ItemKind
    item: str
    times: int  # sessions logged, rated or not
    rated: int  # sessions with distress before and after
    average_change: float | None  # after minus before; negative means distress went down
    last: Moment | None
    #: The average of (after - before) / max(before, 1) over rated sessions whose starting
    #: rating is known: change relative to where it started. None without such sessions.
    relative_change: float | None = None
    #: The change (after - before) in the latest rated session.
    last_change: int | None = None
    relative_rated: int = 0  # how many sessions relative_change is the average of

    @property
    def weighted_drop(self) -> float:
        """The average drop in distress as if there were PRIOR_SESSIONS more with no change.

        Only a display figure: ranking uses ``estimate`` against the person's own mean."""
        if not self.rated or self.average_change is None:
            return 0.0
        return -self.average_change * self.rated / (self.rated + PRIOR_SESSIONS)

    @property
    def demoted(self) -> bool:
        """The latest rated session raised distress by RISE_DEMOTES or more."""
        return self.last_change is not None and self.last_change >= RISE_DEMOTES


@dataclass(frozen=True)
class Suggestion:
    id: str
    kind: ItemKind
    title: str
    zones: frozenset[Zone]
    why: str
    score: float  # the estimated relative drop in distress (0.25: a quarter less); 0 if none
    summary: str = ""
    rated: int = 0  # how many of the person's sessions of it had ratings before and after
    change: float | None = None  # their average change in distress (negative: it went down)


def relative(before: int, after: int) -> float:
    """The change relative to the starting rating: 9 to 6 is -0.33, 2 to 1 is -0.5."""
    return (after - before) / max(before, 1)


def records(sessions: Iterable[Session]) -> dict[tuple[ItemKind, str], ItemRecord]:
    """Per item: how often, the average change in distress, and when it was last done."""
    return tally((s.kind, s.item, s.at, s.suds_change, s.suds_before) for s in sessions)


Fact = (
    tuple[ItemKind, str, Moment, int | None] | tuple[ItemKind, str, Moment, int | None, int | None]
)


def tally(facts: Iterable[Fact]) -> dict[tuple[ItemKind, str], ItemRecord]:
    """The same from plain facts (kind, item, when, change[, before]), e.g. from columns.

    Without the starting rating (``before``) a session still counts for times done and the
    average change, but not for the relative change the ranking uses."""
    times: dict[tuple[ItemKind, str], int] = {}
    changes: dict[tuple[ItemKind, str], list[int]] = {}
    relatives: dict[tuple[ItemKind, str], list[float]] = {}
    last: dict[tuple[ItemKind, str], Moment] = {}
    last_rated: dict[tuple[ItemKind, str], tuple[Moment, int]] = {}
    for fact in facts:
        kind, item, at, change = fact[0], fact[1], fact[2], fact[3]
        before = fact[4] if len(fact) > 4 else None
        key = (kind, item)
        times[key] = times.get(key, 0) + 1
        rated = changes.setdefault(key, [])
        relatives.setdefault(key, [])
        if change is not None:
            rated.append(change)
            if before is not None:
                relatives[key].append(relative(before, before + change))
            if key not in last_rated or at >= last_rated[key][0]:
                last_rated[key] = (at, change)
        if key not in last or at > last[key]:
            last[key] = at
    return {
        key: ItemRecord(
            kind=key[0],
            item=key[1],
            times=count,
            rated=len(changes[key]),
            average_change=sum(changes[key]) / len(changes[key]) if changes[key] else None,
            last=last[key],
            relative_change=(sum(relatives[key]) / len(relatives[key]) if relatives[key] else None),
            last_change=last_rated[key][1] if key in last_rated else None,
            relative_rated=len(relatives[key]),
        )
        for key, count in times.items()
    }


def personal_mean(known: Iterable[ItemRecord]) -> float:
    """The person's own mean relative change over the rated sessions of items with a settled
    record (MIN_RATED or more; 0 with none). Items with only a session or two do not move it,
    so one lucky session can neither lift itself nor push steady items down."""
    total, count = 0.0, 0
    for record in known:
        if record.relative_change is not None and record.relative_rated >= MIN_RATED:
            total += record.relative_change * record.relative_rated
            count += record.relative_rated
    return total / count if count else 0.0


def estimate(record: ItemRecord | None, mean: float) -> float:
    """An item's relative change shrunk towards ``mean``; ``mean`` itself until it has
    MIN_RATED rated sessions (so a short record never reorders anything)."""
    if record is None or record.relative_change is None or record.relative_rated < MIN_RATED:
        return mean
    n = record.relative_rated
    return (n * record.relative_change + PRIOR_SESSIONS * mean) / (n + PRIOR_SESSIONS)


_DEFAULT_WHY = {
    Zone.HYPER: "Many people find this steadying when everything feels like too much.",
    Zone.HYPO: "A gentle way to come back when you feel numb or far away.",
    Zone.WINDOW: "A good one to practise while you feel settled.",
}


def _why(record: ItemRecord | None, zone: Zone, summary: str) -> str:
    if record is None or not record.rated or record.average_change is None:
        return summary or _DEFAULT_WHY[zone]
    change = record.average_change
    times = "once" if record.rated == 1 else f"{record.rated} times"
    if change < 0:
        said = f"You rated it {times}; on average your distress went down by {-change:.1f}."
    elif change > 0:
        said = f"You rated it {times}; on average your distress went up by {change:.1f}."
    else:
        said = f"You rated it {times}; on average your distress stayed the same."
    if record.demoted:
        said += " Last time it went up, so it comes last for now."
    return said


def suggest(
    zone: Zone,
    candidates: Sequence[Candidate],
    sessions: Iterable[Session],
    default_order: Sequence[str] = (),
    *,
    arousal: int | None = None,
    suds: int | None = None,
) -> list[Suggestion]:
    """Items suited to ``zone``, best first.

    When ``arousal`` and ``suds`` make the moment severe (see ``is_severe``), only candidates
    fit for a severe moment are offered. Items with at least MIN_RATED rated sessions are
    placed by their shrunk relative drop against the person's mean; everything else keeps
    ``default_order``, then the order of ``candidates``. Items whose latest rated session
    raised distress by RISE_DEMOTES or more come last, and the first default item with no
    settled record keeps a place in the top two.
    """
    known = records(sessions)
    mean = personal_mean(known.values())
    rank = {item_id: index for index, item_id in enumerate(default_order)}
    severe = is_severe(arousal, suds)
    suited = [c for c in candidates if zone in c.zones and (c.for_severe or not severe)]
    position = {id(c): index for index, c in enumerate(suited)}

    def record_of(candidate: Candidate) -> ItemRecord | None:
        return known.get((candidate.kind, candidate.id))

    def settled(candidate: Candidate) -> bool:
        record = record_of(candidate)
        return record is not None and record.relative_rated >= MIN_RATED

    def demoted(candidate: Candidate) -> bool:
        record = record_of(candidate)
        return record is not None and record.demoted

    def helps(candidate: Candidate) -> bool:
        record = record_of(candidate)
        return settled(candidate) and record is not None and (record.relative_change or 0) < 0

    def sort_key(candidate: Candidate) -> tuple[bool, float, bool, int, int]:
        # Lower is better: estimate is a relative change, negative when distress went down.
        # At the same estimate (e.g. the only item with a record sits exactly at the mean),
        # a settled record that distress goes down comes before no record at all.
        return (
            demoted(candidate),
            round(estimate(record_of(candidate), mean), 9),
            not helps(candidate),
            rank.get(candidate.id, len(rank)),
            position[id(candidate)],
        )

    ordered = sorted(suited, key=sort_key)
    # One default slot: the first item of the default order without a settled record (and
    # not demoted) is kept in the top two, so a strong record never hides every default.
    fresh = [
        c
        for c in sorted(suited, key=lambda c: (rank.get(c.id, len(rank)), position[id(c)]))
        if c.id in rank and not settled(c) and not demoted(c)
    ]
    if fresh and fresh[0] not in ordered[:2]:
        ordered.remove(fresh[0])
        ordered.insert(min(1, len(ordered)), fresh[0])

    def suggestion(c: Candidate) -> Suggestion:
        record = record_of(c)
        return Suggestion(
            id=c.id,
            kind=c.kind,
            title=c.title,
            zones=c.zones,
            why=_why(record, zone, c.summary),
            score=-estimate(record, mean) if settled(c) else 0.0,
            summary=c.summary,
            rated=record.rated if record is not None else 0,
            change=record.average_change if record is not None else None,
        )

    return [suggestion(c) for c in ordered]
