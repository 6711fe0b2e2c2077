"""The map as of a date, as a reader of the Karabakh page would check it."""

from __future__ import annotations

from datetime import date

import pytest

from conflicts.selectors.map_state import (
    ceasefire_clause_rows,
    changed_districts,
    clause_status,
    district_states,
    map_date_range,
    map_default_date,
    territory_changes_approved,
)
from tests.conflicts import public_data as data

pytestmark = pytest.mark.django_db


def _status(states, iso: str) -> str:
    return next(state.status for state in states if state.iso == iso)


def test_map_of_9_november_shows_only_shusha_captured():
    data.karabakh_2020_changes()
    changes = territory_changes_approved(conflict=data.karabakh())
    states = district_states(changes=changes, as_of=date(2020, 11, 9), language="en")
    assert _status(states, "AZ-SUS") == "capture"
    assert {_status(states, iso) for iso in ("AZ-AGM", "AZ-KAL", "AZ-LAC")} == {"unchanged"}


def test_map_of_2_december_shows_the_three_handovers_with_their_dates():
    data.karabakh_2020_changes()
    changes = territory_changes_approved(conflict=data.karabakh())
    states = {state.iso: state for state in district_states(changes=changes, as_of=date(2020, 12, 2), language="en")}
    assert states["AZ-KAL"].status == "handover" and states["AZ-KAL"].date == date(2020, 11, 25)
    assert states["AZ-LAC"].date == date(2020, 12, 1)
    assert states["AZ-SUS"].status == "capture"


def test_a_change_is_in_force_on_its_own_day():
    data.territory_change("AZ-KAL", date(2020, 11, 25))
    changes = territory_changes_approved(conflict=data.karabakh())
    assert _status(district_states(changes=changes, as_of=date(2020, 11, 24), language="en"), "AZ-KAL") == "unchanged"
    assert _status(district_states(changes=changes, as_of=date(2020, 11, 25), language="en"), "AZ-KAL") == "handover"


def test_the_latest_change_wins():
    data.territory_change("AZ-FUZ", date(2020, 10, 17), kind="capture")
    data.territory_change("AZ-FUZ", date(2020, 11, 20), kind="handover", to_party="RUS")
    changes = territory_changes_approved(conflict=data.karabakh())
    assert _status(district_states(changes=changes, as_of=date(2020, 11, 1), language="en"), "AZ-FUZ") == "capture"
    assert _status(district_states(changes=changes, as_of=date(2020, 12, 1), language="en"), "AZ-FUZ") == "handover"


def test_pending_and_rejected_changes_never_reach_the_map():
    data.territory_change("AZ-KAL", date(2020, 11, 25), status="pending")
    data.territory_change("AZ-AGM", date(2020, 11, 20), status="rejected")
    changes = territory_changes_approved(conflict=data.karabakh())
    assert changes == []
    assert {state.status for state in district_states(changes=changes, as_of=date(2021, 1, 1), language="en")} == {"unchanged"}


def test_two_reports_of_one_handover_are_one_change_citing_both_sources():
    first = data.territory_change("AZ-KAL", date(2020, 11, 25))
    data.territory_change("AZ-KAL", date(2020, 11, 26), source=data.article(title="Second report", outlet="Agency"))
    changes = territory_changes_approved(conflict=data.karabakh())
    assert len(changes) == 1
    assert changes[0].date == date(2020, 11, 25)
    assert {source.title for source in changes[0].sources} == {first.article.title, "Second report"}


def test_arabic_map_names_districts_in_arabic():
    data.territory_change("AZ-KAL", date(2020, 11, 25))
    changes = territory_changes_approved(conflict=data.karabakh())
    states = {state.iso: state for state in district_states(changes=changes, as_of=date(2020, 12, 2), language="ar")}
    assert states["AZ-KAL"].name == "كلبجار"
    assert changed_districts(changes=changes, as_of=date(2020, 12, 2), language="ar")[0].label("ar") == "كلبجار"


def test_default_date_is_the_latest_change():
    data.karabakh_2020_changes()
    changes = territory_changes_approved(conflict=data.karabakh())
    assert map_date_range(changes=changes) == (date(2020, 11, 8), date(2020, 12, 1))
    assert map_default_date(changes=changes) == date(2020, 12, 1)


def test_clause_tracker_says_met_late_and_unmet():
    data.territory_change("AZ-AGM", date(2020, 11, 20))
    data.territory_change("AZ-KAL", date(2020, 11, 25))
    data.ceasefire([
        ("territory_return", "AZ-AGM", date(2020, 11, 20)),
        ("territory_return", "AZ-KAL", date(2020, 11, 15)),
        ("territory_return", "AZ-LAC", date(2020, 12, 1)),
        ("peacekeepers", "", None),
    ])
    tracked = ceasefire_clause_rows(conflict=data.karabakh(), language="en", today=date(2021, 1, 1))
    rows = {(row.term, row.place): row for row in tracked}
    assert rows[("territory_return", "Aghdam")].status == "met"
    assert rows[("territory_return", "Kalbajar")].status == "late"
    assert rows[("territory_return", "Kalbajar")].observed.date == date(2020, 11, 25)
    assert rows[("territory_return", "Lachin")].status == "unmet"
    assert rows[("peacekeepers", "")].status == "untracked"


def test_clause_with_a_deadline_still_ahead_is_pending():
    status = clause_status(term="withdrawal", has_place=True, deadline=date(2020, 12, 1), observed=None, today=date(2020, 11, 20))
    assert status == "pending"


def test_unapproved_ceasefires_are_not_tracked():
    data.ceasefire([("territory_return", "AZ-AGM", date(2020, 11, 20))], status="pending")
    assert ceasefire_clause_rows(conflict=data.karabakh(), language="en") == []
