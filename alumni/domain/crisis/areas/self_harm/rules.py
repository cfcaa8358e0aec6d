"""The suicide and self-harm area's rules, in the order they are tried: each module holds a
family of words and the rules that read it, each rule naming what cancels it when it could meet
an accident or a chore. Within a category the first rule to match names the words staff see, so
the order below is part of each decision's explanation: the plainest readings first, each
round's after the ones before it."""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.absent_ahead import ABSENT_AHEAD
from alumni.domain.crisis.areas.self_harm.affairs_settled import AFFAIRS_SETTLED
from alumni.domain.crisis.areas.self_harm.after_death_asked import AFTER_DEATH_ASKED
from alumni.domain.crisis.areas.self_harm.after_i_am_gone import AFTER_I_AM_GONE
from alumni.domain.crisis.areas.self_harm.after_losses_at_home import AFTER_LOSSES_AT_HOME
from alumni.domain.crisis.areas.self_harm.after_the_last_bout import AFTER_THE_LAST_BOUT
from alumni.domain.crisis.areas.self_harm.after_the_quarrel import AFTER_THE_QUARREL
from alumni.domain.crisis.areas.self_harm.after_the_result import AFTER_THE_RESULT
from alumni.domain.crisis.areas.self_harm.asked_not_to_be_woken import ASKED_NOT_TO_BE_WOKEN
from alumni.domain.crisis.areas.self_harm.asked_to_be_taken import ASKED_TO_BE_TAKEN
from alumni.domain.crisis.areas.self_harm.at_the_edge import AT_THE_EDGE
from alumni.domain.crisis.areas.self_harm.barrack_and_peshi import BARRACK_AND_PESHI
from alumni.domain.crisis.areas.self_harm.before_going import BEFORE_GOING
from alumni.domain.crisis.areas.self_harm.better_dead_and_voices import BETTER_DEAD_AND_VOICES
from alumni.domain.crisis.areas.self_harm.better_off_without import BETTER_OFF_WITHOUT
from alumni.domain.crisis.areas.self_harm.blows_to_ones_own_body import BLOWS_TO_ONES_OWN_BODY
from alumni.domain.crisis.areas.self_harm.burnt_and_pierced_in_anger import BURNT_AND_PIERCED_IN_ANGER
from alumni.domain.crisis.areas.self_harm.burnt_and_struck import BITTEN
from alumni.domain.crisis.areas.self_harm.burnt_on_purpose import BURNT_ON_PURPOSE
from alumni.domain.crisis.areas.self_harm.by_own_hand import BY_OWN_HAND
from alumni.domain.crisis.areas.self_harm.calm_at_the_well import CALM_AT_THE_WELL
from alumni.domain.crisis.areas.self_harm.cattle_shed_and_milk_van import CATTLE_SHED_AND_MILK_VAN
from alumni.domain.crisis.areas.self_harm.dawn_run_and_domestic_day import DAWN_RUN_AND_DOMESTIC_DAY
from alumni.domain.crisis.areas.self_harm.deck_terrace_and_tandoor import DECK_TERRACE_AND_TANDOOR
from alumni.domain.crisis.areas.self_harm.departure import DEPARTURE
from alumni.domain.crisis.areas.self_harm.down_the_sewer_and_on_the_line import DOWN_THE_SEWER_AND_ON_THE_LINE
from alumni.domain.crisis.areas.self_harm.drawn_to_the_place import DRAWN_TO_THE_PLACE
from alumni.domain.crisis.areas.self_harm.dump_fire_and_lab import DUMP_FIRE_AND_LAB
from alumni.domain.crisis.areas.self_harm.end_as_a_scene import END_AS_A_SCENE
from alumni.domain.crisis.areas.self_harm.end_late_in_life import END_LATE_IN_LIFE
from alumni.domain.crisis.areas.self_harm.ended_at_home import ENDED_AT_HOME
from alumni.domain.crisis.areas.self_harm.ending_it_tonight import ENDING_IT_TONIGHT
from alumni.domain.crisis.areas.self_harm.faith_and_fate import FAITH_AND_FATE
from alumni.domain.crisis.areas.self_harm.farewells_in_faith import FAREWELLS_IN_FAITH
from alumni.domain.crisis.areas.self_harm.festival_farewells import FESTIVAL_FAREWELLS
from alumni.domain.crisis.areas.self_harm.forgiveness_passed_on import FORGIVENESS_PASSED_ON
from alumni.domain.crisis.areas.self_harm.game_over_for_good import GAME_OVER_FOR_GOOD
from alumni.domain.crisis.areas.self_harm.ghat_and_vow import GHAT_AND_VOW
from alumni.domain.crisis.areas.self_harm.given_away_no_use import GIVEN_AWAY_NO_USE
from alumni.domain.crisis.areas.self_harm.gone_by_then import GONE_BY_THEN
from alumni.domain.crisis.areas.self_harm.group_farewells import GROUP_FAREWELLS
from alumni.domain.crisis.areas.self_harm.handed_over import HANDED_OVER
from alumni.domain.crisis.areas.self_harm.hot_tool_on_the_skin import HOT_TOOL_ON_THE_SKIN
from alumni.domain.crisis.areas.self_harm.hurt_at_the_festival import HURT_AT_THE_FESTIVAL
from alumni.domain.crisis.areas.self_harm.hurt_at_the_workplace import HURT_AT_THE_WORKPLACE
from alumni.domain.crisis.areas.self_harm.hurt_in_secret import HURT_IN_SECRET
from alumni.domain.crisis.areas.self_harm.hurt_over_marks import HURT_OVER_MARKS
from alumni.domain.crisis.areas.self_harm.hurt_over_the_dose import HURT_OVER_THE_DOSE
from alumni.domain.crisis.areas.self_harm.hurt_till_marked import HURT_TILL_MARKED
from alumni.domain.crisis.areas.self_harm.hurt_with_what_was_at_hand import HURT_WITH_WHAT_WAS_AT_HAND
from alumni.domain.crisis.areas.self_harm.hurting_oneself import HURTING_ONESELF
from alumni.domain.crisis.areas.self_harm.instruments import INSTRUMENTS
from alumni.domain.crisis.areas.self_harm.into_the_valley import INTO_THE_VALLEY
from alumni.domain.crisis.areas.self_harm.jetty_and_the_hold import JETTY_AND_THE_HOLD
from alumni.domain.crisis.areas.self_harm.kiln_and_chimney import KILN_AND_CHIMNEY
from alumni.domain.crisis.areas.self_harm.kitchen_gas_and_cold_room import KITCHEN_GAS_AND_COLD_ROOM
from alumni.domain.crisis.areas.self_harm.last_arrangements import LAST_ARRANGEMENTS
from alumni.domain.crisis.areas.self_harm.last_song_and_stage import LAST_SONG_AND_STAGE
from alumni.domain.crisis.areas.self_harm.left_behind_at_work import LEFT_BEHIND_AT_WORK
from alumni.domain.crisis.areas.self_harm.left_in_order import LEFT_IN_ORDER
from alumni.domain.crisis.areas.self_harm.live_line_and_tower import LIVE_LINE_AND_TOWER
from alumni.domain.crisis.areas.self_harm.looks_like_an_accident import LOOKS_LIKE_AN_ACCIDENT
from alumni.domain.crisis.areas.self_harm.made_ready import COMBINATIONS as MADE_READY
from alumni.domain.crisis.areas.self_harm.market_floor_and_fast_local import MARKET_FLOOR_AND_FAST_LOCAL
from alumni.domain.crisis.areas.self_harm.marks_made import MARKS_MADE
from alumni.domain.crisis.areas.self_harm.means import MEANS_AND_PLACES
from alumni.domain.crisis.areas.self_harm.means_in_view import MEANS_IN_VIEW
from alumni.domain.crisis.areas.self_harm.means_readied_at_home import MEANS_READIED_AT_HOME
from alumni.domain.crisis.areas.self_harm.mill_roof_and_dye_vat import MILL_ROOF_AND_DYE_VAT
from alumni.domain.crisis.areas.self_harm.needle_and_cloth_loft import NEEDLE_AND_CLOTH_LOFT
from alumni.domain.crisis.areas.self_harm.night_gate_and_gun import NIGHT_GATE_AND_GUN
from alumni.domain.crisis.areas.self_harm.no_point_in_living import NO_POINT_IN_LIVING
from alumni.domain.crisis.areas.self_harm.no_staying_on import NO_STAYING_ON
from alumni.domain.crisis.areas.self_harm.not_here_after import NOT_HERE_AFTER
from alumni.domain.crisis.areas.self_harm.note_and_rope_kept import NOTE_AND_ROPE_KEPT
from alumni.domain.crisis.areas.self_harm.notes_for_everyone import NOTES_FOR_EVERYONE
from alumni.domain.crisis.areas.self_harm.office_tower_and_last_day import OFFICE_TOWER_AND_LAST_DAY
from alumni.domain.crisis.areas.self_harm.only_way_left import ONLY_WAY_LEFT
from alumni.domain.crisis.areas.self_harm.over_when_the_train_comes import OVER_WHEN_THE_TRAIN_COMES
from alumni.domain.crisis.areas.self_harm.own_body_struck import OWN_BODY_STRUCK
from alumni.domain.crisis.areas.self_harm.own_funeral import OWN_FUNERAL
from alumni.domain.crisis.areas.self_harm.own_grave_and_shroud import OWN_GRAVE_AND_SHROUD
from alumni.domain.crisis.areas.self_harm.pit_and_blasting import PIT_AND_BLASTING
from alumni.domain.crisis.areas.self_harm.plan_and_courage import PLAN_AND_COURAGE
from alumni.domain.crisis.areas.self_harm.plan_at_the_place import PLAN_AT_THE_PLACE
from alumni.domain.crisis.areas.self_harm.prayer_and_grave import PRAYER_AND_GRAVE
from alumni.domain.crisis.areas.self_harm.press_card_and_last_story import PRESS_CARD_AND_LAST_STORY
from alumni.domain.crisis.areas.self_harm.provided_for_and_done import PROVIDED_FOR_AND_DONE
from alumni.domain.crisis.areas.self_harm.quiet_farewells import QUIET_FAREWELLS
from alumni.domain.crisis.areas.self_harm.railing_and_ramp import RAILING_AND_RAMP
from alumni.domain.crisis.areas.self_harm.razor_and_loft import RAZOR_AND_LOFT
from alumni.domain.crisis.areas.self_harm.readings_from_round_50 import READINGS_FROM_ROUND_50
from alumni.domain.crisis.areas.self_harm.resolve_said_calmly import RESOLVE_SAID_CALMLY
from alumni.domain.crisis.areas.self_harm.result_day_and_rank_list import RESULT_DAY_AND_RANK_LIST
from alumni.domain.crisis.areas.self_harm.river_rails_and_god import RIVER_RAILS_AND_GOD
from alumni.domain.crisis.areas.self_harm.roof_and_cliff_edge import ROOF_AND_CLIFF_EDGE
from alumni.domain.crisis.areas.self_harm.rope_and_note import ROPE_AND_NOTE
from alumni.domain.crisis.areas.self_harm.said_at_the_last_duty import SAID_AT_THE_LAST_DUTY
from alumni.domain.crisis.areas.self_harm.said_formally import SAID_FORMALLY
from alumni.domain.crisis.areas.self_harm.said_on_the_highway import SAID_ON_THE_HIGHWAY
from alumni.domain.crisis.areas.self_harm.said_through_films import SAID_THROUGH_FILMS
from alumni.domain.crisis.areas.self_harm.same_end_as_theirs import SAME_END_AS_THEIRS
from alumni.domain.crisis.areas.self_harm.scaffold_and_cane_season import SCAFFOLD_AND_CANE_SEASON
from alumni.domain.crisis.areas.self_harm.school_tank_and_register import SCHOOL_TANK_AND_REGISTER
from alumni.domain.crisis.areas.self_harm.sea_storm_and_jetty import SEA_STORM_AND_JETTY
from alumni.domain.crisis.areas.self_harm.sent_home_from_the_gulf import SENT_HOME_FROM_THE_GULF
from alumni.domain.crisis.areas.self_harm.shutter_and_udhaar import SHUTTER_AND_UDHAAR
from alumni.domain.crisis.areas.self_harm.signing_off import SIGNING_OFF
from alumni.domain.crisis.areas.self_harm.struck_in_anger import COMBINATIONS as STRUCK_IN_ANGER
from alumni.domain.crisis.areas.self_harm.things_left_and_next_life import THINGS_LEFT_AND_NEXT_LIFE
from alumni.domain.crisis.areas.self_harm.things_passed_on_with_a_goodbye import THINGS_PASSED_ON_WITH_A_GOODBYE
from alumni.domain.crisis.areas.self_harm.tired_of_all import TIRED_OF_ALL
from alumni.domain.crisis.areas.self_harm.treatment_given_up import TREATMENT_GIVEN_UP
from alumni.domain.crisis.areas.self_harm.up_on_the_site import UP_ON_THE_SITE
from alumni.domain.crisis.areas.self_harm.village_places import VILLAGE_PLACES
from alumni.domain.crisis.areas.self_harm.visa_and_no_face import VISA_AND_NO_FACE
from alumni.domain.crisis.areas.self_harm.waited_at_the_tracks import WAITED_AT_THE_TRACKS
from alumni.domain.crisis.areas.self_harm.wanting_to_die import SAID_OUTRIGHT
from alumni.domain.crisis.areas.self_harm.ward_morgue_and_shaft import WARD_MORGUE_AND_SHAFT
from alumni.domain.crisis.areas.self_harm.water_and_no_return import WATER_AND_NO_RETURN
from alumni.domain.crisis.areas.self_harm.wishing_it_over import WISHING_IT_OVER
from alumni.domain.crisis.areas.self_harm.workers_farewell import WORKERS_FAREWELL
from alumni.domain.crisis.combination import Combination

