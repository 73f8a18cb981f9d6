# label: sqli vulnerable CWE-89
# sqli_0015: source django, bar closure

from django.http import HttpResponse
from django.urls import path
from sqlalchemy import create_engine, text


def sqli_0015(request):
    param = request.COOKIES.get("preference", "")
    def inner():
        return param
    bar = inner()
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return HttpResponse("ok")


urlpatterns = [path("sqli_0015/", sqli_0015)]
