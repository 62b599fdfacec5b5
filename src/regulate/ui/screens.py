"""The table of screens the main window can show: each factory builds one screen with its
options and wires its signals to the navigator (``app.Regulate``) and the application layer.
Each screen's module is imported when the screen is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from regulate.ui.theme import DARK

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from regulate.app import Regulate
    from regulate.core.entries import Finished
    from regulate.core.scales import Zone
    from regulate.services.requests import (
        BreatheRequest,
        GroundRequest,
        HeartRequest,
        PresentRequest,
    )
    from regulate.storage.series import Series
    from regulate.ui.breathing import BreathingPage
    from regulate.ui.heart_source import HeartSource
    from regulate.ui.home import HomePage


def home(nav: Regulate) -> HomePage:
    """The home page, with a way in for each feature."""
    from regulate.services.requests import BreatheRequest, GroundRequest, PresentRequest
    from regulate.ui.home import HomePage, ways_in

    return HomePage(
        ways_in(
            lambda: nav.breathe(BreatheRequest()),
            lambda: nav.ground(GroundRequest()),
            lambda: nav.checkin(),
            lambda: nav.chart(),  # not the bound method: clicked(bool) would pass its False
        ),
        get_help=lambda: nav.show("help"),
        open_settings=lambda: nav.show("settings"),
        present=lambda: nav.present(PresentRequest()),
        about=lambda: nav.show("about"),
    )


def breathing(nav: Regulate) -> QWidget:
    from regulate.ui.breathing import BreathingPage
    from regulate.ui.motion import desktop_prefers_reduced_motion

    page = BreathingPage(nav.services.catalogue.patterns, nav.colours, nav.tones())
    page.finished.connect(lambda finished: _record_with_heart(nav, page, finished))
    page.still_chosen.connect(lambda still: nav.change(reduced_motion=still))
    page.set_still(nav.settings.values.reduced_motion or desktop_prefers_reduced_motion())
    page.get_help.connect(lambda: nav.show("help"))
    page.something_else.connect(lambda: nav.ground(_ground_list()))
    # The length chosen for each pattern is remembered; own patterns are made here too.
    from regulate.storage.settings import with_length
    from regulate.ui.breathing import length_token, remembered_lengths
    from regulate.ui.own_pattern import ServicesStore

    page.lengths = remembered_lengths(nav.settings.values.lengths)
    page.length_chosen.connect(
        lambda pattern_id, length: nav.change(
            lengths=with_length(nav.settings.values.lengths, pattern_id, length_token(length))
        )
    )
    page.set_pattern_store(ServicesStore(nav.services))
    return page


def _record_with_heart(nav: Regulate, page: BreathingPage, finished: Finished) -> None:
    """Keep the session, and the heartbeats of its run with it (when a source was attached)."""
    from regulate.services import ServiceError

    session = nav.record(finished)
    beats = page.heartbeats_of_run
    if session is None or not beats:
        return
    try:
        nav.services.keep_heartbeats(session, beats)
    except ServiceError as exc:
        nav.say(translate("MainWindow", "The heartbeats could not be saved: {why}").format(why=exc))


def heart_source(nav: Regulate, request: HeartRequest) -> HeartSource:
    """The source a request asks for: a replayed recording, or the remembered strap (its
    address is remembered once it connects)."""
    from regulate.ui.heart_source import BluetoothSource, ReplaySource

    if not request.strap:
        return ReplaySource(request.replay, speed=request.speed, name=request.name)
    strap = BluetoothSource(nav.settings.values.heart_strap_address)

    def remember(_name: str) -> None:
        address = strap.device_address
        if address and address != nav.settings.values.heart_strap_address:
            nav.change(heart_strap_address=address)

    strap.connected.connect(remember)
    return strap


def attach_heart(nav: Regulate, page: BreathingPage, request: HeartRequest | None) -> None:
    if request is not None:
        page.attach_heart(heart_source(nav, request))


def resonance(nav: Regulate, request: BreatheRequest) -> None:
    """The guided resonance assessment, fresh each time, with the heart source asked for."""
    from regulate.core.rr import STEP_MINUTES
    from regulate.ui.own_pattern import ServicesStore
    from regulate.ui.resonance import ResonancePage

    if request.heart is None:
        return
    page = ResonancePage(
        nav.colours,
        nav.tones(),
        heart_source(nav, request.heart),
        ServicesStore(nav.services),
        minutes=request.minutes or STEP_MINUTES,
    )
    page.leave.connect(nav.go_home)
    old = nav.screens.pop("resonance", None)
    if old is not None:
        nav.window.pages.removeWidget(old)
        old.halt()  # type: ignore[attr-defined]
        old.deleteLater()
    nav.screens["resonance"] = page
    nav.window.add_page(page)
    nav.window.show_page(page)


def grounding(nav: Regulate) -> QWidget:
    from regulate.ui.grounding import GroundingPage

    catalogue = nav.services.catalogue
    page = GroundingPage(catalogue.exercises, catalogue.problems, nav.colours, nav.tones())
    page.finished.connect(nav.record)
    page.get_help.connect(lambda: nav.show("help"))
    return page


def checkin(nav: Regulate) -> QWidget:
    from regulate.storage.journal import new_uid
    from regulate.ui.checkin import CheckinPage

    page = CheckinPage(
        nav.settings.window,
        nav.colours,
        nav.colours is DARK,
        save=nav.save_checkin,
        suggester=nav.services.suggestions,
        new_uid=new_uid,
    )
    page.start.connect(nav.start_item)
    page.get_help.connect(lambda: nav.show("help"))
    return page


def get_help(nav: Regulate) -> QWidget:
    from regulate.services.app import system_locale
    from regulate.ui.help import HelpPage

    services = nav.services
    page = HelpPage(
        services.safety_plan(),
        lambda plan: plan.save(services.paths.safety_plan),
        nav.settings.values.country or None,
        remember_country=lambda code: nav.change(country=code),
        locale=system_locale(),
        check_output=services.check_output,
    )
    page.ground.connect(lambda: nav.start_item(services.catalogue.item("54321")))
    return page


def settings(nav: Regulate) -> QWidget:
    from regulate.ui.settings_page import SettingsPage

    page = SettingsPage(nav.settings, nav.save_settings, nav.autostart, nav.delete_all)
    page.reminder_changed.connect(nav.reschedule)
    page.look_changed.connect(lambda: restyle(nav))
    page.language_changed.connect(lambda: relanguage(nav))
    return page


def restyle(nav: Regulate) -> None:
    """The person changed colours or text size: apply them now to every open screen."""
    from regulate.ui.startup import apply_theme

    nav.colours = apply_theme(nav.app, nav.settings.values)
    built = [nav.home_if_built] if nav.home_if_built is not None else []
    for page in [*built, *nav.screens.values()]:
        if hasattr(page, "set_colours"):
            page.set_colours(nav.colours)
        page.update()


def relanguage(nav: Regulate) -> None:
    """The person chose another language: use it at once, everywhere, losing nothing.

    The home page, the tray menu and the Settings page (shown again, at the language box) are
    built again. Other screens are dropped and built by their factory when next opened, after
    keeping what they hold (a finished run, the safety plan as typed). A check-in form in
    progress moves into the new one; if a part of it cannot, that page stays as it is, as does a
    safety plan that could not be written, and the screen on show unless it is Settings.
    """
    from regulate.content.words import word_lists
    from regulate.ui.i18n import install_translators

    before = {name: word_lists(name) for name in ("feelings", "body")}
    install_translators(nav.app, nav.settings.values.language)
    nav.services.reload_catalogue()  # pattern and exercise titles are kept per language
    nav.window.retranslate()
    if nav.tray is not None:
        nav.tray.retranslate()
    old_home = nav.home_if_built
    if old_home is not None:  # one never built is built in the new language when wanted
        nav.home = home(nav)
        _swap(nav, old_home, nav.home)
    showing = nav.window.pages.currentWidget()
    for name, page in list(nav.screens.items()):
        if name == "settings" or page is showing:
            continue
        if name == "checkin" and _move_checkin(nav, page, before) != "drop":
            continue
        if name == "help" and hasattr(page, "flush"):
            page.flush()
            if getattr(page, "dirty", False):
                continue  # it could not be written: the typed plan stays on its page
        del nav.screens[name]
        if hasattr(page, "record_now"):
            page.record_now()
        for stop in ("halt", "stop_heart"):  # no timer or heart strap left running unseen
            if hasattr(page, stop):
                getattr(page, stop)()
        nav.window.pages.removeWidget(page)
        page.deleteLater()
    old_settings = nav.screens.pop("settings", None)
    if old_settings is not None:
        fresh = nav.screen("settings")
        _swap(nav, old_settings, fresh)
        if showing is old_settings:
            nav.window.show_page(fresh)
            fresh.language_done(nav.save_settings())  # type: ignore[attr-defined]
    if old_home is not None and showing is old_home:
        nav.go_home()


def _swap(nav: Regulate, old: QWidget, new: QWidget) -> None:
    """``new`` takes ``old``'s place in the window's pages (shown if ``old`` was)."""
    pages = nav.window.pages
    index = pages.indexOf(old)
    if pages.indexOf(new) < 0:
        pages.insertWidget(max(index, 0), new)
    if pages.currentWidget() is old:
        pages.setCurrentWidget(new)
    pages.removeWidget(old)
    old.deleteLater()


def _move_checkin(
    nav: Regulate, old: QWidget, before: dict[str, dict[Zone, tuple[str, ...]]]
) -> str:
    """Move a check-in form in progress into a new page in the new language, which becomes the
    check-in screen ("moved"); "keep" the old page when a chosen word has no counterpart, and
    "drop" it when nothing is in progress."""
    from regulate.content.words import word_lists
    from regulate.ui.checkin import CheckinPage

    assert isinstance(old, CheckinPage)
    form = old.form
    if old.stack.currentWidget() is not form or not form.started():
        return "drop"  # nothing in progress: built afresh when next opened
    chosen: dict[str, set[str]] = {}
    for name, chips in (("feelings", form.feelings), ("body", form.body)):
        now = word_lists(name)
        moved = {
            old_word: new_words[i]
            for zone, old_words in before[name].items()
            if len(new_words := now.get(zone, ())) == len(old_words)
            for i, old_word in enumerate(old_words)
        }
        if any(word not in moved for word in chips.chosen()):
            return "keep"
        chosen[name] = {moved[word] for word in chips.chosen()}
    del nav.screens["checkin"]
    fresh = nav.screen("checkin")
    assert isinstance(fresh, CheckinPage)
    fresh.set_window(nav.settings.window)
    into = fresh.form
    into.diagram.set_value(form.diagram.arousal)
    for choice, new_choice in ((form.suds, into.suds), (form.mood, into.mood)):
        if (index := choice.chosen()) is not None:
            new_choice.buttons[index].setChecked(True)
    for name, chips in (("feelings", into.feelings), ("body", into.body)):
        for button in chips.buttons:
            button.setChecked(button.text() in chosen[name])
    into.note.setPlainText(form.note.toPlainText())
    into.tags.setText(form.tags.text())
    into.save_button.setEnabled(form.save_button.isEnabled())
    _swap(nav, old, fresh)
    return "moved"


def about(nav: Regulate) -> QWidget:
    from regulate.ui.about import AboutPage

    page = AboutPage(str(nav.services.paths.root))
    page.get_help.connect(lambda: nav.show("help"))
    return page


def first_run(nav: Regulate) -> QWidget:
    from regulate.ui.first_run import FirstRunPage

    page = FirstRunPage(nav.settings, nav.save_settings)

    def finished() -> None:
        # Seen once: it leaves the window's pages, so nothing can bring it back by mistake.
        nav.go_home()
        nav.window.pages.removeWidget(page)
        page.deleteLater()

    page.done.connect(finished)
    return page


def chart(nav: Regulate, message: str | None = None, series: Series | None = None) -> None:
    """A fresh chart each time it opens, so it shows the latest entries. After an import
    (``message``), the journal is read again off the GUI thread first, and the chart opens
    on the imported entries' period."""
    if message is not None and series is None:
        from regulate.ui.worker import in_background

        in_background(
            nav.services.read_series,
            lambda fresh: chart(nav, message, fresh),
            lambda exc: nav.window.finished(message),
        )
        return
    # The journal's latest weeks are read while the chart's libraries load.
    latest = nav.services.read_latest_ahead() if series is None else None
    from regulate.ui.chart import open_chart

    # After an import, the chart opens on the imported entries' period.
    focus = nav.services.take_imported_span() if message is not None else None
    page = open_chart(
        nav.services, nav.window, nav.colours, nav.say, nav.chart, series, latest, focus
    )
    if page is None:
        return
    if message is not None:
        page.status.setText(message)
        nav.window.finished(message)
    page.leave.connect(nav.go_home)
    old = nav.screens.pop("chart", None)
    if old is not None:
        nav.window.pages.removeWidget(old)
        old.deleteLater()
    nav.screens["chart"] = page
    nav.window.show_page(page)


