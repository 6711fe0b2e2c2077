"""The newsroom: uploaded articles, their extraction jobs, and briefings."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class UploadBatch(models.Model):
    """One upload (a paste or several files), so the desk can show its progress."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "upload batches"

    def __str__(self) -> str:
        return f"Upload {self.id} ({self.created_at:%Y-%m-%d %H:%M})"


class ArticleStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    EXTRACTING = "extracting", _("Extracting")
    EXTRACTED = "extracted", _("Extracted")
    FAILED = "failed", _("Failed")


FINAL_STATUSES = (ArticleStatus.EXTRACTED, ArticleStatus.FAILED)


class Article(models.Model):
    title = models.CharField(max_length=500)
    # Exactly as uploaded (after decoding and HTML-to-text): evidence spans index into it.
    text = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    source_name = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(max_length=1000, blank=True)
    original_filename = models.CharField(max_length=255, blank=True)
    published = models.DateField(null=True, blank=True)
    # sha256 of the normalised text: the same article uploaded twice is stored once.
    content_hash = models.CharField(max_length=64, unique=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="articles")
    batch = models.ForeignKey(UploadBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    topics = models.ManyToManyField("conflicts.Topic", blank=True, related_name="articles")

    status = models.CharField(max_length=16, choices=ArticleStatus.choices, default=ArticleStatus.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    # Which task run holds the job: a redelivered message (same task id) may take it back.
    claim_token = models.CharField(max_length=64, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(auto_now_add=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ArticleStatus.values), name="article_status_valid"),
            models.CheckConstraint(condition=~Q(text=""), name="article_text_not_empty"),
        ]
        indexes = [models.Index(fields=["status", "queued_at"], name="article_status_queued_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


class BriefingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Briefing(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    conflict = models.ForeignKey("conflicts.Conflict", null=True, blank=True, on_delete=models.SET_NULL, related_name="briefings")
    topic = models.ForeignKey("conflicts.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="briefings")
    status = models.CharField(max_length=16, choices=BriefingStatus.choices, default=BriefingStatus.DRAFT, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True)
    show_map = models.BooleanField(default=True)
    show_timeline = models.BooleanField(default=True)
    map_as_of = models.DateField(null=True, blank=True)
    timeline_start = models.DateField(null=True, blank=True)
    timeline_end = models.DateField(null=True, blank=True)
    facts = models.ManyToManyField("conflicts.Fact", blank=True, related_name="briefings")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False), name="published_briefing_has_date"
            ),
        ]

    def __str__(self) -> str:
        return self.title
