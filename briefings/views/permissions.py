"""Who may use the desk: editors and curators (and superusers); everyone else gets public pages."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from conflicts.services.roles import CURATORS, EDITORS


def is_editor(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=[EDITORS, CURATORS]).exists()


def editor_required(view):
    """Anonymous visitors go to the login page; signed-in non-editors get 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
