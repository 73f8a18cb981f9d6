# label: sqli vulnerable CWE-89
import sqlite3

from django.http import JsonResponse


def report(request):
    clauses = ["status = 'open'"]
    owner = request.GET.get("owner")
    if owner:
        clauses.append("owner = '%s'" % owner)
    sql = "SELECT id FROM tickets WHERE " + " AND ".join(clauses)
    rows = sqlite3.connect("t.db").execute(sql).fetchall()  # want: T89
    return JsonResponse({"ids": [r[0] for r in rows]})
