from __future__ import annotations

from django.apps import AppConfig


class ConflictsConfig(AppConfig):
    name = "conflicts"
    verbose_name = "Conflicts and facts"

    def ready(self) -> None:
        from conflicts import signals_public  # noqa: F401 - connects the public cache's receivers
