"""The name pass in the sans-I/O core: a welcome's pass lets a later hello skip the name policy,
and anything else about a pass falls back to the policy, never to a refusal (world/name_pass.py)."""

from __future__ import annotations

import base64
import hmac
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import msgpack
import pytest

import safety
from rooms.catalogue import room_shapes
from world import protocol
from world.connection import Close, ConnectionProtocol, Place, Send, Shared
from world.limits import Limits
from world.name_pass import NamePass, files_fingerprint, name_pass_or_none, pass_key, policy_fingerprint
from world.protocol import ProtocolError, decode_client_frame

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
ROOT = Path(__file__).resolve().parents[1]
SLUGS = frozenset(shape.slug for shape in room_shapes())
KEY = pass_key("one-secret-for-every-test-instance")
FINGERPRINT = policy_fingerprint()


class CountedPolicy:
    """The real name policy, counting the names it was asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, name: str) -> safety.NameVerdict:
        self.asked.append(name)
        return safety.check_name(name)


def connection(name_pass: NamePass | None = None) -> tuple[ConnectionProtocol, CountedPolicy]:
    """A fresh process's connection: its own verdict cache, so a skipped policy is a skipped check."""
    policy = CountedPolicy()
    shared = Shared(Limits(), SLUGS, policy, safety.refusal_message, name_pass or NamePass(KEY, FINGERPRINT))
    return ConnectionProtocol("abcdefgh", shared, 0.0), policy


def hello(name: str, **extra: object) -> bytes:
    return msgpack.packb({"t": "hello", "v": 1, "name": name, "look": LOOK, **extra})


def answers(actions: list) -> list[dict]:
    return [msgpack.unpackb(action.frame) for action in actions if isinstance(action, Send)]


def first_pass(name: str) -> str:
    """The pass a first arrival with ``name`` is welcomed with (and the policy was asked once)."""
    first, policy = connection()
    (welcome,) = answers(first.receive(hello(name), 0.1, 0))
    assert welcome["t"] == "welcome" and policy.asked == [name]
    return welcome["pass"]


def test_a_welcome_carries_a_pass_for_the_name_as_accepted() -> None:
    arrival, policy = connection()
    (welcome,) = answers(arrival.receive(hello("そら"), 0.1, 0))
    assert welcome["name"] == "そら" and policy.asked == ["そら"]
    assert isinstance(welcome["pass"], str) and len(welcome["pass"]) == 24
    assert NamePass(KEY, FINGERPRINT).verifies("そら", welcome["pass"])
    # The name the policy cleaned is the one passed: a full-width space trimmed, say.
    cleaned, _ = connection()
    (welcome,) = answers(cleaned.receive(hello("　ゆき　"), 0.1, 0))
    assert welcome["name"] == "ゆき" and NamePass(KEY, FINGERPRINT).verifies("ゆき", welcome["pass"])


def test_a_verified_pass_skips_the_policy_on_a_process_that_never_saw_the_name() -> None:
    name_pass = first_pass("はなちゃん")
    elsewhere, policy = connection()
    actions = elsewhere.receive(hello("はなちゃん", room="hoshi", **{"pass": name_pass}), 0.1, 0)
    (welcome,) = answers(actions)
    assert policy.asked == [], "the pass stood for the check"
    assert welcome["name"] == "はなちゃん" and welcome["pass"] == name_pass
    assert actions[1] == Place("hoshi", "はなちゃん", LOOK) and elsewhere.in_world


@pytest.mark.parametrize(
    "name_pass",
    [
        pytest.param(NamePass(KEY, FINGERPRINT).issue("ゆき"), id="another-name"),
        pytest.param(NamePass(pass_key("another secret"), FINGERPRINT).issue("もも"), id="another-key"),
        pytest.param(NamePass(KEY, b"older rules").issue("もも"), id="another-fingerprint"),
        pytest.param(NamePass(KEY, FINGERPRINT).issue("もも")[:-1], id="cut-short"),
        pytest.param("!" * 24, id="garbage"),
        pytest.param("", id="empty"),
        pytest.param("A" * 64, id="longest-allowed"),
    ],
)
def test_a_pass_that_does_not_verify_falls_back_to_the_policy(name_pass: str) -> None:
    arrival, policy = connection()
    (welcome,) = answers(arrival.receive(hello("もも", **{"pass": name_pass}), 0.1, 0))
    assert policy.asked == ["もも"], "checked as if no pass had come"
    assert welcome["t"] == "welcome" and welcome["name"] == "もも"
    assert welcome["pass"] != name_pass and NamePass(KEY, FINGERPRINT).verifies("もも", welcome["pass"])


