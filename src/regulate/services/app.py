"""``Services``: one object per run of Regulate, built from the data folder's paths."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from regulate.paths import DataPaths
from regulate.storage.files import writable_target
from regulate.storage.settings import Settings

if TYPE_CHECKING:  # each is imported where it is used, so start-up and `regulate log` stay quick
    from regulate.content.crisis import HelpInfo
    from regulate.core.breathing import Pattern
    from regulate.core.entries import CheckIn, Finished, Session
    from regulate.core.scales import Zone
    from regulate.core.suggest import Suggestion
    from regulate.services.catalogue import Catalogue
    from regulate.storage.journal import ImportCounts, Journal
    from regulate.storage.recovery import Recovery
    from regulate.storage.safety import SafetyPlan
    from regulate.storage.series import Series

Now = Callable[[], datetime]
#: The person's own breathing patterns, in the data folder (see content.patterns).
OWN_PATTERNS_FILE = "patterns.json"


class ServiceError(Exception):
    """Something could not be done; the message is one plain line for the person."""


class Refused(ServiceError):
    """What was asked for is not allowed (an export into the data folder, a folder as a file
    name): the command line treats it as a usage mistake."""


@dataclass(frozen=True)
class ImportResult:
    counts: ImportCounts
    source: Path
    #: The first and last moment (UTC seconds) of the file's entries, None for an empty file:
    #: the chart opens on this period after an import from the app.
    span: tuple[float, float] | None = None


def _local_now() -> datetime:
    return datetime.now().astimezone()


def system_locale() -> str | None:
    """The locale the person's session speaks, as POSIX names it (LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return None


