# label: sqli vulnerable CWE-89
import psycopg2
from django.http import JsonResponse


def orders(request):
    sort = request.GET.get("sort", "id")
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    cur.execute("SELECT * FROM orders ORDER BY " + sort)  # want: T89
    return JsonResponse({"rows": cur.fetchall()})
