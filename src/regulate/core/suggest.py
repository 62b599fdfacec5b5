"""What might help now: patterns and exercises that suit the current zone, ranked first by this
person's own record and then by a sensible default order.

A person's record for an item is the change in distress (SUDS after minus before) over their
logged sessions of it. Few sessions count little: the average is pulled towards "no change" as
if there had been a few extra sessions with no change at all, so one lucky session cannot
outrank a steady default. The same numbers feed "What helps me".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from regulate.core.entries import ItemKind, Moment, Session
from regulate.core.scales import Zone

#: How many "no change" sessions an item's record is averaged with.
PRIOR_SESSIONS = 3.0


@dataclass(frozen=True)
class Candidate:
    id: str
    kind: ItemKind
    title: str
    zones: frozenset[Zone]
    summary: str = ""


@dataclass(frozen=True)
class ItemRecord:
    """How an item has gone for this person."""

    kind: ItemKind
    item: str
    times: int  # sessions logged, rated or not
    rated: int  # sessions with distress before and after
    average_change: float | None  # after minus before; negative means distress went down
    last: Moment | None

    @property
    def weighted_drop(self) -> float:
        """The average drop in distress, pulled towards zero when there are few ratings."""
        if not self.rated or self.average_change is None:
            return 0.0
        return -self.average_change * self.rated / (self.rated + PRIOR_SESSIONS)


@dataclass(frozen=True)
class Suggestion:
    id: str
    kind: ItemKind
    title: str
    zones: frozenset[Zone]
    why: str
    score: float
    summary: str = ""
    rated: int = 0  # how many of the person's sessions of it had ratings before and after
    change: float | None = None  # their average change in distress (negative: it went down)


def records(sessions: Iterable[Session]) -> dict[tuple[ItemKind, str], ItemRecord]:
    """Per item: how often, the average change in distress, and when it was last done."""
    return tally((s.kind, s.item, s.at, s.suds_change) for s in sessions)


def tally(
    facts: Iterable[tuple[ItemKind, str, Moment, int | None]],
) -> dict[tuple[ItemKind, str], ItemRecord]:
    """The same from plain facts (kind, item, when, change), e.g. straight from columns."""
    times: dict[tuple[ItemKind, str], int] = {}
    changes: dict[tuple[ItemKind, str], list[int]] = {}
    last: dict[tuple[ItemKind, str], Moment] = {}
    for kind, item, at, change in facts:
        key = (kind, item)
        times[key] = times.get(key, 0) + 1
        rated = changes.setdefault(key, [])
        if change is not None:
            rated.append(change)
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
        )
        for key, count in times.items()
    }


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
        return f"You rated it {times}; on average your distress went down by {-change:.1f}."
    if change > 0:
        return f"You rated it {times}; on average your distress went up by {change:.1f}."
    return f"You rated it {times}; on average your distress stayed the same."


def suggest(
    zone: Zone,
    candidates: Sequence[Candidate],
    sessions: Iterable[Session],
    default_order: Sequence[str] = (),
) -> list[Suggestion]:
    """Items suited to ``zone``, best first.

    Ranked by the person's weighted drop in distress; ties (including "no record yet") follow
    ``default_order``, then the order of ``candidates``.
    """
    known = records(sessions)
    rank = {item_id: index for index, item_id in enumerate(default_order)}
    suited = [c for c in candidates if zone in c.zones]
    position = {id(c): index for index, c in enumerate(suited)}

    def sort_key(candidate: Candidate) -> tuple[float, int, int]:
        record = known.get((candidate.kind, candidate.id))
        drop = record.weighted_drop if record is not None else 0.0
        return (-drop, rank.get(candidate.id, len(rank)), position[id(candidate)])

    ordered = sorted(suited, key=sort_key)
    return [
        Suggestion(
            id=c.id,
            kind=c.kind,
            title=c.title,
            zones=c.zones,
            why=_why(known.get((c.kind, c.id)), zone, c.summary),
            score=(known[(c.kind, c.id)].weighted_drop if (c.kind, c.id) in known else 0.0),
            summary=c.summary,
            rated=known[(c.kind, c.id)].rated if (c.kind, c.id) in known else 0,
            change=known[(c.kind, c.id)].average_change if (c.kind, c.id) in known else None,
        )
        for c in ordered
    ]
