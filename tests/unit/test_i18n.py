"""Translations: the German catalogue is complete and current, and the built-in content speaks
German when asked, with the same ids and timings as in English."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from regulate.content.crisis import lines_for
from regulate.content.exercises import builtin_exercises, exercise_dict, load_exercises
from regulate.content.language import current_language, localized, normalise, set_language
from regulate.content.patterns import builtin_patterns, hold_caution, pattern_dict
from regulate.content.words import ordered_for, word_lists
from regulate.core.breathing import parse_spec
from regulate.core.scales import Zone

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "regulate"
ASSETS = ROOT / "assets"
I18N = ASSETS / "i18n"
TS = I18N / "regulate_de.ts"
QM = I18N / "regulate_de.qm"
#: English carries only plural forms ("%n minutes": "1 minute", "2 minutes").
EN_TS = I18N / "regulate_en.ts"
EN_QM = I18N / "regulate_en.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

#: Every field a person reads, per file kind; each needs a German twin wherever it has text.
PATTERN_FIELDS = ("name", "summary", "caution")
EXERCISE_FIELDS = ("title", "summary", "caution")
STEP_FIELDS = ("text", "prompt")


@pytest.fixture
def german() -> Iterator[None]:
    set_language("de")
    try:
        yield
    finally:
        set_language("en")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message in a .ts file."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def texts(message: ET.Element) -> list[str]:
    """The translation of a message: one text, or each plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def tool(name: str) -> str:
    """A PySide6 command-line tool from the same environment as the tests."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


# -- the .ts and .qm files --------------------------------------------------------------------


def test_the_german_catalogue_is_large_and_finished() -> None:
    found = messages(TS)
    assert len(found) >= 100
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (
            f"{context}: {source!r} is {translation.get('type')}"
        )
        assert all(text.strip() for text in texts(message)), f"{context}: {source!r} is empty"


def test_every_translation_keeps_the_placeholders_exactly() -> None:
    for path in (TS, EN_TS):
        for context, source, message in messages(path):
            for translated in texts(message):
                assert sorted(PLACEHOLDER.findall(translated)) == sorted(
                    PLACEHOLDER.findall(source)
                ), f"{path.name} {context}: {source!r} -> {translated!r}"


# -- plural forms ------------------------------------------------------------------------------


def _plural_sources(path: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in messages(path) if "%n" in source}


@pytest.mark.parametrize("path", [TS, EN_TS], ids=["de", "en"])
def test_every_count_has_all_its_plural_forms(path: Path) -> None:
    """Each message with %n is a plural (numerus) message with both forms (singular, plural)
    filled in: a plain lupdate run turns them back into plain messages (docs/TRANSLATING.md)."""
    found = [(c, s, m) for c, s, m in messages(path) if "%n" in s]
    assert len(found) >= 25
    for context, source, message in found:
        where = f"{path.name} {context}: {source!r}"
        assert message.get("numerus") == "yes", f"{where} is not plural"
        forms = texts(message)
        assert len(forms) == 2, where
        assert all(form.strip() for form in forms), where
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, where


def test_english_has_exactly_the_plural_messages_of_the_code() -> None:
    assert _plural_sources(EN_TS) == _plural_sources(TS)
    assert all(message.get("numerus") == "yes" for _, _, message in messages(EN_TS))
    singular = {(c, s): texts(m)[0] for c, s, m in messages(EN_TS)}
    assert singular[("Breathing", "%n minutes")] == "%n minute"
    assert singular[("Chart", "%n check-ins")] == "%n check-in"


def test_every_count_is_passed_where_lupdate_sees_it() -> None:
    """lupdate only reads the count when it is a plain name or number: translate(context,
    "%n minutes", None, minutes). Anything else (len(x), a.b) drops the message silently."""
    wrong = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                continue
            plural = "%n" in str(node.args[1].value)
            count = node.args[3] if len(node.args) == 4 else None
            simple = isinstance(count, ast.Name | ast.Constant)
            if plural != (count is not None) or (count is not None and not simple):
                wrong.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert not wrong


def test_the_compiled_catalogue_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("Breathing", "Breathe in") == "Einatmen"
    paced = translator.translate("Breathing", "Your pace: {bpm} breaths a minute")
    assert paced.format(bpm=6) == "Dein Tempo: 6 Atemzüge pro Minute"
    assert translator.translate("Report", "My notes") == "Meine Notizen"
    assert translator.translate("Breathing", "%n minutes", None, 1) == "%n Minute"
    assert translator.translate("Breathing", "%n minutes", None, 2) == "%n Minuten"
    english = QTranslator()
    assert english.load(str(EN_QM))
    assert english.translate("EndPanel", "about %n minutes", None, 1) == "about %n minute"
    assert english.translate("EndPanel", "about %n minutes", None, 5) == "about %n minutes"


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["de", "en"])
def test_the_committed_qm_is_built_from_the_committed_ts(
    tmp_path: Path, ts: Path, qm: Path
) -> None:
    fresh = tmp_path / qm.name
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == qm.read_bytes(), "run pyside6-lrelease (docs/TRANSLATING.md)"


def test_lupdate_finds_no_message_missing_from_the_ts(tmp_path: Path) -> None:
    """CI: every string in the code is in the committed .ts (else run lupdate and translate)."""
    fresh = tmp_path / "regulate_de.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(SOURCE),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    extracted = {(context, source) for context, source, _ in messages(fresh)}
    assert len(extracted) >= 100
    missing = extracted - {(context, source) for context, source, _ in messages(TS)}
    assert not missing, f"not in {TS.name}; see docs/TRANSLATING.md: {sorted(missing)}"


def _translate_calls() -> Iterator[tuple[Path, int, str, str]]:
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
            ):
                context, source = (ast.literal_eval(arg) for arg in node.args[:2])
                yield path, node.lineno, context, source


def test_every_translate_call_in_the_code_has_a_translation() -> None:
    """lupdate can't see calls inside f-strings; reading the code itself catches those too."""
    known = {(context, source) for context, source, _ in messages(TS)}
    calls = list(_translate_calls())
    assert len(calls) >= 100
    missing = [
        f"{path.relative_to(SOURCE)}:{line}: {context} {source!r}"
        for path, line, context, source in calls
        if (context, source) not in known
    ]
    assert not missing


