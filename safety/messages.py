"""Kind words for a refused name: what the UI shows instead of a reason code."""

from __future__ import annotations

# One idea per sentence, mostly hiragana, never scolding; each one ends by
# inviting another try, because a refused name is not the visitor's fault.
_MESSAGES: dict[str, str] = {
    "empty": "なまえを いれてね。すきな ことばで いいよ",
    "too_long": "ちょっと ながいみたい。12もじ までに してみてね",
    "chars": ("つかえない もじが はいってるみたい。ひらがなや カタカナ、かんじ、ABC で つくってみてね"),
    "contact": (
        "れんらくさきに みえる なまえは つかえないんだ。"
        "ここでは だれとも つながらなくて いいからね。ほかの なまえに してみてね"
    ),
    # A name that says "I want to vanish" is heard first, then refused (the page shows the card).
    "self_harm": (
        "その ことばは なまえには できないんだ。もし いま そんな きもちなら、おしえて くれて ありがとう。"
        "「そうだん」で はなしを きいて くれる ひとに つながれるよ。なまえは ほかの ことばに してね"
    ),
    "insult": "その なまえは だれかが かなしく なるかも しれないんだ。ほかの なまえに してみてね",
    "sexual": "その なまえは ここでは つかえないんだ。ほかの なまえに してみてね",
    "staff": "その なまえは かくれがの スタッフや もりさんと まちがえちゃうかも。ほかの なまえに してみてね",
}
_DEFAULT = "その なまえは つかえないんだ。ほかの なまえに してみてね"

REASONS: tuple[str, ...] = tuple(_MESSAGES)


def refusal_message(reason: str | None) -> str:
    """The sentence to show for a refusal ``reason`` (a gentle default for unknown codes)."""
    if reason is None:
        return ""
    return _MESSAGES.get(reason, _DEFAULT)
