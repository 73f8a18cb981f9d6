from django import forms
from django.conf import settings
from django.template import Context, Engine
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic.edit import CreateView, UpdateView
from rest_framework import serializers
import django_filters

settings.configure(DEBUG=True, SECRET_KEY="literal-key", ALLOWED_HOSTS=["*"])  # want: K201, K202, K203, B106


@csrf_exempt  # want: K209
def webhook(request):
    return None


@csrf_protect
def form_view(request):
    return None


@method_decorator(csrf_exempt, name="dispatch")  # want: K209
class Hook(View):
    pass


urlpatterns = [path("raw/", csrf_exempt(webhook))]  # want: K209


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__"  # want: K224


class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        exclude = ["is_staff", "is_superuser"]  # want: K224


class SafeForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = "__all__"  # want: K224


class ProfileFilter(django_filters.FilterSet):
    class Meta:
        model = Profile
        fields = "__all__"


class ProfileCreate(CreateView):
    model = Profile
    fields = "__all__"  # want: K224


class ProfileUpdate(UpdateView):
    model = Profile
    fields = ["bio"]


class Plain:
    fields = "__all__"


engine = Engine(autoescape=False)  # want: K210
ctx = Context({}, autoescape=True)
