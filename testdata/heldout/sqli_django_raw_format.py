# label: sqli vulnerable CWE-89
from django.db import connection
from django.http import JsonResponse


def search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        sql = "SELECT title FROM blog_post WHERE title LIKE '%%%s%%'" % term
        cursor.execute(sql)  # want: T89
        rows = cursor.fetchall()
    return JsonResponse({"titles": [r[0] for r in rows]})
