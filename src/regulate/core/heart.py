"""Reading what a Bluetooth heart-rate strap sends: pure functions over bytes, no Qt, no I/O.

The Heart Rate Measurement characteristic (0x2A37, Bluetooth SIG Heart Rate Service 1.0) is
little-endian: a flags byte, the rate (one byte, or two when flag bit 0 is set), the energy
expended in kJ (two bytes, only when flag bit 3 is set), then zero or more RR intervals, two
bytes each in units of 1/1024 s, filling the rest of the value (flag bit 4 says they are there).
Flag bits 1-2 tell whether the strap can sense skin contact and whether it does now.
The Battery Level characteristic (0x2A19) is one byte, a percentage.
"""

from __future__ import annotations

from dataclasses import dataclass

RATE_IS_16_BIT = 0x01
CONTACT_DETECTED = 0x02
CONTACT_SUPPORTED = 0x04
ENERGY_PRESENT = 0x08
RR_PRESENT = 0x10
RR_UNITS_PER_SECOND = 1024


class HeartDataError(ValueError):
    """The bytes are not a measurement we can read; the message is one plain line."""


@dataclass(frozen=True)
class Measurement:
    """One notification from a strap."""

    heart_rate: int
    #: None when the strap cannot tell; otherwise whether it touches the skin now.
    contact: bool | None
    energy_kj: int | None
    #: RR intervals in milliseconds, oldest first.
    rr_ms: tuple[float, ...]


def parse_measurement(data: bytes) -> Measurement:
    """Read one Heart Rate Measurement value (0x2A37)."""
    data = bytes(data)
    if not data:
        raise HeartDataError("the heart-rate message was empty")
    flags = data[0]
    at = 1
    width = 2 if flags & RATE_IS_16_BIT else 1
    if len(data) < at + width:
        raise HeartDataError("the heart-rate message ended before the rate")
    rate = int.from_bytes(data[at : at + width], "little")
    at += width
    contact: bool | None = None
    if flags & CONTACT_SUPPORTED:
        contact = bool(flags & CONTACT_DETECTED)
    energy: int | None = None
    if flags & ENERGY_PRESENT:
        if len(data) < at + 2:
            raise HeartDataError("the heart-rate message ended before the energy value")
        energy = int.from_bytes(data[at : at + 2], "little")
        at += 2
    rr: list[float] = []
    if flags & RR_PRESENT:
        rest = data[at:]
        if len(rest) % 2:
            raise HeartDataError("the heart-rate message had half an RR interval")
        for i in range(0, len(rest), 2):
            units = int.from_bytes(rest[i : i + 2], "little")
            rr.append(units * 1000.0 / RR_UNITS_PER_SECOND)
    return Measurement(heart_rate=rate, contact=contact, energy_kj=energy, rr_ms=tuple(rr))


def build_measurement(
    heart_rate: int,
    rr_ms: tuple[float, ...] | list[float] = (),
    *,
    sixteen_bit: bool = False,
    energy_kj: int | None = None,
    contact: bool | None = None,
) -> bytes:
    """The bytes a strap would send (for fakes and replays): ``parse_measurement`` reversed."""
    flags = 0
    body = bytearray()
    if sixteen_bit or heart_rate > 255:
        flags |= RATE_IS_16_BIT
        body += int(heart_rate).to_bytes(2, "little")
    else:
        body += int(heart_rate).to_bytes(1, "little")
    if contact is not None:
        flags |= CONTACT_SUPPORTED | (CONTACT_DETECTED if contact else 0)
    if energy_kj is not None:
        flags |= ENERGY_PRESENT
        body += int(energy_kj).to_bytes(2, "little")
    if rr_ms:
        flags |= RR_PRESENT
        for value in rr_ms:
            body += min(0xFFFF, round(value * RR_UNITS_PER_SECOND / 1000.0)).to_bytes(2, "little")
    return bytes([flags]) + bytes(body)


def parse_battery(data: bytes) -> int:
    """Read the Battery Level value (0x2A19): one byte, 0-100 percent."""
    data = bytes(data)
    if len(data) != 1 or data[0] > 100:
        raise HeartDataError("the battery level was not a percentage")
    return data[0]
