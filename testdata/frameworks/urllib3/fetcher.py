"""A feed fetcher using urllib3 directly."""
import urllib3
from bottle import request, route

http = urllib3.PoolManager()
FEEDS = {"news": "https://news.example.com/rss", "blog": "https://blog.example.com/rss"}


@route("/feed")
def feed():
    url = request.query.get("url")
    resp = http.request("GET", url)  # want: T918
    return {"bytes": len(resp.data)}


@route("/feed/named")
def feed_named():
    name = request.query.get("name", "news")
    resp = http.request("GET", FEEDS.get(name, FEEDS["news"]))
    return {"bytes": len(resp.data)}


@route("/feed/pool")
def feed_pool():
    host = request.query.get("host")
    pool = urllib3.HTTPSConnectionPool(host, port=443)  # want: T918
    return {"bytes": len(pool.request("GET", "/rss").data)}
