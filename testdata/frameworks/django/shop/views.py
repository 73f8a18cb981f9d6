import logging
import os

from django.conf import settings
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import Context, Template, engines
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import get_valid_filename
from django.views import View
from django.views.generic import RedirectView, TemplateView

from .forms import ContactForm
from .models import Product

logger = logging.getLogger(__name__)


def search(request):
    term = request.GET.get("q", "")
    return HttpResponse("<h1>Results for %s</h1>" % term)  # want: T79


def search_safe(request):
    term = request.GET.get("q", "")
    return HttpResponse("<h1>Results for %s</h1>" % escape(term))


def search_plain(request):
    term = request.GET.get("q", "")
    return HttpResponse(term, content_type="text/plain")


def product_sql(request):
    name = request.GET["name"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_product WHERE name = '%s'" % name)  # want: T89
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None})


def product_sql_safe(request):
    name = request.GET["name"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_product WHERE name = %s", [name])
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None})


def product_raw(request, category):
    query = "SELECT * FROM shop_product WHERE category = '" + category + "'"
    products = Product.objects.raw(query)  # want: T89
    return render(request, "shop/list.html", {"products": products})


def product_raw_safe(request, category):
    products = Product.objects.raw("SELECT * FROM shop_product WHERE category = %s", [category])
    return render(request, "shop/list.html", {"products": products})


def product_extra(request):
    word = request.POST.get("word", "")
    products = Product.objects.filter(active=True).extra(where=["name LIKE '%%%s%%'" % word])  # want: T89
    return render(request, "shop/list.html", {"products": products})


def product_rank(request):
    column = request.GET.get("column", "name")
    products = Product.objects.annotate(rank=RawSQL("LENGTH(" + column + ")", []))  # want: T89
    safe = Product.objects.annotate(rank=RawSQL("LENGTH(name) > %s", [column]))
    return render(request, "shop/list.html", {"products": products, "safe": safe})


def greet(request):
    template = Template("<p>Hello " + request.GET.get("name", "") + "</p>")  # want: T1336
    return HttpResponse(template.render(Context({})))


def greet_safe(request):
    template = Template("<p>Hello {{ name }}</p>")
    return HttpResponse(template.render(Context({"name": request.GET.get("name", "")})))


def preview(request):
    engine = engines["django"]
    page = engine.from_string(request.POST.get("layout", ""))  # want: T1336
    fixed = engine.from_string("<p>{{ layout }}</p>")
    return HttpResponse(page.render({}) + fixed.render({"layout": request.POST.get("layout", "")}))


def prefer(request):
    response = HttpResponse("saved", content_type="text/plain")
    response.set_cookie("lang", request.GET.get("lang", "en"))  # want: T113
    response.set_cookie("seen", "1", secure=True, httponly=True)
    return response


def motto(request):
    text = request.COOKIES.get("motto", "")
    banner = mark_safe("<em>%s</em>" % text)  # want: T79
    title = format_html("<b>" + text + "</b>")  # want: T79
    return render(request, "shop/product.html", {"motto": banner, "title": title})


def motto_safe(request):
    text = request.COOKIES.get("motto", "")
    banner = format_html("<em>{}</em>", text)
    return render(request, "shop/product.html", {"motto": banner})


def go(request):
    return redirect(request.GET.get("next", "/"))  # want: T601


def go_checked(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)


def item(request, pk):
    products = Product.objects.raw("SELECT * FROM shop_product WHERE id = %d" % pk)
    return render(request, "shop/list.html", {"products": products})


def legacy_item(request, item_id):
    products = Product.objects.raw("SELECT * FROM shop_product WHERE id = " + item_id)  # want: T89
    return render(request, "shop/list.html", {"products": products})


def remember(request):
    request.session["last_search"] = request.GET.get("q", "")  # want: T501
    request.session["visits"] = request.session.get("visits", 0) + 1
    response = HttpResponse(content_type="text/html")
    response.content = "<p>%s</p>" % request.GET.get("q", "")  # want: T79
    return response


def go_home(request):
    slug = request.GET.get("slug", "")
    return redirect(reverse("shop:product", args=[slug]))


def tag(request):
    response = HttpResponse("ok", content_type="text/plain")
    response["X-Shop-Tag"] = request.headers.get("X-Tag", "")  # want: T113
    return response


def contact(request):
    form = ContactForm(request.POST)
    if form.is_valid():
        subject = form.cleaned_data["subject"]
        logger.info("contact form subject: %s", subject)  # want: T117
        logger.info("contact form received (%d chars)", len(subject))
    return render(request, "shop/contact.html", {"form": form})


def upload(request):
    doc = request.FILES["doc"]
    with open(os.path.join(settings.MEDIA_ROOT, doc.name), "wb") as out:  # want: T22
        for chunk in doc.chunks():
            out.write(chunk)
    return HttpResponse("stored", content_type="text/plain")


def upload_safe(request):
    doc = request.FILES["doc"]
    name = get_valid_filename(os.path.basename(doc.name))
    with open(os.path.join(settings.MEDIA_ROOT, name), "wb") as out:
        for chunk in doc.chunks():
            out.write(chunk)
    return HttpResponse("stored", content_type="text/plain")


class ProductView(View):
    def get(self, request, slug):
        products = Product.objects.raw(f"SELECT * FROM shop_product WHERE slug = '{slug}'")  # want: T89
        return render(request, "shop/list.html", {"products": products})

    def post(self, request, slug):
        products = Product.objects.filter(slug=slug)
        return render(request, "shop/list.html", {"products": products})


class ProfileView(TemplateView):
    template_name = "shop/profile.html"

    def get(self, request, *args, **kwargs):
        tab = self.request.GET.get("tab", "main")
        return HttpResponse("<div class='tab'>%s</div>" % tab)  # want: T79


class OutView(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        target = self.request.GET.get("to", "/")
        return target  # want: T601


def not_routed_yet(request):
    # A view that no URL pattern names (yet): request.GET still is request data.
    return HttpResponse("<p>%s</p>" % request.GET.get("msg", ""))  # want: T79
