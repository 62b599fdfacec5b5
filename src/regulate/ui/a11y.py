"""Small helpers so screen readers can name everything, and phase changes can be announced."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, QRect, Qt, QTime, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTimeEdit,
    QWidget,
)

from regulate.ui.numbers import decimal

translate = QCoreApplication.translate


def name_scroll_bars(area: QAbstractScrollArea, what: str) -> None:
    """The area and its scroll bars get names saying what they hold ("Scroll the exercises")."""
    area.setAccessibleName(what[:1].upper() + what[1:])
    for bar, direction in (
        (area.verticalScrollBar(), translate("A11y", "up and down")),
        (area.horizontalScrollBar(), translate("A11y", "sideways")),
    ):
        bar.setAccessibleName(
            translate("A11y", "Scroll {what} {direction}").format(what=what, direction=direction)
        )


# Platforms where Qt's screen-reader bridge (AT-SPI) switches on only once the event loop has
# read the desktop's answer to "is a screen reader running?".
BRIDGE_PLATFORMS = frozenset({"xcb", "wayland"})
WAKE_S = 1.0  # how long, from the first announcement asked for, the bridge may still wake
HOLD_S = 0.5  # an announcement held for the bridge is dropped once it is older than this


class _Waking(QObject):
    """The first moments of a freshly started app (``regulate breathe box``): Qt has not yet
    heard whether a screen reader runs, so QAccessible.isActive() is still False when the first
    phase begins, and its "Breathe in" would be lost. Announcements asked for then are held
    and sent as soon as the bridge is on (measured: about 20 ms after the first phase under
    at-spi-bus-launcher), or dropped when it stays off or they are older than HOLD_S."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._started = time.monotonic()
        self._held: list[tuple[QObject, str, float]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def waiting(self) -> bool:
        return self._timer.isActive()

    def hold(self, source: QObject, text: str) -> None:
        self._held.append((source, text, time.monotonic()))

    def _check(self) -> None:
        now = time.monotonic()
        self._held = [item for item in self._held if now - item[2] <= HOLD_S]
        if QAccessible.isActive():
            for source, text, _ in self._held:
                with contextlib.suppress(RuntimeError):  # the source was deleted meanwhile
                    _send(source, text)
        elif now - self._started <= WAKE_S:
            return
        self._held = []
        self._timer.stop()


_waking: _Waking | None = None


def _bridge_may_wake() -> bool:
    """True while Qt's screen-reader bridge may still switch on: on Linux, the app's first
    second (counted from the first time this is asked)."""
    global _waking
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() not in BRIDGE_PLATFORMS:
        return False
    if _waking is None:
        _waking = _Waking(app)
    return _waking.waiting()


def _send(source: QObject, text: str) -> None:
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def announce(source: QObject, text: str) -> bool:
    """Ask a running screen reader to say ``text`` politely; False when none is listening
    (yet: in the app's first moments it is held until Qt knows, see _Waking)."""
    if not QAccessible.isActive():
        if _bridge_may_wake() and _waking is not None:
            _waking.hold(source, text)
        return False
    _send(source, text)
    return True


class LiveLabel(QLabel):
    """Plain-text words that change while the person watches (the breathing phase, its
    countdown, the pace). A screen reader hears the words themselves: no fixed name hides
    them (``about`` becomes the description), and each change is sent as a name change."""

    def __init__(self, about: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if about:
            self.setAccessibleDescription(about)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))


LAST_MINUTE = 23 * 60 + 59


