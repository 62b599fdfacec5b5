"""Page-level salvage: the journal's rows read straight from the bytes of a damaged file.

The second line of defence after the backups and the entry log (``storage/ledger.py``). It
needs neither page 1 (the schema and the header) nor a table's root page, and never asks
SQLite how many rows there are: every page-sized block of the database, and every frame of its
write-ahead log, is tried as a b-tree table leaf page; each cell on it is decoded as a record,
and a record whose shape is one of the journal's own tables (see ``storage/migrations.py``) is
returned with where it came from. Checking the values (and setting aside what fails) is the
caller's job: see ``recovery.salvage``.

The file format (sqlite.org/fileformat2.html): pages numbered from 1, page N at (N-1)*size; a
table leaf page starts with 0x0D (at offset 100 on page 1); cells hold payload length and rowid
(varints), the local part of the payload and, when it did not fit, the first overflow page.
A WAL file is a 32-byte header and frames of a 24-byte header plus one page.

Only the standard library; nothing is ever written.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass

LEAF_TABLE = 0x0D
PAGE_FLAGS = (0x0D, 0x05, 0x0A, 0x02)
HEADER = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
PAGE_SIZES = tuple(1 << n for n in range(9, 17))  # 512 ... 65536
#: Overflow chains longer than this are damage (a note is at most 20,000 characters).
MAX_OVERFLOW_PAGES = 4096
MAX_PAYLOAD = 1 << 24

#: The journal's tables by the number of columns in their records: the rowid alias ``id``
#: comes first (stored as NULL). Check-ins written before version 2 have no ``body``.
CHECKIN_COLUMNS = (
    "id",
    "uid",
    "at_utc",
    "utc_offset",
    "arousal",
    "window_low",
    "window_high",
    "zone",
    "suds",
    "mood",
    "feelings",
    "note",
    "tags",
    "source",
    "body",
)
SESSION_COLUMNS = (
    "id",
    "uid",
    "at_utc",
    "utc_offset",
    "kind",
    "item",
    "seconds",
    "suds_before",
    "suds_after",
    "completed",
    "source",
)
LAYOUTS: dict[int, tuple[str, tuple[str, ...]]] = {
    len(CHECKIN_COLUMNS): ("checkins", CHECKIN_COLUMNS),
    len(CHECKIN_COLUMNS) - 1: ("checkins", CHECKIN_COLUMNS[:-1]),
    len(SESSION_COLUMNS): ("sessions", SESSION_COLUMNS),
}


class _Bad(Exception):
    """A cell or record that does not decode."""


@dataclass(frozen=True)
class Record:
    """One row found in the bytes. ``order``: higher is newer (WAL frames after the file)."""

    table: str
    rowid: int
    values: dict[str, object]
    order: int


# -- bytes ------------------------------------------------------------------------------------


def _varint(buf: bytes, pos: int, end: int) -> tuple[int, int]:
    result = 0
    for _ in range(8):
        if pos >= end:
            raise _Bad
        byte = buf[pos]
        pos += 1
        result = (result << 7) | (byte & 0x7F)
        if byte < 0x80:
            return result, pos
    if pos >= end:
        raise _Bad
    return (result << 8) | buf[pos], pos + 1


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes) -> list[object]:
    """The values of one record; raises _Bad if it is not a whole, well-formed record."""
    end = len(payload)
    header_size, pos = _varint(payload, 0, end)
    if header_size < 2 or header_size > end or header_size > 512:
        raise _Bad
    types: list[int] = []
    while pos < header_size:
        kind, pos = _varint(payload, pos, header_size)
        types.append(kind)
    if pos != header_size:
        raise _Bad
    values: list[object] = []
    pos = header_size
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in _INT_SIZES:
            size = _INT_SIZES[kind]
            if pos + size > end:
                raise _Bad
            values.append(int.from_bytes(payload[pos : pos + size], "big", signed=True))
            pos += size
        elif kind == 7:
            if pos + 8 > end:
                raise _Bad
            values.append(struct.unpack(">d", payload[pos : pos + 8])[0])
            pos += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            size = (kind - 12) // 2
            if pos + size > end:
                raise _Bad
            raw = payload[pos : pos + size]
            pos += size
            if kind % 2:
                try:
                    values.append(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    values.append(bytes(raw))  # kept as bytes: the checks refuse it
            else:
                values.append(bytes(raw))
        else:
            raise _Bad
    if pos != end:
        raise _Bad
    return values


# -- pages --------------------------------------------------------------------------------


PageSource = Callable[[int], bytes | None]


def _u16(buf: bytes, pos: int) -> int:
    return (buf[pos] << 8) | buf[pos + 1]


def _u32(buf: bytes, pos: int) -> int:
    return int.from_bytes(buf[pos : pos + 4], "big")


def plausible_page(page: bytes, base: int = 0) -> bool:
    """Whether a block looks like a b-tree page: known flag, cells and pointers inside it."""
    size = len(page)
    if size < base + 8 or page[base] not in PAGE_FLAGS:
        return False
    header = 8 if page[base] in (0x0D, 0x0A) else 12
    cells = _u16(page, base + 3)
    start = _u16(page, base + 5) or 65536
    if cells == 0 or base + header + 2 * cells > size or not base + header <= start <= size:
        return False
    pointers = base + header
    return all(
        start <= _u16(page, pointers + 2 * i) < size
        for i in range(min(cells, 8))  # enough to tell a page from noise
    )


def leaf_cells(
    page: bytes, base: int, usable: int, pages: PageSource
) -> Iterator[tuple[int, bytes]]:
    """(rowid, payload) of every cell on a table leaf page that decodes; others are skipped."""
    if len(page) < base + 8 or page[base] != LEAF_TABLE:
        return
    cells = _u16(page, base + 3)
    first = base + 8
    limit = min(usable, len(page))
    cells = min(cells, max(0, (limit - first) // 2))
    top = first + 2 * cells
    for number in range(cells):
        offset = _u16(page, first + 2 * number)
        if not top <= offset < limit:
            continue
        try:
            yield _cell(page, offset, limit, usable, pages)
        except _Bad:
            continue


def _cell(
    page: bytes, offset: int, limit: int, usable: int, pages: PageSource
) -> tuple[int, bytes]:
    rowid, payload, _end = _cell_at(page, offset, limit, usable, pages)
    return rowid, payload


def _cell_at(
    page: bytes, offset: int, limit: int, usable: int, pages: PageSource
) -> tuple[int, bytes, int]:
    """(rowid, payload, where the cell ends on the page) of the cell at ``offset``."""
    size, pos = _varint(page, offset, limit)
    rowid, pos = _varint(page, pos, limit)
    if size > MAX_PAYLOAD or rowid <= 0 or rowid >= 1 << 62:
        raise _Bad
    most = usable - 35
    if size <= most:
        if pos + size > limit:
            raise _Bad
        return rowid, bytes(page[pos : pos + size]), pos + size
    least = ((usable - 12) * 32 // 255) - 23
    local = least + (size - least) % (usable - 4)
    if local > most:
        local = least
    if pos + local + 4 > limit:
        raise _Bad
    parts = [bytes(page[pos : pos + local])]
    have = local
    following = _u32(page, pos + local)
    seen: set[int] = set()
    while have < size:
        if following == 0 or following in seen or len(seen) >= MAX_OVERFLOW_PAGES:
            raise _Bad
        seen.add(following)
        overflow = pages(following)
        if overflow is None or len(overflow) < usable:
            raise _Bad
        take = min(size - have, usable - 4)
        parts.append(bytes(overflow[4 : 4 + take]))
        have += take
        following = _u32(overflow, 0)
    return rowid, b"".join(parts), pos + local + 4


#: Where a record of ours may begin: a short header size, then the rowid alias's NULL, then
#: the uid's text type, then the time's integer type.
_RECORD_START = re.compile(rb"[\x0c-\x3f]\x00[\x0f-\xff][\x01-\x06]", re.DOTALL)


def loose_cells(
    page: bytes, usable: int, pages: PageSource, skip: list[tuple[int, int]]
) -> Iterator[tuple[int, bytes]]:
    """Cells found by their shape alone, anywhere on a page whose header or cell pointers
    are damaged: every place a record of ours may begin, with the payload length and rowid
    varints just before it. ``skip``: ranges already read through the pointers."""
    limit = min(usable, len(page))
    taken = sorted(skip)
    for match in _RECORD_START.finditer(page, 0, limit):
        header = match.start()
        if any(start <= header < end for start, end in taken):
            continue
        for rowid_len in range(1, 10):
            found = None
            for size_len in range(1, 4):
                start = header - rowid_len - size_len
                if start < 0:
                    continue
                try:
                    size, pos = _varint(page, start, limit)
                    _rowid, pos = _varint(page, pos, limit)
                    if pos != header or pos - start != rowid_len + size_len:
                        continue
                    if size < 20:
                        continue
                    rowid, payload, end = _cell_at(page, start, limit, usable, pages)
                except _Bad:
                    continue
                found = (rowid, payload, start, end)
                break
            if found is not None:
                rowid, payload, start, end = found
                taken.append((start, end))
                yield rowid, payload
                break


def _ours(rowid: int, payload: bytes, order: int) -> Record | None:
    try:
        values = decode_record(payload)
    except _Bad:
        return None
    layout = LAYOUTS.get(len(values))
    if layout is None or values[0] is not None:
        return None
    table, columns = layout
    row = dict(zip(columns, values, strict=True))
    row["id"] = rowid
    return Record(table, rowid, row, order)


# -- the database file ----------------------------------------------------------------------


def page_size_of(data: bytes) -> int | None:
    """The page size the header states, if the header is whole enough to say."""
    if len(data) < 100 or data[:16] != HEADER:
        return None
    size = _u16(data, 16)
    size = 65536 if size == 1 else size
    return size if size in PAGE_SIZES else None


def guess_page_size(data: bytes) -> int:
    """The page size under which most blocks look like b-tree pages (ties: the larger)."""
    best, best_count = 4096, -1
    for size in PAGE_SIZES:
        count = sum(
            1
            for start in range(size, len(data) - size + 1, size)
            if plausible_page(data[start : start + size])
        )
        if count >= best_count:
            best, best_count = size, count
    return best


def _reserved(data: bytes) -> int:
    if len(data) >= 100 and data[:16] == HEADER and data[20] < 64:
        return data[20]
    return 0


@dataclass
class Scan:
    """Rows found, and how much was looked at."""

    records: list[Record]
    pages: int = 0
    leaves: int = 0
    frames: int = 0


def scan(database: bytes, wal: bytes = b"", page_size: int | None = None) -> Scan:
    """Every record of the journal's tables in ``database`` and in the frames of ``wal``.

    The page size comes from the database header, else the WAL header, else the shape of the
    pages. A page's newest copy (the last WAL frame holding it) is used to follow overflow
    chains; every copy of every leaf is read, old frames included, and ``order`` says which is
    newer, so the caller can prefer the newest copy of a row.
    """
    size = page_size or page_size_of(database) or wal_page_size(wal) or guess_page_size(database)
    usable = size - _reserved(database)
    frames = list(wal_frames(wal, size))
    latest: dict[int, bytes] = {}
    for number, page in frames:
        latest[number] = page

    def pages(number: int) -> bytes | None:
        if number in latest:
            return latest[number]
        start = (number - 1) * size
        if number < 1 or start + size > len(database):
            return None
        return database[start : start + size]

    found = Scan(records=[])
    count = len(database) // size
    found.pages = count
    blocks = [(0, database[i * size : (i + 1) * size], i == 0) for i in range(count)]
    blocks += [(order, page, False) for order, (_n, page) in enumerate(frames, start=1)]
    found.frames = len(frames)
    for order, page, first in blocks:
        found.records.extend(_page_records(page, first, usable, pages, order, found))
    return found


def _page_records(
    page: bytes, first: bool, usable: int, pages: PageSource, order: int, found: Scan
) -> Iterator[Record]:
    """Our records on one page: through its cell pointers when it is a table leaf, and, when
    it is not a whole b-tree page of another kind, by their shape as well."""
    base = 100 if first and page[100:101] == bytes([LEAF_TABLE]) else 0
    flag = page[base]
    if flag in PAGE_FLAGS and flag != LEAF_TABLE and plausible_page(page, base):
        return  # an interior or index page: none of our rows live there
    read: list[tuple[int, int]] = []
    whole = 0
    if flag == LEAF_TABLE:
        found.leaves += 1
        for rowid, payload in leaf_cells(page, base, usable, pages):
            record = _ours(rowid, payload, order)
            if record is not None:
                whole += 1
                yield record
        declared = _u16(page, base + 3)
        if whole == declared and plausible_page(page, base):
            return  # every cell read: nothing is hidden
        read = _cell_ranges(page, base, usable, pages)
    for rowid, payload in loose_cells(page, usable, pages, read):
        record = _ours(rowid, payload, order)
        if record is not None:
            yield record


def _cell_ranges(page: bytes, base: int, usable: int, pages: PageSource) -> list[tuple[int, int]]:
    ranges = []
    limit = min(usable, len(page))
    cells = min(_u16(page, base + 3), max(0, (limit - base - 8) // 2))
    for number in range(cells):
        offset = _u16(page, base + 8 + 2 * number)
        try:
            _rowid, _payload, end = _cell_at(page, offset, limit, usable, pages)
        except _Bad:
            continue
        ranges.append((offset, end))
    return ranges


# -- the write-ahead log ----------------------------------------------------------------------


def wal_page_size(wal: bytes) -> int | None:
    if len(wal) < WAL_HEADER or _u32(wal, 0) not in WAL_MAGICS:
        return None
    size = _u32(wal, 8)
    return size if size in PAGE_SIZES else None


def wal_frames(wal: bytes, page_size: int) -> Iterator[tuple[int, bytes]]:
    """(page number, page) of every whole frame in the file, valid or not, in file order."""
    step = FRAME_HEADER + page_size
    for start in range(WAL_HEADER, len(wal) - step + 1, step):
        number = _u32(wal, start)
        if 0 < number < 1 << 31:
            yield number, wal[start + FRAME_HEADER : start + step]


def _checksum(data: bytes, big: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


@dataclass(frozen=True)
class WalState:
    """What a WAL file holds: ``last_commit`` is the number (from 1) of the last frame that
    ends a transaction and is whole by its own checksum; 0 when there is none."""

    header_ok: bool
    frames: int
    last_commit: int


def wal_state(wal: bytes, page_size: int | None = None) -> WalState:
    """Read the log the way a page-level reader can: each frame checked against the checksum
    its predecessor stored, so a damaged frame does not hide the whole frames after it."""
    if len(wal) < WAL_HEADER:
        return WalState(False, 0, 0)
    magic = _u32(wal, 0)
    header_ok = magic in WAL_MAGICS and _u32(wal, 4) == 3007000
    if header_ok:
        expected = _checksum(wal[:24], magic == 0x377F0683, 0, 0)
        header_ok = expected == (_u32(wal, 24), _u32(wal, 28))
    size = wal_page_size(wal) or page_size
    if size is None:
        # A damaged header: the frames say their own size (their salts agree with each other).
        size = next((n for n in PAGE_SIZES if _frames_agree(wal, n)), None)
    if size is None:
        return WalState(header_ok, 0, 0)
    step = FRAME_HEADER + size
    count = (len(wal) - WAL_HEADER) // step
    if header_ok:
        orders = [magic == 0x377F0683]
        salts = wal[16:24]
    elif count:
        orders = [False, True]
        last = WAL_HEADER + (count - 1) * step
        salts = wal[last + 8 : last + 16]
    else:
        return WalState(header_ok, 0, 0)
    for index in range(count - 1, -1, -1):
        start = WAL_HEADER + index * step
        if wal[start + 8 : start + 16] != salts or _u32(wal, start + 4) == 0:
            continue  # another generation's frame, or not the end of a transaction
        if index == 0:
            if not header_ok:
                continue
            seed = (_u32(wal, 24), _u32(wal, 28))
        else:
            before = start - step
            seed = (_u32(wal, before + 16), _u32(wal, before + 20))
        stored = (_u32(wal, start + 16), _u32(wal, start + 20))
        for big in orders:
            got = _checksum(wal[start : start + 8], big, *seed)
            if _checksum(wal[start + FRAME_HEADER : start + step], big, *got) == stored:
                return WalState(header_ok, count, index + 1)
    return WalState(header_ok, count, 0)


def _frames_agree(wal: bytes, size: int) -> bool:
    step = FRAME_HEADER + size
    count = (len(wal) - WAL_HEADER) // step
    if count < 2:
        return False
    salts = {wal[WAL_HEADER + i * step + 8 : WAL_HEADER + i * step + 16] for i in range(count)}
    return len(salts) <= 2 and (len(wal) - WAL_HEADER) % step == 0