# -- the language switch ----------------------------------------------------------------------


def test_language_codes_are_reduced_to_the_language() -> None:
    assert normalise("de_DE") == "de"
    assert normalise("de-AT") == "de"
    assert normalise("DE") == "de"
    assert normalise("C") == "en"
    assert normalise("") == "en"
    assert normalise(None) == "en"


def test_localized_falls_back_to_english() -> None:
    raw = {"title": "Cold water", "title_de": "Kaltes Wasser"}
    assert localized(raw, "title", "de") == "Kaltes Wasser"
    assert localized(raw, "title", "fr") == "Cold water"
    assert localized(raw, "title", "en") == "Cold water"
    assert localized(raw, "summary", "de") is None


def test_english_is_the_default() -> None:
    assert current_language() == "en"
    assert builtin_patterns()[0].name == "Longer out-breath"


# -- patterns -----------------------------------------------------------------------------------


def _timing(pattern: Any) -> Any:
    return (
        pattern.id,
        [(p.kind, p.seconds) for p in pattern.phases],
        pattern.zones,
        pattern.default_cycles,
        pattern.default_minutes,
        pattern.sources,
    )


def test_german_patterns_keep_ids_and_timings(german: None) -> None:
    german_patterns = builtin_patterns()
    set_language("en")
    english = builtin_patterns()
    set_language("de")
    assert [_timing(p) for p in german_patterns] == [_timing(p) for p in english]
    for de, en in zip(german_patterns, english, strict=True):
        assert de.name != en.name
        assert de.summary != en.summary
        assert bool(de.caution) == bool(en.caution)
        assert [bool(p.label) for p in de.phases] == [bool(p.label) for p in en.phases]
    names = {p.id: p.name for p in german_patterns}
    assert names["extended-exhale"] == "Länger ausatmen"
    sigh = next(p for p in german_patterns if p.id == "cyclic-sigh")
    assert sigh.phases[1].label == "Noch ein wenig einatmen"


def test_the_json_shape_stays_english_unless_asked() -> None:
    english = [pattern_dict(p) for p in builtin_patterns()]
    assert english[0]["name"] == "Longer out-breath"
    set_language("de")
    try:
        german = [pattern_dict(p) for p in builtin_patterns()]
    finally:
        set_language("en")
    assert [sorted(d) for d in german] == [sorted(d) for d in english]
    assert german[0]["name"] == "Länger ausatmen"
    assert [pattern_dict(p) for p in builtin_patterns()] == english


def test_a_home_made_pattern_gets_its_caution_in_german(german: None) -> None:
    assert hold_caution(parse_spec("4-7-8")).startswith("Lange Pausen")


# -- exercises --------------------------------------------------------------------------------


def _shape(exercise: Any) -> Any:
    return (
        exercise.id,
        exercise.zones,
        exercise.minutes,
        exercise.sources,
        exercise.origin,
        [(s.seconds, s.input, s.count, s.pacer, bool(s.prompt)) for s in exercise.steps],
    )


def test_german_exercises_keep_ids_and_timings(german: None) -> None:
    german_exercises = builtin_exercises()
    set_language("en")
    english = builtin_exercises()
    set_language("de")
    assert [_shape(e) for e in german_exercises] == [_shape(e) for e in english]
    for de, en in zip(german_exercises, english, strict=True):
        assert de.title != en.title
        assert all(a.text != b.text for a, b in zip(de.steps, en.steps, strict=True))
    first = german_exercises[0]
    assert first.title == "5-4-3-2-1 mit allen Sinnen"
    assert first.steps[1].prompt == "Etwas, das ich sehe"
    assert [sorted(exercise_dict(e)) for e in german_exercises] == [
        sorted(exercise_dict(e)) for e in english
    ]


