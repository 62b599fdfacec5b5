"""Schema migrations, keyed by ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a journal from version n to n + 1. Each runs in one transaction
together with the version bump, so a failed migration leaves the file as it was. A journal is
copied into the backups folder before any migration of a file that already holds data.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: check-ins.
    (
        """
        CREATE TABLE checkins (
            id          INTEGER PRIMARY KEY,
            uid         TEXT    NOT NULL UNIQUE,
            at_utc      INTEGER NOT NULL,  -- whole seconds since 1970-01-01 UTC
            utc_offset  INTEGER NOT NULL,  -- minutes east of UTC when it was written
            arousal     INTEGER CHECK (arousal BETWEEN 0 AND 10),
            window_low  INTEGER NOT NULL CHECK (window_low BETWEEN 0 AND 10),
            window_high INTEGER NOT NULL CHECK (window_high BETWEEN 0 AND 10),
            zone        TEXT    CHECK (zone IN ('hypo', 'window', 'hyper')),
            suds        INTEGER CHECK (suds BETWEEN 0 AND 10),
            mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
            feelings    TEXT    NOT NULL DEFAULT '[]',  -- JSON list of words
            note        TEXT    NOT NULL DEFAULT '',
            tags        TEXT    NOT NULL DEFAULT '[]',  -- JSON list of words
            source      TEXT    NOT NULL,
            CHECK (window_low < window_high)
        )
        """,
        "CREATE INDEX checkins_by_time ON checkins (at_utc, id)",
    ),
    # 1 -> 2: body sensations on check-ins, and breathing / grounding sessions.
    (
        "ALTER TABLE checkins ADD COLUMN body TEXT NOT NULL DEFAULT '[]'",
        """
        CREATE TABLE sessions (
            id          INTEGER PRIMARY KEY,
            uid         TEXT    NOT NULL UNIQUE,
            at_utc      INTEGER NOT NULL,
            utc_offset  INTEGER NOT NULL,
            kind        TEXT    NOT NULL CHECK (kind IN ('pattern', 'exercise')),
            item        TEXT    NOT NULL,
            seconds     REAL    NOT NULL CHECK (seconds >= 0),
            suds_before INTEGER CHECK (suds_before BETWEEN 0 AND 10),
            suds_after  INTEGER CHECK (suds_after BETWEEN 0 AND 10),
            completed   INTEGER NOT NULL CHECK (completed IN (0, 1)),
            source      TEXT    NOT NULL
        )
        """,
        "CREATE INDEX sessions_by_time ON sessions (at_utc, id)",
        "CREATE INDEX sessions_by_item ON sessions (kind, item)",
    ),
    # 2 -> 3: the heartbeats recorded with a breathing session (from a chest strap or a file).
    (
        """
        CREATE TABLE heartbeats (
            id          INTEGER PRIMARY KEY,
            session_uid TEXT    NOT NULL UNIQUE,  -- the session's uid; one recording each
            rr_ms       TEXT    NOT NULL          -- JSON list of RR intervals in milliseconds
        )
        """,
    ),
)

LATEST_VERSION = len(MIGRATIONS)
