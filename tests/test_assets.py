"""Checks on the hand-drawn SVG illustrations in assets/.

They guard the promises the pictures make to visitors: nothing loads from
elsewhere (no third-party requests, no scripts), files stay small enough for a
school tablet, and every part fits the frame the client expects.
"""

from __future__ import annotations

import colorsys
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parents[1] / "assets"
SVG_NS = "{http://www.w3.org/2000/svg}"
BODY_COLOUR = "#FF00FF"

ROOMS = ["genkan", "robo", "kabe", "mogu", "mado", "tana", "asobi", "hoshi", "hiru"]
CHARACTERS = ["morisan", "mogu", "mogu-open", "robo"]
BODIES = ["maru", "shizuku", "mame", "kaku"]
FACES = ["stand", "sit", "sleep", "lookup"]
ACCESSORIES = ["leaf", "ribbon", "cap", "flower"]

# (relative path, viewBox, size budget in bytes)
SPECS: list[tuple[str, str, int]] = (
    [(f"rooms/{r}.svg", "0 0 1024 768", 24 * 1024) for r in ROOMS]
    + [(f"characters/{c}.svg", "0 0 240 240", 12 * 1024) for c in CHARACTERS]
    + [(f"avatars/body-{b}.svg", "0 0 64 64", 3 * 1024) for b in BODIES]
    + [(f"avatars/face-{f}.svg", "0 0 64 64", 3 * 1024) for f in FACES]
    + [(f"avatars/acc-{a}.svg", "0 0 64 64", 3 * 1024) for a in ACCESSORIES]
    + [("favicon.svg", "0 0 64 64", 1024)]
)

FORBIDDEN_TAGS = {"script", "image", "foreignObject", "font", "font-face", "iframe", "a"}
# Namespace declarations are identifiers, not requests, so they are the one allowed URL.
XMLNS_DECL = re.compile(r'\sxmlns(:\w+)?="[^"]*"')
EXTERNAL = re.compile(r"(?i)(https?:|ftp:|data:|file:|javascript:|//[\w.-]+\.[a-z]{2,}|@import)")
URL_REF = re.compile(r"url\(\s*['\"]?([^)'\"]*)")
HEX = re.compile(r"#([0-9a-fA-F]{6})\b")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def problems(text: str) -> list[str]:
    """Everything in one SVG text that breaks the safety rules; empty when fine."""
    found: list[str] = []
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        return [f"not well-formed XML: {err}"]
    if root.tag != f"{SVG_NS}svg":
        found.append(f"root element is {root.tag}, not an SVG <svg>")
    for el in root.iter():
        name = _local(el.tag)
        if name in FORBIDDEN_TAGS:
            found.append(f"forbidden element <{name}>")
        for attr, value in el.attrib.items():
            attr_name = _local(attr)
            if attr_name == "href" and not value.startswith("#"):
                found.append(f"href to {value!r}")
            if attr_name.startswith("on"):
                found.append(f"event handler {attr_name}")
    body = XMLNS_DECL.sub("", text)
    found += [f"external reference {m.group(0)!r}" for m in EXTERNAL.finditer(body)]
    found += [f"url() to {u!r}" for u in URL_REF.findall(body) if not u.startswith("#")]
    return found


def strong_reds(text: str) -> list[str]:
    """Saturated reds: the style has none (red is kept for the quick-exit control)."""
    reds = []
    for value in {m.group(1).lower() for m in HEX.finditer(text)}:
        if value == BODY_COLOUR[1:].lower():
            continue
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
        hue, sat, val = colorsys.rgb_to_hsv(r, g, b)
        if (hue < 20 / 360 or hue > 340 / 360) and sat > 0.45 and val > 0.45:
            reds.append(f"#{value}")
    return reds


@pytest.mark.parametrize(("rel", "viewbox", "budget"), SPECS, ids=[s[0] for s in SPECS])
def test_asset_is_a_safe_small_svg(rel: str, viewbox: str, budget: int) -> None:
    path = ASSETS / rel
    assert path.is_file(), f"{rel} is missing"
    size = path.stat().st_size
    assert size <= budget, f"{rel} is {size} bytes, budget {budget}"
    text = path.read_text(encoding="utf-8")
    assert problems(text) == []
    root = ET.fromstring(text)
    assert root.get("viewBox") == viewbox
    assert strong_reds(text) == []


@pytest.mark.parametrize("room", ROOMS)
def test_room_has_fixed_pixel_size(room: str) -> None:
    root = ET.parse(ASSETS / "rooms" / f"{room}.svg").getroot()
    assert (root.get("width"), root.get("height")) == ("1024", "768")


@pytest.mark.parametrize("body", BODIES)
def test_avatar_body_uses_the_replaceable_colour(body: str) -> None:
    text = (ASSETS / "avatars" / f"body-{body}.svg").read_text(encoding="utf-8")
    assert BODY_COLOUR in text
    # The client swaps the string; any other spelling would stay magenta.
    assert "#ff00ff" not in text


@pytest.mark.parametrize("part", [f"face-{f}" for f in FACES] + [f"acc-{a}" for a in ACCESSORIES])
def test_overlays_do_not_carry_the_body_colour(part: str) -> None:
    text = (ASSETS / "avatars" / f"{part}.svg").read_text(encoding="utf-8")
    assert BODY_COLOUR.lower() not in text.lower()


def test_night_sky_is_navy() -> None:
    root = ET.parse(ASSETS / "rooms" / "hoshi.svg").getroot()
    first_fill = next(el.get("fill") for el in root.iter() if el.get("fill"))
    assert first_fill.lower() == "#1f2a48"


def test_readme_lists_every_file() -> None:
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    for rel, _, _ in SPECS:
        assert Path(rel).name in readme, f"README does not mention {rel}"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>', "script"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><image href="a.png"/></svg>', "image"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://cdn.example.com/a.svg#x"/></svg>',
            "href",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            '<use xlink:href="other.svg#x"/></svg>',
            "href",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(fonts.css);</style></svg>',
            "url()",
        ),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="go()"/></svg>', "event"),
        ("<svg><rect></svg>", "well-formed"),
    ],
)
def test_checker_rejects_unsafe_svg(bad: str, reason: str) -> None:
    found = problems(bad)
    assert any(reason in p for p in found), found


def test_checker_accepts_internal_references() -> None:
    good = (
        '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="p" d="M0 0"/></defs>'
        '<use href="#p" fill="url(#p)"/></svg>'
    )
    assert problems(good) == []


def test_red_detector_sees_red_but_not_pastel_pink() -> None:
    assert strong_reds('<rect fill="#e53935"/>') == ["#e53935"]
    assert strong_reds('<rect fill="#f4cfd6"/>') == []
