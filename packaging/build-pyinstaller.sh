#!/usr/bin/env bash
# Build Regulate as one folder with PyInstaller: dist/regulate/regulate is both the app and the
# command line (no --windowed, so `regulate log ...` still talks to the terminal).
#
#   packaging/build-pyinstaller.sh            # fresh build venv, build, prune, check
#   REUSE_VENV=1 packaging/build-pyinstaller.sh   # keep build/venv from the last run
#   packaging/build-pyinstaller.sh --check-only [REGULATE]   # no build: the same self-check
#       against an installed regulate (default .venv/bin/regulate), in seconds
#
# It makes its own venv (build/venv) and installs the project into it as a normal, non-editable
# install, so nothing from another environment leaks into the bundle. The checks at the end run
# the frozen program with an empty environment (packaging/selfcheck.sh); the window check needs
# xvfb-run (or set SKIP_GUI_CHECK=1). See docs/PACKAGING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--check-only" ]; then
    exec bash packaging/selfcheck.sh "${2:-.venv/bin/regulate}"
elif [ $# -gt 0 ]; then
    echo "usage: packaging/build-pyinstaller.sh [--check-only [REGULATE]]" >&2
    exit 2
fi

# PyInstaller and its hooks are pinned together with PySide6 (pyproject.toml pins 6.11.3):
# support for a new PySide6 release sometimes lands only in a newer PyInstaller.
PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"

PYTHON="${PYTHON:-python3}"
VENV="build/venv"
WORK="build/pyinstaller"
DIST="dist"
APP="$DIST/regulate"

# Qt modules Regulate never imports. Core, Gui, Widgets, Multimedia (tones), Svg (the icon),
# OpenGL and OpenGLWidgets (pyqtgraph imports both by name when it loads) stay; pyqtgraph copes
# without QtTest. The Qt libraries a kept module links against are still bundled.
UNUSED_QT=(
    Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender
    QtBluetooth QtCanvasPainter QtCharts QtConcurrent QtDBus QtDataVisualization QtDesigner
    QtGraphs QtGraphsWidgets QtHelp QtHttpServer QtLocation QtMultimediaWidgets
    QtNetwork QtNetworkAuth QtNfc QtPdf QtPdfWidgets QtPositioning
    QtPrintSupport QtQml QtQuick QtQuick3D QtQuickControls2 QtQuickTest QtQuickWidgets
    QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio QtSql
    QtStateMachine QtSvgWidgets QtTest QtTextToSpeech QtUiTools QtWebChannel
    QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml
)
# Other bindings pyqtgraph would try, and big libraries it can use but Regulate does not.
UNUSED_PYTHON=(
    PyQt5 PyQt6 PySide2 tkinter matplotlib scipy OpenGL pyqtgraph.opengl cupy numba h5py
)

echo "== build venv ($VENV)"
if [ "${REUSE_VENV:-0}" != "1" ] || [ ! -x "$VENV/bin/python" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
fi
"$VENV/bin/python" -m pip install -q \
    "pyinstaller==$PYINSTALLER_VERSION" "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION"
# --force-reinstall --no-deps: the project itself is always rebuilt from this checkout.
"$VENV/bin/python" -m pip install -q .
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps .

echo "== pyinstaller"
excludes=()
for module in "${UNUSED_QT[@]}"; do excludes+=(--exclude-module "PySide6.$module"); done
for module in "${UNUSED_PYTHON[@]}"; do excludes+=(--exclude-module "$module"); done

rm -rf "$WORK" "$APP"
"$VENV/bin/pyinstaller" \
    --noconfirm --clean --log-level WARN \
    --onedir --console --name regulate \
    --distpath "$DIST" --workpath "$WORK" --specpath "$WORK" \
    --collect-submodules regulate \
    --hidden-import regulate.assets \
    --collect-data regulate.assets \
    --hidden-import PySide6.QtSvg \
    --hidden-import PySide6.QtMultimedia \
    --hidden-import PySide6.QtOpenGL \
    --hidden-import PySide6.QtOpenGLWidgets \
    "${excludes[@]}" \
    "$PWD/packaging/regulate_entry.py"

echo "== prune"
QT="$APP/_internal/PySide6/Qt"
# QML files: never used. (The QML and Quick libraries stay: Qt's FFmpeg audio plugin links them.)
rm -rf "$QT/qml"
# Qt's own translations: only qtbase_<lang>.qm (standard buttons, menus) for each language
# Regulate itself ships as assets/i18n/regulate_<lang>.qm; src/regulate/ui/i18n.py loads it.
if [ -d "$QT/translations" ]; then
    kept="$(mktemp -d)"
    for catalogue in "$APP/_internal/regulate/assets/i18n"/regulate_*.qm; do
        [ -e "$catalogue" ] || continue
        code="${catalogue##*/regulate_}"
        code="${code%.qm}"
        for name in "qtbase_$code.qm" "qtbase_${code%%_*}.qm"; do
            if [ -f "$QT/translations/$name" ]; then cp "$QT/translations/$name" "$kept/"; fi
        done
    done
    rm -rf "$QT/translations"
    mv "$kept" "$QT/translations"
    chmod 755 "$QT/translations"
    echo "Qt translations kept: $(cd "$QT/translations" && echo ./*.qm | sed 's|\./||g')"
fi
# Plugins for what Regulate never does, and the Qt libraries only they need: the QML virtual
# keyboard, PDFs opened as images, and the EGLFS / framebuffer / VNC platforms of kiosk devices.
# Kept: xcb, wayland, offscreen (handouts and reports), minimal.
for plugin in \
    platforminputcontexts/libqtvirtualkeyboardplugin.so imageformats/libqpdf.so \
    platforms/libqeglfs.so platforms/libqlinuxfb.so platforms/libqvnc.so \
    platforms/libqminimalegl.so platforms/libqvkkhrdisplay.so egldeviceintegrations generic; do
    rm -rf "${QT:?}/plugins/$plugin"
done
pruned_libs=(
    libQt6VirtualKeyboard.so.6 libQt6VirtualKeyboardQml.so.6 libQt6Pdf.so.6
    libQt6EglFSDeviceIntegration.so.6 libQt6EglFsKmsSupport.so.6
)
for lib in "${pruned_libs[@]}"; do rm -f "$QT/lib/$lib"; done
if command -v readelf >/dev/null; then
    # Nothing left behind may need a library removed above.
    while IFS= read -r -d '' binary; do
        for lib in "${pruned_libs[@]}"; do
            if readelf -d "$binary" 2>/dev/null | grep -qF "[$lib]"; then
                echo "build-pyinstaller: $binary needs the pruned $lib" >&2
                exit 1
            fi
        done
    done < <(find "$APP/_internal" -name '*.so*' -type f -print0)
fi
# A self-built Python (pyenv, python-build) often keeps its debug symbols: about 30 MB here.
# Only Python's own files are stripped; wheels' libraries are left alone, since stripping a
# library that auditwheel patched can break it.
if command -v strip >/dev/null; then
    find "$APP/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-debug {} +
    find "$APP/_internal" -path '*/lib-dynload/*.so' -type f -exec strip --strip-debug {} +
fi

echo "== check the frozen app"
fail() {
    echo "build-pyinstaller: $*" >&2
    exit 1
}
expected="$("$VENV/bin/python" -c 'import regulate; print(regulate.__version__)')"
for plugin in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
    [ -e "$APP/_internal/PySide6/Qt/plugins/$plugin" ] || fail "Qt plugin $plugin is missing"
done
for unwanted in QtWebEngineCore QtQml QtQuick QtPdf Qt3DCore QtCharts; do
    if compgen -G "$APP/_internal/PySide6/$unwanted.*" >/dev/null; then
        fail "PySide6.$unwanted was bundled"
    fi
done

# The command-line and window checks, shared with the fast check (--check-only, and CI through
# tests/unit/test_packaging_selfcheck.py): they write outside the data folder, as they must.
bash packaging/selfcheck.sh "$APP/regulate" "$expected" || fail "the self-check failed"

echo "== done: $APP ($(du -sh "$APP" | cut -f1))"
