"""The overdose, harm-to-others and someone-else area's rules, tried after the base rules
(alumni.domain.crisis.rules)."""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others.against_the_writer import AGAINST_THE_WRITER
from alumni.domain.crisis.areas.harm_and_others.blows_promised import BLOWS_PROMISED
from alumni.domain.crisis.areas.harm_and_others.bottle_in_hand import BOTTLE_IN_HAND
from alumni.domain.crisis.areas.harm_and_others.box_emptied import BOX_EMPTIED
from alumni.domain.crisis.areas.harm_and_others.brake_oil_formalin_and_the_field_spray import (
            BRAKE_OIL_FORMALIN_AND_THE_FIELD_SPRAY,
)
from alumni.domain.crisis.areas.harm_and_others.brought_home import COMBINATIONS as BROUGHT_HOME
from alumni.domain.crisis.areas.harm_and_others.bye_sent_to_all import BYE_SENT_TO_ALL
from alumni.domain.crisis.areas.harm_and_others.cells_chemicals_and_shut_doors import CELLS_CHEMICALS_AND_SHUT_DOORS
from alumni.domain.crisis.areas.harm_and_others.clinical_doses import CLINICAL_DOSES
from alumni.domain.crisis.areas.harm_and_others.collapsed_after_a_dose import COLLAPSED_AFTER_A_DOSE
from alumni.domain.crisis.areas.harm_and_others.combine_sickle_and_the_fish_knife import (
            COMBINE_SICKLE_AND_THE_FISH_KNIFE,
)
from alumni.domain.crisis.areas.harm_and_others.drill_and_the_rampuri import DRILL_AND_THE_RAMPURI
from alumni.domain.crisis.areas.harm_and_others.drowned_in_the_drain import DROWNED_IN_THE_DRAIN
from alumni.domain.crisis.areas.harm_and_others.edger_and_the_pallet_jack import EDGER_AND_THE_PALLET_JACK
from alumni.domain.crisis.areas.harm_and_others.family_reports import COMBINATIONS as FAMILY_REPORTS
from alumni.domain.crisis.areas.harm_and_others.filmy_threats import FILMY_THREATS
from alumni.domain.crisis.areas.harm_and_others.forklift_and_the_hot_oil import FORKLIFT_AND_THE_HOT_OIL
from alumni.domain.crisis.areas.harm_and_others.formalin_glass_and_the_locked_tunnel import (
            FORMALIN_GLASS_AND_THE_LOCKED_TUNNEL,
)
from alumni.domain.crisis.areas.harm_and_others.found_in_his_things import FOUND_IN_HIS_THINGS
from alumni.domain.crisis.areas.harm_and_others.fried_buried_and_drowned import FRIED_BURIED_AND_DROWNED
from alumni.domain.crisis.areas.harm_and_others.fryer_oil_and_the_koyta import FRYER_OIL_AND_THE_KOYTA
from alumni.domain.crisis.areas.harm_and_others.godown_tablets_and_kerosene import GODOWN_TABLETS_AND_KEROSENE
from alumni.domain.crisis.areas.harm_and_others.grinder_and_the_cylinder_blast import (
            GRINDER_AND_THE_CYLINDER_BLAST,
)
from alumni.domain.crisis.areas.harm_and_others.grudge_at_the_office import GRUDGE_AT_THE_OFFICE
from alumni.domain.crisis.areas.harm_and_others.his_address_and_the_tyre_lever import HIS_ADDRESS_AND_THE_TYRE_LEVER
from alumni.domain.crisis.areas.harm_and_others.hot_tar_and_the_roller import HOT_TAR_AND_THE_ROLLER
from alumni.domain.crisis.areas.harm_and_others.ice_pick_and_the_sickle import ICE_PICK_AND_THE_SICKLE
from alumni.domain.crisis.areas.harm_and_others.iron_brakes_and_the_last_day import IRON_BRAKES_AND_THE_LAST_DAY
from alumni.domain.crisis.areas.harm_and_others.kettle_and_the_musth import KETTLE_AND_THE_MUSTH
from alumni.domain.crisis.areas.harm_and_others.marks_asked_about import MARKS_ASKED_ABOUT
from alumni.domain.crisis.areas.harm_and_others.means_at_hand import MEANS_AT_HAND
from alumni.domain.crisis.areas.harm_and_others.not_to_wake import NOT_TO_WAKE
from alumni.domain.crisis.areas.harm_and_others.oil_tandoor_and_cleaver import OIL_TANDOOR_AND_CLEAVER
from alumni.domain.crisis.areas.harm_and_others.parting_words_reported import PARTING_WORDS_REPORTED
from alumni.domain.crisis.areas.harm_and_others.petrol_and_the_cabin_dropped import PETROL_AND_THE_CABIN_DROPPED
from alumni.domain.crisis.areas.harm_and_others.pillow_and_the_oxygen import PILLOW_AND_THE_OXYGEN
from alumni.domain.crisis.areas.harm_and_others.poison_in_my_cup import POISON_IN_MY_CUP
from alumni.domain.crisis.areas.harm_and_others.poison_mixed_in_hand import POISON_MIXED_IN_HAND
from alumni.domain.crisis.areas.harm_and_others.poison_poured_in_a_glass import POISON_POURED_IN_A_GLASS
from alumni.domain.crisis.areas.harm_and_others.poisons_named import COMBINATIONS as POISONS_NAMED
from alumni.domain.crisis.areas.harm_and_others.pushed_under_or_burnt_alive import PUSHED_UNDER_OR_BURNT_ALIVE
from alumni.domain.crisis.areas.harm_and_others.readied_for_tonight import READIED_FOR_TONIGHT
from alumni.domain.crisis.areas.harm_and_others.reckoning_foretold import RECKONING_FORETOLD
from alumni.domain.crisis.areas.harm_and_others.reported_at_the_festival import REPORTED_AT_THE_FESTIVAL
from alumni.domain.crisis.areas.harm_and_others.reported_from_the_akhada import REPORTED_FROM_THE_AKHADA
from alumni.domain.crisis.areas.harm_and_others.road_home_and_the_gelatin_stick import (
            ROAD_HOME_AND_THE_GELATIN_STICK,
)
from alumni.domain.crisis.areas.harm_and_others.score_to_settle import SCORE_TO_SETTLE
from alumni.domain.crisis.areas.harm_and_others.seen_in_a_relation import SEEN_IN_A_RELATION
from alumni.domain.crisis.areas.harm_and_others.seen_to_for_good import SEEN_TO_FOR_GOOD
from alumni.domain.crisis.areas.harm_and_others.settled_after_release import SETTLED_AFTER_RELEASE
from alumni.domain.crisis.areas.harm_and_others.settled_after_the_match import SETTLED_AFTER_THE_MATCH
from alumni.domain.crisis.areas.harm_and_others.shots_at_once import SHOTS_AT_ONCE
from alumni.domain.crisis.areas.harm_and_others.shut_in_and_silent import SHUT_IN_AND_SILENT
from alumni.domain.crisis.areas.harm_and_others.sickle_and_the_boiling_water import SICKLE_AND_THE_BOILING_WATER
from alumni.domain.crisis.areas.harm_and_others.signs_reported import COMBINATIONS as SIGNS_REPORTED
from alumni.domain.crisis.areas.harm_and_others.spanner_and_the_slab_plate import SPANNER_AND_THE_SLAB_PLATE
from alumni.domain.crisis.areas.harm_and_others.stash_at_once import STASH_AT_ONCE
from alumni.domain.crisis.areas.harm_and_others.stump_shovel_and_the_traveller import (
            STUMP_SHOVEL_AND_THE_TRAVELLER,
)
from alumni.domain.crisis.areas.harm_and_others.swallowed_from_the_godown import SWALLOWED_FROM_THE_GODOWN
from alumni.domain.crisis.areas.harm_and_others.taken_along_and_threatened import TAKEN_ALONG_AND_THREATENED
from alumni.domain.crisis.areas.harm_and_others.termite_can_and_the_crowbar import (
            TERMITE_CAN_AND_THE_CROWBAR,
)
from alumni.domain.crisis.areas.harm_and_others.threat_forms import THREAT_FORMS
from alumni.domain.crisis.areas.harm_and_others.threatened_on_the_highway import THREATENED_ON_THE_HIGHWAY
from alumni.domain.crisis.areas.harm_and_others.threatened_together import THREATENED_TOGETHER
from alumni.domain.crisis.areas.harm_and_others.threats_at_home import COMBINATIONS as THREATS_AT_HOME
from alumni.domain.crisis.areas.harm_and_others.threats_at_work import THREATS_AT_WORK
from alumni.domain.crisis.areas.harm_and_others.threats_by_the_trade import THREATS_BY_THE_TRADE
from alumni.domain.crisis.areas.harm_and_others.threats_over_the_dose import THREATS_OVER_THE_DOSE
from alumni.domain.crisis.areas.harm_and_others.threats_said_formally import THREATS_SAID_FORMALLY
from alumni.domain.crisis.areas.harm_and_others.threats_slaughter_and_acid import THREATS_SLAUGHTER_AND_ACID
from alumni.domain.crisis.areas.harm_and_others.threats_spelt_out import COMBINATIONS as THREATS_SPELT_OUT
from alumni.domain.crisis.areas.harm_and_others.thrown_from_the_slab import THROWN_FROM_THE_SLAB
from alumni.domain.crisis.areas.harm_and_others.thrown_into_the_works import THROWN_INTO_THE_WORKS
from alumni.domain.crisis.areas.harm_and_others.tools_to_a_mans_body import TOOLS_TO_A_MANS_BODY
from alumni.domain.crisis.areas.harm_and_others.vat_cylinder_and_pocket import VAT_CYLINDER_AND_POCKET
from alumni.domain.crisis.areas.harm_and_others.vials_kept_for_oneself import VIALS_KEPT_FOR_ONESELF
from alumni.domain.crisis.areas.harm_and_others.ward_vials_and_the_heavy_roller import WARD_VIALS_AND_THE_HEAVY_ROLLER
from alumni.domain.crisis.areas.harm_and_others.worker_reported import WORKER_REPORTED
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO, S = Category.OVERDOSE, Category.HARM_TO_OTHERS, Category.SUICIDE
# Anything taken: a substance by any name, or pills (concepts.SUBSTANCES plus pills).
TAKEN = _g("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants",
            "drugs", "pills")

