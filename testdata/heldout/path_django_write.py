# label: path vulnerable CWE-22
from django.http import HttpResponse


def save_note(request):
    title = request.POST["title"]
    with open("/srv/notes/" + title + ".txt", "w") as fh:  # want: T22
        fh.write(request.POST["body"])
    return HttpResponse("saved")
