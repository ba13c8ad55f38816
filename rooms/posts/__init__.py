"""The wall (kabe) and the shelf (tana): pre-moderated posts, their storage and visitor routes."""

from rooms.posts.limits import PostLimits
from rooms.posts.routes import post_routes, wall_context
from rooms.posts.store import PostStore, open_post_store

__all__ = ["PostLimits", "PostStore", "open_post_store", "post_routes", "wall_context"]