_BASE: tuple[Combination, ...] = (
    # A knife put into the belly or the chest, of someone else: "सुरी घालतोय पोटात".
    Combination(HO, (_g("knife_put_in"), _g("into_the_body")), 3, unless=_g("self", "me", "laugh")),
    # --- overdose: a poison or a heap of pills, taken --------------------------------
    Combination(OD, (_g("poison"), _g("eat", "drank", "drink_verb", "swallow")), 5),
    Combination(OD, (_g("poison"), _g("die", "suicide")), 5),
    Combination(OD, (_g("cleaner"), _g("drank", "drink_verb", "swallow")), 2, unless=_g("beverage")),
    Combination(OD, (_g("pill_count", "sedatives", "swallow"), _g("count")), 4),
    Combination(OD, (_g("pills"), _g("count"), _g("eat", "swallow")), 3,
                unless=_g("duration", "dose", "routine")),
    Combination(OD, (_g("pill_count", "sedatives"), _g("few_count"), _g("eat", "swallow")), 4,
                unless=_g("dose", "routine")),
    Combination(OD, (_g("pills", "sedatives"), _g("quantity"), _g("eat", "swallow")), 5,
                unless=_g("routine")),
    Combination(OD, (_g("unconscious", "emergency", "collapse"),
                     _g("pills", "sedatives", "poison", "overdose", "cleaner")), 10, across=True,
                unless=_g("routine", "dose")),
    Combination(OD, (_g("vomit"), _g("poison", "overdose")), 10, across=True),
    # The poison beside the writer and the mind made up: "pesticide next to me. decided".
    Combination(OD, (_g("poison"), _g("at_hand"), _g("plan_made", "quantity", "all_there_is")), 12,
                across=True),
    # All of it at one go: "poora maal ek saath lagaunga", "saari goliyan ek saath".
    Combination(OD, (_g("quantity", "all_there_is"), _g("at_once"), TAKEN + ("poison", "powder")), 5,
                unless=_g("beverage")),
    # Poison mixed into one's own drink: "thinking of mixing it in my tea".
    Combination(OD, (_g("poison"), _g("mix_in"), _g("beverage")), 10, across=True),
    Combination(OD, (_g("unconscious"), _g("eat", "drank", "drugs")), 10, across=True),
    # --- harm to others: a threat against someone -------------------------------------
    Combination(HO, (_g("finish_off"), _g("other_target", "relation")), 3, unless=_g("self", "me")),
    Combination(HO, (_g("maim"), _g("other_target", "relation", "third_person", "body_part_other")), 4,
                same_word=True, unless=_g("self", "me", "chore", "device")),
    Combination(HO, (_g("die"), _g("third_person", "other_target"), _g("vow")), 6),
    # Taken beyond the writer's usual, and the body gone wrong: "used way more than usual,
    # can't feel my legs".
    Combination(OD, (_g("use", "use_strong", "took", "drank"), _g("beyond_usual"), _g("breath_trouble")), 14,
                across=True),
    # "burn the shop down with him inside", "usko zinda jala dunga".
    Combination(HO, (_g("burn"), _g("other_target", "third_person", "relation"), _g("inside_alive")), 8,
                unless=_g("self", "me")),
    Combination(HO, (_g("weapon"), _g("carry")), 3, unless=_g("chore", "hide", "hidden")),
    Combination(HO, (_g("not_survive"), _g("violence", "weapon", "kill", "maim", "vow")), 8),
    Combination(HO, (_g("not_survive"), _g("other_target")), 4, same_word=True),
    Combination(HO, (_g("run_over"), _g("other_target", "third_person", "relation")), 4, same_word=True),
    Combination(HO, (_g("poison", "weapon"), _g("throw"), _g("other_target", "third_person", "relation",
                                                              "body_part_other")), 5),
    Combination(HO, (_g("poison"), _g("other_target", "relation", "third_person"), _g("give")), 4,
                unless=_g("eat", "drank")),
    Combination(HO, (_g("violence"), _g("body_part_other"), _g("other_target", "third_person")), 4,
                same_word=True),
    # --- someone else in danger: reported by a relative -------------------------------
    Combination(S, (_g("jump", "die", "hang", "suicide"), _g("talk_of")), 4),
    Combination(S, (_g("hang"), _g("neck")), 4),
    # --- overdose: every pill there is, or the body failing after taking something ------
    Combination(OD, (_g("pills", "sedatives", "poison"), _g("all_there_is")), 4, unless=_g("routine")),
    Combination(OD, (_g("swallow"), _g("all_there_is")), 3),
    Combination(OD, (_g("too_much"), TAKEN, _g("inject", "eat")), 4),
    Combination(OD, (_g("breath_trouble", "collapse", "vomit", "burning_inside"), TAKEN + _g("swallow", "inject", "overdose",
                                                                          "poison", "cleaner")),
                10, across=True),
    Combination(OD, (_g("unconscious", "collapse", "gone_missing"), _g("paraphernalia")), 10, across=True),
    # --- harm to others: "won't spare him", a veiled threat, a stone to the head -------
    # "biwi ko nahi chhodunga", "tyala sodnar nahi": the verb carries the first person (in
    # Marathi the target its -la), so the relative named bare is the one who is threatened.
    Combination(HO, (_g("spare_mine"), _g("negation"), _g("other_target", "relation", "third_person")), 4,
                unless=_g("devotion")),
    Combination(HO, (_g("spare_not"), _g("other_target", "relation", "third_person")), 4,
                unless=_g("devotion")),
    # "zehar kha lunga", "पी लूँगा", "kha lenge": a poison and a future of taking it.
    Combination(OD, (_g("poison"), _g("consume"), _g("will_take")), 6, order=True),
    Combination(OD, (_g("poison", "pills", "sedatives"), _g("at_hand"), _g("consume", "eat", "want")), 8),
    Combination(HO, (_g("regret_threat"), _g("know_where")), 12, across=True),
    Combination(HO, (_g("regret_threat"), _g("violence", "weapon", "kill", "vow", "maim", "blunt")), 8),
    Combination(HO, (_g("know_where"), _g("violence", "weapon", "kill", "maim", "blunt")), 8),
    Combination(HO, (_g("blunt", "weapon"), _g("body_part_other"), _g("bring_down", "maim", "kill")), 5,
                unless=_g("chore")),
    Combination(HO, (_g("threat_disclosed"),)),
    # --- what a relative finds: a note, a locked door, no answer ------------------------
    Combination(S, (_g("farewell_note"), _g("gone_missing", "goodbye")), 12, across=True),
    Combination(S, (_g("farewell_note"), _g("apology")), 2),        # "a note saying sorry"
    Combination(S, (_g("locked_in"), _g("gone_missing", "paraphernalia", "weapon", "pills", "hang",
                                        "poison")), 12, across=True),
    # "sitting on the tracks, won't come home", "last seen at the bridge, not picking up".
    Combination(S, (_g("rail_line", "high_place", "water_body"), _g("gone_missing")), 12, across=True),
    # "a voice note saying bye", "a message saying sorry" (the goodbye itself is elsewhere).
    Combination(S, (_g("farewell_note"), _g("farewell_word")), 4),
    # --- harm to others: the act by its shape ---------------------------------------------
    # A weapon carried while hunting for someone: "chaku le ke usko dhundunga".
    Combination(HO, (_g("weapon"), _g("search"), _g("other_target", "third_person", "relation")), 8,
                unless=_g("chore")),
    # Hands on a throat: "strangling my wife", "उसका गला दबा दूंगा".
    Combination(HO, (_g("strangle"), _g("other_target", "relation", "third_person", "want")), 4,
                same_word=True, unless=_g("self", "me")),
    # "felt like hitting him ... last night I nearly did".
    Combination(HO, (_g("nearly_did"), _g("strangle", "violence", "kill", "maim", "weapon", "murder")), 12,
                across=True),
    # "he's dead. i know where he sits": a person declared done for, and a threat beside it.
    Combination(HO, (_g("doomed"), _g("know_where", "weapon", "violence", "vow", "regret_threat", "maim")), 12,
                across=True),
    # Poison or "something" slipped into someone else's food or drink.
    Combination(HO, (_g("poison", "something", "pills", "sedatives"), _g("slip_in"), _g("food", "beverage"),
                     _g("other_target", "third_person")), 6),
    # A poison or pills a relative found hidden: "rat poison in his cupboard behind his clothes".
    Combination(OD, (_g("found"), _g("poison", "sedatives"), _g("hidden")), 10),
    # After the readings above: someone shut in and not opening to the family ("तो bathroom
    # मध्ये आहे, दार उघडत नाही").
    Combination(S, (_g("door_unopened"), _g("relation", "third_person", "time")), 12, across=True),
    # Too much taken and breathing hard after it: "took too much today, trouble breathing".
    # (Not "eat" alone: "खूप जास्त खाल्लं, श्वास लागतोय" is a heavy meal.)
    Combination(OD, (_g("too_much", "beyond_usual"), TAKEN + _g("took", "use"), _g("breath_hard")), 12,
                across=True, unless=_g("food", "beverage", "laugh", "gym")),
    # A person removed like a thorn: "त्या सावकाराचा काटा काढतो" (the owner marked by
    # threats_in_context.owner_of_a_thorn); not a thorn in the writer's own foot.
    Combination(HO, (_g("thorn_out"), _g("other_target", "third_person", "relation")), 4,
                unless=_g("self", "me", "hand_part", "cut_site")),
)