def presenter(nav: Regulate, request: PresentRequest, standalone: bool) -> QWidget:
    """Presenter mode in its own window, on the chosen screen; the person's window hides."""
    from regulate.ui.presenter import open_presenter

    catalogue = nav.services.catalogue
    window = open_presenter(
        catalogue.patterns,
        catalogue.exercises,
        nav.tones(),
        request.screen,
        nav.window if nav.window.isVisible() else None,
    )
    window.breathing.quit_when_done = request.quit_when_done
    attach_heart(nav, window.breathing, request.heart)  # large; presenter mode keeps nothing
    window.left.connect(nav.app.quit if standalone else nav.window.show)
    if not standalone:
        nav.window.hide()
    if request.item is not None:
        window.start(request.item, request.length)
    else:
        window.show_picker()
    return window


def delete_all(nav: Regulate) -> str:
    """After the typed confirmation: remove it all, then start afresh with defaults."""
    from regulate.autostart import autostart_file

    for page in nav.screens.values():
        if hasattr(page, "discard_pending"):
            page.discard_pending()  # a session from before must not come back
    try:
        removed = nav.services.delete_everything(extra=(autostart_file(),))
    except OSError as exc:
        return translate("Settings", "Some of it could not be removed: {why}").format(why=exc)
    for page in [nav.screens.pop(n) for n in ("help", "checkin", "chart") if n in nav.screens]:
        nav.window.pages.removeWidget(page)  # they show what was deleted
        page.deleteLater()
    nav.reschedule()
    names = ", ".join(path.name for path in removed) or translate("Settings", "nothing")
    return translate(
        "Settings", "Done. Removed from this computer: {names}. Regulate starts afresh."
    ).format(names=names)


def _ground_list() -> GroundRequest:
    from regulate.services.requests import GroundRequest

    return GroundRequest()
