"""Where heartbeats come from: a chest strap over Bluetooth, a replayed file, or a fake for tests.

Every source is a ``HeartSource``: a QObject with four signals — ``beat(rr_ms, heart_rate)`` for
each heartbeat, ``connected(name)``, ``disconnected(sentence)`` and ``battery(percent)`` — plus
``problem(sentence)`` for something the person may want to know (Bluetooth off, not permitted).
Screens only listen to these signals, so they work the same with any source.

``BluetoothSource`` imports QtBluetooth only when it starts: opening Regulate never loads it, and
a computer without Bluetooth (or without permission to use it) gets one calm sentence, never an
error. Nothing is sent anywhere: the strap talks to this computer only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from regulate.core.heart import HeartDataError, parse_battery, parse_measurement

#: How often a replay looks at its clock, in ms (beats fall between looks; none is lost).
REPLAY_TICK_MS = 50
#: After a dropout, try the strap again this often (ms).
RECONNECT_MS = 3000


class HeartSource(QObject):
    """The interface every source offers. ``start`` begins, ``stop`` ends quietly."""

    beat = Signal(float, float)  # rr_ms, heart rate in beats a minute
    connected = Signal(str)  # a name for the source
    disconnected = Signal(str)  # one calm sentence
    battery = Signal(int)  # percent
    problem = Signal(str)  # one calm sentence

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _emit_rr(self, rr_ms: float) -> None:
        if rr_ms > 0:
            self.beat.emit(float(rr_ms), 60000.0 / rr_ms)


class FakeSource(HeartSource):
    """A strap for tests: the test decides when it connects, drops and beats."""

    def __init__(self, name: str = "Test strap", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.running = False
        self.is_connected = False

    def start(self) -> None:
        self.running = True
        self.reconnect()

    def stop(self) -> None:
        self.running = False
        self.is_connected = False

    def reconnect(self) -> None:
        self.is_connected = True
        self.connected.emit(self.name)

    def drop(self) -> None:
        self.is_connected = False
        self.disconnected.emit(
            QCoreApplication.translate(
                "HeartSource", "The heart-rate strap lost its connection for a moment."
            )
        )

    def send(self, *rr_ms: float) -> None:
        """Beats arrive only while connected, as with a real strap."""
        if self.is_connected:
            for value in rr_ms:
                self._emit_rr(value)

    def send_bytes(self, data: bytes) -> None:
        """A raw Heart Rate Measurement, as a strap sends it."""
        if self.is_connected:
            for value in parse_measurement(data).rr_ms:
                self._emit_rr(value)

    def set_battery(self, percent: int) -> None:
        self.battery.emit(percent)


class ReplaySource(HeartSource):
    """Plays RR intervals as if a strap were connected: in real time, or ``speed`` times faster.

    A QTimer looks at the clock every ``REPLAY_TICK_MS`` and sends every beat that is due, so a
    slow moment never loses beats. Tests pass a fake ``clock`` and call ``tick``.
    """

    finished = Signal()

    def __init__(
        self,
        rr_ms: Sequence[float],
        *,
        speed: float = 1.0,
        name: str = "",
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._rr = [float(v) for v in rr_ms]
        self._speed = speed
        self._name = name or QCoreApplication.translate("HeartSource", "Recorded heartbeats")
        self._clock = clock
        self._next = 0
        self._due = 0.0  # seconds into the recording when the next beat ends
        self._started_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REPLAY_TICK_MS)
        self._timer.timeout.connect(self.tick)

    @classmethod
    def from_file(
        cls, path: Path, *, speed: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> ReplaySource:
        """Replay a file of RR intervals (as ``regulate resonance`` reads them); raises
        ServiceError with one plain line if the file cannot be used."""
        from regulate.services.heart import read_rr_file

        return cls(read_rr_file(path), speed=speed, name=path.name, clock=clock)

    @property
    def position(self) -> int:
        """How many beats have been sent."""
        return self._next

    def start(self) -> None:
        if not self._rr:
            self.problem.emit(
                QCoreApplication.translate(
                    "HeartSource", "This recording holds no heartbeats to play."
                )
            )
            return
        self._started_at = self._clock()
        self._due = self._rr[self._next] / 1000.0 if self._next < len(self._rr) else 0.0
        self.connected.emit(self._name)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._started_at = None

    def tick(self) -> None:
        if self._started_at is None:
            return
        played = (self._clock() - self._started_at) * self._speed
        while self._next < len(self._rr) and self._due <= played:
            self._emit_rr(self._rr[self._next])
            self._next += 1
            if self._next < len(self._rr):
                self._due += self._rr[self._next] / 1000.0
        if self._next >= len(self._rr):
            self.stop()
            self.finished.emit()


def calm_message(kind: str) -> str:
    """One sentence for each way Bluetooth can be unavailable."""
    messages = {
        "missing": QCoreApplication.translate(
            "HeartSource",
            "This computer has no Bluetooth we can use, so no strap can connect. "
            "Everything else in Regulate works as always.",
        ),
        "off": QCoreApplication.translate(
            "HeartSource", "Bluetooth is switched off. Switch it on, and the strap can connect."
        ),
        "permission": QCoreApplication.translate(
            "HeartSource",
            "Regulate is not allowed to use Bluetooth here. On Linux, being in the "
            "'bluetooth' group usually allows it.",
        ),
        "none_found": QCoreApplication.translate(
            "HeartSource",
            "No heart-rate strap answered. A strap wakes up when it touches skin; "
            "moistening it a little helps.",
        ),
        "lost": QCoreApplication.translate(
            "HeartSource", "The heart-rate strap lost its connection for a moment; trying again."
        ),
    }
    return messages[kind]


class BluetoothSource(HeartSource):
    """A standard Bluetooth heart-rate strap (Heart Rate service 0x180D).

    Scans for a device offering the service (or the one at ``address``, remembered by the
    caller), connects, subscribes to Heart Rate Measurement (0x2A37), reads the battery level
    (0x180F / 0x2A19), and after a dropout tries again every few seconds until stopped.
    """

    def __init__(self, address: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._bt: Any = None  # the QtBluetooth module, once started
        self._agent: Any = None
        self._controller: Any = None
        self._services: list[Any] = []
        self._device: Any = None
        self._running = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._connect)

    def start(self) -> None:
        self._running = True
        try:
            from PySide6 import QtBluetooth
        except ImportError:
            self.problem.emit(calm_message("missing"))
            return
        self._bt = QtBluetooth
        try:
            local = QtBluetooth.QBluetoothLocalDevice()
            if not local.isValid():
                self.problem.emit(calm_message("missing"))
                return
            if local.hostMode() == QtBluetooth.QBluetoothLocalDevice.HostMode.HostPoweredOff:
                self.problem.emit(calm_message("off"))
                return
            agent = QtBluetooth.QBluetoothDeviceDiscoveryAgent(self)
            agent.setLowEnergyDiscoveryTimeout(15000)
            agent.deviceDiscovered.connect(self._found)
            agent.errorOccurred.connect(self._scan_failed)
            agent.finished.connect(self._scan_finished)
            self._agent = agent
            agent.start(QtBluetooth.QBluetoothDeviceDiscoveryAgent.DiscoveryMethod.LowEnergyMethod)
        except Exception:  # a platform without a working backend: say so calmly
            self.problem.emit(calm_message("missing"))

    @property
    def device_address(self) -> str:
        """The connected strap's address, for the caller to remember (empty before that)."""
        return "" if self._device is None else str(self._device.address().toString())

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        if self._agent is not None:
            self._agent.stop()
        if self._controller is not None:
            self._controller.disconnectFromDevice()

    # -- scanning ------------------------------------------------------------------------

    def _scan_failed(self, error: Any) -> None:
        errors = self._bt.QBluetoothDeviceDiscoveryAgent.Error
        kind = {
            errors.PoweredOffError: "off",
            errors.MissingPermissionsError: "permission",
            errors.LocationServiceTurnedOffError: "permission",
        }.get(error, "missing")
        self.problem.emit(calm_message(kind))

    def _found(self, info: Any) -> None:
        if self._device is not None:
            return
        heart = self._bt.QBluetoothUuid(self._bt.QBluetoothUuid.ServiceClassUuid.HeartRate)
        if self.address and info.address().toString() != self.address:
            return
        if not self.address and heart not in info.serviceUuids():
            return
        self._device = info
        self._agent.stop()
        self._connect()

    def _scan_finished(self) -> None:
        if self._device is None and self._running:
            self.problem.emit(calm_message("none_found"))

    # -- connecting ----------------------------------------------------------------------

    def _connect(self) -> None:
        if not self._running or self._device is None:
            return
        if self._controller is None:
            controller = self._bt.QLowEnergyController.createCentral(self._device, self)
            controller.connected.connect(controller.discoverServices)
            controller.discoveryFinished.connect(self._open_services)
            controller.disconnected.connect(self._lost)
            controller.errorOccurred.connect(self._lost)
            self._controller = controller
        self._controller.connectToDevice()

    def _lost(self, *_: object) -> None:
        self._services = []
        self.disconnected.emit(calm_message("lost"))
        if self._running:
            self._retry.start()

    def _open_services(self) -> None:
        uuids = self._bt.QBluetoothUuid
        for kind in (uuids.ServiceClassUuid.HeartRate, uuids.ServiceClassUuid.BatteryService):
            service = self._controller.createServiceObject(uuids(kind), self)
            if service is None:
                continue
            self._services.append(service)
            service.stateChanged.connect(lambda state, s=service: self._service_ready(s, state))
            service.characteristicChanged.connect(self._changed)
            service.characteristicRead.connect(self._changed)
            service.discoverDetails()

    def _service_ready(self, service: Any, state: Any) -> None:
        bt = self._bt
        if state != bt.QLowEnergyService.ServiceState.RemoteServiceDiscovered:
            return
        uuids = bt.QBluetoothUuid
        if service.serviceUuid() == uuids(uuids.ServiceClassUuid.HeartRate):
            measurement = service.characteristic(
                uuids(uuids.CharacteristicType.HeartRateMeasurement)
            )
            config = measurement.descriptor(
                uuids(uuids.DescriptorType.ClientCharacteristicConfiguration)
            )
            if config.isValid():
                service.writeDescriptor(config, b"\x01\x00")  # notifications on
            self.connected.emit(
                self._device.name() or QCoreApplication.translate("HeartSource", "Heart-rate strap")
            )
        else:
            level = service.characteristic(uuids(uuids.CharacteristicType.BatteryLevel))
            if level.isValid():
                service.readCharacteristic(level)

    def _changed(self, characteristic: Any, value: Any) -> None:
        uuids = self._bt.QBluetoothUuid
        kind = characteristic.uuid()
        try:
            if kind == uuids(uuids.CharacteristicType.HeartRateMeasurement):
                for rr in parse_measurement(bytes(value)).rr_ms:
                    self._emit_rr(rr)
            elif kind == uuids(uuids.CharacteristicType.BatteryLevel):
                self.battery.emit(parse_battery(bytes(value)))
        except HeartDataError:
            pass  # one garbled message: the next one comes within a second