# In the order they are tried; within a category the first rule to match names the words staff see.
COMBINATIONS: tuple[Combination, ...] = (
    _BASE
    # Threats and poisons in a village's words; doses brought home from the ward or the farm;
    # the signs a man left, reported from the family phone; a rash act threatened at home.
    + THREAT_FORMS + BROUGHT_HOME + FAMILY_REPORTS + THREATS_AT_HOME
    # Poisons by their brand; threats spelt out; a roommate's or a son's signs reported.
    + POISONS_NAMED + THREATS_SPELT_OUT + SIGNS_REPORTED
    # Round 15: shut in and silent, readied for tonight, a killing said formally.
    + SHUT_IN_AND_SILENT + READIED_FOR_TONIGHT + THREATS_SAID_FORMALLY
    # Round 16 (health workers): doses from the ward, the trade's knowledge, a colleague's report;
    # taken so as not to wake.
    + CLINICAL_DOSES + THREATS_BY_THE_TRADE + WORKER_REPORTED + NOT_TO_WAKE
    # Round 17 (old age and illness, money and apps): the means at hand.
    + MEANS_AT_HAND
    # Round 18 (anger at home; films and songs): a score to settle, a box emptied, a bottle in
    # hand, violence against the writer, a film's threat.
    + SCORE_TO_SETTLE + BOX_EMPTIED + BOTTLE_IN_HAND + AGAINST_THE_WRITER + FILMY_THREATS
    # Round 19 (hospitality work; exams and coaching).
    + THREATS_AT_WORK + SEEN_IN_A_RELATION + POISON_IN_MY_CUP + FOUND_IN_HIS_THINGS
    # Round 20 (sport and gyms; festivals and celebrations).
    + SETTLED_AFTER_THE_MATCH + SHOTS_AT_ONCE + REPORTED_FROM_THE_AKHADA + REPORTED_AT_THE_FESTIVAL
    # Round 21 (treatment and harm reduction): the stash at once, an overdose seen.
    + STASH_AT_ONCE + THREATS_OVER_THE_DOSE
    # Round 21 (queer and trans alumni): a couple threatened together.
    + THREATENED_TOGETHER
    # Round 23 (custody, the forest belts): a rope taken along, a threat told by its word,
    # something swallowed before a hospital, jumped in the well.
    + TAKEN_ALONG_AND_THREATENED
    # Round 24: a push under a train, burning alive, a collapse after a dose.
    + PUSHED_UNDER_OR_BURNT_ALIVE + COLLAPSED_AFTER_A_DOSE
    # Round 25: a grudge at the office.
    + GRUDGE_AT_THE_OFFICE
    # Round 26: a threat told by its word and its means, a head struck off; a push from the
    # slab, brakes taken off, a fire with the fuel bought, the writer strangled.
    + THREATENED_ON_THE_HIGHWAY + THROWN_FROM_THE_SLAB
    # Round 27: the contractor drowned in the drain, stabbed, his trolley burnt, run over.
    + DROWNED_IN_THE_DRAIN + POISON_MIXED_IN_HAND
    # Round 30 (hotel kitchens): boiling oil, the tandoor, the cleaver, caught alone and finished.
    + OIL_TANDOOR_AND_CLEAVER
    # Round 30 (jails): the informer strangled, his skull, his Diwali; a threat against the writer.
    + SETTLED_AFTER_RELEASE
    # Round 42 (goldsmiths, forest villages, bus crews): his game done, silenced for good, his car set alight.
    + SEEN_TO_FOR_GOOD
    # Round 44 (laundries, repair shops, cinemas): a beating promised, a screwdriver driven in, caustic thrown.
    + BLOWS_PROMISED
    # Round 44: burn marks or cuts seen on him, and what he said or did when asked.
    + MARKS_ASKED_ABOUT
    # Round 44: a goodbye sent to everyone, and the phone off since.
    + BYE_SENT_TO_ALL
    # Round 53's reading: the trade's tools to a man's body, a vehicle run over him, acid on him, "I will kill".
    + TOOLS_TO_A_MANS_BODY
    # Round 53's reading: the godown's poisons swallowed, put to the mouth or kept for tonight; the month's pills at once.
    + SWALLOWED_FROM_THE_GODOWN
    # Round 55's reading: a syringe filled beside the writer's vein or weight, a drug enough for oneself, one stolen.
    + VIALS_KEPT_FOR_ONESELF
    # Rounds 58-59's reading: a man's account settled soon, a man who won't walk out of the yard.
    + RECKONING_FORETOLD
    # Rounds 58-59's second reading: parting words and an absence reported, a man thrown into the works,
    # a poison poured into a glass.
    + PARTING_WORDS_REPORTED + THROWN_INTO_THE_WORKS + POISON_POURED_IN_A_GLASS
    # Rounds 62-63's second reading: a man to be slaughtered, acid or a torch on his face, a tanker
    # run over him, a push off the roof.
    + THREATS_SLAUGHTER_AND_ACID
    # Rounds 70-71's reading: the bench's chemicals and the watch's cells about to be taken, a tool into a man's head,
    # a man shut in with a bye or the gas, the gas left open to sleep in.
    + CELLS_CHEMICALS_AND_SHUT_DOORS
    # Rounds 72-73's reading: a man promised to the vat or the mill, a poison hidden or in the pocket, a chemical
    # drunk, a cylinder taken into a shut room, pills or a rope with a letter.
    + VAT_CYLINDER_AND_POCKET
    # Rounds 72-73's second reading: the godown's tablets held or taken along, a man shut in crying, kerosene on oneself.
    + GODOWN_TABLETS_AND_KEROSENE
    # Rounds 74-75's reading: brake oil, formalin and the field's spray drunk or carried off, sleeping pills and the vein, threats with the needle, the car and the stage.
    + BRAKE_OIL_FORMALIN_AND_THE_FIELD_SPRAY
    # Rounds 76-77's reading: a chemical's glass filled and kept, a poison for tonight's drinking, threats of the chemical
    # and the locked tunnel.
    + FORMALIN_GLASS_AND_THE_LOCKED_TUNNEL
    # Rounds 80-81's reading: threats with the iron, the brakes and the van; the last day told and the phone off,
    # the pay and the watch given away, the gas knob open; the spray bottle before the writer tonight.
    + IRON_BRAKES_AND_THE_LAST_DAY
    # Rounds 82-83's reading: a man to be fried, buried, stabbed or drowned.
    + FRIED_BURIED_AND_DROWNED
    # Rounds 84-85's reading: the termite chemical and the lift's oils, the pills lined up, the tools taken to a man.
    + TERMITE_CAN_AND_THE_CROWBAR
    # Rounds 88-89's reading: the road home waited on, a man set alight, the gelatin stick; rat-kill, Rogor
    # and cyanide.
    + ROAD_HOME_AND_THE_GELATIN_STICK
    # Rounds 92-93's reading: the ward's vials all at once, the field poison for tonight, the heavy roller.
    + WARD_VIALS_AND_THE_HEAVY_ROLLER
    # Rounds 94-95's reading: the month's tablets taken at once, the fumigant, the combine and the fish knife.
    + COMBINE_SICKLE_AND_THE_FISH_KNIFE
    # Rounds 98-99's reading: his address known and the threat that follows, the tyre lever, the petrol.
    + HIS_ADDRESS_AND_THE_TYRE_LEVER
    # Rounds 100-101's reading: the fryer's oil, the koyta and the drill, the tempo run over a man.
    + FRYER_OIL_AND_THE_KOYTA
    # Rounds 102-103's reading: a hand in the edger, the pallet jack, the dumbbell and the boiling milk.
    + EDGER_AND_THE_PALLET_JACK
    # Rounds 106-107's reading: a leg broken on purpose, the shovel and the cable, the traveller run over a man.
    + STUMP_SHOVEL_AND_THE_TRAVELLER
    # Rounds 108-109's reading: the cylinder's blast, the knife stuck in, the grinder in his face.
    + GRINDER_AND_THE_CYLINDER_BLAST
    # Rounds 110-111's reading: the forklift driven into a man, the hot oil, the godown set on fire with him inside.
    + FORKLIFT_AND_THE_HOT_OIL
    # Rounds 112-113's reading: the belly ripped, the hand taken off, the live line energised under a man, the
    # writer's husband come at her with the sickle or the kerosene and the matchbox.
    + ICE_PICK_AND_THE_SICKLE
    # Rounds 116-117's reading: hot tar poured on him, the roller run over the supervisor, "I'll stab them one by
    # one", the head cut off, pushed off the cliff.
    + HOT_TAR_AND_THE_ROLLER
    # Rounds 118-119: the boat sunk with him in it, the spanner, chlorine in his bottle, the slab's plate on him.
    + SPANNER_AND_THE_SLAB_PLATE
    # Rounds 120-121: "I know where he parks", an accident arranged, the pillow on his face, the oxygen pulled.
    + PILLOW_AND_THE_OXYGEN
    # Rounds 122-123: the sickle "won't spare him", boiling water on him, locked in the autoclave, petrol.
    + SICKLE_AND_THE_BOILING_WATER
    # Rounds 124-125: the drill through his hand, the rod, the Rampuri in his belly, pushed off the ghat.
    + DRILL_AND_THE_RAMPURI
    # Rounds 126-127: "I'll see to him with the knife", the boiling kettle poured on him, pushed in front of the
    # elephant in musth, "let him get crushed", "I know where he patrols alone".
    + KETTLE_AND_THE_MUSTH
    # Rounds 128-129: petrol brought to burn him down, "under the trailer", the spanner to his head, the lift
    # cabin dropped on him, "catch him outside and break him".
    + PETROL_AND_THE_CABIN_DROPPED
)
