from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin


def badge(user):
    a = format_html(f"<b>{user.name}</b>")  # want: K225
    b = format_html("<b>%s</b>" % user.name)  # want: K225
    c = format_html("<b>{}</b>".format(user.name))  # want: K225
    ok1 = format_html("<b>{}</b>", user.name)
    ok2 = format_html(f"<b>{{}}</b>", user.name)
    return a, b, c, ok1, ok2


@xframe_options_exempt  # want: K226
def embed(request):
    return None


@xframe_options_sameorigin
def settings_page(request):
    return None


embedded = xframe_options_exempt(settings_page)  # want: K226
