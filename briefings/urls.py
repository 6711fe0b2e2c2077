"""Project URLs: the desk, accounts, admin; public pages live under /en/ and /ar/."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from briefings.views import desk, health

desk_patterns = (
    [
        path("", desk.queue, name="queue"),
        path("upload/", desk.upload, name="upload"),
        path("articles/<int:article_id>/", desk.article_detail, name="article"),
        path("articles/<int:article_id>/retry/", desk.article_retry, name="article_retry"),
    ],
    "briefings",
)

urlpatterns = [
    path("desk/", include(desk_patterns)),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
]
urlpatterns += i18n_patterns(path("", include("briefings.public_urls")), prefix_default_language=True)
