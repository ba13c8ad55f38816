"""Signed session cookies and CSRF tokens (itsdangerous), and single use of each CSRF token.

A CSRF token names its session, the one form it is for and a random nonce; it is good for
two hours and once. The used nonces are kept in memory: on several instances a replay could
reach another one, but it still has to carry a live session's nonce and a form's purpose, and
deciding a post twice is refused by the store anyway.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_SECONDS = 12 * 3600
CSRF_SECONDS = 2 * 3600
ENROL_SECONDS = 15 * 60
_MAX_USED = 100_000


@dataclass(frozen=True, slots=True)
class Session:
    staff_id: int
    epoch: int
    nonce: str


class Tokens:
    def __init__(self, secret_key: str) -> None:
        self._sessions = URLSafeTimedSerializer(secret_key, salt="kakurega.staff.session")
        self._csrf = URLSafeTimedSerializer(secret_key, salt="kakurega.staff.csrf")
        self._enrol = URLSafeTimedSerializer(secret_key, salt="kakurega.staff.second-factor")
        self._used: OrderedDict[str, float] = OrderedDict()

    # -- sessions --------------------------------------------------------------------------

    def new_session(self, staff_id: int, epoch: int) -> str:
        return self._sessions.dumps({"s": staff_id, "e": epoch, "n": secrets.token_urlsafe(16)})

    def read_session(self, cookie: str | None) -> Session | None:
        data = self._load(self._sessions, cookie, SESSION_SECONDS)
        if not isinstance(data, dict):
            return None
        staff_id, epoch, nonce = data.get("s"), data.get("e"), data.get("n")
        if not isinstance(staff_id, int) or not isinstance(epoch, int) or not isinstance(nonce, str):
            return None
        return Session(staff_id, epoch, nonce)

    # -- a second factor being enrolled ----------------------------------------------------

    def enrolling(self, staff_id: int, secret: str) -> str:
        """The new TOTP secret, signed for this member, carried by the enrolment form until
        a code proves the app has it (nothing is stored before that)."""
        return self._enrol.dumps({"s": staff_id, "k": secret})

    def read_enrolling(self, token: str | None, staff_id: int) -> str | None:
        data = self._load(self._enrol, token, ENROL_SECONDS)
        if not isinstance(data, dict) or data.get("s") != staff_id or not isinstance(data.get("k"), str):
            return None
        return str(data["k"])

    # -- CSRF ------------------------------------------------------------------------------

    def csrf(self, bound_to: str, purpose: str) -> str:
        return self._csrf.dumps({"b": bound_to, "p": purpose, "r": secrets.token_urlsafe(12)})

    def check_csrf(self, token: str | None, bound_to: str, purpose: str) -> bool:
        data = self._load(self._csrf, token, CSRF_SECONDS)
        if not isinstance(data, dict) or data.get("b") != bound_to or data.get("p") != purpose:
            return False
        nonce = data.get("r")
        if not isinstance(nonce, str) or nonce in self._used:
            return False
        self._remember(nonce)
        return True

    def _remember(self, nonce: str) -> None:
        now = time.monotonic()
        self._used[nonce] = now
        while self._used and (
            len(self._used) > _MAX_USED or next(iter(self._used.values())) < now - CSRF_SECONDS
        ):
            self._used.popitem(last=False)

    @staticmethod
    def _load(serializer: URLSafeTimedSerializer, value: str | None, max_age: int) -> Any:
        if not value or len(value) > 4096:
            return None
        try:
            return serializer.loads(value, max_age=max_age)
        except BadSignature:
            return None
