from django.db import connection
from ninja import NinjaAPI

api = NinjaAPI()


@api.get("/items/{item_id}")
def item(request, item_id: str):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM items WHERE id = '" + item_id + "'")  # want: T89
        return {"name": cursor.fetchone()}


@api.get("/page")
def page(request, number: int, size: int = 20):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM items LIMIT %d OFFSET %d" % (size, number * size))
        return {"names": cursor.fetchall()}


@api.get("/search")
def search(request, q: str):
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM items WHERE name LIKE %s", ["%" + q + "%"])
        return {"names": cursor.fetchall(), "agent": request.META.get("HTTP_USER_AGENT")}
