"""The Heart Rate Measurement parser, against byte vectors written from the Bluetooth spec."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regulate.core.heart import (
    HeartDataError,
    build_measurement,
    parse_battery,
    parse_measurement,
)


def test_eight_bit_rate_alone() -> None:
    m = parse_measurement(bytes([0x00, 72]))
    assert (m.heart_rate, m.contact, m.energy_kj, m.rr_ms) == (72, None, None, ())


def test_sixteen_bit_rate_little_endian() -> None:
    m = parse_measurement(bytes([0x01, 0x2C, 0x01]))  # 0x012C = 300
    assert m.heart_rate == 300


def test_contact_bits() -> None:
    assert parse_measurement(bytes([0x04, 60])).contact is False  # supported, not touching
    assert parse_measurement(bytes([0x06, 60])).contact is True  # supported and touching
    assert parse_measurement(bytes([0x02, 60])).contact is None  # not supported: unknown


def test_energy_expended_then_rr() -> None:
    # flags: 16-bit rate, energy, RR; rate 80; energy 0x0102 = 258 kJ; RR 1024 = 1000 ms
    data = bytes([0x19, 80, 0, 0x02, 0x01, 0x00, 0x04])
    m = parse_measurement(data)
    assert (m.heart_rate, m.energy_kj, m.rr_ms) == (80, 258, (1000.0,))


def test_rr_units_are_1024ths_of_a_second() -> None:
    m = parse_measurement(bytes([0x10, 60, 0x00, 0x02, 0x00, 0x03]))  # 512, 768
    assert m.rr_ms == (500.0, 750.0)


@pytest.mark.parametrize(
    ("sixteen", "energy", "count"),
    list(itertools.product((False, True), (False, True), range(10))),
)
def test_every_combination_of_width_energy_and_zero_to_nine_rr(
    sixteen: bool, energy: bool, count: int
) -> None:
    rr_units = [700 + 37 * i for i in range(count)]
    flags = (0x01 if sixteen else 0) | (0x08 if energy else 0) | (0x10 if count else 0)
    data = bytearray([flags])
    data += (75).to_bytes(2 if sixteen else 1, "little")
    if energy:
        data += (1234).to_bytes(2, "little")
    for units in rr_units:
        data += units.to_bytes(2, "little")
    m = parse_measurement(bytes(data))
    assert m.heart_rate == 75
    assert m.energy_kj == (1234 if energy else None)
    assert m.rr_ms == tuple(u * 1000 / 1024 for u in rr_units)
    # and our own builder writes the same bytes back
    rebuilt = build_measurement(
        75, list(m.rr_ms), sixteen_bit=sixteen, energy_kj=1234 if energy else None
    )
    assert rebuilt == bytes(data)


@pytest.mark.parametrize(
    "data",
    [b"", bytes([0x01, 60]), bytes([0x08, 60, 1]), bytes([0x10, 60, 0x00, 0x04, 0x01])],
)
def test_short_or_broken_values_are_refused_plainly(data: bytes) -> None:
    with pytest.raises(HeartDataError):
        parse_measurement(data)


def test_battery_level() -> None:
    assert parse_battery(bytes([87])) == 87
    for bad in (b"", bytes([101]), bytes([1, 2])):
        with pytest.raises(HeartDataError):
            parse_battery(bad)


@given(st.binary(max_size=40))
def test_any_bytes_give_a_measurement_or_one_plain_refusal(data: bytes) -> None:
    try:
        m = parse_measurement(data)
    except HeartDataError:
        return
    assert 0 <= m.heart_rate <= 0xFFFF
    assert all(0 <= rr < 64000 for rr in m.rr_ms)
