"""Writing only where meant, and reading only regular files, never more than asked."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.storage import files
from regulate.storage.files import (
    NotARegularFile,
    TooLarge,
    atomic_target,
    open_regular,
    read_regular,
    write_atomically,
    write_chunks_atomically,
)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- what is refused ---------------------------------------------------------------------------


def test_a_fifo_is_never_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "out.csv"
    os.mkfifo(pipe)
    with pytest.raises(NotARegularFile, match="pipe") as caught:
        write_atomically(pipe, b"journal text")
    assert isinstance(caught.value, OSError)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert _leftovers(tmp_path) == []


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    with pytest.raises(NotARegularFile, match="folder"):
        write_atomically(folder, b"x")
    assert folder.is_dir()


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_never_replaced_directly_or_through_a_link(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is not on this system")
    for target in (Path(device), tmp_path / "link.csv"):
        if target != Path(device):
            target.symlink_to(device)
        with pytest.raises(NotARegularFile) as caught:
            write_atomically(target, b"journal text")
        assert caught.value.strerror == "it is a device, not a file"
        assert stat.S_ISCHR(os.stat(device).st_mode)
    assert _leftovers(tmp_path) == []


def test_a_link_in_a_circle_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(NotARegularFile, match="circle"):
        write_atomically(tmp_path / "a", b"x")


# -- links are written through -----------------------------------------------------------------


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "exports" / "2026-11.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert link.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o600
    assert _leftovers(real.parent) == []
    assert _leftovers(tmp_path) == []


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "latest.csv"
    link.symlink_to(tmp_path / "new.csv")
    write_atomically(link, b"hello")
    assert link.is_symlink()
    assert (tmp_path / "new.csv").read_bytes() == b"hello"


# -- failures leave the old file ---------------------------------------------------------------


def test_a_full_disk_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.json"
    out.write_bytes(b"the good old export")
    real_write = os.write
    calls = iter(range(100))

    def full(fd: int, data: bytes | memoryview) -> int:
        if next(calls) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(OSError, match="No space") as caught:
        write_chunks_atomically(out, [b"a" * 10, b"b" * 10])
    assert caught.value.errno == errno.ENOSPC
    assert out.read_bytes() == b"the good old export"
    assert _leftovers(tmp_path) == []


def test_short_writes_are_continued_until_every_byte_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    monkeypatch.setattr(files.os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    out = tmp_path / "out.txt"
    assert write_chunks_atomically(out, [b"hello ", b"world"]) == 11
    assert out.read_bytes() == b"hello world"


def test_a_writer_that_takes_nothing_is_an_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.txt"
    out.write_bytes(b"old")
    monkeypatch.setattr(files.os, "write", lambda fd, data: 0)
    with pytest.raises(OSError, match="none of the bytes"):
        write_atomically(out, b"new")
    assert out.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_size_that_does_not_match_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.txt"
    out.write_bytes(b"old")
    real_fstat = os.fstat

    class Short:
        def __init__(self, fd: int) -> None:
            self.st_size = real_fstat(fd).st_size - 1

    monkeypatch.setattr(files.os, "fstat", Short)
    with pytest.raises(OSError, match="reached the disk"):
        write_atomically(out, b"new content")
    assert out.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_chunks_are_streamed_and_a_failing_source_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "big.csv"

    def rows() -> Iterator[bytes]:
        for number in range(10_000):
            yield f"{number},a row\r\n".encode()

    total = write_chunks_atomically(out, rows())
    assert total == out.stat().st_size
    assert out.read_bytes().splitlines()[-1] == b"9999,a row"

    def broken() -> Iterator[bytes]:
        yield b"partial"
        raise RuntimeError("the journal went away")

    with pytest.raises(RuntimeError):
        write_chunks_atomically(out, broken())
    assert out.read_bytes().splitlines()[-1] == b"9999,a row"
    assert _leftovers(tmp_path) == []


# -- a writer that wants a file name -----------------------------------------------------------


def test_atomic_target_commits_a_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-old %%EOF")
    with atomic_target(out, head=b"%PDF-", tail=b"%%EOF") as temporary:
        assert temporary.parent == tmp_path
        assert temporary != out
        temporary.write_bytes(b"%PDF-1.4 new pages\n%%EOF\n")
    assert out.read_bytes() == b"%PDF-1.4 new pages\n%%EOF\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (b"", "nothing was written"),
        (b"%PDF-1.4 cut sho", "not written whole"),
        (b"junk %%EOF", "not written whole"),
    ],
)
def test_atomic_target_refuses_an_empty_or_cut_file_and_keeps_the_old(
    tmp_path: Path, written: bytes, message: str
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-good %%EOF")
    with (
        pytest.raises(OSError, match=message),
        atomic_target(out, head=b"%PDF-", tail=b"%%EOF") as temporary,
    ):
        temporary.write_bytes(written)
    assert out.read_bytes() == b"%PDF-good %%EOF"
    assert _leftovers(tmp_path) == []


def test_atomic_target_removes_the_temporary_when_the_writer_fails(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"

    def failing_writer(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise ValueError("the writer failed")

    with pytest.raises(ValueError, match="writer failed"), atomic_target(out) as temporary:
        failing_writer(temporary)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_atomic_target_refuses_a_device_before_anything_is_written(tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to("/dev/null")
    with pytest.raises(NotARegularFile, match="device"), atomic_target(link):
        raise AssertionError("never reached")


# -- reading -----------------------------------------------------------------------------------


def test_reading_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "x.toml"
    os.mkfifo(pipe)
    with pytest.raises(NotARegularFile, match="pipe"):
        read_regular(pipe, 100)  # a blocking open would hang here


def test_reading_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "x.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotARegularFile, match="device"):
        read_regular(link, 100)
    with pytest.raises(NotARegularFile, match="device"):
        open_regular(link)


def test_reading_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * 101)
    assert read_regular(path, 101) == b"x" * 101
    with pytest.raises(TooLarge):
        read_regular(path, 100)


# -- through the command line ------------------------------------------------------------------


def test_export_to_dev_full_exits_1_and_leaves_the_device(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is not on this system")
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "5"]) == 0
    assert (
        main(["--data-dir", str(data_dir), "export", "--format", "json", "--out", "/dev/full"]) == 1
    )
    err = capsys.readouterr().err
    assert "it is a device, not a file" in err
    assert "Traceback" not in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_through_a_link_updates_the_target(data_dir: Path, tmp_path: Path) -> None:
    real = tmp_path / "2026.csv"
    real.write_text("stale")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "5"]) == 0
    assert main(["--data-dir", str(data_dir), "export", "--format", "csv", "--out", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("record,uid,at")