def test_a_harmful_name_with_a_good_names_pass_is_refused_and_given_no_pass() -> None:
    good = first_pass("そら")
    arrival, policy = connection()
    actions = arrival.receive(hello("しね", **{"pass": good}), 0.1, 0)
    (refusal,) = answers(actions)
    assert policy.asked == ["しね"]
    assert refusal["t"] == "name_refused" and "pass" not in refusal
    assert not arrival.in_world and len(actions) == 1


@pytest.mark.parametrize(
    ("accepted", "sent"),
    [
        pytest.param("さくら", "さくら\u200b", id="zero-width-space"),
        pytest.param("さくら", "\u2060さくら", id="word-joiner"),
        pytest.param("サクラ", "ｻｸﾗ", id="nfkc-half-width"),
        pytest.param("ABC", "ＡＢＣ", id="nfkc-full-width"),
    ],
)
def test_a_pass_for_a_name_one_invisible_character_or_form_away_is_no_pass(accepted: str, sent: str) -> None:
    name_pass = first_pass(accepted)
    arrival, policy = connection()
    (answer,) = answers(arrival.receive(hello(sent, **{"pass": name_pass}), 0.1, 0))
    assert policy.asked[0] == sent, "the name as sent was read by the policy"
    if answer["t"] == "welcome":
        assert answer["name"] == safety.check_name(sent).name
        assert answer["pass"] == NamePass(KEY, FINGERPRINT).issue(answer["name"])
        # the name as shown, read once more before a pass is issued for it (it is not what was sent)
        assert policy.asked == [sent, answer["name"]]


def test_no_passes_without_a_name_pass_and_a_sent_pass_is_then_ignored() -> None:
    policy = CountedPolicy()
    shared = Shared(Limits(), SLUGS, policy, safety.refusal_message)
    arrival = ConnectionProtocol("abcdefgh", shared, 0.0)
    (welcome,) = answers(arrival.receive(hello("そら", **{"pass": first_pass("そら")}), 0.1, 0))
    assert "pass" not in welcome and policy.asked == ["そら"]


@pytest.mark.parametrize(
    "name_pass",
    [
        pytest.param(12345, id="int"),
        pytest.param(b"vGI0VxMr_KEGusL-nRYBDXB7", id="bytes"),
        pytest.param(["a"], id="list"),
        pytest.param(None, id="nil"),
        pytest.param("A" * 65, id="65-characters"),
        pytest.param("パスポート", id="unicode"),
    ],
)
def test_a_pass_of_another_type_or_size_is_read_as_no_pass(name_pass: object) -> None:
    """A pass kept in another shape (a later server's, damaged storage) must not stop a child at
    the door on every page: the name is read by the policy as if no pass had come."""
    arrival, policy = connection()
    data = msgpack.packb({"t": "hello", "v": 1, "name": "そら", "look": LOOK, "pass": name_pass})
    (welcome,) = answers(arrival.receive(data, 0.1, 0))
    assert welcome["t"] == "welcome" and welcome["name"] == "そら"
    assert welcome["pass"] == NamePass(KEY, FINGERPRINT).issue("そら")
    assert policy.asked == ["そら"]


def test_a_pass_that_is_not_utf8_is_a_bad_frame_as_any_such_text() -> None:
    arrival, policy = connection()
    data = msgpack.packb(
        {"t": "hello", "v": 1, "name": "そら", "look": LOOK, "pass": "abc\udcff"},
        unicode_errors="surrogatepass",
    )
    assert arrival.receive(data, 0.1, 0) == [Close("bad_frame", 4002)]
    assert policy.asked == []


def test_a_ten_kilobyte_pass_is_refused_before_anything_reads_it() -> None:
    data = hello("そら", **{"pass": "A" * 10_000})
    arrival, policy = connection()
    assert arrival.receive(data, 0.1, 0) == [Close("too_big", 1009)], "the core's frame limit"
    with pytest.raises(ProtocolError) as raised:
        decode_client_frame(data, SLUGS)  # and the decoder alone, past that limit, refuses it too
    assert raised.value.reason == "bad_frame" and policy.asked == []


# -- the key and the rules' fingerprint ----------------------------------------------------


