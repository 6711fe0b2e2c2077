"""Curation of the newsroom: articles, briefings (publish/unpublish through the services), uploads."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from briefings.models import Article, Briefing, UploadBatch
from briefings.services.briefings import briefing_publish, briefing_unpublish


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "language", "source_name", "published", "uploaded_by", "created_at")
    list_filter = ("status", "language", "topics")
    search_fields = ("title", "text", "source_name")
    date_hierarchy = "created_at"
    readonly_fields = ("content_hash", "claim_token", "claimed_at", "attempts", "extracted_at", "queued_at")


@admin.action(description=_("Publish selected briefings"))
def publish_briefings(modeladmin, request, queryset):
    for briefing in queryset:
        briefing_publish(briefing=briefing, user=request.user)
    modeladmin.message_user(request, _("Published %(count)s briefings.") % {"count": len(queryset)}, messages.SUCCESS)


@admin.action(description=_("Unpublish selected briefings"))
def unpublish_briefings(modeladmin, request, queryset):
    for briefing in queryset:
        briefing_unpublish(briefing=briefing, user=request.user)
    modeladmin.message_user(request, _("Unpublished %(count)s briefings.") % {"count": len(queryset)}, messages.SUCCESS)


@admin.register(Briefing)
class BriefingAdmin(SimpleHistoryAdmin):
    list_display = ("title", "slug", "status", "language", "conflict", "topic", "published_at", "updated_at")
    list_filter = ("status", "language", "conflict", "topic")
    search_fields = ("title", "summary", "slug")
    date_hierarchy = "published_at"
    autocomplete_fields = ("facts",)
    readonly_fields = ("status", "published_at")
    actions = [publish_briefings, unpublish_briefings]

    def get_readonly_fields(self, request, obj=None):
        # The slug is the public URL: once it exists it never changes.
        return (*self.readonly_fields, "slug") if obj else self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ("title",)}


@admin.register(UploadBatch)
class UploadBatchAdmin(admin.ModelAdmin):
    list_display = ("id", "created_by", "created_at")
    date_hierarchy = "created_at"
