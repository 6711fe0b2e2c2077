"""Project URLs: the desk, accounts, admin; public pages live under /en/ and /ar/."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from briefings.views import briefings_desk, desk, export, facts, health, review, search

desk_patterns = (
    [
        path("", desk.queue, name="queue"),
        path("upload/", desk.upload, name="upload"),
        path("articles/<int:article_id>/", desk.article_detail, name="article"),
        path("articles/<int:article_id>/retry/", desk.article_retry, name="article_retry"),
        # The editor desk (issue 4): review, facts, briefings, search, export.
        path("review/", review.dashboard, name="review_dashboard"),
        path("articles/<int:article_id>/review/", review.article_review, name="article_review"),
        path("articles/<int:article_id>/approve/<str:kind>/", review.article_approve_kind, name="article_approve_kind"),
        path("claims/<str:kind>/<int:claim_id>/", review.claim_card, name="claim_card"),
        path("claims/<str:kind>/<int:claim_id>/edit/", review.claim_edit_view, name="claim_edit"),
        path("claims/<str:kind>/<int:claim_id>/<str:decision>/", review.claim_decide, name="claim_decide"),
        path("facts/", facts.fact_list, name="facts"),
        path("facts/<int:fact_id>/", facts.fact_detail, name="fact"),
        path("facts/<int:fact_id>/merge/", facts.fact_merge, name="fact_merge"),
        path("facts/<int:fact_id>/split/", facts.fact_split_view, name="fact_split"),
        path("casualties/", facts.casualties, name="casualties"),
        path("ceasefires/", facts.ceasefires, name="ceasefires"),
        path("ceasefires/<int:fact_id>/terms/", facts.clause_add_view, name="clause_add"),
        path("clauses/<int:clause_id>/", facts.clause_edit_view, name="clause_edit"),
        path("briefings/", briefings_desk.briefing_list, name="briefings"),
        path("briefings/new/", briefings_desk.briefing_new, name="briefing_new"),
        path("briefings/<int:briefing_id>/", briefings_desk.briefing_preview, name="briefing_preview"),
        path("briefings/<int:briefing_id>/edit/", briefings_desk.briefing_edit, name="briefing_edit"),
        path("briefings/<int:briefing_id>/reader/", briefings_desk.briefing_reader_view, name="briefing_reader"),
        path("briefings/<int:briefing_id>/publish/", briefings_desk.briefing_publish_view, name="briefing_publish"),
        path("briefings/<int:briefing_id>/unpublish/", briefings_desk.briefing_unpublish_view, name="briefing_unpublish"),
        path("search/", search.search, name="search"),
        path("export/facts.csv", export.facts_csv, name="export_csv"),
        path("export/facts.json", export.facts_json, name="export_json"),
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
    path("", include("briefings.public_root_urls")),
]
urlpatterns += i18n_patterns(path("", include("briefings.public_urls")), prefix_default_language=True)
