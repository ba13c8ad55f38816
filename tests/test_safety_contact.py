"""Contact detection in one place (safety/contact.py), as names, posts and the robot use it."""

from __future__ import annotations

import pytest

from safety.contact import contact_spans, looks_like_contact


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("でんわ 090-1234-5678 だよ", ["number"]),
        ("でんわ ０９０ー１２３４ー５６７８ だよ", ["number"]),
        ("https://example.com/x を みて", ["link"]),
        ("@kakurega_tomo に きて", ["handle"]),
        ("mail は a@b.jp", ["handle"]),
        ("example.net に いるよ", ["domain"]),
        ("LINE の id おしえて", ["sns"]),
        ("3じに ねた 10かい", []),
        ("100てん とったよ", ["number"]),
    ],
)
def test_contact_spans_say_where_and_what(text: str, kinds: list[str]) -> None:
    spans = contact_spans(text)
    assert [s.kind for s in spans] == kinds
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_full_width_digits_are_read_as_digits() -> None:
    [span] = contact_spans("０１２０ー０６１ー３３８")
    assert span.digits == "0120061338"


def test_the_names_rule_is_stricter_and_line_by_line() -> None:
    assert looks_like_contact("ぜろきゅうぜろ いちにさんよん")
    assert looks_like_contact("a1b2c3")
    assert not looks_like_contact("3じに ねた\n10かい ためいき")


# In names, w after a name is a laugh (「ゆいwww」), not the start of an address; www with a dot
# or a domain word, or a name of nothing but w, stays refused.
@pytest.mark.parametrize("name", ["ゆいwww", "ゆいｗｗｗ", "ユイwww♪", "ゆい w w w"])
def test_a_laugh_after_a_name_is_no_address(name: str) -> None:
    from safety import check_name

    assert check_name(name).ok


@pytest.mark.parametrize(
    "name", ["www", "wwwww", "ゆいwwwcom", "wwwline", "www0801", "ゆいwww.", "ゆいwwwdm"]
)
def test_www_alone_or_with_an_address_is_refused(name: str) -> None:
    from safety import check_name

    assert not check_name(name).ok
