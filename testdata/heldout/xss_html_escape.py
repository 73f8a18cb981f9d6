# label: xss safe CWE-79
import html

from django.http import HttpResponse


def greet(request):
    who = request.GET.get("who", "")
    return HttpResponse("<p>Hi %s</p>" % html.escape(who))
