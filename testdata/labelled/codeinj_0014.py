# label: codeinj safe CWE-94
# codeinj_0014: source django, bar del_index

import operator
from django.http import HttpResponse
from django.urls import path


def codeinj_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    OPS = {"add": operator.add, "sub": operator.sub}
    fn = OPS.get(bar, operator.add)
    result = fn(2, 3)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0014/", codeinj_0014)]
