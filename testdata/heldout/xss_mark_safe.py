# label: xss vulnerable CWE-79
from django.shortcuts import render
from django.utils.safestring import mark_safe


def preview(request):
    text = request.POST.get("text", "")
    return render(request, "preview.html", {"content": mark_safe(text)})  # want: T79
