from django.urls import path, re_path

from . import views

app_name = "shop"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/safe/", views.search_safe),
    path("search/plain/", views.search_plain),
    path("lookup/", views.product_sql),
    path("lookup/safe/", views.product_sql_safe),
    path("category/<str:category>/", views.product_raw),
    path("category/<str:category>/safe/", views.product_raw_safe),
    path("filter/", views.product_extra),
    path("rank/", views.product_rank),
    path("greet/", views.greet),
    path("greet/safe/", views.greet_safe),
    path("motto/", views.motto),
    path("motto/safe/", views.motto_safe),
    path("go/", views.go),
    path("go/home/", views.go_home),
    path("go/checked/", views.go_checked),
    path("item/<int:pk>/", views.item),
    re_path(r"^legacy/item/(\w+)/$", views.legacy_item),
    path("remember/", views.remember),
    path("preview/", views.preview),
    path("prefer/", views.prefer),
    path("tag/", views.tag),
    path("contact/", views.contact),
    path("upload/", views.upload),
    path("upload/safe/", views.upload_safe),
    path("p/<slug:slug>/", views.ProductView.as_view()),
    path("profile/", views.ProfileView.as_view()),
    re_path(r"^out/$", views.OutView.as_view()),
]
