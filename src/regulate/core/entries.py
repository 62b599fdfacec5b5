"""What the journal holds: check-ins and exercise sessions, as plain values.

Times are kept as a UTC instant plus the local offset at the moment of entry, so a journal
read in another time zone still shows the hour the person actually lived. Each check-in keeps
the window bounds in force when it was written and the zone they gave: changing one's window
later never rewrites history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum

from regulate.core.scales import (
    ScaleError,
    Window,
    Zone,
    check_arousal,
    check_mood,
    check_suds,
)

NOTE_MAX_CHARS = 20_000
#: Times outside these years are typing mistakes or damaged files, never a real entry.
EARLIEST_EPOCH = -2_208_988_800  # 1900-01-01T00:00:00Z
LATEST_EPOCH = 7_258_118_400  # 2200-01-01T00:00:00Z
WORD_MAX_CHARS = 60
MAX_WORDS = 40
LIST_SEPARATOR = " | "


class Source(StrEnum):
    APP = "app"
    CLI = "cli"
    IMPORT = "import"
    DAYLIO = "daylio"


class ItemKind(StrEnum):
    PATTERN = "pattern"
    EXERCISE = "exercise"


@dataclass(frozen=True, order=True)
class Moment:
    """An instant (whole seconds since the epoch, UTC) and the local offset it was lived at."""

    epoch: int
    offset_minutes: int = 0

    def __post_init__(self) -> None:
        if not -18 * 60 <= self.offset_minutes <= 18 * 60:
            raise ScaleError(f"a UTC offset of {self.offset_minutes} minutes is not possible")
        if not EARLIEST_EPOCH <= self.epoch < LATEST_EPOCH:
            raise ScaleError("a time must be between the years 1900 and 2200")

    @classmethod
    def from_datetime(cls, moment: datetime) -> Moment:
        """From an aware datetime; the caller decides what a naive one means."""
        offset = moment.utcoffset()
        if offset is None:
            raise ScaleError("a time needs its UTC offset")
        return cls(int(moment.timestamp() // 1), int(offset.total_seconds() // 60))

    @classmethod
    def parse(cls, text: str) -> Moment:
        """From ISO 8601 text with an offset, such as 2026-11-25T17:05:00+01:00 or ...Z."""
        try:
            parsed = datetime.fromisoformat(text.strip())
        except ValueError:
            raise ScaleError(
                f"'{text}' is not a time in ISO 8601 form, such as 2026-11-25T17:05:00+01:00"
            ) from None
        if parsed.tzinfo is None:
            raise ScaleError(f"'{text}' has no UTC offset, such as +01:00 or Z")
        return cls.from_datetime(parsed)

    def local(self) -> datetime:
        zone = timezone(timedelta(minutes=self.offset_minutes))
        return datetime.fromtimestamp(self.epoch, tz=UTC).astimezone(zone)

    def iso(self) -> str:
        """Local time with its offset, e.g. 2026-11-25T17:05:00+01:00."""
        return self.local().isoformat(timespec="seconds")


def check_text(text: str, what: str, *, lines: bool = False) -> str:
    """Text that can be stored and exported: valid Unicode, no control characters (a note
    may keep its line breaks and tabs)."""
    allowed = "\n\r\t" if lines else ""
    for char in text:
        if (ord(char) < 32 and char not in allowed) or ord(char) == 127:
            raise ScaleError(f"the {what} contains a control character that can't be kept")
        if 0xD800 <= ord(char) <= 0xDFFF:
            raise ScaleError(f"the {what} contains broken Unicode that can't be kept")
    return text


def clean_words(words: object, what: str) -> tuple[str, ...]:
    """Feeling words, body sensations or tags: trimmed, no empties, no repeats, order kept."""
    if isinstance(words, str):
        words = words.split("|") if "|" in words else [words]
    if not isinstance(words, list | tuple):
        raise ScaleError(f"{what} must be a list of short words")
    seen: dict[str, None] = {}
    for word in words:
        if not isinstance(word, str):
            raise ScaleError(f"{what} must be a list of short words")
        text = check_text(" ".join(word.replace("|", "/").split()), what)
        if not text:
            continue
        if len(text) > WORD_MAX_CHARS:
            raise ScaleError(f"one of the {what} is longer than {WORD_MAX_CHARS} characters")
        seen.setdefault(text, None)
    if len(seen) > MAX_WORDS:
        raise ScaleError(f"at most {MAX_WORDS} {what} fit in one entry")
    return tuple(seen)


def clean_note(note: object) -> str:
    if note is None:
        return ""
    if not isinstance(note, str):
        raise ScaleError("a note must be text")
    if len(note) > NOTE_MAX_CHARS:
        raise ScaleError(f"a note can be at most {NOTE_MAX_CHARS} characters")
    return check_text(note, "note", lines=True)


def _optional(value: object, check: object) -> int | None:
    if value is None:
        return None
    assert callable(check)
    result = check(value)
    assert isinstance(result, int)
    return result


@dataclass(frozen=True)
class CheckIn:
    """One check-in. Arousal may be absent (entries imported from other apps)."""

    uid: str
    at: Moment
    window: Window
    arousal: int | None = None
    suds: int | None = None
    mood: int | None = None
    feelings: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    note: str = ""
    tags: tuple[str, ...] = ()
    source: Source = Source.APP
    zone: Zone | None = field(init=False)

    def __post_init__(self) -> None:
        if not self.uid or not isinstance(self.uid, str) or len(self.uid) > 100:
            raise ScaleError("an entry needs an id of at most 100 characters")
        check_text(self.uid, "id")
        _optional(self.arousal, check_arousal)
        _optional(self.suds, check_suds)
        _optional(self.mood, check_mood)
        if self.arousal is None and self.suds is None and self.mood is None and not self.note:
            raise ScaleError("an entry needs at least one of arousal, distress, mood or a note")
        zone = None if self.arousal is None else self.window.zone_of(self.arousal)
        object.__setattr__(self, "zone", zone)
        object.__setattr__(self, "feelings", clean_words(list(self.feelings), "feeling words"))
        object.__setattr__(self, "body", clean_words(list(self.body), "body sensations"))
        object.__setattr__(self, "tags", clean_words(list(self.tags), "tags"))
        object.__setattr__(self, "note", clean_note(self.note))
        object.__setattr__(self, "source", Source(self.source))


@dataclass(frozen=True)
class Session:
    """One breathing or grounding session, with distress before and after if the person gave it."""

    uid: str
    at: Moment
    kind: ItemKind
    item: str
    seconds: float
    suds_before: int | None = None
    suds_after: int | None = None
    completed: bool = True
    source: Source = Source.APP

    def __post_init__(self) -> None:
        if not self.uid or not isinstance(self.uid, str) or len(self.uid) > 100:
            raise ScaleError("a session needs an id of at most 100 characters")
        check_text(self.uid, "id")
        object.__setattr__(self, "kind", ItemKind(self.kind))
        if not isinstance(self.item, str) or not self.item or len(self.item) > 100:
            raise ScaleError("a session needs the id of its pattern or exercise")
        check_text(self.item, "pattern or exercise id")
        if isinstance(self.seconds, bool) or not isinstance(self.seconds, int | float):
            raise ScaleError("a session's length must be a number of seconds")
        if not 0 <= self.seconds <= 24 * 3600:
            raise ScaleError("a session's length must be between 0 seconds and a day")
        _optional(self.suds_before, check_suds)
        _optional(self.suds_after, check_suds)
        if not isinstance(self.completed, bool):
            raise ScaleError("'completed' must be true or false")
        object.__setattr__(self, "source", Source(self.source))

    @property
    def suds_change(self) -> int | None:
        """After minus before: negative when distress went down."""
        if self.suds_before is None or self.suds_after is None:
            return None
        return self.suds_after - self.suds_before


#: A run shorter than this was most likely started by accident: it is not logged.
SHORTEST_LOGGED_SECONDS = 10.0
DAY_SECONDS = 24 * 3600.0


@dataclass(frozen=True)
class Finished:
    """A breathing run or grounding exercise as it ended, before it becomes a ``Session``.

    The screens build one; the application layer decides (``worth_logging``) and logs it.
    """

    kind: ItemKind
    item: str
    seconds: float
    completed: bool
    suds_before: int | None = None
    suds_after: int | None = None

    @property
    def worth_logging(self) -> bool:
        return self.seconds >= SHORTEST_LOGGED_SECONDS

    def session(self, uid: str, ended: datetime, source: Source = Source.APP) -> Session:
        """The session this run was: it started ``seconds`` before ``ended`` (capped at a day,
        for a screen left open over a weekend)."""
        seconds = min(round(self.seconds, 1), DAY_SECONDS)
        return Session(
            uid=uid,
            at=Moment.from_datetime(ended - timedelta(seconds=seconds)),
            kind=self.kind,
            item=self.item,
            seconds=seconds,
            suds_before=self.suds_before,
            suds_after=self.suds_after,
            completed=self.completed,
            source=source,
        )
