"""Using again and craving: substances by every name (brands, street names, local drinks),
ways of taking them, being intoxicated, slipping, craving and its triggers.

Each word module holds NEW, the concepts this area introduces, and EXTENDS, the words it
adds to concepts that exist already (the base lexicon, or an area before it); the lexicon is
merged by alumni.domain.crisis.word_lists, which refuses a NEW name that exists and an
EXTENDS name that does not. COMBINATIONS (rules.py) adds rules after the base ones in
alumni.domain.crisis.rules; substance_context.py is read with the idioms.

Words that are a substance only in company ("desi", "solution", "lines", "tight") sit in
concepts of their own and count only beside a verb of drinking, sniffing or being: "desi
chadha li", "solution sungh liya", "did 2 lines", "tight ho gaya"; "desi khana", "found a
solution" and "tight schedule" stay harmless.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use import (
    admitting,
    after_a_row,
    after_the_final,
    at_the_counter,
    at_the_door,
    back_from_the_gulf,
    back_on_it_plainly,
    bar_after_the_branch,
    baraat_and_season,
    behind_the_bar,
    beside_the_dose,
    bond_store_and_watch,
    bottle_among_offerings,
    called_to_join,
    chems_named,
    clean_time_lost,
    count_broken,
    craving,
    cues_and_holding,
    dose_wearing_off,
    doubting_oneself,
    drink_in_sight,
    drink_left_unnamed,
    drinking_slang,
    excuses_and_blackouts,
    finished_and_counted,
    finished_overnight,
    given_and_taken,
    glass_in_hand,
    habit_back,
    holding_out,
    hostel_and_tapri,
    how_much_taken,
    longed_for,
    loom_shift_solution,
    lost_to_it,
    medicine_misused,
    mind_asks_for_it,
    missed_and_dreamt,
    money_on_drink,
    more_names,
    morning_after,
    no_excuse_needed,
    not_counted,
    on_it_for_days,
    on_the_mind,
    one_became_many,
    opium_belt_words,
    party_led_on,
    pay_day_and_syrup,
    pressed_to_drink,
    progress,
    pull_in_village_words,
    pull_of_the_festival,
    pull_of_the_occasion,
    pull_said_plainly,
    read_across_message,
    round_with_the_old_gang,
    said_formally,
    served_and_finished,
    sessions,
    slipping,
    solvents_taken,
    started_again,
    stop_me_tonight,
    street_words_english,
    substances,
    taken_at_the_celebration,
    taken_from_stock,
    taken_in_passing,
    taken_up_again,
    taking_it,
    thought_gone,
    use_made_smaller,
    ward_stock_taken,
    went_along,
)
from alumni.domain.crisis.areas.substance_use.rules import COMBINATIONS
from alumni.domain.crisis.word_lists import collect

NEW, EXTENDS = collect(substances, taking_it, slipping, craving, read_across_message, more_names,
                      admitting, cues_and_holding, lost_to_it, progress, sessions,
                      said_formally, thought_gone, money_on_drink, pressed_to_drink, drinking_slang,
                      holding_out, taken_up_again, on_it_for_days, medicine_misused, given_and_taken,
                      excuses_and_blackouts, use_made_smaller, one_became_many, taken_in_passing,
                      pull_of_the_occasion, mind_asks_for_it, count_broken,
                      finished_overnight, doubting_oneself, taken_from_stock, not_counted,
                      at_the_counter, back_on_it_plainly, longed_for,
                      after_a_row, finished_and_counted, glass_in_hand, on_the_mind, at_the_door,
                      no_excuse_needed, served_and_finished, went_along, started_again,
                      clean_time_lost, how_much_taken, drink_in_sight, morning_after, after_the_final,
                      taken_at_the_celebration, pull_of_the_festival, beside_the_dose, dose_wearing_off,
                      chems_named, party_led_on, missed_and_dreamt, stop_me_tonight,
                      drink_left_unnamed, street_words_english, habit_back,
                      pull_in_village_words, solvents_taken, pull_said_plainly,
                      opium_belt_words, called_to_join, pay_day_and_syrup,
                      bottle_among_offerings, behind_the_bar, round_with_the_old_gang,
                      loom_shift_solution, ward_stock_taken, back_from_the_gulf,
                      hostel_and_tapri, baraat_and_season, bar_after_the_branch,
                      bond_store_and_watch)

__all__ = ["COMBINATIONS", "EXTENDS", "NEW"]
