"""Pages a child meets when something did not work, without JavaScript (browser: test_child_eye.py)."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from rooms.posts import PostLimits
from tests.support.posts_app import build_app


def test_a_post_that_cannot_go_yet_offers_the_way_to_help(tmp_path: Path) -> None:
    """No JavaScript, a second post too soon: 「すこし まってから」 and the words, and no way to help."""
    limits = PostLimits(browser_burst=1, browser_per_minute=0.1, address_burst=10, address_per_minute=0.1)
    with TestClient(build_app(f"sqlite:///{tmp_path / 'soon.db'}", limits=limits)) as client:
        first = client.post("/kabe/posts", data={"body": "きょうは つかれた"}, follow_redirects=False)
        assert first.status_code == 303
        again = client.post("/kabe/posts", data={"body": "もう しにたい"}, follow_redirects=False)
        assert again.status_code == 429
        main = again.text.split("<main", 1)[1]
        assert "もう しにたい" in main, "the words are kept"
        assert 'href="/help"' in main, "the way to help is beside the words, not only in the top bar"
