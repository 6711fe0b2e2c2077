"""Curation of the conflict domain: gazetteer, topics, parties, claims and facts.

Bulk review actions call the same services as the desk, so who/when and history match.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from conflicts import models
from conflicts.services.aliases import place_aliases_import
from conflicts.services.consolidation import CLAIM_MODELS
from conflicts.services.review import claims_set_status


class PlaceAliasInline(admin.TabularInline):
    model = models.PlaceAlias
    extra = 1


@admin.register(models.Place)
class PlaceAdmin(SimpleHistoryAdmin):
    list_display = ("name", "name_ar", "key", "iso", "kind", "country", "lat", "lon", "updated_at")
    list_filter = ("kind", "country")
    search_fields = ("name", "name_ar", "name_ru", "name_az", "key", "iso", "aliases__alias")
    date_hierarchy = "updated_at"
    inlines = [PlaceAliasInline]


@admin.register(models.PlaceAlias)
class PlaceAliasAdmin(SimpleHistoryAdmin):
    list_display = ("alias", "place", "language", "updated_at")
    search_fields = ("alias", "place__name", "place__key")
    list_filter = ("language",)
    date_hierarchy = "updated_at"
    autocomplete_fields = ("place",)
    change_list_template = "admin/conflicts/placealias/change_list.html"

    def get_urls(self):
        extra = [path("import/", self.admin_site.admin_view(self.import_csv), name="conflicts_placealias_import")]
        return extra + super().get_urls()

    def import_csv(self, request):
        from briefings.desk_forms import AliasImportForm

        if not self.has_add_permission(request):
            return redirect("admin:conflicts_placealias_changelist")
        form = AliasImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            outcome = place_aliases_import(data=form.cleaned_data["file"].read())
            for error in outcome.errors[:20]:
                messages.warning(request, error)
            messages.success(request, _("%(created)s aliases added, %(existing)s already known.") % vars(outcome))
            return redirect("admin:conflicts_placealias_changelist")
        context = {**self.admin_site.each_context(request), "form": form, "opts": self.model._meta, "title": _("Import aliases")}
        return TemplateResponse(request, "admin/conflicts/placealias/import.html", context)


@admin.register(models.Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ("slug", "name", "name_ar", "conflict")
    list_filter = ("conflict",)
    search_fields = ("slug", "name", "name_ar", "keywords")


@admin.register(models.Conflict)
class ConflictAdmin(SimpleHistoryAdmin):
    list_display = ("slug", "name", "name_ar", "topic")
    search_fields = ("slug", "name", "name_ar")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(models.Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "name_ar", "kind")
    search_fields = ("code", "name", "name_ar")
    list_filter = ("kind",)


@admin.action(description=_("Approve selected claims"))
def approve_claims(modeladmin, request, queryset):
    count = claims_set_status(claims=queryset, user=request.user, status=models.ReviewStatus.APPROVED)
    modeladmin.message_user(request, _("%(count)s claims approved.") % {"count": count}, messages.SUCCESS)


@admin.action(description=_("Reject selected claims"))
def reject_claims(modeladmin, request, queryset):
    count = claims_set_status(claims=queryset, user=request.user, status=models.ReviewStatus.REJECTED)
    modeladmin.message_user(request, _("%(count)s claims rejected.") % {"count": count}, messages.SUCCESS)


class ClaimAdmin(SimpleHistoryAdmin):
    list_filter = ("review_status", "fact__conflict")
    search_fields = ("evidence", "article__title")
    date_hierarchy = "created_at"
    raw_id_fields = ("article", "fact")
    readonly_fields = ("reviewed_by", "reviewed_at")
    actions = [approve_claims, reject_claims]


@admin.register(models.TerritoryChangeClaim)
class TerritoryChangeClaimAdmin(ClaimAdmin):
    list_display = ("place_name", "iso", "from_party", "to_party", "kind", "date", "review_status", "reviewed_by", "article")
    list_filter = ("review_status", "kind", "to_party", "fact__conflict")
    search_fields = ("place_name", "iso", "evidence", "article__title")
    raw_id_fields = ("article", "fact", "place")


@admin.register(models.CasualtyClaim)
class CasualtyClaimAdmin(ClaimAdmin):
    list_display = (
        "count", "count_high", "kind", "population", "party", "reported_by", "review_status", "reviewed_by", "article",
    )  # fmt: skip
    list_filter = ("review_status", "kind", "population", "party", "fact__conflict")


class CeasefireClauseInline(admin.TabularInline):
    model = models.CeasefireClause
    extra = 0
    raw_id_fields = ("place",)


@admin.register(models.CeasefireClaim)
class CeasefireClaimAdmin(ClaimAdmin):
    list_display = ("signed", "effective", "parties", "mediators", "review_status", "reviewed_by", "article")
    inlines = [CeasefireClauseInline]


@admin.register(models.CeasefireClause)
class CeasefireClauseAdmin(admin.ModelAdmin):
    list_display = ("term", "place_name", "deadline", "ceasefire")
    list_filter = ("term",)
    search_fields = ("place_name", "evidence")
    date_hierarchy = "deadline"
    raw_id_fields = ("ceasefire", "place")


@admin.register(models.EventClaim)
class EventClaimAdmin(ClaimAdmin):
    list_display = ("date", "precision", "topic", "text", "review_status", "reviewed_by", "article")
    list_filter = ("review_status", "precision", "topic", "fact__conflict")
    search_fields = ("text", "evidence", "article__title")


@admin.register(models.PlaceMention)
class PlaceMentionAdmin(admin.ModelAdmin):
    list_display = ("name", "iso", "place", "article")
    search_fields = ("name", "iso", "article__title")
    date_hierarchy = "created_at"
    raw_id_fields = ("article", "place", "fact")


@admin.register(models.Fact)
class FactAdmin(SimpleHistoryAdmin):
    """Facts group claims; the desk's fact page is where editors merge and split them."""

    list_display = ("key", "kind", "conflict", "source_count", "desk_link", "updated_at")
    list_filter = ("kind", "conflict")
    search_fields = ("key",)
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("conflict")
        for model in CLAIM_MODELS.values():
            name = model._meta.get_field("fact").related_query_name()
            queryset = queryset.annotate(**{f"n_{name}": Count(name, distinct=True)})
        return queryset

    @admin.display(description=_("claims"))
    def source_count(self, fact) -> int:
        return sum(getattr(fact, f"n_{m._meta.get_field('fact').related_query_name()}", 0) for m in CLAIM_MODELS.values())

    @admin.display(description=_("desk"))
    def desk_link(self, fact) -> str:
        return format_html('<a href="{}">{}</a>', reverse("briefings:fact", args=[fact.id]), _("sources"))

    # A fact is only a grouping of claims: whoever may curate claims may curate facts.
    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("conflicts.view_territorychangeclaim") or super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("conflicts.change_territorychangeclaim") or super().has_change_permission(request, obj)

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request) or super().has_module_permission(request)
