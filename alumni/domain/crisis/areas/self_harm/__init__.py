"""Suicide and self-harm: more ways of saying wanting to die, ending, leaving for good, means
and methods, cutting, burning and hurting oneself.

Each word module holds NEW, the concepts this area introduces, and EXTENDS, the words it
adds to concepts that exist already (the base lexicon, or an area before it); the lexicon is
merged by alumni.domain.crisis.word_lists, which refuses a NEW name that exists and an
EXTENDS name that does not. COMBINATIONS (rules.py) adds rules after the base ones in
alumni.domain.crisis.rules; figures_of_speech.py is read with the idioms.

Written by meaning rather than by sentence: each new concept is a family of words (a
means, a place, a body part, a verb in its Hindi and Marathi forms), and each rule says
what one family means beside another ("a cloth tied to the fan", "a razor and an arm",
"lying on the tracks"), so that a sentence nobody has written yet is still read. Words
that are also everyday words ("fan", "glass", "hand", "khali") only count inside such a
rule, and each rule that could meet an accident or a chore names what cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm import (
    absent_ahead,
    affairs_settled,
    after_death_asked,
    after_losses_at_home,
    after_the_last_bout,
    after_the_quarrel,
    after_the_result,
    asked_not_to_be_woken,
    asked_to_be_taken,
    at_the_danger_place,
    at_the_edge,
    before_going,
    better_dead_and_voices,
    better_off_without,
    burnt_and_pierced_in_anger,
    burnt_and_struck,
    burnt_on_purpose,
    by_own_hand,
    calm_at_the_well,
    chhattisgarh_words,
    departure,
    down_the_sewer_and_on_the_line,
    drawn_to_the_place,
    dying_and_leaving,
    end_as_a_scene,
    end_late_in_life,
    ended_at_home,
    ending_it_tonight,
    faith_and_fate,
    farewells_in_faith,
    festival_farewells,
    forgiveness_passed_on,
    game_over_for_good,
    given_away_no_use,
    gone_by_then,
    group_farewells,
    handed_over,
    hurt_at_the_festival,
    hurt_at_the_workplace,
    hurt_in_secret,
    hurt_over_marks,
    hurt_over_the_dose,
    hurt_till_marked,
    hurt_with_what_was_at_hand,
    hurting_oneself,
    instruments,
    into_the_valley,
    last_arrangements,
    left_behind_at_work,
    left_in_order,
    made_ready,
    market_floor_and_fast_local,
    marks_made,
    means,
    means_in_view,
    means_readied_at_home,
    no_staying_on,
    not_here_after,
    note_and_rope_kept,
    notes_for_everyone,
    office_tower_and_last_day,
    only_way_left,
    own_body_struck,
    own_funeral,
    pit_and_blasting,
    plan_and_courage,
    plan_at_the_place,
    provided_for_and_done,
    quiet_farewells,
    resolve_said_calmly,
    river_rails_and_god,
    roof_and_cliff_edge,
    rope_and_note,
    said_at_the_last_duty,
    said_formally,
    said_on_the_highway,
    said_through_films,
    same_end_as_theirs,
    signing_off,
    struck_in_anger,
    things_left_and_next_life,
    tired_of_all,
    treatment_given_up,
    up_on_the_site,
    verb_forms,
    village_places,
    waited_at_the_tracks,
    wanting_to_die,
    wishing_it_over,
    workers_farewell,
)
from alumni.domain.crisis.areas.self_harm.rules import COMBINATIONS as _RULES
from alumni.domain.crisis.areas.self_harm.verb_rules import VERB_RULES
from alumni.domain.crisis.word_lists import collect

NEW, EXTENDS = collect(wanting_to_die, dying_and_leaving, means, hurting_oneself, plan_and_courage,
                       departure, at_the_danger_place, last_arrangements, at_the_edge, verb_forms, signing_off,
                       burnt_and_struck, left_in_order, village_places, made_ready,
                       struck_in_anger, chhattisgarh_words, quiet_farewells, gone_by_then,
                       means_in_view, handed_over, faith_and_fate, instruments, own_funeral,
                       group_farewells, no_staying_on, marks_made,
                       drawn_to_the_place, said_formally, farewells_in_faith, before_going,
                       calm_at_the_well, only_way_left, workers_farewell, affairs_settled, hurt_in_secret,
                       end_late_in_life, plan_at_the_place, by_own_hand, after_the_quarrel,
                       burnt_on_purpose, said_through_films, end_as_a_scene,
                       left_behind_at_work, wishing_it_over, into_the_valley, hurt_at_the_workplace,
                       after_the_result, roof_and_cliff_edge, hurt_over_marks,
                       forgiveness_passed_on, asked_not_to_be_woken, rope_and_note,
                       after_the_last_bout, hurt_till_marked,
                       festival_farewells, hurt_at_the_festival, treatment_given_up, hurt_over_the_dose,
                       not_here_after, notes_for_everyone, ended_at_home, river_rails_and_god,
                       things_left_and_next_life, after_losses_at_home, hurt_with_what_was_at_hand,
                       asked_to_be_taken, after_death_asked, given_away_no_use, provided_for_and_done,
                       absent_ahead, note_and_rope_kept, better_off_without, tired_of_all,
                       same_end_as_theirs, ending_it_tonight, resolve_said_calmly,
                       better_dead_and_voices, waited_at_the_tracks, means_readied_at_home, game_over_for_good, own_body_struck, office_tower_and_last_day,
                       up_on_the_site, said_on_the_highway, down_the_sewer_and_on_the_line,
                       said_at_the_last_duty, burnt_and_pierced_in_anger,
                       pit_and_blasting, market_floor_and_fast_local)

COMBINATIONS = _RULES + VERB_RULES

__all__ = ["COMBINATIONS", "EXTENDS", "NEW"]
