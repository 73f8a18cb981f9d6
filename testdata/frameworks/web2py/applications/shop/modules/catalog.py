from gluon import current
from gluon.dal import DAL
from gluon.html import XML, xmlescape
from gluon.http import redirect

db = DAL("sqlite://storage.sqlite")


def banner():
    text = current.request.vars.banner or ""
    return XML("<div class='banner'>%s</div>" % text)  # want: T79


def banner_safe():
    text = current.request.vars.banner or ""
    escaped = XML("<div class='banner'>%s</div>" % xmlescape(text))
    cleaned = XML(text, sanitize=True)
    return escaped, cleaned


def category_count():
    category = current.request.args(0)
    rows = db.executesql("SELECT count(*) FROM product WHERE category = '%s'" % category)  # want: T89
    return rows[0][0]


def back():
    redirect(current.request.env.http_referer)  # want: T601