class Services:
    """What Regulate does, for the command line and the app. Nothing here imports Qt."""

    def __init__(self, paths: DataPaths, now: Now = _local_now) -> None:
        self.paths = paths
        self._now = now
        #: The latest repair of a damaged journal by this process, said once by the caller.
        self.recovery: Recovery | None = None
        #: The period of the latest import (``ImportResult.span``) until the chart takes it.
        self.imported_span: tuple[float, float] | None = None

    # -- settings and content, loaded once -----------------------------------------------

    @cached_property
    def settings(self) -> Settings:
        return Settings.load(self.paths.settings)

    def use_chosen_language(self) -> None:
        """Built-in content in the language chosen in settings (else the desktop's)."""
        chosen = self.settings.values.language
        if chosen != "system":
            from regulate.content.language import set_language

            set_language(chosen)

    @cached_property
    def catalogue(self) -> Catalogue:
        from regulate.services.catalogue import Catalogue

        return Catalogue.load(self.paths.exercises, self.own_patterns_path)

    # -- the person's own breathing patterns ------------------------------------------------

    @property
    def own_patterns_path(self) -> Path:
        return self.paths.root / OWN_PATTERNS_FILE

    def save_own_pattern(
        self, name: str, seconds: tuple[float, float, float, float], replaces: str | None = None
    ) -> Pattern:
        """Keep a named in-hold-out-rest pattern beside the built-in ones (``replaces``: the id
        of the one it changes). Refused with one plain line if it is not possible."""
        from regulate.content.patterns import (
            MAX_OWN_PATTERNS,
            own_pattern,
            own_patterns_text,
        )
        from regulate.core.breathing import PatternError

        try:
            pattern = own_pattern(name, seconds)
        except PatternError as exc:
            raise Refused(str(exc)) from None
        catalogue = self.catalogue
        if any(p.id == pattern.id for p in catalogue.patterns if p not in catalogue.own_patterns):
            raise Refused(f"'{pattern.name}' is the name of a built-in pattern; choose another")
        kept = [p for p in catalogue.own_patterns if p.id not in (pattern.id, replaces)]
        if len(kept) >= MAX_OWN_PATTERNS:
            raise Refused(f"you can keep up to {MAX_OWN_PATTERNS} patterns of your own")
        self._write_own_patterns(own_patterns_text([*kept, pattern]))
        return pattern

    def remove_own_pattern(self, pattern_id: str) -> None:
        from regulate.content.patterns import own_patterns_text

        kept = [p for p in self.catalogue.own_patterns if p.id != pattern_id]
        self._write_own_patterns(own_patterns_text(kept))

    def _write_own_patterns(self, text: str) -> None:
        from regulate.storage.files import write_atomically

        try:
            self.paths.ensure()
            write_atomically(self.own_patterns_path, text.encode("utf-8"))
        except OSError as exc:
            raise ServiceError(
                f"could not save your patterns to {self.own_patterns_path}: {exc.strerror or exc}"
            ) from None
        self.reload_catalogue()

    def reload_catalogue(self) -> Catalogue:
        self.__dict__.pop("catalogue", None)
        return self.catalogue

    def usual_pattern(self) -> Pattern:
        """What "Breathe now" starts: the person's chosen pattern (the longer out-breath until
        they choose), whatever ran last from the command line."""
        chosen = self.settings.values.default_pattern
        for pattern in self.catalogue.patterns:
            if pattern.id == chosen:
                return pattern
        return self.catalogue.patterns[0]

    # -- the journal ------------------------------------------------------------------------

    def open_journal(self) -> Journal:
        """The journal, repaired first if it was damaged (then ``recovery`` says how)."""
        from regulate.storage.journal import Journal, JournalError

        try:
            self.paths.ensure()
        except OSError as exc:
            raise ServiceError(
                f"could not use the data folder {self.paths.root}: {exc.strerror or exc}"
            ) from None
        if not self.folder_writable():
            raise ServiceError(
                f"the data folder {self.paths.root} can't be written (is it on a read-only "
                "disk?); 'regulate export' and 'regulate doctor' can still read it"
            )
        try:
            journal = Journal.open(self.paths.journal, backups=self.paths.backups)
        except JournalError as exc:
            raise ServiceError(str(exc)) from None
        if journal.recovery is not None:
            self.recovery = journal.recovery
        return journal

    def open_journal_to_read(self) -> Journal:
        """The journal, to read only: as ``open_journal`` where the data folder can be written;
        from one that can't (a copy on a read-only medium) it is opened read-only, untouched,
        so entries can still be exported and checked."""
        from regulate.storage.journal import Journal, JournalError

        if self.folder_writable():
            return self.open_journal()
        try:
            return Journal.open_read_only(self.paths.journal)
        except JournalError as exc:
            raise ServiceError(str(exc)) from None

    def folder_writable(self) -> bool:
        """False when the data folder and its journal exist but can't be written."""
        root, journal = self.paths.root, self.paths.journal
        if not root.is_dir() or not journal.is_file():
            return True  # nothing to read: the usual open says why, or starts the journal
        return os.access(root, os.W_OK) and os.access(journal, os.W_OK)

    def _writing(self, action: Callable[[Journal], object], failed: str) -> None:
        from regulate.storage.journal import JournalError

        with self.open_journal() as journal:
            try:
                action(journal)
            except JournalError as exc:
                raise ServiceError(f"{exc}. {failed}") from None

    def log_checkin(self, entry: CheckIn) -> None:
        self._writing(lambda journal: journal.add_checkin(entry), "Nothing was saved.")

    def log_session(self, session: Session) -> None:
        self._writing(lambda journal: journal.add_session(session), "Nothing was saved.")

    def record(self, finished: Finished) -> Session | None:
        """Log a finished run or exercise, unless it was too short to be meant."""
        if not finished.worth_logging:
            return None
        from regulate.storage.journal import new_uid

        session = finished.session(new_uid(), self._now())
        self.log_session(session)
        return session

    def keep_heartbeats(self, session: Session, rr_ms: Sequence[float]) -> None:
        """Keep the heartbeats recorded during ``session`` with it, in the journal."""
        if rr_ms:
            self._writing(
                lambda journal: journal.add_heartbeats(session.uid, rr_ms),
                "The heartbeats were not saved.",
            )

    def heartbeats(self, session_uid: str) -> list[float] | None:
        """The RR intervals kept with a session, or None."""
        if not self.paths.journal.exists():
            return None
        from regulate.storage.journal import JournalError

        with self.open_journal() as journal:
            try:
                return journal.heartbeats(session_uid)
            except JournalError as exc:
                raise ServiceError(str(exc)) from None

    def sessions(self) -> list[Session]:
        if not self.paths.journal.exists():
            return []
        from regulate.storage.journal import JournalError

        with self.open_journal() as journal:
            try:
                return journal.sessions()
            except JournalError as exc:
                raise ServiceError(str(exc)) from None

    def read_series(self, since: float | None = None, until: float | None = None) -> Series:
        """The journal as columns for the chart and the report; an absent journal is empty.
        A journal that can't be read raises ServiceError, never an empty series."""
        from regulate.storage.journal import JournalError
        from regulate.storage.series import empty_series, read_series

        if not self.paths.journal.exists():
            return empty_series()
        with self.open_journal() as journal:
            try:
                return read_series(journal, since, until)
            except JournalError as exc:
                raise ServiceError(str(exc)) from None

    def read_latest_series(self) -> Series:
        """The latest weeks of the journal first (``storage.series.read_latest``), for a chart
        that shows them at once and reads the rest with ``read_series`` after."""
        from regulate.storage.journal import JournalError
        from regulate.storage.series import empty_series, read_latest

        if not self.paths.journal.exists():
            return empty_series()
        with self.open_journal() as journal:
            try:
                return read_latest(journal)
            except JournalError as exc:
                raise ServiceError(str(exc)) from None

    def read_latest_ahead(self) -> Callable[[], Series]:
        """Start ``read_latest_series`` on a thread of its own, so that what the chart needs
        next (its libraries) can load meanwhile; the function returned waits for the read and
        gives its series, or raises its error (a ServiceError when the journal can't be read)."""
        import threading

        # Imported here, not on the thread: Python code on both threads would take turns.
        import regulate.storage.journal
        import regulate.storage.series  # noqa: F401

        done: list[tuple[Series | None, BaseException | None]] = []

        def read() -> None:
            try:
                done.append((self.read_latest_series(), None))
            except BaseException as exc:  # handed to whoever waits, never lost
                done.append((None, exc))

        thread = threading.Thread(target=read, name="regulate-read-latest", daemon=True)
        thread.start()

        def result() -> Series:
            thread.join()
            series, error = done[0]
            if error is not None:
                raise error
            assert series is not None
            return series

        return result

    # -- suggestions ------------------------------------------------------------------------

    def suggestions(
        self, zone: Zone, arousal: int | None = None, suds: int | None = None
    ) -> list[Suggestion]:
        """What may help in ``zone``, best first, by the person's own record; in a severe
        moment (arousal 0 or 10, distress 8 or more) only short, eyes-open items without
        holds or imagery. A journal that can't be read gives the default order."""
        from regulate.content.suggestions import candidates, default_order
        from regulate.core.suggest import is_severe, suggest

        try:
            sessions = self.sessions()
        except ServiceError:
            sessions = []
        pool = candidates(self.catalogue.patterns, self.catalogue.exercises)
        order = default_order(zone, is_severe(arousal, suds))
        return suggest(zone, pool, sessions, order, arousal=arousal, suds=suds)

    # -- help -------------------------------------------------------------------------------

    def help_info(self, country: str | None = None) -> HelpInfo:
        """Crisis lines for ``country``, else the one the person chose, else their locale's."""
        from regulate.content.crisis import help_for

        chosen = country or self.settings.values.country or None
        return help_for(chosen, system_locale())

    def safety_plan(self) -> SafetyPlan:
        from regulate.storage.safety import SafetyPlan

        return SafetyPlan.load(self.paths.safety_plan)

    def remember_country(self, code: str) -> None:
        """The person chose where they are; kept in settings (SettingsError if not saved)."""
        self.settings.update(country=code)
        self.settings.save()

    # -- where output may go ------------------------------------------------------------------

    def check_output(self, out: Path, example: str = "regulate-journal.csv") -> Path:
        """The one rule for every file Regulate writes for the person (exports, summaries,
        handouts): a file name, outside the data folder, in a folder that exists, and never
        over a device, a pipe or a folder. Refused or ServiceError otherwise."""
        if not str(out).strip():
            raise Refused(f"give a file name, such as {example}")
        out = out.expanduser()
        try:
            info = out.stat()
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise ServiceError(f"could not use {out}: {exc.strerror or exc}") from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise Refused(f"{out} is a folder; give a file name, such as {example}")
        try:
            writable_target(out)  # storage's own rule: never a device, a pipe or a socket
        except OSError as exc:
            raise ServiceError(f"could not write {out}: {exc.strerror or exc}") from None
        if self.paths.holds(out):
            raise Refused(f"{out} is inside Regulate's data folder; save it somewhere else")
        if not out.resolve().parent.is_dir():
            raise ServiceError(f"the folder {out.parent} does not exist")
        return out

    # -- export and import ----------------------------------------------------------------

    def export_text(self, fmt: str) -> tuple[str, int, int]:
        """The whole journal as CSV or JSON text, with the numbers of check-ins and sessions."""
        from regulate.storage.exchange import to_csv, to_json
        from regulate.storage.journal import JournalError

        if fmt not in ("csv", "json"):
            raise Refused(f"unknown format '{fmt}'; choose csv or json")
        with self.open_journal_to_read() as journal:
            try:
                checkins, sessions = journal.checkins(), journal.sessions()
                heartbeats = journal.all_heartbeats() if fmt == "json" else {}
            except JournalError as exc:
                raise ServiceError(str(exc)) from None
        if fmt == "json":
            plan = self.safety_plan()
            text = to_json(
                checkins, sessions, None if plan.is_empty() else plan.to_dict(), heartbeats
            )
        else:
            text = to_csv(checkins, sessions)
        return text, len(checkins), len(sessions)

    def export(self, fmt: str, out: Path) -> tuple[int, int]:
        """Write the journal to ``out`` (checked first); the old file stays if it fails."""
        from regulate.storage.files import write_atomically

        out = self.check_output(out, f"regulate-journal.{fmt}")
        text, checkins, sessions = self.export_text(fmt)
        try:
            write_atomically(out, text.encode("utf-8"))
        except OSError as exc:
            raise ServiceError(f"could not write {out}: {exc.strerror or exc}") from None
        return checkins, sessions

    def import_file(
        self,
        source: Path,
        *,
        force: str | None = None,
        mood_map: Mapping[str, int] | None = None,
    ) -> ImportResult:
        """Read ``source`` completely, then add it in one transaction: all or nothing.
        Raises ``UnmappedMoods`` when Daylio mood names need placing (ask, then call again
        with ``mood_map``), else ServiceError with one plain line."""
        from regulate.storage.daylio import UnmappedMoods
        from regulate.storage.exchange import ExchangeError
        from regulate.storage.importers import NotDaylio, read_records
        from regulate.storage.journal import JournalError

        source = source.expanduser()
        try:
            records = read_records(source, force=force, mood_map=mood_map)
        except UnmappedMoods:
            raise
        except NotDaylio as exc:
            raise Refused(str(exc)) from None
        except ExchangeError as exc:
            raise ServiceError(f"{exc}. Nothing was imported.") from None
        with self.open_journal() as journal:
            try:
                counts = journal.import_records(
                    records.checkins, records.sessions, records.heartbeats
                )
            except JournalError as exc:
                raise ServiceError(f"{exc}. Nothing was imported.") from None
        moments = [c.at.epoch for c in records.checkins] + [s.at.epoch for s in records.sessions]
        span = (float(min(moments)), float(max(moments))) if moments else None
        self.imported_span = span
        return ImportResult(counts, source, span)

    def take_imported_span(self) -> tuple[float, float] | None:
        """The period of the latest import, once (the chart opened after it shows it)."""
        span, self.imported_span = self.imported_span, None
        return span

    # -- the login entry and the repair notice -----------------------------------------------

    @staticmethod
    def set_autostart(on: bool) -> str | None:
        """Start in the tray at login, or not; the reason in a few words if it failed."""
        from regulate.autostart import set_autostart

        try:
            set_autostart(on)
        except OSError as exc:
            return str(exc.strerror or exc)
        return None

    def take_repair_notice(self) -> str | None:
        """What a repair of the journal did, said once: it is cleared once taken."""
        from regulate.storage.recovery import clear_notice, read_notice

        notice = read_notice(self.paths.root)
        if notice:
            clear_notice(self.paths.root)
        return notice or None

    # -- delete all -------------------------------------------------------------------------

    def delete_everything(self, extra: tuple[Path, ...] = ()) -> list[Path]:
        """Remove every file Regulate keeps; settings that say anything about the person go
        back to their defaults in memory too, so nothing personal is written again later.
        Raises OSError (after removing what it could) on failure."""
        from regulate.storage.wipe import delete_everything

        self.settings.reset_personal()
        self.settings.update(first_run_done=True)
        removed = delete_everything(self.paths, extra=(*extra, self.own_patterns_path))
        self.__dict__.pop("catalogue", None)  # the person's own patterns are gone too
        self.recovery = None
        with contextlib.suppress(OSError):  # an empty, private folder: Regulate goes on working
            self.paths.ensure()
        return removed
