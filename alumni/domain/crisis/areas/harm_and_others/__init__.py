"""Overdose, harm to others and reports about someone else, and the idioms and sobriety
phrasings that must not alert.

Each word module holds NEW, the concepts this area introduces, and EXTENDS, the words it
adds to concepts that exist already (the base lexicon, or an area before it); the lexicon is
merged by alumni.domain.crisis.word_lists, which refuses a NEW name that exists and an
EXTENDS name that does not. COMBINATIONS (rules.py) adds rules after the base ones in
alumni.domain.crisis.rules; harmless_uses.py is read with the idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others import (
    acts_and_reports,
    against_the_writer,
    blows_promised,
    bottle_in_hand,
    box_emptied,
    brought_home,
    bye_sent_to_all,
    cells_chemicals_and_shut_doors,
    chores,
    clinical_doses,
    collapsed_after_a_dose,
    drowned_in_the_drain,
    family_reports,
    filmy_threats,
    found_in_his_things,
    grudge_at_the_office,
    harm_inflections,
    harm_to_others,
    inflections,
    marks_asked_about,
    means_at_hand,
    not_to_wake,
    oil_tandoor_and_cleaver,
    overdose,
    overdose_inflections,
    parting_words_reported,
    poison_in_my_cup,
    poison_mixed_in_hand,
    poison_poured_in_a_glass,
    poisons_named,
    pushed_under_or_burnt_alive,
    readied_for_tonight,
    reckoning_foretold,
    reported_at_the_festival,
    reported_from_the_akhada,
    score_to_settle,
    seen_in_a_relation,
    seen_to_for_good,
    settled_after_release,
    settled_after_the_match,
    shots_at_once,
    shut_in_and_silent,
    signs_reported,
    someone_else,
    stash_at_once,
    swallowed_from_the_godown,
    taken_along_and_threatened,
    threat_forms,
    threatened_on_the_highway,
    threatened_together,
    threats_at_home,
    threats_at_work,
    threats_by_the_trade,
    threats_over_the_dose,
    threats_said_formally,
    threats_slaughter_and_acid,
    threats_spelt_out,
    thrown_from_the_slab,
    thrown_into_the_works,
    told_by_outcome,
    tools_to_a_mans_body,
    vat_cylinder_and_pocket,
    vials_kept_for_oneself,
    worker_reported,
)
from alumni.domain.crisis.areas.harm_and_others.rules import COMBINATIONS
from alumni.domain.crisis.word_lists import collect

NEW, EXTENDS = collect(overdose, harm_to_others, overdose_inflections, harm_inflections, someone_else,
                       inflections, chores, acts_and_reports, told_by_outcome, threat_forms,
                       brought_home, family_reports, threats_at_home, poisons_named,
                       threats_spelt_out, signs_reported, shut_in_and_silent, readied_for_tonight,
                       threats_said_formally, clinical_doses, threats_by_the_trade, worker_reported,
                       not_to_wake, means_at_hand, score_to_settle, box_emptied, bottle_in_hand,
                       against_the_writer, filmy_threats, threats_at_work, seen_in_a_relation,
                       poison_in_my_cup, found_in_his_things, settled_after_the_match, shots_at_once, reported_from_the_akhada,
                       reported_at_the_festival, stash_at_once, threats_over_the_dose, threatened_together,
                       taken_along_and_threatened, pushed_under_or_burnt_alive, collapsed_after_a_dose, grudge_at_the_office,
                       threatened_on_the_highway, thrown_from_the_slab,
                       drowned_in_the_drain, poison_mixed_in_hand, oil_tandoor_and_cleaver,
                       settled_after_release, seen_to_for_good, blows_promised,
                       marks_asked_about, bye_sent_to_all, tools_to_a_mans_body, swallowed_from_the_godown,
                       vials_kept_for_oneself, reckoning_foretold,
                       parting_words_reported, thrown_into_the_works, poison_poured_in_a_glass,
                       threats_slaughter_and_acid, cells_chemicals_and_shut_doors, vat_cylinder_and_pocket)

__all__ = ["COMBINATIONS", "EXTENDS", "NEW"]