COMBINATIONS: tuple[Combination, ...] = (
    # What every round builds on: dying said outright, the means, hurting oneself, a plan, the
    # writer's absence ahead and the last arrangements.
    SAID_OUTRIGHT + MEANS_AND_PLACES + HURTING_ONESELF + PLAN_AND_COURAGE + DEPARTURE
    + LAST_ARRANGEMENTS
    # The last step at the edge; signing off and what is left in order; a village's places;
    # biting, what is made ready, the wall punched; quiet farewells from the family phone.
    + AT_THE_EDGE + SIGNING_OFF + LEFT_IN_ORDER + VILLAGE_PLACES + BITTEN + MADE_READY
    + STRUCK_IN_ANGER + QUIET_FAREWELLS
    # The absence ahead, the means in view, things handed over, faith and fate, instruments.
    + GONE_BY_THEN + MEANS_IN_VIEW + HANDED_OVER + FAITH_AND_FATE + INSTRUMENTS
    # Round 15 (students and first jobs; the formal register, faith, a son's grief).
    + OWN_FUNERAL + GROUP_FAREWELLS + NO_STAYING_ON + MARKS_MADE + DRAWN_TO_THE_PLACE
    + SAID_FORMALLY + FAREWELLS_IN_FAITH + BEFORE_GOING + CALM_AT_THE_WELL + ONLY_WAY_LEFT
    # Round 16 (health workers, drivers, phones' typing).
    + WORKERS_FAREWELL + AFFAIRS_SETTLED + HURT_IN_SECRET
    # Round 17 (old age and illness, money and apps).
    + END_LATE_IN_LIFE + PLAN_AT_THE_PLACE + BY_OWN_HAND
    # Round 18 (anger at home; films and songs).
    + AFTER_THE_QUARREL + BURNT_ON_PURPOSE + SAID_THROUGH_FILMS + END_AS_A_SCENE
    # Round 19 (hospitality work; exams and coaching).
    + LEFT_BEHIND_AT_WORK + WISHING_IT_OVER + INTO_THE_VALLEY + HURT_AT_THE_WORKPLACE
    + AFTER_THE_RESULT + ROOF_AND_CLIFF_EDGE + HURT_OVER_MARKS
    # Round 20 (leftovers found by probing).
    + FORGIVENESS_PASSED_ON + ASKED_NOT_TO_BE_WOKEN + ROPE_AND_NOTE
    # Round 20 (sport, gyms and the body).
    + AFTER_THE_LAST_BOUT + HURT_TILL_MARKED
    # Round 20 (festivals and celebrations).
    + FESTIVAL_FAREWELLS + HURT_AT_THE_FESTIVAL
    # Round 21 (treatment and harm reduction).
    + TREATMENT_GIVEN_UP + HURT_OVER_THE_DOSE
    # Round 21 (queer and trans alumni): not here after.
    + NOT_HERE_AFTER + NOTES_FOR_EVERYONE
    # Round 22 (suicide said indirectly in Marathi- and Hindi-speaking homes).
    + ENDED_AT_HOME + RIVER_RAILS_AND_GOD + THINGS_LEFT_AND_NEXT_LIFE + AFTER_LOSSES_AT_HOME
    + HURT_WITH_WHAT_WAS_AT_HAND
    # Round 22 (suicide said indirectly, by every kind of writer).
    + ASKED_TO_BE_TAKEN + AFTER_DEATH_ASKED + GIVEN_AWAY_NO_USE + PROVIDED_FOR_AND_DONE
    + ABSENT_AHEAD + NOTE_AND_ROPE_KEPT + BETTER_OFF_WITHOUT + TIRED_OF_ALL
    + SAME_END_AS_THEIRS + ENDING_IT_TONIGHT
    # Round 23 (the warning signs said calmly; death preferred in Latin Marathi, the voices).
    + RESOLVE_SAID_CALMLY + BETTER_DEAD_AND_VOICES
    # Round 24 (station youth; love and marriage): at the tracks, means readied at home.
    + WAITED_AT_THE_TRACKS + MEANS_READIED_AT_HOME
    # Round 24 (gamers, wrestlers, the gym): an end in a game's words, one's own body struck.
    + GAME_OVER_FOR_GOOD + OWN_BODY_STRUCK
    # Round 25 (IT and corporate burnout): the office, the tower and the last day.
    + OFFICE_TOWER_AND_LAST_DAY
    # Round 26 (building sites): up the crane or the tank, the lift duct, the site's tools.
    + UP_ON_THE_SITE
    # Round 26 (the opium belt): the last message, the gun taken down, the well calling.
    + SAID_ON_THE_HIGHWAY
    # Round 27 (cane cutters, sanitation, bus and rail crews): the sewer, the line, the ghat, the
    # molasses tank; the last duty, the papers handed over, the grave dug for oneself.
    + DOWN_THE_SEWER_AND_ON_THE_LINE + SAID_AT_THE_LAST_DUTY + BURNT_AND_PIERCED_IN_ANGER
    # Round 28 (sand mining and quarries): the explosives kept, the dredged pit, the crusher's belt.
    + PIT_AND_BLASTING
    # Round 28 (markets and hawkers): the market's top floor, the local train, the scale given away.
    + MARKET_FLOOR_AND_FAST_LOCAL
    # Round 29 (docks and ships): the jetty, the gas hold, a rope kept, the papers beside a goodbye.
    + JETTY_AND_THE_HOLD
    # Round 29 (brick kilns): the kiln's fire, the chimney, the clay pit, a rope kept.
    + KILN_AND_CHIMNEY
    # Round 30 (pilgrim towns): the body renounced, the holy river's lap and current, incense on the arm.
    + GHAT_AND_VOW
    # Round 30 (hotel kitchens and bars): the gas left open, the cold room, the tandoor's rod.
    + KITCHEN_GAS_AND_COLD_ROOM
    # Round 30 (jails and the court): a cellmate's hanging, the fan, before the verdict, the glass shard.
    + BARRACK_AND_PESHI
    # Round 30 (looms and mills): the chimney and the roof, the dye vat, the seth's account, the hot iron.
    + MILL_ROOF_AND_DYE_VAT
    # Round 31 (hospitals): the morgue's tray, the lift shaft, the ambulance's wheel, the ward's ampoules.
    + WARD_MORGUE_AND_SHAFT
    # Round 31 (fishing villages): the storm gone out into alone, the sea calling, the jetty's end.
    + SEA_STORM_AND_JETTY
    # Round 31 (Gulf migrants): the last call, the coffin sent home, the camp's roof, the desert.
    + SENT_HOME_FROM_THE_GULF
    # Round 32 (coaching hubs): the result and the list, no face to show, the tracks behind the coaching.
    + RESULT_DAY_AND_RANK_LIST
    # Round 32 (barbers and salons): the razor after the shutter, the loft, the last arrangements.
    + RAZOR_AND_LOFT
    # Round 32 (linemen and tower riggers): the live line, the tower without the belt, shocks to oneself.
    + LIVE_LINE_AND_TOWER
    # Round 33 (musicians and performers): the last song, no call tomorrow, the instrument given away.
    + LAST_SONG_AND_STAGE
    # Round 33 (dairy farmers): the shed's beam and rope, the milk handed to another, the animals gone.
    + CATTLE_SHED_AND_MILK_VAN
    # Round 33 (faith): the last prayer and forgiveness, one's grave as the last wish, the fast kept.
    + PRAYER_AND_GRAVE
    # Round 34 (students abroad): the visa and no face to go home, a child abroad silent for days.
    + VISA_AND_NO_FACE
    # Round 34 (tailors): the needle into the fingers, the machine given away, the family freed.
    + NEEDLE_AND_CLOTH_LOFT
    # Round 34 (teachers): the school's tank and well, the resignation and the letter, the bus driver.
    + SCHOOL_TANK_AND_REGISTER
    # Round 35 (journalists): the last story filed, the press card returned, the bridge once reported on.
    + PRESS_CARD_AND_LAST_STORY
    # Round 35 (bharti aspirants, domestic workers): the highway at dawn, the tracks, kerosene and matches.
    + DAWN_RUN_AND_DOMESTIC_DAY
    # Round 36 (painters, cane cutters): the harness left off for an accident, the insurance, the trolley.
    + SCAFFOLD_AND_CANE_SEASON
    # Round 37 (watchmen): the gun to one's own head or at the agency man, the face slapped on duty.
    + NIGHT_GATE_AND_GUN
    # Round 38 (carers, seafarers, dhabas): the terrace kept for the carer's absence, the CO2 room,
    # the sea that calls, diesel not for the generator, the stick for the havaldar, the hot oil.
    + DECK_TERRACE_AND_TANDOOR
    # Round 39 (shopkeepers, builders): the keys and the credit register handed over, the hook
    # fitted, the koyta for the man who blocks the shop, the fist on the shutter.
    + SHUTTER_AND_UDHAAR
    # Round 40 (waste pickers, scholars, farm labourers): into the dump's fire, under the dumper's
    # wheels, death's road, to be deleted, the last talk from the terrace, acid for the guide.
    + DUMP_FIRE_AND_LAB
    # Round 42 (goldsmiths, forest villages, bus crews): freed by dying, the children looked after once
    # gone, finishing oneself, not there tomorrow morning.
    + AFTER_I_AM_GONE
    # Round 43 (factories, bakeries, garages): made to look an accident, fuel kept with a flame, no use
    # living, regards sent and never to meet again.
    + LOOKS_LIKE_AN_ACCIDENT
    # Round 44 (laundries, repair shops, cinemas): a hot tool laid on the skin, a screwdriver driven into
    # one's own hand, bleach rubbed in till the skin came off, the face scratched with the nails.
    + HOT_TOOL_ON_THE_SKIN
    # Round 44: going up to the terrace tonight and telling nobody.
    + RAILING_AND_RAMP
    # Round 45 (crematoria and mortuaries): the writer's own shroud, body or grave; the hearse into the river.
    + OWN_GRAVE_AND_SHROUD
    # Rounds 48-49 (dam fishermen, rickshaw pullers, fisherwomen): at the water and not coming back,
    # gone towards it with the phone off, slippers found at the jetty.
    + WATER_AND_NO_RETURN
    # Rounds 48-49: one's things passed on beside a goodbye.
    + THINGS_PASSED_ON_WITH_A_GOODBYE
    # Round 49: what ends when the train comes, the step forward at the crossing.
    + OVER_WHEN_THE_TRAIN_COMES
    # Rounds 48-49: a blow, a crush or a hook dealt to one's own leg, knee or hand; wounds renewed and hidden.
    + BLOWS_TO_ONES_OWN_BODY
    # Round 49: what living is for, asked.
    + NO_POINT_IN_LIVING
    # Rounds 50 onwards, each reading's rules in the order it came (readings_from_round_50.py).
    + READINGS_FROM_ROUND_50
)
