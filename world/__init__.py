"""The real-time presence engine of Kakurega.

``world`` knows rooms only as geometry and visitors only as avatars; it knows
nothing of pages or HTML. The core (``engine``, ``protocol``, ``session``,
``outbox``) is plain state driven by method calls, with no asyncio inside;
``hub`` and ``gateway`` are the thin async adapters around it.
"""

from world.geometry import RoomShape, Walkable

__all__ = ["RoomShape", "Walkable"]
