"""The suicide and self-harm area's rules from the reading of round 50 onwards, in the order they
are tried after the earlier rounds' (rules.py): one line per reading, the newest last."""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.awl_mallet_and_chilli_in_the_wound import (
    AWL_MALLET_AND_CHILLI_IN_THE_WOUND,
)
from alumni.domain.crisis.areas.self_harm.band_dress_and_the_meter_board import BAND_DRESS_AND_THE_METER_BOARD
from alumni.domain.crisis.areas.self_harm.before_the_local_and_on_the_bridge import BEFORE_THE_LOCAL_AND_ON_THE_BRIDGE
from alumni.domain.crisis.areas.self_harm.belt_noose_and_no_turning_back import BELT_NOOSE_AND_NO_TURNING_BACK
from alumni.domain.crisis.areas.self_harm.belt_off_and_the_reservoir import BELT_OFF_AND_THE_RESERVOIR
from alumni.domain.crisis.areas.self_harm.blast_kept_close import BLAST_KEPT_CLOSE
from alumni.domain.crisis.areas.self_harm.boiling_basin_and_own_blood import BOILING_BASIN_AND_OWN_BLOOD
from alumni.domain.crisis.areas.self_harm.certificates_signed_and_the_well_edge import (
    CERTIFICATES_SIGNED_AND_THE_WELL_EDGE,
)
from alumni.domain.crisis.areas.self_harm.dak_bag_and_the_dumper_at_the_ghat import DAK_BAG_AND_THE_DUMPER_AT_THE_GHAT
from alumni.domain.crisis.areas.self_harm.easier_gone_and_accounts_closed import EASIER_GONE_AND_ACCOUNTS_CLOSED
from alumni.domain.crisis.areas.self_harm.fort_wall_and_the_kitchen_gas import FORT_WALL_AND_THE_KITCHEN_GAS
from alumni.domain.crisis.areas.self_harm.gas_without_the_mask import GAS_WITHOUT_THE_MASK
from alumni.domain.crisis.areas.self_harm.goal_net_and_the_dug_grave import GOAL_NET_AND_THE_DUG_GRAVE
from alumni.domain.crisis.areas.self_harm.gone_away_for_good import GONE_AWAY_FOR_GOOD
from alumni.domain.crisis.areas.self_harm.heights_without_the_harness import HEIGHTS_WITHOUT_THE_HARNESS
from alumni.domain.crisis.areas.self_harm.hurt_on_purpose import HURT_ON_PURPOSE
from alumni.domain.crisis.areas.self_harm.jetty_platform_and_the_next_fire import JETTY_PLATFORM_AND_THE_NEXT_FIRE
from alumni.domain.crisis.areas.self_harm.kept_up_till_it_hurt import KEPT_UP_TILL_IT_HURT
from alumni.domain.crisis.areas.self_harm.lake_shore_and_the_cartridges import LAKE_SHORE_AND_THE_CARTRIDGES
from alumni.domain.crisis.areas.self_harm.last_show_and_the_crossing import LAST_SHOW_AND_THE_CROSSING
from alumni.domain.crisis.areas.self_harm.last_word_and_last_shift import LAST_WORD_AND_LAST_SHIFT
from alumni.domain.crisis.areas.self_harm.letters_left_and_the_last_wish import (
    LETTERS_LEFT_AND_THE_LAST_WISH,
)
from alumni.domain.crisis.areas.self_harm.lines_drawn_on_the_skin import LINES_DRAWN_ON_THE_SKIN
from alumni.domain.crisis.areas.self_harm.mast_nacelle_and_the_stairs_down import MAST_NACELLE_AND_THE_STAIRS_DOWN
from alumni.domain.crisis.areas.self_harm.momo_cart_and_the_bus_body import (
    MOMO_CART_AND_THE_BUS_BODY,
)
from alumni.domain.crisis.areas.self_harm.no_rescue_wanted import NO_RESCUE_WANTED
from alumni.domain.crisis.areas.self_harm.no_way_out_and_the_poison_in_hand import NO_WAY_OUT_AND_THE_POISON_IN_HAND
from alumni.domain.crisis.areas.self_harm.not_to_be_looked_for import NOT_TO_BE_LOOKED_FOR
from alumni.domain.crisis.areas.self_harm.over_in_a_moment import OVER_IN_A_MOMENT
from alumni.domain.crisis.areas.self_harm.own_body_burnt_or_beaten import OWN_BODY_BURNT_OR_BEATEN
from alumni.domain.crisis.areas.self_harm.pain_as_the_purpose import PAIN_AS_THE_PURPOSE
from alumni.domain.crisis.areas.self_harm.password_sent_and_last_live import PASSWORD_SENT_AND_LAST_LIVE
from alumni.domain.crisis.areas.self_harm.permanent_leave_and_the_live_line import PERMANENT_LEAVE_AND_THE_LIVE_LINE
from alumni.domain.crisis.areas.self_harm.photo_garland_and_the_passing_truck import (
    PHOTO_GARLAND_AND_THE_PASSING_TRUCK,
)
from alumni.domain.crisis.areas.self_harm.pind_and_the_minaret import PIND_AND_THE_MINARET
from alumni.domain.crisis.areas.self_harm.pricked_burnt_and_my_time_up import PRICKED_BURNT_AND_MY_TIME_UP
from alumni.domain.crisis.areas.self_harm.ramkund_and_the_last_duty import RAMKUND_AND_THE_LAST_DUTY
from alumni.domain.crisis.areas.self_harm.rope_brought_and_none_around import ROPE_BROUGHT_AND_NONE_AROUND
from alumni.domain.crisis.areas.self_harm.rope_test_and_the_lightning import ROPE_TEST_AND_THE_LIGHTNING
from alumni.domain.crisis.areas.self_harm.silo_top_and_the_one_way_trip import SILO_TOP_AND_THE_ONE_WAY_TRIP
from alumni.domain.crisis.areas.self_harm.sorry_sent_and_no_return import SORRY_SENT_AND_NO_RETURN
from alumni.domain.crisis.areas.self_harm.spoken_of_as_gone import SPOKEN_OF_AS_GONE
from alumni.domain.crisis.areas.self_harm.spray_bottle_and_the_autoclave import SPRAY_BOTTLE_AND_THE_AUTOCLAVE
from alumni.domain.crisis.areas.self_harm.tank_catwalk_and_the_last_bow import TANK_CATWALK_AND_THE_LAST_BOW
from alumni.domain.crisis.areas.self_harm.terrace_key_and_the_running_engine import (
    TERRACE_KEY_AND_THE_RUNNING_ENGINE,
)
from alumni.domain.crisis.areas.self_harm.terrace_obituary_and_the_hand_held_there import (
    TERRACE_OBITUARY_AND_THE_HAND_HELD_THERE,
)
from alumni.domain.crisis.areas.self_harm.tether_rope_and_the_accounts_settled import (
    TETHER_ROPE_AND_THE_ACCOUNTS_SETTLED,
)
from alumni.domain.crisis.areas.self_harm.the_way_left_open import THE_WAY_LEFT_OPEN
from alumni.domain.crisis.areas.self_harm.thought_of_dying_and_my_turn import THOUGHT_OF_DYING_AND_MY_TURN
from alumni.domain.crisis.areas.self_harm.to_those_not_saved import TO_THOSE_NOT_SAVED
from alumni.domain.crisis.areas.self_harm.track_and_the_rosary import TRACK_AND_THE_ROSARY
from alumni.domain.crisis.areas.self_harm.tracks_ghats_and_the_open_shaft import (
    TRACKS_GHATS_AND_THE_OPEN_SHAFT,
)
from alumni.domain.crisis.areas.self_harm.tried_on_the_hook import TRIED_ON_THE_HOOK
from alumni.domain.crisis.areas.self_harm.truss_top_and_the_electrodes import TRUSS_TOP_AND_THE_ELECTRODES
from alumni.domain.crisis.areas.self_harm.under_the_wheels import UNDER_THE_WHEELS
from alumni.domain.crisis.areas.self_harm.view_point_and_the_last_shift import VIEW_POINT_AND_THE_LAST_SHIFT
from alumni.domain.crisis.areas.self_harm.where_it_ends import WHERE_IT_ENDS
from alumni.domain.crisis.areas.self_harm.wild_animal_as_the_means import WILD_ANIMAL_AS_THE_MEANS
from alumni.domain.crisis.areas.self_harm.wire_rope_and_the_insulin_pen import WIRE_ROPE_AND_THE_INSULIN_PEN
from alumni.domain.crisis.combination import Combination

