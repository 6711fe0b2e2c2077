"""Load the default gazetteer, parties, topics and the Karabakh conflict.

`manage.py migrate` alone leaves a database that `extract` and the pages can use; later
updates to the shipped data arrive with `manage.py load_defaults` (make run calls it).
"""

from __future__ import annotations

from django.db import migrations


def load(apps, schema_editor) -> None:
    from conflicts.services.defaults import defaults_load

    defaults_load(get_model=apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("conflicts", "0001_initial"), ("briefings", "0002_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
