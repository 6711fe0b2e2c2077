"""Ceasefire parties from the text around the deal, references back to older truces, terms."""
from __future__ import annotations

import datetime as dt

from conflicts.extraction import extract


def _ceasefires(text: str, gazetteer, published: dt.date):
    return extract(text, published=published, gazetteer=gazetteer).ceasefires


def test_a_syria_memorandum_between_guarantors_is_between_the_syrian_sides(gazetteer):
    text = ("Armenia and Azerbaijan traded accusations over Karabakh.\n\n"
            "Russia, Turkey and Iran signed a memorandum on de-escalation zones in Syria on 4 May 2017, "
            "with the ceasefire taking effect on 6 May.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 5, 8))
    assert (ceasefire.signed, ceasefire.effective) == ("2017-05-04", "2017-05-06")
    assert ceasefire.parties == ("SYR", "syrian-opposition")
    assert set(ceasefire.mediators) == {"RUS", "TUR", "IRN"}


def test_government_and_opposition_are_both_parties(gazetteer):
    text = "The Syrian government and the opposition agreed a ceasefire on 30 December 2016."
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 1, 5))
    assert ceasefire.parties == ("SYR", "syrian-opposition")


def test_a_truce_referred_back_to_counts_but_holding_is_not_a_new_one(gazetteer):
    text = ("Armenia and Azerbaijan accused each other of violating the Moscow truce of 10 October. "
            "The ceasefire appeared to be holding on Monday.")
    ceasefires = _ceasefires(text, gazetteer, dt.date(2020, 10, 14))
    assert [(c.signed, c.effective) for c in ceasefires] == [("2020-10-10", None)]


def test_monitoring_group_peacekeepers_corridor_and_body_exchange_are_terms(gazetteer):
    text = ("A humanitarian ceasefire between Armenia and Azerbaijan took effect on 18 October. The sides agreed "
            "to set up a joint working group to monitor compliance, with Russian peacekeepers deployed along the "
            "contact line, a corridor to Armenia and an exchange of bodies.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 10, 20))
    assert set(ceasefire.terms) == {"ceasefire", "monitoring", "peacekeepers", "corridor", "prisoner_exchange"}
