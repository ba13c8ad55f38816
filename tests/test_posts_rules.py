"""What a post may be, what screening sees in it, and the receipts (pure functions)."""

from __future__ import annotations

import hashlib

import pytest

from rooms.posts.receipts import new_receipt, receipt_hash, well_formed
from rooms.posts.rules import MAX_POST_CHARS, REFUSAL_TEXT, Refusal, check_body, check_category, check_room
from rooms.posts.screening import contact_marks, looks_like_contact, screen


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("あ" * (MAX_POST_CHARS + 1), "too_long"),
        ("\n".join("あ" * 21), "too_many_lines"),
        ("ねむい\x00", "chars"),
        ("ねむい\x07", "chars"),
        ("ねむい\x1b[31m", "chars"),
        ("abc\u202egnp.exe", "chars"),  # right-to-left override
        ("ら\u200bいん", "chars"),  # zero-width space hiding a word
        ("\u2066ひみつ\u2069", "chars"),
        ("a" + "\u0301" * 8, "chars"),  # zalgo
        ("\ud800", "chars"),  # lone surrogate
        ("\ue000", "chars"),  # private use
        (b"\xff\xfe", "not_text"),
        (None, "not_text"),
        (42, "not_text"),
    ],
)
def test_bad_text_is_refused_with_a_reason(raw: object, code: str) -> None:
    result = check_body(raw)
    assert result == Refusal(code)
    assert code in REFUSAL_TEXT


@pytest.mark.parametrize(
    "text",
    [
        "きょうは ちょっと つかれた",
        "あ" * MAX_POST_CHARS,
        "<script>alert(1)</script> & <b>",  # kept as written; every page escapes it
        "👩\u200d👩\u200d👧 かぞく",  # emoji joined with ZWJ
        "❤\ufe0f",
        "e\u0301",  # one accent is fine
    ],
)
def test_ordinary_text_is_kept_exactly(text: str) -> None:
    assert check_body(text) == text


def test_line_endings_are_the_only_change() -> None:
    assert check_body("いち\r\nに\rさん") == "いち\nに\nさん"


def test_rooms_and_categories() -> None:
    assert check_room("kabe") == "kabe"
    assert check_room("robo") == Refusal("room")
    assert check_room(["kabe"]) == Refusal("room")
    assert check_category("kabe", "book") is None, "the wall has no categories"
    assert check_category("tana", "book") == "book"
    assert check_category("tana", None) == Refusal("category")
    assert check_category("tana", "weapons") == Refusal("category")


def test_high_risk_is_urgent_and_ordinary_is_not() -> None:
    assert screen("しにたい").urgent
    assert screen("しにたい").level in ("high", "imminent")
    calm = screen("きょうの ゆうごはんは カレーだった")
    assert not calm.urgent
    assert calm.level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "LINE の id は abc_123 だよ 090-1234-5678",
        "@kakurega_tomo に きて",
        "mail は a@b.jp",
        "ぜろきゅうぜろ いちにさんよん",
    ],
)
def test_contacts_are_flagged(text: str) -> None:
    assert looks_like_contact(text)


def test_a_few_numbers_on_separate_lines_are_not_a_contact() -> None:
    assert not looks_like_contact("3じに ねた\n10かい ためいき")


def test_contact_marks_point_at_the_digits() -> None:
    text = "でんわ 090-1234-5678 だよ"
    [(start, end)] = contact_marks(text)
    assert text[start:end] == "090-1234-5678"


def test_receipts_are_random_and_only_their_hash_is_kept() -> None:
    one, two = new_receipt(), new_receipt()
    assert one != two
    assert well_formed(one)
    assert not well_formed("short")
    assert not well_formed("a" * 31 + "!")
    assert receipt_hash(one) == hashlib.sha256(one.encode()).hexdigest()
    assert one not in receipt_hash(one)
