# label: xss safe CWE-79
from django.shortcuts import render


def results(request):
    q = request.GET.get("q", "")
    return render(request, "search/results.html", {"query": q})
