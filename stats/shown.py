"""Counting, from an HTTP route, that help was shown: ``what`` and ``line`` from closed sets only."""

from __future__ import annotations

import time

from starlette.requests import Request

from safety.levels import LEVELS

# what → the lines it may be counted under; anything else is a programming error.
WHAT = {
    "page": frozenset({"help"}),  # the hotline page
    "card": frozenset({"posts", "posts_abuse", "robot"}),  # the hotline card, and where it was shown
    "robot": frozenset(LEVELS),  # robot replies by care level
}


def help_shown(request: Request, what: str, line: str) -> None:
    # Never raises: a count must not stand between a child and the help it counts.
    if line not in WHAT.get(what, ()) and not _a_tap(what, line):
        what, line = "other", "other"
    hub = getattr(request.app.state, "hub", None)  # absent in apps built without the world
    if hub is not None:
        hub.visits.help_shown(what, line, time.time())


def _a_tap(what: str, line: str) -> bool:
    from stats.taps import lines  # the hotline directory, read once

    return line in lines().get(what, ())
