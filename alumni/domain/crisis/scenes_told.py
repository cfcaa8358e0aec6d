"""Everyday scenes told with danger words, read in their order before the rules (called once by
alumni.domain.crisis.idioms): a game won or a loved one's teasing, a film's or a match's deaths,
a death remembered on its day, drink money, a testimony and the drinker kept outside, drink
seen on a screen or in others, a bar's or a hostel's night, dying for tea, a mock test's
massacre, mosquitoes, kites on the terrace, a relative's medicine fetched, an offer refused;
round 20: tablets counted over a month, tomorrow's match, a rope for the trek, the day's last
message, a dish one would die happy eating, a peg only thought of, a baby not to wake, the
ground's and the gym's words, a bottle got rid of, the others' drink beside the writer's own
soft one, praise at a celebration said with dying, a drink only wanted, an urge with nothing named;
round 21: TB the illness and a course completed, the mood killed, a life offered for a dish,
a clinic's queue and a fever that rose, camp talk's killings, "sh" only as typed, and the party
drugs' short names read as typed; round 22: a farewell at a retirement or a new job, the spouse who
"won't leave me alive" over a purchase, a deadly crowd and a thing to die of shame over; rounds
58-59: a stranger's death read in the news, the writer all right.
Each reading is a module of its own; this one only keeps their order, which matters: a later
reading sees what an earlier one forgot."""
from __future__ import annotations

from alumni.domain.crisis.at_the_clinic import forget_at_the_clinic
from alumni.domain.crisis.bitten_all_night import forget_bitten_all_night
from alumni.domain.crisis.bottle_given_up import forget_bottle_given_up
from alumni.domain.crisis.camp_talk import forget_camp_talk
from alumni.domain.crisis.chems_typed import read_chems_typed
from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.days_gone_by import forget_days_gone_by
from alumni.domain.crisis.deadly_crowds_and_shame import forget_deadly_crowds_and_shame
from alumni.domain.crisis.death_remembered import forget_death_remembered
from alumni.domain.crisis.die_happy_eating import forget_die_happy_eating
from alumni.domain.crisis.drink_beside_mine import forget_drink_beside_mine
from alumni.domain.crisis.drink_only_wanted import forget_drink_only_wanted
from alumni.domain.crisis.drunk_on_screen import forget_drunk_on_screen
from alumni.domain.crisis.dying_for_small_wants import forget_dying_for_small_wants
from alumni.domain.crisis.exam_slaughter import forget_exam_slaughter
from alumni.domain.crisis.festive_praise import forget_festive_praise
from alumni.domain.crisis.games_and_teasing import forget_games_and_teasing
from alumni.domain.crisis.ground_and_gym import forget_ground_and_gym
from alumni.domain.crisis.hostel_revellers import forget_hostel_revellers
from alumni.domain.crisis.kept_from_drink import forget_drink_money, forget_kept_outside, forget_testimony
from alumni.domain.crisis.kin_named import read_kin_named
from alumni.domain.crisis.kites_on_the_terrace import forget_kites_on_the_terrace
from alumni.domain.crisis.last_message_of_the_day import forget_last_message_of_the_day
from alumni.domain.crisis.life_for_a_dish import forget_life_for_a_dish
from alumni.domain.crisis.match_nerves import forget_match_nerves
from alumni.domain.crisis.medicine_fetched import forget_medicine_fetched
from alumni.domain.crisis.mood_murdered import forget_mood_murdered
from alumni.domain.crisis.news_of_a_death import forget_news_of_a_death
from alumni.domain.crisis.offered_and_refused import forget_offered_and_refused
from alumni.domain.crisis.peg_only_thought_of import forget_peg_only_thought_of
from alumni.domain.crisis.pills_over_a_span import forget_pills_over_a_span
from alumni.domain.crisis.rope_for_the_trip import forget_rope_for_the_trip
from alumni.domain.crisis.served_at_work import forget_served_at_work
from alumni.domain.crisis.service_ended import forget_service_ended
from alumni.domain.crisis.shorthand_typed import forget_shorthand_mistyped
from alumni.domain.crisis.sleeper_not_to_wake import forget_sleeper_not_to_wake
from alumni.domain.crisis.slow_nights import forget_slow_nights
from alumni.domain.crisis.sober_among_revellers import forget_sober_among_revellers
from alumni.domain.crisis.spouse_finds_out import forget_spouse_finds_out
from alumni.domain.crisis.told_on_screen import forget_told_on_screen
from alumni.domain.crisis.tomorrows_event import forget_tomorrows_event
from alumni.domain.crisis.treatment_completed import forget_treatment_completed
from alumni.domain.crisis.urge_unnamed import read_urge_unnamed
from alumni.domain.crisis.writer_apart_from_the_drink import forget_writer_apart_from_the_drink


def forget_scenes_told(c: Concepts) -> None:
    forget_games_and_teasing(c)
    read_kin_named(c)
    forget_told_on_screen(c)
    forget_match_nerves(c)
    forget_death_remembered(c)
    forget_drink_money(c)
    forget_testimony(c)
    forget_kept_outside(c)
    forget_drunk_on_screen(c)
    forget_sober_among_revellers(c)
    forget_writer_apart_from_the_drink(c)
    forget_served_at_work(c)
    forget_days_gone_by(c)
    forget_dying_for_small_wants(c)
    forget_slow_nights(c)
    forget_exam_slaughter(c)
    forget_bitten_all_night(c)
    forget_kites_on_the_terrace(c)
    forget_medicine_fetched(c)
    forget_offered_and_refused(c)
    forget_hostel_revellers(c)
    forget_pills_over_a_span(c)
    forget_tomorrows_event(c)
    forget_rope_for_the_trip(c)
    forget_last_message_of_the_day(c)
    forget_die_happy_eating(c)
    forget_peg_only_thought_of(c)
    forget_drink_only_wanted(c)
    read_urge_unnamed(c)
    forget_sleeper_not_to_wake(c)
    forget_ground_and_gym(c)
    forget_bottle_given_up(c)
    forget_drink_beside_mine(c)
    forget_festive_praise(c)
    forget_treatment_completed(c)
    forget_mood_murdered(c)
    forget_life_for_a_dish(c)
    forget_at_the_clinic(c)
    forget_camp_talk(c)
    forget_shorthand_mistyped(c)
    read_chems_typed(c)
    forget_service_ended(c)
    forget_spouse_finds_out(c)
    forget_deadly_crowds_and_shame(c)
    forget_news_of_a_death(c)