READINGS_FROM_ROUND_50: tuple[Combination, ...] = (
    # Round 50: not to be looked for; gone since yesterday with the phone off.
    NOT_TO_BE_LOOKED_FOR
    # Round 51: the rope brought and nobody around; the one step from a height.
    + ROPE_BROUGHT_AND_NONE_AROUND
    # Round 51: in front of or under the local, on the track, on the bridge in distress.
    + BEFORE_THE_LOCAL_AND_ON_THE_BRIDGE
    # Round 52's reading: where it ends beside the water; done, and the water right there; sorry, tired, bye.
    + WHERE_IT_ENDS
    # Round 53's reading: a height without the harness or not to be come down from, a rope over a named branch.
    + HEIGHTS_WITHOUT_THE_HARNESS
    # Round 53's reading: under the wheels, the tempo crashed on purpose, on the track, the driver not to blame.
    + UNDER_THE_WHEELS
    # Round 53's reading (firefighters): going to those not saved, having stayed in the fire.
    + TO_THOSE_NOT_SAVED
    # Round 55's reading: the writer spoken of as gone (to his mother, to the world, after him).
    + SPOKEN_OF_AS_GONE
    # Round 55's reading: a terrace left open and "this is the time", a means as the last option.
    + THE_WAY_LEFT_OPEN
    # Round 55's reading (fumigators): the gas let out with the mask left off and no coming out.
    + GAS_WITHOUT_THE_MASK
    # the pain itself wanted, on one's own body (round 56-57's reading)
    + PAIN_AS_THE_PURPOSE
    # a well digger's explosives kept on oneself, stayed down with, taken with a goodbye (round 56-57's reading)
    + BLAST_KEPT_CLOSE
    # Rounds 58-59's reading: a word left for the family, the kit handed on, the last shift.
    + LAST_WORD_AND_LAST_SHIFT
    # Rounds 58-59's second reading: a hurt done on purpose at work, a blow kept up till blood.
    + HURT_ON_PURPOSE
    # Rounds 58-59's second reading: the writer's rescue refused in advance.
    + NO_RESCUE_WANTED
    # Rounds 58-59's third reading: a tiger's enclosure or a snake's box gone into unguarded.
    + WILD_ANIMAL_AS_THE_MEANS
    # Rounds 60-61's second reading: the children told of a father gone away, the body sent home,
    # no mistake this time, never at the next meeting.
    + GONE_AWAY_FOR_GOOD
    # Rounds 62-63's reading: all over in a moment, the writer's own neck wished cut, the fan,
    # the stool and the cloth named together.
    + OVER_IN_A_MOMENT
    # Rounds 62-63's second reading: a cord tried on the hook, the safety belt left off on purpose,
    # one touch of the live wire, the writer's end weighed as a relief, the last trip.
    + TRIED_ON_THE_HOOK
    # Rounds 62-63's second reading: the writer's own fingers, arm or knee burnt or beaten, held over
    # the flame, the head banged against the tank.
    + OWN_BODY_BURNT_OR_BEATEN
    # Rounds 64-65's second reading: an apology sent with one's things or papers, no coming back from
    # the well or the height, the family freed once the writer is not there, a fall wished.
    + SORRY_SENT_AND_NO_RETURN
    # Rounds 66-67's reading: dying the easier way, debts returned before going, the writer's account
    # closed, the floor to go from, all freed if the writer went, the drop measured, the terrace's lock broken.
    + EASIER_GONE_AND_ACCOUNTS_CLOSED
    # Rounds 66-67's reading: lines drawn on the skin with an edge.
    + LINES_DRAWN_ON_THE_SKIN
    # Rounds 68-69's reading: the thought of dying, the writer's turn, to go for ever, a promise of doing
    # nothing beside the water watched, no reason to get up, thanks to all and no more check-ins.
    + THOUGHT_OF_DYING_AND_MY_TURN
    # Rounds 70-71's reading: pricked with the bench's tools, heated metal, punches; the writer's time up, the last
    # rain, the gorge that calls, the step, the water walked into, the fan and the rope, a plastic bag, things given.
    + PRICKED_BURNT_AND_MY_TIME_UP
    # Rounds 72-73's reading: passwords sent, the last live, keys and accounts left, all freed by the writer's going,
    # the vat or the rollers gone into, the wire held; the hot pan on purpose, punches to the iron.
    + PASSWORD_SENT_AND_LAST_LIVE
    # Rounds 72-73's second reading: the mill's belt as a noose, sleep with no waking, no turning back at the railway, burns owned.
    + BELT_NOOSE_AND_NO_TURNING_BACK
    # Rounds 74-75's reading: up on the tank or the catwalk, the brake not pressed, the rails' timings, the batten, farewells in the trade's words.
    + TANK_CATWALK_AND_THE_LAST_BOW
    # Rounds 74-75's reading: the boiling basin and the hot lamp on purpose, the writer's own blood drawn, the head struck again and again.
    + BOILING_BASIN_AND_OWN_BLOOD
    # Rounds 76-77's reading: the sea, the jetty and the well gone down into, the next train, the next fire not
    # come back from, tomorrow's sun not seen.
    + JETTY_PLATFORM_AND_THE_NEXT_FIRE
    # Rounds 78-79's reading: the tether tied beside the stool, the rope hung from the tree, the accounts
    # settled and the time to go, a solvent down the throat, glass in the fist, a truck to run a man over.
    + TETHER_ROPE_AND_THE_ACCOUNTS_SETTLED
    # Rounds 80-81's reading: up on the terrace or the bridge and done, the writer's own obituary, a letter for
    # each, the live wire, the hand held to the heat till it burns, on purpose or in a rage.
    + TERRACE_OBITUARY_AND_THE_HAND_HELD_THERE
    # Rounds 82-83's reading: the garland for the writer's own photo, the truck wished for, the name off the list,
    # the head struck and the burns hidden.
    + PHOTO_GARLAND_AND_THE_PASSING_TRUCK
    # Rounds 84-85's reading: the track, the ghat and the open shaft; the letter left and the last wish; the
    # workshop's tools turned on the writer's own body.
    + TRACKS_GHATS_AND_THE_OPEN_SHAFT
    + LETTERS_LEFT_AND_THE_LAST_WISH
    + AWL_MALLET_AND_CHILLI_IN_THE_WOUND
    # Rounds 88-89's reading: "I won't do anything" said from the bridge or the crossing, the last show, the
    # local's door and the hand let go, the ladder pulled up, the hot kettle on the wrist.
    + LAST_SHOW_AND_THE_CROSSING
    # Rounds 90-91's reading: the view point, the gun and the last shift.
    + VIEW_POINT_AND_THE_LAST_SHIFT
    # Rounds 92-93's reading: the death certificates signed and "now mine", the well's edge, the notes handed over.
    + CERTIFICATES_SIGNED_AND_THE_WELL_EDGE
    # Rounds 94-95's reading: the mast and the harness off, the stairs not taken down, the key behind the tank.
    + MAST_NACELLE_AND_THE_STAIRS_DOWN
    # Rounds 96-97's reading: the silo's top and the one-way trip, the nominee form, the lab's methanol.
    + SILO_TOP_AND_THE_ONE_WAY_TRIP
    # Rounds 98-99's reading: the terrace key and "not coming back down", the car left running behind the
    # shutter, the LIC worth more than the writer, watch cells and the repair bench's IPA.
    + TERRACE_KEY_AND_THE_RUNNING_ENGINE
    # Rounds 100-101's reading: "tell the children he won't come back", the live wire and the meter board, the
    # insurance that clears the debt, the Butox and the plant's chlorine.
    + BAND_DRESS_AND_THE_METER_BOARD
    # Rounds 102-103's reading: the truss's top and "just let go", the fast local, the IFT's electrodes, the
    # darkroom's fixer.
    + TRUSS_TOP_AND_THE_ELECTRODES
    # Rounds 104-105's reading (its clearest part): the garlanded photo, stones in the pocket, the dumper at the
    # ghat, the platform's end, the hot iron on the thigh, sulphas in the pocket.
    + DAK_BAG_AND_THE_DUMPER_AT_THE_GHAT
    # Rounds 106-107's reading: the goal net's rope, the grave dug for oneself, the gas without the match, the
    # catwalk without the harness, the final pack up; weed killer and the mosquito refill.
    + GOAL_NET_AND_THE_DUG_GRAVE
    # Rounds 108-109's reading: what living is for asked, the keys handed over, the goods train's time, the lake's
    # edge and the dam's wall, burns made on purpose, the termite spray and the tablets collected.
    + MOMO_CART_AND_THE_BUS_BODY
    # Rounds 110-111's reading: no escape but dying, the fort's wall and the flyover, the kitchen's gas behind a
    # shut door, the river merged into, burns and blades on purpose, rat poison dissolved, the toilet cleaner.
    + FORT_WALL_AND_THE_KITCHEN_GAS
    # Rounds 112-113's reading: "for good" and "free of me", the rope for the neck or kept in front, the deep
    # water "nobody will know", the live line grabbed without the line clear, "it hurts, then it feels better".
    + PERMANENT_LEAVE_AND_THE_LIVE_LINE
    # Rounds 114-115's reading ("no way out" at the water, the poison sat with, "nothing left to stay for"), then
    # the self-harm and overdose rules of both readings.
    + NO_WAY_OUT_AND_THE_POISON_IN_HAND
    # Rounds 116-117's reading: "not on this earth next month", "without me they'll be happier", the rope
    # tied "to check it holds", the lightning waited for, "I won't come back up", the camphor on the palm.
    + ROPE_TEST_AND_THE_LIGHTNING
    # Rounds 118-119's reading: the safety belt left off at a height, "not to come back" at the bridge or the
    # tunnel, "it will look like an accident", "bye everyone, sorry for the trouble I caused", the hot spoon.
    + BELT_OFF_AND_THE_RESERVOIR
    # Rounds 120-121's reading: "won't go home today" by the creek, the work handed over "I won't be there",
    # "log out of this world", "what is left to live for", the pin pushed into one's own thigh.
    + RAMKUND_AND_THE_LAST_DUTY
    # Rounds 122-123's reading: the spray bottle in the lap "only the drinking left", the goods train's hour
    # "so someone knows", the gas valve behind a closed door, the autoclave's chamber, "my time is up".
    + SPRAY_BOTTLE_AND_THE_AUTOCLAVE
    # Rounds 124-125's reading: one's own last rites made ready, the morning refused, the duty handed over "I
    # won't be there by then", the Aadhaar card "so they can identify me", the wheat tablets, the blade marks hidden.
    + PIND_AND_THE_MINARET
    # Rounds 126-127's reading: the rails "the train I can't hear, good", "pray for my soul", the letter "she
    # will find in the morning", the chain round the neck, self-harm kept up "till the skin burned".
    + TRACK_AND_THE_ROSARY
    + KEPT_UP_TILL_IT_HURT
    # Rounds 128-129's reading: the noose of wire rope made ready, the river "tonight, forgive me all", "not many
    # days now", "my end too", the insulin pen injected whole, the soldering iron laid on one's own wrist.
    + WIRE_ROPE_AND_THE_INSULIN_PEN
    # Rounds 130-131's reading: "after I'm gone sell the chair", the bridge "look after the children", the
    # local-anaesthetic cartridges "to give myself", one's own hand bitten till it bled.
    + LAKE_SHORE_AND_THE_CARTRIDGES
)
