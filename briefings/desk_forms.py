"""Forms of the editor desk: correcting a claim, composing a briefing, searching."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from briefings.models import Briefing
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    CeasefireTerm,
    Conflict,
    EventClaim,
    FactKind,
    ReviewStatus,
    TerritoryChangeClaim,
    Topic,
)
from conflicts.services.review import EDITABLE_FIELDS

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PartyListField(forms.CharField):
    """A list of party codes typed as 'ARM, AZE, RUS'."""

    def __init__(self, *, encoder=None, decoder=None, **kwargs) -> None:
        # The model's JSONField passes these; a comma-separated list needs neither.
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [part.strip() for part in text.replace("،", ",").split(",") if part.strip()]


def _claim_form(model):
    fields = EDITABLE_FIELDS[model]
    widgets = {name: DATE_INPUT for name in ("date", "signed", "effective") if name in fields}
    widgets.update({"text": forms.Textarea(attrs={"rows": 3, "dir": "auto"})} if "text" in fields else {})
    field_classes = {name: PartyListField for name in ("parties", "mediators") if name in fields}
    return forms.modelform_factory(model, fields=fields, widgets=widgets, field_classes=field_classes)


CLAIM_FORMS = {model: _claim_form(model) for model in (TerritoryChangeClaim, CasualtyClaim, CeasefireClaim, EventClaim)}


def claim_form_for(claim, data=None) -> forms.ModelForm:
    form = CLAIM_FORMS[type(claim)](data, instance=claim, prefix=f"claim-{claim.id}")
    for name in ("parties", "mediators"):
        if name in form.fields:
            form.fields[name].required = False
    return form


class BriefingForm(forms.ModelForm):
    class Meta:
        model = Briefing
        fields = [
            "title", "summary", "language", "conflict", "topic",
            "show_map", "map_as_of", "show_timeline", "timeline_start", "timeline_end", "facts",
        ]  # fmt: skip
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto"}),
            "summary": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            "map_as_of": DATE_INPUT,
            "timeline_start": DATE_INPUT,
            "timeline_end": DATE_INPUT,
            "facts": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, fact_choices=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if fact_choices is not None:
            self.fields["facts"].queryset = fact_choices
        self.fields["facts"].required = False

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("timeline_start"), cleaned.get("timeline_end")
        if start and end and start > end:
            self.add_error("timeline_end", _("The timeline must end after it starts."))
        return cleaned


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, widget=forms.SearchInput(attrs={"dir": "auto", "autofocus": True}))
    conflict = forms.ModelChoiceField(
        label=_("Conflict"), queryset=Conflict.objects.all(), required=False, empty_label=_("All conflicts")
    )
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.all(), required=False, empty_label=_("All topics"))
    kind = forms.ChoiceField(label=_("Type"), choices=[("", _("Any type")), *FactKind.choices], required=False)
    status = forms.ChoiceField(label=_("Review status"), choices=[("", _("Any status")), *ReviewStatus.choices], required=False)
    date_from = forms.DateField(label=_("Published from"), required=False, widget=DATE_INPUT)
    date_to = forms.DateField(label=_("Published until"), required=False, widget=DATE_INPUT)


class FactFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=[("", _("Any type")), *FactKind.choices], required=False)
    conflict = forms.ModelChoiceField(
        label=_("Conflict"), queryset=Conflict.objects.all(), required=False, empty_label=_("All conflicts")
    )
    status = forms.ChoiceField(label=_("Review status"), choices=[("", _("Any status")), *ReviewStatus.choices], required=False)
    disagreeing = forms.BooleanField(label=_("Only where sources disagree"), required=False)


class ClauseForm(forms.Form):
    place_name = forms.CharField(label=_("Place"), required=False, max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    deadline = forms.DateField(label=_("Deadline"), required=False, widget=DATE_INPUT)


class ClauseAddForm(ClauseForm):
    term = forms.ChoiceField(label=_("Term"), choices=CeasefireTerm.choices)
    field_order = ["term", "place_name", "deadline"]


class AliasImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("Columns: place (key or ISO code), alias, language."))
