"""Where the site's files beside the code live: its pages, the client, images and the schema's
migrations. One root, named once; every module that serves or reads them asks here.

A wheel holds the Python packages only (pyproject.toml), so these exist in a source tree or the
image (deploy/Dockerfile); ``ops.checks.refuse_without_site_files`` says so in one line.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
TEMPLATES = ROOT / "templates"
STATIC = ROOT / "static"
ASSETS = ROOT / "assets"
MIGRATIONS = ROOT / "migrations"
ALEMBIC_INI = ROOT / "alembic.ini"
