from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from briefings.models import Article, Briefing, UploadBatch


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "language", "source_name", "published", "uploaded_by", "created_at")
    list_filter = ("status", "language", "topics")
    search_fields = ("title", "text", "source_name")
    date_hierarchy = "created_at"
    readonly_fields = ("content_hash", "claim_token", "claimed_at", "attempts", "extracted_at", "queued_at")


@admin.register(Briefing)
class BriefingAdmin(SimpleHistoryAdmin):
    list_display = ("title", "status", "language", "conflict", "topic", "published_at")
    list_filter = ("status", "language", "conflict")
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}


@admin.register(UploadBatch)
class UploadBatchAdmin(admin.ModelAdmin):
    list_display = ("id", "created_by", "created_at")
