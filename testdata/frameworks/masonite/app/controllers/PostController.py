from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from masonite.views import View
from masoniteorm.query import QueryBuilder


class PostController(Controller):
    def show(self, view: View, request: Request):
        slug = request.param("slug")
        post = QueryBuilder().table("posts").where_raw(f"slug = '{slug}'").first()  # want: T89
        same = QueryBuilder().table("posts").where_raw("slug = ?", [slug]).first()
        return view.render("post", {"post": post or same})

    def search(self, view: View, request: Request):
        term = request.input("q")
        posts = QueryBuilder().table("posts").where("title", "like", f"%{term}%").get()
        return view.render("search", {"posts": posts, "term": term})

    def store(self, request: Request, response: Response):
        target = request.input("redirect_to", "/posts")
        return response.redirect(target)  # want: T601

    def destroy(self, request: Request, response: Response):
        return response.redirect(name="posts.index")
