# label: sqli safe CWE-89
from django.http import JsonResponse

from blog.models import Post


def search(request):
    term = request.GET.get("q", "")
    posts = Post.objects.filter(title__icontains=term).values_list("title", flat=True)
    return JsonResponse({"titles": list(posts)})
