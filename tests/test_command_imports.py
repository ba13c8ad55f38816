"""``kakurega serve --workers N``'s supervisor stays small: it never imports the application.

The supervisor runs command.py with the settings, the log set-up and ops/workers.py; the word
lists (``safety``), the application (``server``), Starlette's app and SQLAlchemy are the
workers' (docs/operations.md, "Memory"). Checked in a fresh interpreter, as the console script runs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("server", "safety", "rooms.robot", "rooms.pages", "sqlalchemy", "alembic", "starlette.applications")


def loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_supervisor_imports_no_part_of_the_application() -> None:
    loaded = loaded_after(
        "import command, ops.workers, settings\nsettings.load_settings()\n"
        "from ops.checks import refuse_workers_alone"
    )
    assert "command" in loaded
    heavy = sorted(name for name in loaded if any(name == h or name.startswith(h + ".") for h in HEAVY))
    assert heavy == []