class TimeEdit(QTimeEdit):
    """A time of day (HH:mm) with a value a screen reader can use. Qt reads a spin box's
    accessible value from its properties value, minimum, maximum and singleStep, which a
    QTimeEdit does not have: AT-SPI reported 0 in 0..0. Here the value is the minutes since
    midnight, 0 to 1439 (setting it over AT-SPI sets the time), and the description says the
    time as shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A time reads left to right in every language: in a right-to-left window Qt would
        # put the sections in reverse ("00:20" for 20:00). Set before the format, which is
        # where Qt orders the sections.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("HH:mm")
        self.timeChanged.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(self.time().toString("HH:mm"))

    def _minutes(self) -> int:
        return self.time().hour() * 60 + self.time().minute()

    def _set_minutes(self, minutes: object) -> None:
        try:
            whole = round(float(minutes))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return
        whole = max(0, min(LAST_MINUTE, whole))
        self.setTime(QTime(whole // 60, whole % 60))

    def _first(self) -> int:
        return 0

    def _last(self) -> int:
        return LAST_MINUTE

    def _step(self) -> int:
        return 1

    value = Property(int, _minutes, _set_minutes)
    minimum = Property(int, _first)
    maximum = Property(int, _last)
    singleStep = Property(int, _step)


def announce_wanted(setting: bool | None) -> bool:
    """Whether to announce each breathing phase: the person's choice, or when they have not
    chosen (None), whenever a screen reader is listening, or may be (the app's first moments
    on Linux, before Qt has heard: announce() then holds the words until it knows)."""
    if setting is not None:
        return setting
    return QAccessible.isActive() or _bridge_may_wake()


def mood_words() -> tuple[str, ...]:
    """The five moods, 1 to 5, in the interface language."""
    return (
        translate("Mood", "awful"),
        translate("Mood", "bad"),
        translate("Mood", "meh"),
        translate("Mood", "good"),
        translate("Mood", "great"),
    )


def zone_words(zone: str) -> str:
    """Where a check-in sat, in a few plain words."""
    if zone == "hyper":
        return translate("Zone", "above your window")
    if zone == "hypo":
        return translate("Zone", "below your window")
    return translate("Zone", "within your window")


def zone_sentence(zone: str, arousal: int, low: int, high: int) -> str:
    """The sentence shown after a check-in, translated (the CLI has its own English one)."""
    if zone == "hyper":
        text = translate(
            "Zone",
            "{a} is above your window ({low} to {high}): the on-edge, too-much zone. "
            "Slowing your out-breath may help.",
        )
    elif zone == "hypo":
        text = translate(
            "Zone",
            "{a} is below your window ({low} to {high}): the numb, far-away zone. "
            "Gently waking up your senses may help.",
        )
    else:
        text = translate(
            "Zone", "{a} is within your window ({low} to {high}): settled enough to think and feel."
        )
    return text.format(a=arousal, low=low, high=high)


def suggestion_reason(summary: str, rated: int, change: float | None) -> str:
    """Why an item is suggested: the person's own record if there is one, else what it is.
    "Once" and "{n} times" are separate messages, so each language words both its own way."""
    if not rated or change is None:
        return summary
    if rated == 1:
        if change < 0:
            text = translate("Zone", "You rated it once; your distress went down by {c}.")
        elif change > 0:
            text = translate("Zone", "You rated it once; your distress went up by {c}.")
        else:
            text = translate("Zone", "You rated it once; your distress stayed the same.")
    elif change < 0:
        text = translate(
            "Zone", "You rated it %n times; on average your distress went down by {c}.", None, rated
        )
    elif change > 0:
        text = translate(
            "Zone", "You rated it %n times; on average your distress went up by {c}.", None, rated
        )
    else:
        text = translate(
            "Zone", "You rated it %n times; on average your distress stayed the same.", None, rated
        )
    return text.format(c=decimal(abs(change)))


def key_name(key: str) -> str:
    """Keyboard key names as people in this language call them."""
    names = {
        "Space": translate("Keys", "Space"),
        "Esc": translate("Keys", "Esc"),
        "Down arrow": translate("Keys", "Down arrow"),
        "Up arrow": translate("Keys", "Up arrow"),
        "Left arrow or Page Up": translate("Keys", "Left arrow or Page Up"),
        "Right arrow, Page Down or Space": translate("Keys", "Right arrow, Page Down or Space"),
    }
    return names.get(key, key)


class EnterClicks(QObject):
    """Return and Enter press the focused button, as Space does (Qt only does this for
    default buttons in dialogs). Installed on the application by ui/startup."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
            and watched.isVisible()
            and not event.isAutoRepeat()
        ):
            watched.animateClick()
            return True
        return False


def focus_heading(page: QWidget) -> QWidget | None:
    """After a page change: keep focus if the page already put it inside itself, else move it
    to the page's title (made focusable for this) so a screen reader says where the person is."""
    app = QApplication.instance()
    current = QApplication.focusWidget() if app is not None else None
    inside = current is not None and (current is page or page.isAncestorOf(current))
    container = isinstance(current, QAbstractScrollArea) or type(current) is QWidget
    if current is not None and inside and not container:
        return current
    title = next((label for label in page.findChildren(QLabel, "title") if label.isVisible()), None)
    if title is None:
        return None
    title.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    title.setAccessibleName(title.text())
    title.setFocus(Qt.FocusReason.OtherFocusReason)
    return title


def scroll_into_view(widget: QWidget, rect: QRect | None = None, margin: int = 24) -> None:
    """Scroll every scroll area holding ``widget`` so that ``rect`` (in the widget's own
    coordinates; all of it when None) is in view, with a little room round it."""
    area_rect = QRect(widget.rect() if rect is None else rect)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and (inner is widget or inner.isAncestorOf(widget)):
                centre = widget.mapTo(inner, area_rect.center())
                parent.ensureVisible(
                    centre.x(),
                    centre.y(),
                    area_rect.width() // 2 + margin,
                    area_rect.height() // 2 + margin,
                )
        parent = parent.parentWidget()


