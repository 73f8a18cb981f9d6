# label: sqli safe CWE-89
# sqli_0036: source django, bar ifstmt

from django.http import HttpResponse
from django.urls import path
from sqlalchemy import create_engine, text


def sqli_0036(request):
    param = request.COOKIES.get("preference", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = :bio WHERE id = 1"), {"bio": bar})
    return HttpResponse("ok")


urlpatterns = [path("sqli_0036/", sqli_0036)]
