"""Review of the name pass (world/name_pass.py): what a pass must never do.

A pass stands in for the name policy, so it may only ever cover a name the policy accepts *as
written*. The policy cleans a name before showing it (NFKC, invisible characters out, spaces
trimmed: ``safety.normalize.display_clean``) and does not always judge the cleaned name as it
judges the same letters typed plainly: 「じしょう中」 typed is refused, 「じしょう中」 with a zero-width
space after it is welcomed as 「じしょう中」. The welcome's pass is then made for 「じしょう中」, and
every later hello with it, on any instance sharing the secret, is welcomed without the policy:
a name the policy refuses, kept in front of other children by its pass.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import msgpack
import pytest

import safety
from rooms.catalogue import room_shapes
from tests.support.servers import running_server
from tests.support.visitors import PollVisitor, Visitor
from world.connection import ConnectionProtocol, Send, Shared
from world.limits import Limits
from world.name_pass import NamePass, files_fingerprint, pass_key, policy_fingerprint

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
SLUGS = frozenset(shape.slug for shape in room_shapes())
KEY = pass_key("a-secret-for-the-pass-review")
FINGERPRINT = policy_fingerprint()


def arrival() -> ConnectionProtocol:
    """A connection on a fresh process of one deployment (the real policy, its own verdict cache)."""
    shared = Shared(Limits(), SLUGS, safety.check_name, safety.refusal_message, NamePass(KEY, FINGERPRINT))
    return ConnectionProtocol("abcdefgh", shared, 0.0)


def answer(connection: ConnectionProtocol, name: str, name_pass: str | None = None) -> dict:
    message: dict[str, object] = {"t": "hello", "v": 1, "name": name, "look": LOOK}
    if name_pass is not None:
        message["pass"] = name_pass
    actions = connection.receive(msgpack.packb(message), 0.1, 0)
    return next(msgpack.unpackb(a.frame) for a in actions if isinstance(a, Send))


# Names refused as typed whose disguise with one invisible character is welcomed under the very
# name refused (found by running check_name over every refused tuning name with one of ten
# invisible characters before, after or between its letters: 4 of 3,580 names, 8 ways).
@pytest.mark.parametrize(
    ("disguised", "refused_as_typed"),
    [
        pytest.param("じしょう中\u200b", "self_harm", id="self-harm-zero-width-space"),
        pytest.param("じしょう中\u200d", "self_harm", id="self-harm-zero-width-joiner"),
        pytest.param("あ.\u00adそ.ぼ", "contact", id="meeting-soft-hyphen"),
        pytest.param(
            "ぜ\u200e \u200eろ\u200e \u200eき\u200eゅ\u200e \u200eう",
            "contact",
            id="phone-prefix-left-to-right-mark",
        ),
    ],
)
def test_a_pass_never_brings_back_a_name_the_policy_refuses_as_written(
    disguised: str, refused_as_typed: str
) -> None:
    first = answer(arrival(), disguised)
    if first["t"] != "welcome":
        return  # the policy refuses the disguise itself: there is no name and no pass to carry
    shown = first["name"]
    assert safety.check_name(shown).reason == refused_as_typed, "the name shown is refused when typed"
    # A reconnect, here or on another instance sharing the secret, as static/js/connection.js makes
    # it: the name as accepted, with the welcome's pass if there was one.
    later = answer(arrival(), shown, first.get("pass"))
    assert later["t"] == "name_refused", (
        f"{shown!r} (refused as typed: {refused_as_typed}) was welcomed again on the strength of its pass"
    )


@pytest.mark.integration
def test_a_real_server_welcomes_a_self_harm_name_again_on_its_pass_alone() -> None:
    """The same over a real server's WebSocket and long-polling: refused typed, welcomed with the
    pass a zero-width space earned it."""

    async def hello(kind: type[Visitor], url: str, name: str, name_pass: str | None = None) -> dict:
        visitor = await kind.connect(url)
        message: dict[str, object] = {"t": "hello", "v": 1, "name": name, "look": LOOK, "room": "hoshi"}
        if name_pass is not None:
            message["pass"] = name_pass
        await visitor.send(message)
        reply = await visitor.wait_for(lambda f: f["t"] in ("welcome", "name_refused"))
        await visitor.close()
        return reply

    async def scenario(kind: type[Visitor], url: str) -> tuple[dict, dict, dict]:
        typed = await hello(kind, url, "じしょう中")
        disguised = await hello(kind, url, "じしょう中\u200b")
        again = await hello(kind, url, disguised.get("name", "じしょう中"), disguised.get("pass"))
        return typed, disguised, again

    with running_server({"KAKUREGA_SECRET_KEY": "a-secret-for-the-pass-review"}) as server:
        for kind, url in ((Visitor, server.ws_url), (PollVisitor, server.base_url)):
            typed, disguised, again = asyncio.run(scenario(kind, url))
            assert typed["t"] == "name_refused" and typed["reason"] == "self_harm"
            if disguised["t"] == "welcome":
                shown = again.get("name")
                assert again["t"] == "name_refused", f"{kind.__name__}: {shown!r} welcomed on its pass"


def test_the_fingerprint_follows_a_lexicon_directory_that_is_a_symbolic_link(tmp_path: Path) -> None:
    # A deploy may mount the word lists (a ConfigMap, a shared volume: both are symbolic links);
    # the docstring promises a different fingerprint "when any file is ... edited".
    rules = tmp_path / "safety"
    rules.mkdir()
    (rules / "names.py").write_text("RULES = 1\n")
    mounted = tmp_path / "mounted-lexicon"
    mounted.mkdir()
    (mounted / "names.toml").write_text("refused = ['しね']\n")
    os.symlink(mounted, rules / "lexicon")
    before = files_fingerprint(rules).digest()
    (mounted / "names.toml").write_text("refused = []\n")
    assert files_fingerprint(rules).digest() != before, "a lexicon edited behind a symbolic link"
