from rooms.posts.store import PostStore, open_post_store
