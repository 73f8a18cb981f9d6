# label: sqli vulnerable CWE-89
# sqli_0012: source django, bar loop

from django.http import HttpResponse
from django.urls import path
from sqlalchemy import create_engine, text


def sqli_0012(request):
    param = request.GET.get("q", "")
    bar = ""
    for ch in param:
        bar += ch
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0012/", sqli_0012)]
