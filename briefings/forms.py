from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.docx,.pdf"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        # Each file is judged by the ingestion readers, which explain exactly what is wrong
        # with it (empty, binary, too big...) without rejecting the rest of the upload.
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        if self.required and not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return [item for item in files if hasattr(item, "read")]


class UploadForm(forms.Form):
    text = forms.CharField(
        label=_("Paste an article"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"})
    )
    title = forms.CharField(label=_("Title (optional)"), required=False, max_length=500)
    files = MultipleFileField(label=_("Or upload files (.txt, .html, .docx, .pdf)"), required=False)
    source_name = forms.CharField(label=_("Source (outlet)"), required=False, max_length=200)
    source_url = forms.URLField(label=_("Source URL"), required=False, max_length=1000, assume_scheme="https")
    published = forms.DateField(
        label=_("Publication date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        files = cleaned.get("files") or []
        if not files and not (cleaned.get("text") or "").strip():
            raise forms.ValidationError(_("Paste an article or choose at least one file."))
        limit = settings.FAULTLINE_MAX_FILES_PER_UPLOAD
        if len(files) > limit:
            raise forms.ValidationError(
                _("You chose %(count)s files; upload at most %(limit)s at a time.") % {"count": len(files), "limit": limit}
            )
        return cleaned
