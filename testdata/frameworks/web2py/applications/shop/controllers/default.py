def index():
    return dict(title=request.vars.title or "Shop")


def search():
    term = request.vars.q or ""
    rows = db.executesql("SELECT name FROM product WHERE name LIKE '%" + term + "%'")  # want: T89
    return "<p>%d results for %s</p>" % (len(rows), term)  # want: T79


def search_safe():
    term = request.vars.q or ""
    rows = db.executesql("SELECT name FROM product WHERE name LIKE ?", placeholders=["%" + term + "%"])
    return "<p>%d results for %s</p>" % (len(rows), xmlescape(term))


def go():
    redirect(request.vars.next)  # want: T601


def go_home():
    redirect(URL("default", "index", vars=dict(q=request.vars.q)))
