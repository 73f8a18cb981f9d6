# label: xss vulnerable CWE-79
from django.http import HttpResponse


def greet(request):
    who = request.GET.get("who", "")
    return HttpResponse("<p>Hi %s</p>" % who)  # want: T79
