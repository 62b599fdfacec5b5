"""Content read before Qt starts already speaks the desktop's language:
`LANGUAGE=de regulate ground 54321` shows the German title and steps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from regulate.content.language import language_from_environment

PROBE = """
import sys
from regulate.paths import data_paths
from regulate.services import Services
item = Services(data_paths(sys.argv[1])).catalogue.item("54321")
print(item.title)
print(item.steps[0].text)
"""


def test_the_environment_decides_the_first_language() -> None:
    assert language_from_environment({"LANGUAGE": "de:en", "LANG": "C.UTF-8"}) == "de"
    assert language_from_environment({"LC_ALL": "de_AT.UTF-8"}) == "de"
    assert language_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"


def test_an_exercise_named_on_the_command_line_is_in_german(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANGUAGE="de", LANG="C.UTF-8")
    german = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    env.update(LANGUAGE="en")
    english = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert german != english
    assert "Sinne" in german
