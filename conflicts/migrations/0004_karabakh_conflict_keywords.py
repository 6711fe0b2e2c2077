"""The Karabakh topic also covers the conflict between the two states wherever it is fought or
settled (border clashes, prisoner exchanges, delimitation): add those keywords to databases
loaded before they shipped. Only adds; a keyword a curator already has is not repeated."""

from __future__ import annotations

from django.db import migrations

ADDED = (
    "Armenian-Azerbaijani", "Azerbaijani-Armenian", "Armenia-Azerbaijan", "Azerbaijan-Armenia",
    "Armenia and Azerbaijan", "Azerbaijan and Armenia", "Baku and Yerevan", "Yerevan and Baku",
    "الأرمينية الأذربيجانية", "الأذربيجانية الأرمينية", "أرمينيا وأذربيجان", "أذربيجان وأرمينيا",
    "باكو ويريفان", "يريفان وباكو",
    "армяно-азербайджанск", "азербайджано-армянск", "Армении и Азербайджана", "Азербайджана и Армении",
    "Армения и Азербайджан", "Азербайджан и Армения",
)


def add_keywords(apps, schema_editor) -> None:
    Topic = apps.get_model("conflicts", "Topic")
    topic = Topic.objects.filter(slug="karabakh").first()
    if topic is None:
        return
    present = {line.strip() for line in topic.keywords.splitlines() if line.strip()}
    missing = [keyword for keyword in ADDED if keyword not in present]
    if missing:
        topic.keywords = "\n".join([*[line for line in topic.keywords.splitlines() if line.strip()], *missing])
        topic.save(update_fields=["keywords"])


class Migration(migrations.Migration):
    dependencies = [("conflicts", "0003_fact_casualtyclaim_fact_ceasefireclaim_fact_and_more")]
    operations = [migrations.RunPython(add_keywords, migrations.RunPython.noop)]
