"""The conflict domain: conflicts, topics, parties, the gazetteer, and what articles claim.

A *claim* is what one article says (extracted by the engine, reviewed by editors);
re-extracting an article replaces its claims and nothing else.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Conflict(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    description_ar = models.TextField(blank=True)
    # The topic whose articles feed this conflict's pages (karabakh → Karabakh conflict).
    topic = models.ForeignKey("Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200, blank=True)
    conflict = models.ForeignKey(Conflict, null=True, blank=True, on_delete=models.SET_NULL, related_name="topics")
    # Keywords in any language, one per line: the engine counts them to decide the topic.
    keywords = models.TextField(blank=True, help_text="One keyword or phrase per line, in any language.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name

    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class Party(models.Model):
    """A state (ISO 3166-1 alpha-3, upper case) or a non-state actor (lower-case slug)."""

    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=16, choices=[("state", "State"), ("non_state", "Non-state actor")], default="state")

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Place(models.Model):
    """A gazetteer entry. `key` is the ISO 3166-2 code for subdivisions, else a slug."""

    key = models.CharField(max_length=64, unique=True)
    iso = models.CharField("ISO 3166-2", max_length=12, blank=True, db_index=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200, blank=True)
    name_ru = models.CharField(max_length=200, blank=True)
    name_az = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=16, default="city")
    country = models.CharField(max_length=3, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.iso or self.key})"


class PlaceAlias(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    language = models.CharField(max_length=8, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        constraints = [models.UniqueConstraint(fields=["place", "alias"], name="unique_alias_per_place")]
        verbose_name_plural = "place aliases"

    def __str__(self) -> str:
        return self.alias


class FactKind(models.TextChoices):
    TERRITORY_CHANGE = "territory_change", _("Territory change")
    CASUALTY = "casualty", _("Casualty")
    CEASEFIRE = "ceasefire", _("Ceasefire")
    EVENT = "event", _("Event")


class Fact(models.Model):
    """The thing in the world several claims describe (design-notes.md: claims vs facts).

    `key` groups claims (territory change: place + recipient; ceasefire: parties + date;
    casualty: party + kind + population + reporter + date; event: date + topic), see
    conflicts/keys.py. Values shown publicly come from the fact's approved claims.
    """

    kind = models.CharField(max_length=32, choices=FactKind.choices)
    key = models.CharField(max_length=300)
    conflict = models.ForeignKey(Conflict, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "key"]
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="unique_fact_key")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.key}"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Claim(models.Model):
    """What one article says, with the exact sentence it says it in."""

    article = models.ForeignKey("briefings.Article", on_delete=models.CASCADE, related_name="%(class)ss")
    evidence = models.TextField()
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    review_status = models.CharField(max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.PENDING, db_index=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    fact = models.ForeignKey(Fact, null=True, blank=True, on_delete=models.SET_NULL, related_name="%(class)ss")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["article", "span_start"]

    @classmethod
    def span_constraint(cls, name: str) -> models.CheckConstraint:
        return models.CheckConstraint(condition=Q(span_end__gte=models.F("span_start")), name=name)


class TerritoryChangeKind(models.TextChoices):
    HANDOVER = "handover", _("Handover")
    CAPTURE = "capture", _("Capture")
    WITHDRAWAL = "withdrawal", _("Withdrawal")


class TerritoryChangeClaim(Claim):
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="territory_changes")
    place_name = models.CharField(max_length=200)
    iso = models.CharField(max_length=12, blank=True)
    from_party = models.CharField(max_length=32, blank=True)
    to_party = models.CharField(max_length=32, blank=True)
    kind = models.CharField(max_length=16, choices=TerritoryChangeKind.choices)
    date = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta(Claim.Meta):
        constraints = [Claim.span_constraint("territory_change_span_ordered")]

    def __str__(self) -> str:
        return f"{self.place_name}: {self.from_party or '?'} → {self.to_party or '?'} ({self.kind})"


class CasualtyKind(models.TextChoices):
    KILLED = "killed", _("Killed")
    WOUNDED = "wounded", _("Wounded")
    MISSING = "missing", _("Missing")
    CAPTURED = "captured", _("Captured")
    DISPLACED = "displaced", _("Displaced")


class Population(models.TextChoices):
    MILITARY = "military", _("Military")
    CIVILIAN = "civilian", _("Civilian")
    UNKNOWN = "unknown", _("Unknown")


class CasualtyClaim(Claim):
    count = models.PositiveIntegerField()
    count_high = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=16, choices=CasualtyKind.choices)
    population = models.CharField(max_length=16, choices=Population.choices, default=Population.UNKNOWN)
    party = models.CharField(max_length=32, blank=True)
    reported_by = models.CharField(max_length=32, blank=True)
    history = HistoricalRecords()

    class Meta(Claim.Meta):
        constraints = [
            Claim.span_constraint("casualty_span_ordered"),
            models.CheckConstraint(
                condition=Q(count_high__isnull=True) | Q(count_high__gte=models.F("count")), name="casualty_range_ordered"
            ),
        ]

    def __str__(self) -> str:
        figure = f"{self.count}–{self.count_high}" if self.count_high else f"{self.count}"
        return f"{figure} {self.kind} ({self.population}, {self.party or 'party unknown'})"


class CeasefireClaim(Claim):
    signed = models.DateField(null=True, blank=True)
    effective = models.DateField(null=True, blank=True)
    parties = models.JSONField(default=list)
    mediators = models.JSONField(default=list)
    history = HistoricalRecords()

    class Meta(Claim.Meta):
        constraints = [Claim.span_constraint("ceasefire_span_ordered")]

    def __str__(self) -> str:
        when = self.signed or self.effective or "undated"
        return f"Ceasefire {when} ({', '.join(self.parties) or 'parties unknown'})"


class CeasefireTerm(models.TextChoices):
    CEASEFIRE = "ceasefire", _("Ceasefire")
    POSITIONS_FROZEN = "positions_frozen", _("Positions frozen")
    TERRITORY_RETURN = "territory_return", _("Territory returned")
    PEACEKEEPERS = "peacekeepers", _("Peacekeepers")
    CORRIDOR = "corridor", _("Corridor")
    PRISONER_EXCHANGE = "prisoner_exchange", _("Prisoner exchange")
    REFUGEE_RETURN = "refugee_return", _("Refugee return")
    TRANSPORT_UNBLOCK = "transport_unblock", _("Transport unblocked")
    WITHDRAWAL = "withdrawal", _("Withdrawal")
    DISARMAMENT = "disarmament", _("Disarmament")
    MONITORING = "monitoring", _("Monitoring")


class CeasefireClause(models.Model):
    """One term of a ceasefire claim, with its deadline and place where the text gives them."""

    ceasefire = models.ForeignKey(CeasefireClaim, on_delete=models.CASCADE, related_name="clauses")
    term = models.CharField(max_length=32, choices=CeasefireTerm.choices)
    deadline = models.DateField(null=True, blank=True)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    place_name = models.CharField(max_length=200, blank=True)
    evidence = models.TextField(blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["ceasefire", "deadline", "term"]

    def __str__(self) -> str:
        return f"{self.get_term_display()} {self.place_name} {self.deadline or ''}".strip()


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class EventClaim(Claim):
    # The first day of the period, so events sort; `precision` says how much of it is known.
    date = models.DateField()
    precision = models.CharField(max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    text = models.TextField()
    history = HistoricalRecords()

    class Meta(Claim.Meta):
        constraints = [Claim.span_constraint("event_span_ordered")]

    def __str__(self) -> str:
        return f"{self.date_label}: {self.text[:60]}"

    @property
    def date_label(self) -> str:
        iso = self.date.isoformat()
        return {"year": iso[:4], "month": iso[:7]}.get(self.precision, iso)


class PlaceMention(Claim):
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions")
    name = models.CharField(max_length=200)
    iso = models.CharField(max_length=12, blank=True)

    class Meta(Claim.Meta):
        constraints = [Claim.span_constraint("place_mention_span_ordered")]

    def __str__(self) -> str:
        return self.name
