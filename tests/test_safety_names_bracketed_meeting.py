"""A proposal to meet held by brackets or quotes is read as it is read alone (the eighth round of
2026-12-06, found by a probe of names round u: 「あおーね」 was refused and 「(あおーね)」 passed,
because the proposal is anchored at a name's start and end)."""

from __future__ import annotations

import pytest

from safety import check_name


@pytest.mark.parametrize("name", ["(あおーね)", "『あおーね』", "【あおーよ】", "<あおー>", "「あおーね」☆"])
def test_a_proposal_in_brackets_is_refused(name: str) -> None:
    assert check_name(name).reason == "contact"


@pytest.mark.parametrize("name", ["(あおい)", "(なお)", "(あおぞら)", "「あおい」", "(まお)", "みお(あおい)"])
def test_a_name_in_brackets_still_passes(name: str) -> None:
    assert check_name(name).ok
