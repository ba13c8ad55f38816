"""What a serving process loads at start: nothing it does not use (docs/performance.md, "A
process's memory at start (sixth round of 2026-12-07)"). Each module named here is private memory
in every process: httpx (with httpcore and pygments) ~4 MiB, segno ~1.5 MiB, SQLAlchemy's
PostgreSQL dialect ~2 MiB, the training side (numpy, scipy, scikit-learn) far more. And the
robot's rules, built at its first reply, make each equal piece once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Only when used: a chat model configured (the robot's engine, the second opinion), a metrics
# port of its own (h11), a staff member enrolling a second factor, a PostgreSQL database; the
# training modules never.
NOT_AT_START = (
    "httpx",
    "httpcore",
    "h11",
    "pygments",
    "segno",
    "sqlalchemy.dialects.postgresql",
    "numpy",
    "scipy",
    "sklearn",
    "joblib",
    "alembic",
)

SITE_AT_START = f"""
import asyncio, sys
import server
from rooms.robot.config import RobotConfig
from rooms.robot.web import build_service

app = server.create_app(schema_ready=True)  # the database is opened by the lifespan, not here
# the robot's first reply, on the defaults (no model configured): the listener and its screen
asyncio.run(build_service(RobotConfig()).answer("きょう がっこうで いやなことが あったんだ", ()))
print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))
"""


def test_the_site_loads_no_model_client_no_qr_code_no_other_dialect_and_nothing_of_training(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SITE_AT_START],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "KAKUREGA_DATABASE_URL": f"sqlite:///{tmp_path / 'k.db'}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_robot_rules_make_each_equal_alternative_and_step_once() -> None:
    # The rules file names the same words and steps over and over; its patterns are immutable,
    # so equal ones are one object (~5 MiB less at the robot's first reply).
    from rooms.robot.rules import default_rules

    patterns = [
        pattern
        for rule in default_rules().rules
        for pattern in (*rule.match, *rule.with_, *rule.unless_after, *rule.unless_before, *rule.unless_with)
    ]
    steps = [step for pattern in patterns for step in pattern if step.kind == "word"]
    alternatives = [alt for step in steps for alt in step.alts]
    assert len({id(step) for step in steps}) == len(set(steps)) < len(steps)
    # an alternative is made once for each way it is written (「x」 and 「x:」 are equal, two objects)
    assert len({id(alt) for alt in alternatives}) < len(set(alternatives)) + 10 < len(alternatives)