def test_own_exercise_files_may_carry_a_translation(german: None, tmp_path: Path) -> None:
    (tmp_path / "walk.toml").write_text(
        'id = "slow-walk"\ntitle = "A slow walk"\ntitle_de = "Ein langsamer Gang"\n'
        'zones = ["window"]\n\n[[steps]]\ntext = "Stand up."\n',
        encoding="utf-8",
    )
    (tmp_path / "bad.toml").write_text(
        'id = "bad-one"\ntitle = "Bad"\ntitle_de = 3\nzones = ["window"]\n\n'
        '[[steps]]\ntext = "Stand up."\n',
        encoding="utf-8",
    )
    loaded = load_exercises(tmp_path)
    own = loaded.find("slow-walk")
    assert own is not None
    assert own.title == "Ein langsamer Gang"
    assert own.steps[0].text == "Stand up."  # no translation: English
    assert [(p.file, p.line) for p in loaded.problems] == [("bad.toml", 3)]
    assert "title_de" in loaded.problems[0].message


# -- every human-facing field has German ------------------------------------------------------


def _files(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.toml"))
    assert found
    return found


def _missing_german(table: dict[str, Any], fields: tuple[str, ...], where: str) -> list[str]:
    return [
        f"{where}: {field}_de"
        for field in fields
        if str(table.get(field, "")).strip() and not str(table.get(f"{field}_de", "")).strip()
    ]


def test_every_pattern_field_has_german() -> None:
    missing: list[str] = []
    for path in _files(ASSETS / "patterns"):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        missing += _missing_german(raw, PATTERN_FIELDS, path.name)
        for number, phase in enumerate(raw["phases"], start=1):
            missing += _missing_german(phase, ("label",), f"{path.name} phase {number}")
    assert not missing


def test_every_exercise_field_has_german() -> None:
    missing: list[str] = []
    for path in _files(ASSETS / "exercises" / "grounding"):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        missing += _missing_german(raw, EXERCISE_FIELDS, path.name)
        for number, step in enumerate(raw["steps"], start=1):
            missing += _missing_german(step, STEP_FIELDS, f"{path.name} step {number}")
    assert not missing


def test_german_text_keeps_the_numbers_of_the_english() -> None:
    """A translated caution or step still names the same seconds, counts and temperatures."""
    folders = (ASSETS / "patterns", ASSETS / "exercises" / "grounding")
    for path in [p for folder in folders for p in _files(folder)]:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        tables = [raw, *raw.get("steps", []), *raw.get("phases", [])]
        for table in tables:
            for key, value in table.items():
                if key.endswith("_de") and key != "id_de":
                    english = str(table[key.removesuffix("_de")])
                    numbers = re.findall(r"\d+", english.replace("(50 °F)", ""))
                    assert re.findall(r"\d+", str(value)) == numbers, (path.name, key)


def test_the_words_have_german_for_every_zone(german: None) -> None:
    for name in ("feelings", "body"):
        raw = tomllib.loads((ASSETS / "words" / f"{name}.toml").read_text(encoding="utf-8"))
        lists = word_lists(name)
        for zone in Zone:
            assert len(raw[f"{zone.value}_de"]) == len(raw[zone.value])
            assert lists[zone] == tuple(raw[f"{zone.value}_de"])
    assert ordered_for("feelings", Zone.HYPO)[0] == "taub"


def test_the_crisis_page_text_has_german(german: None) -> None:
    raw = tomllib.loads((ASSETS / "crisis" / "lines.toml").read_text(encoding="utf-8"))
    for entry in [*raw["worldwide"], *raw["country"]]:
        where = entry.get("codes", entry.get("name"))
        if "how" in entry:
            assert entry.get("how_de"), where
        source = str(entry["source"])
        # Bare names and web addresses stay as they are; wording of our own gets a German twin.
        if "(" in source or len(source.split()) >= 3:
            assert entry.get("source_de"), where
        if " or " in str(entry.get("emergency", "")):
            assert entry.get("emergency_de"), where
    ireland = lines_for("IE").local
    assert ireland is not None
    assert ireland.emergency == "112 oder 999"
    assert ireland.how.startswith("Ruf kostenlos")
    assert ireland.name == "Samaritans"
    germany = lines_for("DE").local
    assert germany is not None
    assert germany.emergency == "112"
    assert germany.source.startswith("Europäische Notrufnummer")
    set_language("en")
    english = lines_for("IE").local
    assert english is not None
    assert english.emergency == "112 or 999"


def test_one_rating_reads_once_never_1_times() -> None:
    from regulate.ui.a11y import suggestion_reason

    assert suggestion_reason("", 1, -2.0) == "You rated it once; your distress went down by 2.0."
    assert "1 times" not in suggestion_reason("", 1, 1.0)
    assert suggestion_reason("", 3, 0.0).startswith("You rated it 3 times")
