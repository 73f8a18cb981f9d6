import web

urls = ("/", "Index", "/go", "Go")
db = web.database(dbn="sqlite", db="blog.db")
render = web.template.render("templates/")


class Index:
    def GET(self):
        form = web.input(author="")
        posts = db.query("SELECT * FROM posts WHERE author = '" + form.author + "'")  # want: T89
        same = db.select("posts", where="author = $author", vars={"author": form.author})
        return render.index(list(posts) + list(same))


class Go:
    def GET(self):
        form = web.input(next="/")
        raise web.seeother(form.next)  # want: T601


app = web.application(urls, globals())

if __name__ == "__main__":
    app.run()
