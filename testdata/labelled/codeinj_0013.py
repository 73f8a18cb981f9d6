# label: codeinj safe CWE-94
# codeinj_0013: source django, bar varcond

import ast
from django.http import HttpResponse
from django.urls import path


def codeinj_0013(request):
    param = request.POST.get("comment", "")
    bar = param if len(param) < 4096 else ""
    result = ast.literal_eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0013/", codeinj_0013)]
