"""The catalogue of the nine rooms: what each is called, where it sits, where one may walk.

This is the one place a room is described. The world engine receives only the
geometry (as ``world.RoomShape``); pages and the browser get the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from world.geometry import RoomShape, Walkable
from world.protocol import ENTRANCE

# Every room picture is drawn on a 1024 × 768 canvas; avatars walk on the floor band.
PICTURE_SIZE = (1024, 768)
FLOOR = Walkable(x0=40, y0=430, x1=984, y1=740)

HUB = "hub"
FACE_IT = "むきあう"
GET_THROUGH = "やりすごす"


@dataclass(frozen=True, slots=True)
class Room:
    slug: str
    name: str
    area: str
    blurb: str
    walkable: Walkable = FLOOR
    night: bool = False

    @property
    def shape(self) -> RoomShape:
        return RoomShape(slug=self.slug, walkable=self.walkable)

    @property
    def doors(self) -> tuple[str, ...]:
        """Rooms reachable from here: the entrance opens onto every room, every room back to it."""
        if self.slug == ENTRANCE:
            return tuple(slug for slug in ROOMS if slug != ENTRANCE)
        return (ENTRANCE,)

    @property
    def path(self) -> str:
        return "/" if self.slug == ENTRANCE else f"/{self.slug}"

    def as_json(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "name": self.name,
            "area": self.area,
            "blurb": self.blurb,
            "path": self.path,
            "walkable": list(self.walkable.as_tuple()),
            "doors": list(self.doors),
            "night": self.night,
        }


ROOMS: dict[str, Room] = {
    room.slug: room
    for room in (
        Room("genkan", "げんかん", HUB, "もりさんが まってるよ。なまえと すがたを えらんでね。"),
        Room("robo", "ロボのへや", FACE_IT, "ロボと おはなし できるよ。"),
        Room("kabe", "こっそりかべ", FACE_IT, "みんなの ほんとうの きもちが はってあるよ。"),
        Room("mogu", "もぐもぐのへや", FACE_IT, "いやなことを かみに かいて、もぐもぐに たべてもらおう。"),
        Room("mado", "そうだんのまど", FACE_IT, "はなしを きいてくれる ひとに つながる まどだよ。"),
        Room("tana", "おすすめのたな", GET_THROUGH, "みんなの おすすめが ならんでるよ。"),
        Room("asobi", "あそびば", GET_THROUGH, "しずかな あそびが あるよ。"),
        Room(
            "hoshi", "ほしぞら", GET_THROUGH, "いま ここにいる ひとの かずだけ、ほしが ひかるよ。", night=True
        ),
        Room("hiru", "ひとやすみのへや", GET_THROUGH, "ごろんと して、ひとやすみ しよう。"),
    )
}


def room_shapes() -> list[RoomShape]:
    """The geometry the world engine needs, in catalogue order."""
    return [room.shape for room in ROOMS.values()]
