from masonite.routes import Route

from app.controllers.PostController import PostController

ROUTES = [
    Route.get("/posts/@slug", PostController.show).name("posts.show"),
    Route.get("/search", PostController.search),
    Route.post("/posts", PostController.store),
    Route.delete("/posts/@slug", PostController.destroy),
]
