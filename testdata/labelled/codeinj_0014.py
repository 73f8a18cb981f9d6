# label: codeinj safe CWE-94
# codeinj_0014: source django, bar method

import operator
from django.http import HttpResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def codeinj_0014(request):
    param = request.COOKIES.get("preference", "")
    thing = Thing()
    bar = thing.do_something(param)
    OPS = {"add": operator.add, "sub": operator.sub}
    fn = OPS.get(bar, operator.add)
    result = fn(2, 3)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0014/", codeinj_0014)]
