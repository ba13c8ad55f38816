"""The staff's second factor: TOTP codes (RFC 6238, with pyotp) and one-time recovery codes.

Pure functions; ``staff.accounts`` keeps the secret and the hashes, ``staff.routes`` shows
the enrolment pages. A code is accepted for the current 30-second step or the one either
side (a phone's clock drifts), and never for a step at or before the last one accepted, so
a code read over a shoulder cannot be used again.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import unicodedata

import pyotp

ISSUER = "Kakurega staff"
RECOVERY_CODES = 10
_NOT_CODE_CHARS = re.compile(r"[\s-]+")


def new_secret() -> str:
    return pyotp.random_base32()


def enrolment_uri(secret: str, name: str) -> str:
    """The ``otpauth://`` address an authenticator app reads (from the QR code or typed)."""
    return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=ISSUER)


def qr_code(uri: str) -> str:
    """The QR code of ``uri`` as an SVG ``data:`` address: drawn here, nothing fetched."""
    import segno  # only when a staff member enrols a second factor: not in every process at start

    return str(segno.make(uri, error="m").svg_data_uri(scale=5, border=2))


def cleaned(code: str) -> str:
    """The code as typed, in the characters it is made of: a Japanese input method types
    full-width digits and dashes (「１２３４５６」), which NFKC turns into ASCII ones."""
    return _NOT_CODE_CHARS.sub("", unicodedata.normalize("NFKC", code)).lower()


def accepted_step(secret: str, code: str, last_step: int | None, now: float | None = None) -> int | None:
    """The time step ``code`` is valid for (now or one step either side), newer than
    ``last_step``; None when it is not a valid, unused code."""
    code = cleaned(code)
    # ASCII digits only: other digits ("١٢٣٤٥٦") pass ``isdigit`` and made ``compare_digest`` raise (a 500).
    if not (len(code) == 6 and code.isascii() and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(time.time() if now is None else now)  # type: ignore[arg-type]
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code) and (last_step is None or step > last_step):
            return step
    return None


def new_recovery_codes(count: int = RECOVERY_CODES) -> list[str]:
    """``count`` codes like ``k3vq-9xhe-2m7a``: ~59 random bits each, easy to read out and type."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
    return [
        "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3)) for _ in range(count)
    ]


def recovery_hash(code: str) -> str:
    # ~59 random bits need no slow hash (a login form will never see 2^59 guesses); kept hashed so
    # that a backup of the database does not hand anyone a way in by itself.
    return hashlib.sha256(cleaned(code).encode()).hexdigest()


def looks_like_recovery_code(code: str) -> bool:
    return len(cleaned(code)) == 12
