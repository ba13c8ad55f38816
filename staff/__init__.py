"""The staff console (moderation), its own router mounted under ``/staff``.

``Mount("/staff", app=staff_app(...))``: the router reads the post store from the outer
app's ``app.state.posts`` (it is a Router, not a Starlette app, so ``request.app`` stays
the outer application).
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime

from starlette.routing import Router
from starlette.templating import Jinja2Templates

import site_files
from rooms.japan_time import in_japan

log = logging.getLogger("kakurega.staff")


def staff_app(secret_key: str | None = None, *, secure_cookies: bool | None = None) -> Router:
    """The /staff router. ``secret_key`` signs sessions and CSRF tokens (``KAKUREGA_SECRET_KEY``);
    every instance behind one address needs the same one. ``secure_cookies`` adds ``Secure``
    always (True), never (False), or when the request came over https (None, the default)."""
    key = secret_key
    if not key:
        key = secrets.token_urlsafe(32)
        log.warning("KAKUREGA_SECRET_KEY is not set: staff sessions end when this process stops")
    from staff.routes import StaffConsole  # here: the CLI imports this package without the web parts

    templates = Jinja2Templates(directory=site_files.TEMPLATES)
    # The console is in Japanese and shows Japan time; the stores keep UTC.
    templates.env.filters["jst"] = japan_time
    templates.env.globals["levels"] = RISK_LEVEL_WORDS
    templates.env.globals["categories_ja"] = RISK_CATEGORY_WORDS
    return StaffConsole(templates, key, secure_cookies).router()


RISK_LEVEL_WORDS = {"none": "なし", "concern": "心配", "high": "高", "imminent": "切迫"}
RISK_CATEGORY_WORDS = {
    "ideation": "希死念慮",
    "method": "方法",
    "self_harm": "自傷",
    "plan": "計画",
    "abuse": "虐待",
    "bullying": "いじめ",
    "distress": "つらさ",
}


def japan_time(at: datetime, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored (UTC) time as the staff read it, on Japan's clock."""
    return in_japan(at).strftime(pattern)


__all__ = ["staff_app"]
