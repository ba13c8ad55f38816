"""A name is shown to others as the policy cleaned it, so what is shown must pass as if typed so.

Before the review of the name pass (seventh round of 2026-12-07), an invisible letter or a soft
hyphen made a name not "plain", and such a name was read more leniently: 「じしょう中」 typed was
refused, with a zero-width space after it welcomed and shown as 「じしょう中」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safety import check_name
from safety.cli import _tuning

INVISIBLE = ("\u200b", "\u00ad", "\u2060")  # zero-width space, soft hyphen, word joiner


@pytest.mark.parametrize(
    ("sent", "reason"),
    [
        pytest.param("じしょう中\u200b", "self_harm", id="zero-width-space"),
        pytest.param("じしょう中\u200d", "self_harm", id="zero-width-joiner"),
        pytest.param("あ.\u00adそ.ぼ", "contact", id="soft-hyphen"),
        pytest.param("あ.\u00adそ.ぼ.う", "contact", id="soft-hyphen-proposal"),
    ],
)
def test_a_name_whose_shown_form_is_refused_is_refused(sent: str, reason: str) -> None:
    shown = check_name(sent).name
    assert check_name(shown).reason == reason, "the shown form, typed, is refused"
    assert check_name(sent).reason == reason


def test_every_accepted_tuning_name_with_an_invisible_letter_shows_a_name_that_passes() -> None:
    names = [n.name for n in _tuning(Path("tests/data"))[1]]
    checked = 0
    for name in names:
        for mark in INVISIBLE:
            for sent in (name + mark, name[:1] + mark + name[1:]):
                verdict = check_name(sent)
                if verdict.ok:
                    checked += 1
                    assert check_name(verdict.name).ok, (sent, verdict.name)
    assert checked > 5_000, "the sample reaches accepted names"
