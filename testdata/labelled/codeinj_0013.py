# label: codeinj safe CWE-94
# codeinj_0013: source django, bar ifexp

import ast
from django.http import HttpResponse
from django.urls import path


def codeinj_0013(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    result = ast.literal_eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0013/", codeinj_0013)]
