"""Bring the interface catalogues up to date with the code, plural forms included.

    python packaging/update_translations.py [TABLE.json ...]

For every assets/i18n/regulate_<code>.ts, and for the English plural catalogue
regulate_en.ts, this runs pyside6-lupdate, turns each message whose source has %n back into a
plural (numerus) message, and compiles the .qm with pyside6-lrelease. docs/TRANSLATING.md
explains why: pyside6-lupdate reads translate(context, "%n minutes", None, n) in Python as a
plain message, and re-running it on a .ts turns finished plural forms back into plain,
unfinished messages. The plural forms already in a .ts are read before lupdate runs and put
back afterwards. regulate_en.ts keeps only the plural messages.

A TABLE.json may fill in translations, keyed "Context|English source":
  "Context|Plain text": "German text"              (a plain message; only while unfinished)
  "Context|%n minutes": ["%n Minute", "%n Minuten"] (German plural forms)
  "Context|%n minutes": {"de": [...], "en": ["%n minute", "%n minutes"]}  (per language)
It prints what is still unfinished in each catalogue.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"
ENGLISH = "en"
#: How many plural forms each language has (Qt's rules); two unless listed.
FORMS = {"ja": 1, "zh": 1, "ko": 1, "pl": 3, "ru": 3, "uk": 3, "cs": 3, "ar": 6}

Table = dict[tuple[str, str], str | list[str]]

MESSAGE = re.compile(r"    <message(?: numerus=\"yes\")?>\n(.*?)    </message>\n", re.S)
TRANSLATION = re.compile(r"        <translation.*?</translation>\n", re.S)
CONTEXT = re.compile(r"(<context>\n.*?</context>\n)", re.S)


def escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def _field(pattern: str, text: str) -> str:
    found = re.search(pattern, text, re.S)
    return html.unescape(found.group(1)) if found else ""


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in ``ts``, by (context, source)."""
    found: dict[tuple[str, str], list[str]] = {}
    if not ts.exists():
        return found
    for block in CONTEXT.findall(ts.read_text(encoding="utf-8")):
        context = _field(r"<name>(.*?)</name>", block)
        for body in re.findall(r"<message numerus=\"yes\">\n(.*?)</message>", block, re.S):
            forms = [
                html.unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", body)
            ]
            if 'type="unfinished"' not in body and forms and all(f.strip() for f in forms):
                found[(context, _field(r"<source>(.*?)</source>", body))] = forms
    return found


def load_tables(paths: list[str]) -> dict[str, Table]:
    """Per language: (context, source) -> a plain text or a list of plural forms."""
    tables: dict[str, Table] = {}
    for path in paths:
        for key, value in json.loads(Path(path).read_text(encoding="utf-8")).items():
            if "|" not in key:
                continue
            context, source = key.split("|", 1)
            by_language = value if isinstance(value, dict) else {"de": value}
            for language, text in by_language.items():
                tables.setdefault(language, {})[(context, source)] = text
    return tables


def plural_message(head: str, forms: list[str], count: int) -> str:
    finished = len(forms) == count and all(form.strip() for form in forms)
    forms = (forms + [""] * count)[:count]
    lines = "".join(f"            <numerusform>{escape(form)}</numerusform>\n" for form in forms)
    mark = "" if finished else ' type="unfinished"'
    return (
        f'    <message numerus="yes">\n{head}        <translation{mark}>\n'
        f"{lines}        </translation>\n    </message>\n"
    )


def rewrite(
    ts: Path, language: str, table: Table, kept: dict[tuple[str, str], list[str]]
) -> list[str]:
    """Plural messages back to plural; fill from ``table``; return what is unfinished."""
    count = FORMS.get(language.split("_")[0], 2)
    unfinished: list[str] = []
    pieces = CONTEXT.split(ts.read_text(encoding="utf-8"))
    for index, piece in enumerate(pieces):
        if not piece.startswith("<context>"):
            continue
        context = _field(r"<name>(.*?)</name>", piece)

        def one(match: re.Match[str], context: str = context) -> str:
            body = match.group(1)
            key = (context, _field(r"<source>(.*?)</source>", body))
            head = TRANSLATION.sub("", body)
            given = table.get(key)
            if "%n" in key[1]:
                forms = list(given) if isinstance(given, list) else kept.get(key, [])
                message = plural_message(head, forms, count)
            elif language == ENGLISH:
                return ""  # English is the source text: only plural forms need a catalogue
            else:
                message = match.group(0)
                if isinstance(given, str) and 'type="unfinished"' in message:
                    done = f"        <translation>{escape(given)}</translation>\n"
                    message = f"    <message>\n{head}{done}    </message>\n"
            if 'type="unfinished"' in message:
                unfinished.append(f"{context}|{key[1]}")
            return message

        piece = MESSAGE.sub(one, piece)
        pieces[index] = piece if "<message" in piece else ""
    ts.write_text("".join(pieces), encoding="utf-8")
    return unfinished


def update(language: str, table: Table) -> list[str]:
    ts = I18N / f"regulate_{language}.ts"
    kept = plural_forms(ts)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *("-extensions", "py", "-locations", "none", "-no-obsolete"),
            *("-source-language", "en", "-target-language", language),
            str(ROOT / "src" / "regulate"),
            *("-ts", str(ts)),
        ],
        check=True,
        capture_output=True,
    )
    unfinished = rewrite(ts, language, table, kept)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    return unfinished


def main(argv: list[str]) -> int:
    tables = load_tables(argv)
    languages = sorted(p.stem.removeprefix("regulate_") for p in I18N.glob("regulate_*.ts"))
    for language in dict.fromkeys([ENGLISH, *languages]):
        left = update(language, tables.get(language, {}))
        lines = [f"regulate_{language}.ts: {len(left)} unfinished", *left]
        sys.stdout.write("\n  ".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
