"""The name pass: proof, carried by the client, that this server's name policy accepted a name.

A ``welcome`` carries a pass for the name as accepted; a later ``hello`` with that name and its
pass is welcomed without the policy (about a third of an arrival's work: docs/performance.md,
"The name pass"). When a pod dies its visitors reconnect to processes that have never seen
their names; with the pass they skip the check there too.

A pass is ``base64url(HMAC-SHA256(key, fingerprint + b"\\0" + name)[:18])``, 24 characters:

- ``key`` comes from the server's secret (``KAKUREGA_SECRET_KEY``), which every instance behind
  one address shares (``kakurega serve --workers`` and Redis refuse to start without it:
  ops/checks.py); with no secret it is random per process, and passes verify only there.
- ``fingerprint`` names the policy's rules: a hash of every file of the ``safety`` package (its
  code, lexicons and weights) and of the versions of what it reads through (the interpreter,
  Unicode's tables, the dictionaries). A deploy that changes any of them makes old passes fail to verify, so
  every name is read again by the new rules once.

A pass that does not verify costs the visitor nothing but the check it would have had anyway;
it never refuses a name. It is no personal data: a function of the name, which it travels with.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.util
import logging
import os
import secrets
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

# 18 bytes of the MAC, 144 bits: a forgery is out of reach, and 18 bytes are 24 base64 characters
# with no padding to strip or to tell apart.
PASS_BYTES = 18

# Distributions whose data the name policy reads through: a new dictionary or folding table can
# change a verdict as surely as a new rule.
POLICY_DISTRIBUTIONS = ("SudachiPy", "sudachidict-core", "jaconv", "neologdn")

log = logging.getLogger("kakurega")


class NamePass:
    """Issues and verifies the passes of one server: one key, one rules fingerprint."""

    __slots__ = ("_keyed",)

    def __init__(self, key: bytes, fingerprint: bytes) -> None:
        # The HMAC keyed once, the fingerprint already in it; each pass copies that state
        # (OpenSSL's, through ``hmac``) and adds the name. ``hmac.digest`` set up the key afresh
        # for every pass (~1.7 µs against ~1.2; docs/performance.md, "The name pass").
        self._keyed = hmac.new(key, fingerprint + b"\0", hashlib.sha256)

    def issue(self, name: str) -> str:
        """The pass for ``name``, which the policy has just accepted as it is."""
        mac = self._keyed.copy()
        mac.update(name.encode("utf-8", "surrogatepass"))
        return base64.urlsafe_b64encode(mac.digest()[:PASS_BYTES]).decode("ascii")

    def verifies(self, name: str, name_pass: str) -> bool:
        """Whether ``name_pass`` was issued for exactly ``name`` by a server with this key and rules."""
        # ``compare_digest`` raises on a str with other than ASCII in it: hello.pass is ASCII by then
        # (world/protocol.py), and a str that is not is simply not a pass.
        return name_pass.isascii() and hmac.compare_digest(self.issue(name), name_pass)


def pass_key(secret_key: str | None) -> bytes:
    """The passes' key: from the shared secret (its own purpose in the hash, so it is no other
    key made from the same secret), random per process when there is none."""
    if not secret_key:
        return secrets.token_bytes(32)
    return hashlib.sha256(b"kakurega name pass\0" + secret_key.encode()).digest()


def files_fingerprint(root: Path) -> hashlib._Hash:
    """A hash over every file under ``root`` (bytecode caches aside), sorted by path: the same for
    the same files wherever they lie, different when any file is added, removed, renamed or edited."""
    digest = hashlib.sha256()
    files = sorted((path.relative_to(root).as_posix(), path) for path in _files_under(root))
    for relative, path in files:
        contents = path.read_bytes()
        # The path and the length before the contents: no two sets of files hash alike by
        # moving bytes from one file's end to the next file's start.
        digest.update(f"{relative}\0{len(contents)}\0".encode())
        digest.update(contents)
    return digest


def _files_under(root: Path) -> Iterator[Path]:
    # ``os.walk`` with ``followlinks``: a lexicon mounted as a link to a directory (a ConfigMap, a
    # shared volume) is read through, where ``Path.rglob`` on Python 3.11 would not descend into it.
    for folder, _, names in os.walk(root, followlinks=True):
        if "__pycache__" in Path(folder).relative_to(root).parts:
            continue
        yield from (Path(folder) / name for name in names if not name.endswith((".pyc", ".pyo")))


def policy_fingerprint() -> bytes:
    """The name policy's rules, as this tree has them: its package's files, then the versions of
    Unicode, of the interpreter and of the dictionaries it reads through. Found without importing
    the package."""
    spec = importlib.util.find_spec("safety")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the safety package is not where this server can read it")
    digest = files_fingerprint(Path(next(iter(spec.submodule_search_locations))))
    digest.update(f"unicode {unicodedata.unidata_version}\0".encode())
    # and the interpreter: its ``re`` and ``str`` read every rule
    digest.update(f"python {sys.version}\0".encode())
    # Here, not at the top: importlib.metadata is ~30 ms of imports for a process that has not
    # loaded it (the server has, through its dependencies; a bench of the core has not).
    from importlib import metadata

    for distribution in POLICY_DISTRIBUTIONS:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{distribution} {version}\0".encode())
    return digest.digest()


def name_pass_or_none(
    secret_key: str | None, fingerprint_of_rules: Callable[[], bytes] = policy_fingerprint
) -> NamePass | None:
    """The server's passes, or none when the rules' files cannot be read.

    The pass saves work; it is never what lets a child in. A file under ``safety/`` this process
    cannot read (a lexicon mounted with the wrong mode, a stray file left by an editor) must not
    keep the hotline page and the rooms down: the server then serves without passes, and every
    name is checked as it would be anyway."""
    try:
        fingerprint = fingerprint_of_rules()
    except (OSError, RuntimeError) as error:
        log.warning("name passes are off: the name policy's files could not be read (%s)", error)
        return None
    return NamePass(pass_key(secret_key), fingerprint)
