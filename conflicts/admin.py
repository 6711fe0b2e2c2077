from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from conflicts import models


class PlaceAliasInline(admin.TabularInline):
    model = models.PlaceAlias
    extra = 1


@admin.register(models.Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ("name", "name_ar", "key", "iso", "kind", "country", "lat", "lon")
    list_filter = ("kind", "country")
    search_fields = ("name", "name_ar", "name_ru", "key", "iso", "aliases__alias")
    inlines = [PlaceAliasInline]


@admin.register(models.PlaceAlias)
class PlaceAliasAdmin(SimpleHistoryAdmin):
    list_display = ("alias", "place", "language")
    search_fields = ("alias", "place__name")
    list_filter = ("language",)
    autocomplete_fields = ("place",)


@admin.register(models.Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ("slug", "name", "name_ar", "conflict")
    search_fields = ("slug", "name", "name_ar", "keywords")


@admin.register(models.Conflict)
class ConflictAdmin(SimpleHistoryAdmin):
    list_display = ("slug", "name", "name_ar", "topic")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(models.Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "name_ar", "kind")
    search_fields = ("code", "name", "name_ar")
    list_filter = ("kind",)


class ClaimAdmin(SimpleHistoryAdmin):
    list_filter = ("review_status",)
    search_fields = ("evidence", "article__title")
    date_hierarchy = "created_at"
    raw_id_fields = ("article",)


@admin.register(models.TerritoryChangeClaim)
class TerritoryChangeClaimAdmin(ClaimAdmin):
    list_display = ("place_name", "iso", "from_party", "to_party", "kind", "date", "review_status", "article")
    list_filter = ("review_status", "kind", "to_party")


@admin.register(models.CasualtyClaim)
class CasualtyClaimAdmin(ClaimAdmin):
    list_display = ("count", "count_high", "kind", "population", "party", "reported_by", "review_status", "article")
    list_filter = ("review_status", "kind", "population", "party")


class CeasefireClauseInline(admin.TabularInline):
    model = models.CeasefireClause
    extra = 0
    raw_id_fields = ("place",)


@admin.register(models.CeasefireClaim)
class CeasefireClaimAdmin(ClaimAdmin):
    list_display = ("signed", "effective", "parties", "mediators", "review_status", "article")
    inlines = [CeasefireClauseInline]


@admin.register(models.EventClaim)
class EventClaimAdmin(ClaimAdmin):
    list_display = ("date", "precision", "topic", "text", "review_status", "article")
    list_filter = ("review_status", "precision", "topic")


@admin.register(models.PlaceMention)
class PlaceMentionAdmin(ClaimAdmin):
    list_display = ("name", "iso", "place", "article")
    raw_id_fields = ("article", "place")
