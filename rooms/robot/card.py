"""The hotline card as data for the browser (the no-JS page uses the Jinja macro instead)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rooms.hotlines import CardLine


def card_json(lines: Iterable[CardLine]) -> list[dict[str, Any]]:
    """One dict per line, in the card's order (open now first; 189 first after abuse)."""
    out: list[dict[str, Any]] = []
    for line in lines:
        entry = line.entry
        phone = next((r for r in entry.reach if r.tel), None)
        out.append(
            {
                "name": entry.name,
                "tel": phone.tel if phone else None,
                "telLabel": phone.label if phone else None,
                "hours": line.label,
                "open": line.is_open,
                "status": line.status,
                "always": line.always,
                "emergency": entry.is_emergency,
                "pinned": line.pinned,
                "reach": [
                    {"type": r.type, "label": r.label, "tel": r.tel, "url": r.url, "how": r.how}
                    for r in entry.reach
                ],
            }
        )
    return out


__all__ = ["card_json"]