@pytest.mark.parametrize("key", [KEY, b"", b"k" * 64, b"a key longer than a block of SHA-256, " * 3])
@pytest.mark.parametrize("name", ["そら", "ABC", "☆ゆき☆", "🌸" * 16])
def test_a_pass_is_hmac_sha256_of_the_rules_and_the_name(key: bytes, name: str) -> None:
    # The pass as docs/protocol.md defines it, whatever way NamePass computes it.
    mac = hmac.digest(key, FINGERPRINT + b"\0" + name.encode(), "sha256")
    expected = base64.urlsafe_b64encode(mac[:18]).decode("ascii")
    assert NamePass(key, FINGERPRINT).issue(name) == expected
    assert NamePass(key, FINGERPRINT).verifies(name, expected)


def test_the_key_is_the_secrets_and_random_without_one() -> None:
    assert pass_key("s3cret") == pass_key("s3cret") != pass_key("s3cret!")
    assert pass_key(None) != pass_key(None) and len(pass_key(None)) == 32
    # Its own purpose: not the visit statistics' key made from the same secret (server.visit_key).
    from server import visit_key

    assert pass_key("s3cret") != visit_key("s3cret")


def test_the_fingerprint_follows_every_file_of_the_rules(tmp_path: Path) -> None:
    copy = tmp_path / "safety"
    shutil.copytree(ROOT / "safety", copy, ignore=shutil.ignore_patterns("__pycache__"))
    original = files_fingerprint(copy).digest()
    assert original == files_fingerprint(ROOT / "safety").digest(), "the same files wherever they lie"
    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "names.cpython-311.pyc").write_bytes(b"whatever")
    assert files_fingerprint(copy).digest() == original, "bytecode caches are not rules"
    lexicon = copy / "lexicon" / "names.toml"
    text = lexicon.read_bytes()
    lexicon.write_bytes(text + b"\n")
    assert files_fingerprint(copy).digest() != original, "a lexicon changed"
    lexicon.write_bytes(text)
    assert files_fingerprint(copy).digest() == original
    (copy / "model" / "learned.json").rename(copy / "model" / "learned2.json")
    assert files_fingerprint(copy).digest() != original, "a file renamed"


def test_the_fingerprint_is_the_same_in_another_process_of_the_same_tree() -> None:
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "from world.name_pass import policy_fingerprint; print(policy_fingerprint().hex())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert other.stdout.strip() == FINGERPRINT.hex()
    assert NamePass(KEY, FINGERPRINT).issue("そら") == NamePass(
        pass_key("one-secret-for-every-test-instance"), bytes.fromhex(other.stdout.strip())
    ).issue("そら")


def test_a_welcome_with_a_pass_is_the_whole_message_encoded_at_once() -> None:
    # welcome_spliced joins parts encoded apart: with the pass, byte for byte the map of nine entries.
    tail = protocol.welcome_tail({"hoshi": 4}, 4, Limits().for_clients())
    spliced = protocol.welcome_spliced("abcdefgh", "そら", LOOK, tail, "vGI0VxMr_KEGusL-nRYBDXB7")
    whole = {
        "t": "welcome",
        "v": protocol.VERSION,
        "you": "abcdefgh",
        "name": "そら",
        "look": LOOK,
        "pass": "vGI0VxMr_KEGusL-nRYBDXB7",
        "rooms": {"hoshi": 4},
        "total": 4,
        "limits": Limits().for_clients(),
    }
    assert spliced == protocol.encode(whole)
    assert msgpack.unpackb(
        protocol.welcome_spliced("abcdefgh", "そら", LOOK, tail)
    ).keys() == whole.keys() - {"pass"}


def test_rules_that_cannot_be_read_turn_the_passes_off_and_never_stop_the_server(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A link left dangling under the rules (a lexicon mounted from a volume that went away) is a
    # file the fingerprint cannot read; as root a chmod would not stop the read, a missing target does.
    (tmp_path / "names.toml").write_text("[words]\n", encoding="utf-8")
    (tmp_path / "mounted.toml").symlink_to(tmp_path / "gone" / "mounted.toml")
    with pytest.raises(OSError):
        files_fingerprint(tmp_path)

    with caplog.at_level(logging.WARNING, logger="kakurega"):
        passes = name_pass_or_none("a-secret", lambda: files_fingerprint(tmp_path).digest())

    assert passes is None  # the hub then checks every name, as it would without passes
    assert "name passes are off" in caplog.text


def test_rules_that_can_be_read_give_the_same_passes_as_the_fingerprint_itself() -> None:
    passes = name_pass_or_none("a-secret")
    assert passes is not None
    assert passes.issue("かえで") == NamePass(pass_key("a-secret"), policy_fingerprint()).issue("かえで")
