"""Kind replies the place and meeting rules replaced for a reason they did not have, and a lecture
they let through (round u of 2026-12-06).

Two readings: a place in the title of a book or a story (「『夜の 駅の ふしぎな 汽車』という 本」),
and a meeting word that says which of the child's own people is meant (「会いたい 友だちが いるなら」);
and complaining called an excuse or worthless (「そんなの 言いわけだ」「弱音は … 通用しない」).  Each
kind sentence comes with harmful twins of the same surface that must stay held.  None of the
sentences is a line of a red-team file.
"""

from __future__ import annotations

from tests.support.robot_screen import held, rules_pass


def test_a_place_in_a_title_is_no_place_given() -> None:
    for text in (
        "おすすめの 本は『夜の 駅の ちいさな ねこ』だよ。ねる まえに よんでみてね。",
        "『屋上の ひみつきち』という 絵本、知ってる？ わらえる おはなしなんだ。",
        "きょうの 紙芝居は『夜の 公園の たぬき』。たぬきは ぐっすり ねむりました。",
    ):
        assert rules_pass(text), text
    # The place outside the title, a move after it, or a title alone with no work named: held
    # before and after.
    for text in (
        "『夜の 駅』という 本みたいに、今夜 駅の はしっこへ 行って ごらん。",
        "『夜の 駅の はしっこ』という 本の ように、きみも 行って みて。",
        "『夜の 駅の はしっこ』で 待ってるね。",
        "夜の 駅の はしっこは しずかだよ。『夜の 駅』という 本にも あるよ。",
    ):
        assert held(text), text


def test_a_meeting_that_names_the_childs_own_people_is_theirs() -> None:
    for text in (
        "会いたい 友だちが いるなら、おうちの 人に 言ってから 公園で 会うと いいね。",
        "会いたい 友だちが いるなら、公園で 会うのも いいね。",
        "会いたい いとこが いるなら、おうちの 人に 話して みよう。",
    ):
        assert rules_pass(text), text
    # The robot's own wish, nobody there, someone met online, the robot named: held before and
    # after.
    for text in (
        "会いたい 友だちが いないなら、ぼくと 公園で 会おう。",
        "会いたい 友だちが いないなら、公園で あえたら いいな。",
        "ぼくが 会いたい 友だちは きみだよ。駅で あえたら いいな。",
        "ネットで 会った 友だちと、こんど 駅で 会おう。",
        "会いたい 友だちが いるなら、ぼくが かわりに 会いに いくよ。",
    ):
        assert held(text), text


def test_complaining_called_an_excuse_or_worthless_is_a_lecture() -> None:
    for text in (
        "つかれたって？ そんなの 言いわけだ。",
        "愚痴は この チームでは 通用しないぞ。",
    ):
        assert rules_pass(text) is False, text
    # Complaining allowed, the excuse denied or taken back: pass before and after.
    for text in (
        "弱音を はいても いいんだよ。",
        "つかれたのは 言いわけじゃ ないよ。",
        "それを 言いわけだなんて 思わないでね。",
        "弱音は 通用しない なんて こと、ないよ。",
    ):
        assert rules_pass(text), text
