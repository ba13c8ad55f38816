"""constraints.txt: the versions CI and the image run with, and uvicorn's range as send_now is tested.

``send_now`` subclasses uvicorn's private sans-I/O WebSocket protocol, so pyproject.toml bounds
uvicorn on both sides: the lock's version (the top) and the floor, which a test below runs
send_now's own tests against in a venv of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def pins() -> dict[str, str]:
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, exact = line.partition("==")
            assert exact, f"not an exact pin: {line!r}"
            pinned[canonicalize_name(name)] = exact.strip()
    return pinned


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    listed = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        listed += extra
    return [Requirement(r) for r in listed]


def test_every_requirement_is_pinned_within_its_range() -> None:
    pinned = pins()
    for requirement in requirements():
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pinned, (
            f"{requirement.name} is not in constraints.txt: add the line NAME==VERSION you tested with "
            "(or rewrite the whole lock with make lock)"
        )
        assert requirement.specifier.contains(pinned[name], prereleases=True), (requirement, pinned[name])


def test_this_environment_runs_the_locked_versions() -> None:
    # make test installs with -c constraints.txt: what the suite runs is what the image gets.
    differing = {}
    for name, exact in pins().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            continue  # a platform-only package (the lock is made on Linux)
        if Version(installed) != Version(exact):
            differing[name] = (installed, exact)
    assert not differing, f"installed vs locked: {differing} (make install-test, or make lock)"


def test_the_makefile_and_the_image_install_from_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert makefile.count("-c constraints.txt") >= 2
    assert "--constraint constraints.txt" in (ROOT / "deploy" / "Dockerfile").read_text()


def uvicorn_range() -> tuple[str, str]:
    (uvicorn,) = [r for r in requirements() if r.name == "uvicorn"]
    lower = next(s.version for s in uvicorn.specifier if s.operator == ">=")
    upper = next(s.version for s in uvicorn.specifier if s.operator == "<")
    return lower, upper


def test_uvicorn_is_bounded_around_what_send_now_is_tested_with() -> None:
    lower, upper = uvicorn_range()
    assert Version(lower) <= Version(pins()["uvicorn"]) < Version(upper)


@pytest.mark.integration
def test_send_now_passes_its_tests_on_the_lowest_uvicorn_allowed(tmp_path: Path) -> None:
    """A venv that sees this one's packages but has uvicorn at the floor of pyproject's range."""
    lower, _ = uvicorn_range()
    floor = ROOT / ".venv" / f"uvicorn-{lower}"
    python = floor / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(floor)], check=True)
        ours = subprocess.run(
            [sys.executable, "-c", "import site; print(site.getsitepackages()[0])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        theirs = subprocess.run(
            [str(python), "-c", "import site; print(site.getsitepackages()[0])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        # After its own site-packages: the floor's uvicorn wins, everything else is ours.
        Path(theirs, "kakurega-base.pth").write_text(ours + "\n")
        installed = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--quiet",
                "--no-deps",
                f"uvicorn=={lower}",
            ],
            capture_output=True,
            text=True,
        )
        if installed.returncode != 0:
            subprocess.run(["rm", "-rf", str(floor)], check=False)
            pytest.skip(
                f"!!! could not install uvicorn=={lower} ({installed.stderr.strip()[-200:]}): SKIPPED"
            )
    found = subprocess.run(
        [str(python), "-c", "import uvicorn; print(uvicorn.__version__)"], capture_output=True, text=True
    )
    assert found.stdout.strip() == lower, found.stdout + found.stderr
    result = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",  # in this one process: two workers would only compete with the rest of the suite
            "tests/test_world_send_now.py",
            "tests/test_hardening_ws.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
