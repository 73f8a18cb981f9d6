from django.utils import safestring
from django.utils.safestring import mark_safe, SafeString

mark_safe("<b>literal</b>")  # want: B308(MEDIUM,HIGH)
safestring.mark_safe(user_html)  # want: B308, B703(MEDIUM,HIGH)
SafeString(user_html)  # want: B703

static = "<b>static</b>"
mark_safe(static)  # want: B308


def render(name):
    mark_safe(name)  # want: B308, B703
    greeting = "<b>{}</b>".format("hi")
    mark_safe(greeting)  # want: B308
    built = "<b>%s</b>" % name
    mark_safe(built)  # want: B308, B703
    mark_safe("<b>%s</b>" % "x")  # want: B308
    mark_safe("<b>%s</b>" % name)  # want: B308, B703
    mark_safe("<b>{}</b>".format(static))  # want: B308, B703
    mark_safe(str(name))  # want: B308, B703
