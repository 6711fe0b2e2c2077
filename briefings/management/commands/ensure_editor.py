from __future__ import annotations

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from conflicts.services.roles import CURATORS, EDITORS


class Command(BaseCommand):
    help = (
        "Create the first editor account (FAULTLINE_EDITOR_USERNAME / _PASSWORD, or a generated password) "
        "and print how to log in."
    )

    def handle(self, *args, **options) -> None:
        username = os.environ.get("FAULTLINE_EDITOR_USERNAME", "editor")
        password = os.environ.get("FAULTLINE_EDITOR_PASSWORD", "")
        saved = settings.VAR_DIR / "editor-password.txt"
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
        if created or password:
            password = password or secrets.token_urlsafe(12)
            user.set_password(password)
            user.is_staff = True
            user.save()
            if not os.environ.get("FAULTLINE_EDITOR_PASSWORD"):
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved.write_text(password + "\n", encoding="utf-8")
                saved.chmod(0o600)
        elif saved.exists():
            password = saved.read_text(encoding="utf-8").strip()
        user.groups.add(*Group.objects.filter(name__in=[EDITORS, CURATORS]))
        shown = password or "(unchanged; set FAULTLINE_EDITOR_PASSWORD to reset it)"
        self.stdout.write(self.style.SUCCESS(f"Editor login: {username} / {shown}"))