class _WheelGuard(QObject):
    """Wheel events go on to the page (and scroll it) unless the control has the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # handed straight to the page it scrolls
                QApplication.sendEvent(area.viewport(), event)
            return True
        return super().eventFilter(watched, event)


def wheel_only_when_focused(*controls: QWidget) -> None:
    """Scrolling a page with the wheel never changes a setting on the way past: a drop-down,
    spin box or time field takes the wheel only once it has the focus (by click or Tab)."""
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        guard = _WheelGuard(control)
        control.installEventFilter(guard)


#: Keys a row of buttons uses itself besides the arrows, Home, End and digits.
ROW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class RowKeys(QObject):
    """The keyboard for a row of buttons, the way a radio group works: the row is one Tab
    stop (the checked button, else the first); Left/Right and Up/Down move to the next or
    previous one (mirrored left and right when the layout runs right to left), Home and End
    to the ends, and in a 0-10 row the digits 0-9 go to that number. Enter and Space press
    the button with the focus (Space by Qt, Enter by ``EnterClicks``), never a shortcut of the
    page around the row.

    ``choose``: moving also checks the button (a row of checkable choices, which can always
    be changed again). Without it moving only moves the focus, for a row whose press is final
    (the rating after an exercise): Enter or Space then presses it."""

    #: Two digits typed within this many seconds make one number (1 then 0: 10).
    DIGITS_S = 1.0

    def __init__(
        self,
        buttons: list[QAbstractButton],
        parent: QObject,
        choose: bool = False,
        digits: bool = False,
        tail: QAbstractButton | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``tail``: a button after the row with a Tab stop of its own (Skip): the arrow back
        from it goes to the row's last button, as it looks, and Home to the first."""
        super().__init__(parent)
        self.buttons = list(buttons)
        self._choose = choose
        self._digits = digits
        self._tail = tail
        self._clock = clock
        self._typed: tuple[int, float] | None = None  # the last digit and when
        for button in self.buttons:
            button.installEventFilter(self)
            if button.isCheckable():
                button.toggled.connect(lambda _=False: self.update_stop())
        if tail is not None:
            tail.installEventFilter(self)
        self.update_stop()

    def stop(self) -> QAbstractButton:
        """The one button Tab stops on."""
        return next((b for b in self.buttons if b.isCheckable() and b.isChecked()), self.buttons[0])

    def update_stop(self) -> None:
        stop = self.stop()
        for button in self.buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    def _target(self, index: int, event: QKeyEvent, typed: bool = False) -> int | None:
        """Where ``event`` moves from button ``index``; ``typed``: the key is pressed now
        (not only asked about), so a digit is remembered for the next one."""
        key = event.key()
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.buttons[index].isRightToLeft():
            forward, back = back, forward
        last = len(self.buttons) - 1
        if key in (forward, Qt.Key.Key_Down):
            return min(last, index + 1)
        if key in (back, Qt.Key.Key_Up):
            return max(0, index - 1)
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return last
        if self._digits and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if not typed:
                return min(last, digit)
            now = self._clock()
            before, self._typed = self._typed, (digit, now)
            if before is not None and now - before[1] <= self.DIGITS_S:
                both = before[0] * 10 + digit
                if before[0] > 0 and both <= last:
                    self._typed = None  # a third digit starts afresh
                    return both
            return min(last, digit)
        return None

    def _tail_target(self, event: QKeyEvent) -> int | None:
        """From the tail: back (Left, or Right when right to left, or Up) to the last."""
        tail = self._tail
        assert tail is not None
        back = Qt.Key.Key_Right if tail.isRightToLeft() else Qt.Key.Key_Left
        if event.key() in (back, Qt.Key.Key_Up):
            return len(self.buttons) - 1
        if event.key() == Qt.Key.Key_Home:
            return 0
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            event, QKeyEvent
        ):
            return super().eventFilter(watched, event)
        index = next((n for n, b in enumerate(self.buttons) if b is watched), None)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain == Qt.KeyboardModifier.NoModifier and watched is self._tail is not None:
            target = self._tail_target(event)
            if target is None:
                return super().eventFilter(watched, event)
            if kind == QEvent.Type.KeyPress:
                self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
                scroll_into_view(self.buttons[target])
                return True
            event.accept()  # the row's key, not the page's (Left is Back in grounding)
            return False
        if index is None or plain != Qt.KeyboardModifier.NoModifier:
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            # The page's own keys (Space to pause, the arrows for the pace or the steps) wait
            # while a button of the row has the focus: these keys are the row's.
            if event.key() in ROW_KEYS or self._target(index, event) is not None:
                event.accept()
            return False
        target = self._target(index, event, typed=True)
        if target is None:
            return super().eventFilter(watched, event)
        button = self.buttons[target]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._choose and button.isCheckable() and not button.isChecked():
            button.setChecked(True)
        scroll_into_view(button)
        return True  # never the page's scrolling
