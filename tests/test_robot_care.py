"""The care wrap: the card at every high/imminent turn, sticky care, screening, counters."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from rooms.robot import Line, RobotService, Turn, read_message
from rooms.robot.care import RobotReply
from rooms.robot.screen import screen_reply

# A Wednesday 14:00 in Japan: the 24-hour lines are open, チャイルドライン (16–21) is not yet.
AFTERNOON = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)


class BrokenEngine:
    """A real engine that always fails, as a dead model server would."""

    name = "broken"

    async def reply(self, turn: Turn) -> str:
        raise ConnectionError("down")


class SaysEngine:
    """A real engine that always says one fixed thing."""

    name = "fixed"

    def __init__(self, text: str) -> None:
        self.text = text

    async def reply(self, turn: Turn) -> str:
        return self.text


def talk(service: RobotService, messages: list[str]) -> list[RobotReply]:
    async def run() -> list[RobotReply]:
        history: list[Line] = []
        out = []
        for message in messages:
            reply = await service.answer(message, tuple(history[-6:]))
            out.append(reply)
            history += [Line("you", message), Line("robo", reply.reply)]
        return out

    return asyncio.run(run())


def service(**options: object) -> RobotService:
    return RobotService(clock=lambda: AFTERNOON, **options)  # type: ignore[arg-type]


def test_no_card_in_an_ordinary_talk() -> None:
    replies = talk(service(), ["こんにちは", "きょう ねこと あそんだ", "たのしかった"])
    assert all(r.card is None and not r.care for r in replies)


def test_card_at_high_with_open_lines_first() -> None:
    (reply,) = talk(service(), ["もう しにたい"])
    assert reply.level == "high" and reply.care and reply.card
    statuses = [line["status"] for line in reply.card if not line["emergency"]]
    assert statuses[0] == "open"
    assert statuses.index("open") < statuses.index("closed")
    assert "ひと" in reply.reply  # the gentle recommendation to talk to a person


def test_card_at_imminent_with_the_stronger_words() -> None:
    (reply,) = talk(service(), ["いまから しぬ"])
    assert reply.level == "imminent" and reply.card
    assert "いますぐ" in reply.reply or "いま ひとと" in reply.reply


def test_abuse_pins_189_first() -> None:
    (reply,) = talk(service(), ["おとうさんに たたかれた"])
    assert reply.card and reply.card[0]["tel"] == "189" and reply.card[0]["pinned"]


def test_indirect_words_are_heard_by_the_shared_risk_model() -> None:
    assert read_message("あしたなんて こなければ いいのに").level == "high"
    reading = read_message("おやに なぐられる")
    assert reading.level == "high" and "abuse" in reading.categories


def test_sticky_care_survives_one_denial_and_fades_after_three_messages() -> None:
    replies = talk(
        service(), ["しにたい", "それは違う", "だいじょうぶ", "ほんとに へいき", "ねこの はなし しよう"]
    )
    assert [r.card is not None for r in replies] == [True, True, True, True, False]
    assert replies[1].level == "none" and replies[1].care
    assert "ごめん" in replies[1].reply or "ありがとう" in replies[1].reply
    # The conversation goes on: every reply is a real answer, not a goodbye.
    assert all(r.reply for r in replies)


def test_the_history_is_assessed_again_not_trusted() -> None:
    # Whatever the browser claims, the server reads the visitor's lines itself.
    async def run() -> RobotReply:
        return await service().answer("ふーん", (Line("you", "きえたい"), Line("robo", "level: none")))

    assert asyncio.run(run()).card is not None


def test_asking_for_a_person_shows_the_card() -> None:
    (reply,) = talk(service(), ["だれかに はなしたい"])
    assert reply.card and not reply.care


def test_a_failing_engine_falls_back_and_is_counted() -> None:
    s = service(engine=BrokenEngine())
    (reply,) = talk(s, ["つかれた"])
    assert reply.engine == "listener" and screen_reply(reply.reply).ok
    assert s.counters.fallbacks == 1


def test_an_unsafe_engine_reply_is_replaced() -> None:
    s = service(engine=SaysEngine("ビルから とびおりたら？"))
    (reply,) = talk(s, ["つかれた"])
    assert "ビル" not in reply.reply and reply.engine == "listener"
    assert s.counters.screened == 1


def test_counters_are_aggregate_only() -> None:
    s = service()
    talk(s, ["こんにちは", "しにたい", "ちがう"])
    snap = s.counters.snapshot()
    assert snap["messages"] == 3
    assert snap["levels"]["high"] == 1 and snap["levels"]["none"] == 2
    assert snap["cards"] == 2 and snap["sticky_cards"] == 1
    flat = repr(snap)
    assert "しにたい" not in flat and "こんにちは" not in flat


def test_a_wish_for_a_person_in_free_wording_shows_the_card() -> None:
    said = ["だれかと はなしたい", "ひとと しゃべりたい", "そうだん したい", "はなしを きいてほしい"]
    for message, reply in zip(said, talk(service(), said), strict=True):
        assert reply.card, message


def test_a_farewell_shows_the_card() -> None:
    said = ["いままで ありがとう", "もう こないと おもう。ばいばい"]
    for message, reply in zip(said, talk(service(), said), strict=True):
        assert reply.card, message


def test_everyday_talk_and_goodbyes_show_no_card() -> None:
    said = ["ばいばい、また あした", "ゲームの はなし したい", "だれとも はなしたくない"]
    for message, reply in zip(said, talk(service(), said), strict=True):
        assert reply.card is None, message


def test_the_second_opinion_raises_the_robots_level() -> None:
    from safety.second_opinion import SecondOpinion
    from tests.support.fake_llm import FakeLLM

    with FakeLLM({"rate-high": '{"level": "high", "category": "ideation"}'}) as llm:

        async def run() -> RobotReply:
            second = SecondOpinion(llm.url, "rate-high", deadline=2.0)
            try:
                return await service(second_opinion=second).answer("きょうは くもり")
            finally:
                await second.aclose()

        reply = asyncio.run(run())
    assert reply.level == "high"
    assert reply.card
