from __future__ import annotations

from django.apps import apps
from django.core.management.base import BaseCommand

from conflicts.services.defaults import defaults_load
from conflicts.services.roles import roles_ensure


class Command(BaseCommand):
    help = "Load or update the default gazetteer, parties, topics, the Karabakh conflict and the newsroom roles."

    def handle(self, *args, **options) -> None:
        counts = defaults_load(get_model=apps.get_model)
        roles_ensure()
        self.stdout.write(f"Default data: {counts['places']} places, {counts['parties']} parties, {counts['topics']} topics.")
