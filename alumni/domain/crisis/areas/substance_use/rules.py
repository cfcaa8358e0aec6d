"""The substance-use area's rules: using again and craving, tried after the base rules
(alumni.domain.crisis.rules)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.adda_again_and_the_pull import ADDA_AGAIN_AND_THE_PULL
from alumni.domain.crisis.areas.substance_use.after_a_row import AFTER_A_ROW
from alumni.domain.crisis.areas.substance_use.after_the_final import AFTER_THE_FINAL
from alumni.domain.crisis.areas.substance_use.at_the_counter import AT_THE_COUNTER
from alumni.domain.crisis.areas.substance_use.at_the_door import AT_THE_DOOR
from alumni.domain.crisis.areas.substance_use.back_from_the_gulf import BACK_FROM_THE_GULF
from alumni.domain.crisis.areas.substance_use.back_on_it_plainly import BACK_ON_IT_PLAINLY
from alumni.domain.crisis.areas.substance_use.back_on_the_app import BACK_ON_THE_APP
from alumni.domain.crisis.areas.substance_use.bar_after_the_branch import BAR_AFTER_THE_BRANCH
from alumni.domain.crisis.areas.substance_use.baraat_and_season import BARAAT_AND_SEASON
from alumni.domain.crisis.areas.substance_use.behind_the_bar import BEHIND_THE_BAR
from alumni.domain.crisis.areas.substance_use.beside_the_dose import BESIDE_THE_DOSE
from alumni.domain.crisis.areas.substance_use.bets_placed import BETS_PLACED
from alumni.domain.crisis.areas.substance_use.bond_store_and_watch import BOND_STORE_AND_WATCH
from alumni.domain.crisis.areas.substance_use.bottle_among_offerings import BOTTLE_AMONG_OFFERINGS
from alumni.domain.crisis.areas.substance_use.called_to_join import CALLED_TO_JOIN
from alumni.domain.crisis.areas.substance_use.chems_named import CHEMS_NAMED
from alumni.domain.crisis.areas.substance_use.chullu_lao_pani_and_the_half import (
    CHULLU_LAO_PANI_AND_THE_HALF,
)
from alumni.domain.crisis.areas.substance_use.clean_time_lost import CLEAN_TIME_LOST
from alumni.domain.crisis.areas.substance_use.count_broken import COUNT_BROKEN
from alumni.domain.crisis.areas.substance_use.days_lost_and_one_more import DAYS_LOST_AND_ONE_MORE
from alumni.domain.crisis.areas.substance_use.dose_wearing_off import DOSE_WEARING_OFF
from alumni.domain.crisis.areas.substance_use.doubting_oneself import DOUBTING_ONESELF
from alumni.domain.crisis.areas.substance_use.drink_in_sight import DRINK_IN_SIGHT
from alumni.domain.crisis.areas.substance_use.drink_left_unnamed import DRINK_LEFT_UNNAMED
from alumni.domain.crisis.areas.substance_use.drinking_slang import DRINKING_SLANG
from alumni.domain.crisis.areas.substance_use.drinking_that_would_not_stop import DRINKING_THAT_WOULD_NOT_STOP
from alumni.domain.crisis.areas.substance_use.drinking_told_short import DRINKING_TOLD_SHORT
from alumni.domain.crisis.areas.substance_use.excuses_and_blackouts import EXCUSES_AND_BLACKOUTS
from alumni.domain.crisis.areas.substance_use.finished_and_counted import FINISHED_AND_COUNTED
from alumni.domain.crisis.areas.substance_use.finished_overnight import FINISHED_OVERNIGHT
from alumni.domain.crisis.areas.substance_use.given_and_taken import GIVEN_AND_TAKEN
from alumni.domain.crisis.areas.substance_use.glass_in_hand import GLASS_IN_HAND
from alumni.domain.crisis.areas.substance_use.habit_back import HABIT_BACK
from alumni.domain.crisis.areas.substance_use.holding_out import HOLDING_OUT
from alumni.domain.crisis.areas.substance_use.hostel_and_tapri import HOSTEL_AND_TAPRI
from alumni.domain.crisis.areas.substance_use.how_much_taken import HOW_MUCH_TAKEN
from alumni.domain.crisis.areas.substance_use.joined_at_the_shop import JOINED_AT_THE_SHOP
from alumni.domain.crisis.areas.substance_use.longed_for import LONGED_FOR
from alumni.domain.crisis.areas.substance_use.loom_shift_solution import LOOM_SHIFT_SOLUTION
from alumni.domain.crisis.areas.substance_use.lost_to_it import LOST_TO_IT
from alumni.domain.crisis.areas.substance_use.medicine_misused import MEDICINE_MISUSED
from alumni.domain.crisis.areas.substance_use.mind_asks_for_it import MIND_ASKS_FOR_IT
from alumni.domain.crisis.areas.substance_use.missed_and_dreamt import MISSED_AND_DREAMT
from alumni.domain.crisis.areas.substance_use.money_on_drink import MONEY_ON_DRINK
from alumni.domain.crisis.areas.substance_use.morning_after import MORNING_AFTER
from alumni.domain.crisis.areas.substance_use.no_excuse_needed import NO_EXCUSE_NEEDED
from alumni.domain.crisis.areas.substance_use.not_counted import NOT_COUNTED
from alumni.domain.crisis.areas.substance_use.on_it_for_days import ON_IT
from alumni.domain.crisis.areas.substance_use.on_the_mind import ON_THE_MIND
from alumni.domain.crisis.areas.substance_use.one_became_many import ONE_BECAME_MANY
from alumni.domain.crisis.areas.substance_use.opium_belt_words import OPIUM_BELT_WORDS
from alumni.domain.crisis.areas.substance_use.party_led_on import PARTY_LED_ON
from alumni.domain.crisis.areas.substance_use.pay_day_and_syrup import PAY_DAY_AND_SYRUP
from alumni.domain.crisis.areas.substance_use.pay_gone_into_drink import PAY_GONE_INTO_DRINK
from alumni.domain.crisis.areas.substance_use.permit_room_till_one import PERMIT_ROOM_TILL_ONE
from alumni.domain.crisis.areas.substance_use.potli_and_the_pull_of_the_offer import POTLI_AND_THE_PULL_OF_THE_OFFER
from alumni.domain.crisis.areas.substance_use.pressed_to_drink import PRESSED_TO_DRINK
from alumni.domain.crisis.areas.substance_use.pull_in_village_words import PULL_IN_VILLAGE_WORDS
from alumni.domain.crisis.areas.substance_use.pull_not_yet_given_in import PULL_NOT_YET_GIVEN_IN
from alumni.domain.crisis.areas.substance_use.pull_of_the_festival import PULL_OF_THE_FESTIVAL
from alumni.domain.crisis.areas.substance_use.pull_of_the_occasion import PULL_OF_THE_OCCASION
from alumni.domain.crisis.areas.substance_use.pull_said_plainly import PULL_SAID_PLAINLY
from alumni.domain.crisis.areas.substance_use.readings_from_round_88 import READINGS_FROM_ROUND_88
from alumni.domain.crisis.areas.substance_use.round_with_the_old_gang import ROUND_WITH_THE_OLD_GANG
from alumni.domain.crisis.areas.substance_use.said_formally import COMBINATIONS as SAID_FORMALLY
from alumni.domain.crisis.areas.substance_use.served_and_finished import SERVED_AND_FINISHED
from alumni.domain.crisis.areas.substance_use.sessions import SESSIONS
from alumni.domain.crisis.areas.substance_use.smell_caught_and_bottle_half_gone import SMELL_CAUGHT_AND_BOTTLE_HALF_GONE
from alumni.domain.crisis.areas.substance_use.solution_on_the_mind import SOLUTION_ON_THE_MIND
from alumni.domain.crisis.areas.substance_use.solvents_taken import SOLVENTS_TAKEN
from alumni.domain.crisis.areas.substance_use.started_again import STARTED_AGAIN
from alumni.domain.crisis.areas.substance_use.stop_me_tonight import STOP_ME_TONIGHT
from alumni.domain.crisis.areas.substance_use.street_words_english import STREET_WORDS_ENGLISH
from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.areas.substance_use.taken_at_the_celebration import TAKEN_AT_THE_CELEBRATION
from alumni.domain.crisis.areas.substance_use.taken_from_stock import TAKEN_FROM_STOCK
from alumni.domain.crisis.areas.substance_use.taken_in_passing import TAKEN_IN_PASSING
from alumni.domain.crisis.areas.substance_use.taken_up_again import TAKEN_UP_AGAIN
from alumni.domain.crisis.areas.substance_use.tharra_chillum_and_the_old_adda import THARRA_CHILLUM_AND_THE_OLD_ADDA
from alumni.domain.crisis.areas.substance_use.use_made_smaller import USE_MADE_SMALLER
from alumni.domain.crisis.areas.substance_use.wanting_it_too import WANTING_IT_TOO
from alumni.domain.crisis.areas.substance_use.ward_stock_taken import WARD_STOCK_TAKEN
from alumni.domain.crisis.areas.substance_use.went_along import WENT_ALONG
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

_BASE: tuple[Combination, ...] = (
    # --- using again ---------------------------------------------------------------------
    # A word that is a drink only beside drinking: "desi chadha li", "bottle pi li".
    Combination(RE, (_g("alcohol_maybe"), _g("drank", "down_it")), 2, unless=_g("beverage", "pills")),
    Combination(RE, (_g("alcohol"), _g("down_it")), 3),
    # Sniffing is what makes "solution" an inhalant.
    Combination(RE, (_g("inhalant_maybe", "inhalants"), _g("sniff")), 3),
    # "did 2 lines", "snorted a line".
    Combination(RE, (_g("use", "sniff"), _g("lines")), 2, order=True),
    # After a stretch clean: "smoked hash after 5 months", "6 mahine baad daru".
    Combination(RE, (ANY, _g("after_period")), 4, unless=_g("craving", "want")),
    Combination(RE, (ANY, _g("after_clean"), _g("period")), 5, unless=_g("craving", "want")),
    # "bhang at holi", "beers at the wedding", but not "at the wedding everyone drank".
    # Negation in Hindi and Marathi follows the verb ("होळीला भांग घेतली नाही"): without a verb
    # only "X at <occasion>", where English puts its negation first, counts.
    Combination(RE, (ANY, _g("occasion")), 2, order=True,
                unless=_g("craving", "want", "beverage", "others", "relation", "third_person")),
    # (round 30: "holi la saglyanni bhang ghetli": the ones who took it named as drinkers)
    Combination(RE, (ANY, _g("occasion"), _g("use", "drank", "down_it")), 4,
                unless=_g("craving", "want", "beverage", "others", "drinkers", "relation", "third_person")),
    # "gave in and drank", "couldn't resist the bottle".
    Combination(RE, (_g("gave_in"), ANY + ("drank", "use_strong", "drink_verb")), 5),
    # The others drinking and the writer joining them: "दोस्त पी रहे थे, मैं भी बैठ गया".
    Combination(RE, (_g("drank", "use", "drink_verb"), _g("joined_in")), 6, order=True),
    # "messed up again", "phir se galti ho gayi": in this service, a slip.
    Combination(RE, (_g("slip_soft"), _g("again")), 2),
    # "2 peg lag gaye", "दोन पेग झाले", "3 beers down".
    Combination(RE, (_g("measure"), _g("happened")), 1, order=True, unless=_g("beverage")),
    Combination(RE, (_g("small_count"), _g("measure")), 0, order=True, unless=_g("beverage")),
    # "been using for a week", "3 din se pee raha".
    Combination(RE, (_g("use_strong", "drank"), _g("for_since"), _g("period")), 3, order=True,
                unless=_g("quit", "negation")),
    Combination(RE, (_g("period"), _g("for_since"), _g("use_strong", "drank")), 3, order=True,
                unless=_g("quit", "negation")),
    # "broke my 90 days", "lost my 6 months".
    Combination(RE, (_g("broke_count"), _g("period")), 1),
    # Marathi and Hindi drop the object: "kal parat ghetli", "phir se le li".
    Combination(RE, (_g("again_strict"), _g("took")), 0, order=True),
    # Words that are a substance only beside a verb of taking: "smoked a blunt", "phir se
    # powder le liya", "sui lagayi", "ek line maari".
    Combination(RE, (_g("smoke_verb"), _g("cannabis_maybe")), 2, order=True),
    Combination(RE, (_g("powder"), _g("use", "took", "sniff", "lines", "down_it")), 2,
                unless=_g("powder_harmless", "medical")),
    Combination(RE, (_g("needle"), _g("needle_verb")), 2, unless=_g("medical")),
    Combination(RE, (_g("a_one", "small_count"), _g("lines"), _g("line_verb")), 0, order=True),
    Combination(RE, (_g("use"), _g("lines")), 4, order=True, unless=_g("task")),
    # "told myself one glass is fine", "maine socha ek se kya hoga": a rationalisation told
    # in the past is one already acted on.
    Combination(RE, (_g("told_myself"), ANY + ("a_one", "sip_word", "measure"),
                     _g("rationalise", "fine_one")), 6, order=True),
    Combination(RE, (_g("alcohol"), _g("down_it")), 6),
    # "was high all weekend", "been stoned since morning".
    Combination(RE, (_g("copula_before", "first_person"), _g("high_word"), _g("time", "period", "for_since")), 2,
                order=True, unless=_g("price", "illness", "medical")),
    # A bare "pi" beside a named substance: "bhaang wali thandai pi".
    Combination(RE, (ANY, _g("drank_bare")), 3, unless=_g("beverage", "offered")),
    # --- craving -------------------------------------------------------------------------
    # The body asks: "hands shaking", "हात थरथरतायत".
    Combination(CR, (_g("hands"), _g("shaking")), 3, unless=_g("illness")),
    # "koi rok lo mujhe", "कोणीतरी थांबवा मला", "someone stop me".
    Combination(CR, (_g("stop_me"), _g("anyone")), 2),
    # "ganja odhaycha aahe", "daru pyaychi": the substance and a verb of wanting to take it.
    Combination(CR, (ANY, _g("take_wish")), 2, unless=_g("beverage")),
    # "lene ka mann hai", "ghyavishi vatate", "आज घ्यायचीच असं वाटतंय".
    Combination(CR, (_g("take_wish"), _g("want")), 2, unless=_g("beverage", "pills")),
    # "botal bula rahi hai", "nashe ki taraf bhaag raha", "the bar is calling me".
    Combination(CR, (ANY + ("liquor_place",), _g("drawn")), 4),
    # "the smell of the theka", "can smell the liquor".
    Combination(CR, (_g("smell"), ANY + ("liquor_place",)), 4),
    # "passing the theka", "ठेक्याजवळून".
    Combination(CR, (_g("liquor_place"), _g("near")), 3),
    # "mann bekaboo ho raha", "man bhatak raha", "मन ताब्यात राहत नाही".
    Combination(CR, (_g("my_mind"), _g("unruly")), 2),
    Combination(CR, (_g("my_mind"), _g("restrain"), _g("negation")), 3),
    # "shaking and sweating, need something".
    Combination(CR, (_g("shaking"), _g("want")), 4),
    # "ek ghoont mil jaye", "just a sip".
    Combination(CR, (_g("sip_word"), _g("want")), 3, unless=_g("beverage", "pills")),
    # "just one drink won't hurt", "ek peg se kya hoga".
    Combination(CR, (ANY + ("sip_word", "some_amount", "a_one", "drink_verb"), _g("rationalise")), 4),
    # "my old dealer texted", "dealer ko call karne ka soch raha".
    Combination(CR, (_g("dealer"), _g("contact")), 4),
    Combination(CR, (_g("long_for"), ANY + ("measure",)), 3),
    # "the thirst is real, and not for water".
    Combination(CR, (_g("thirst"), _g("negation"), _g("beverage")), 5),
    # "i want one so badly", "ek chahiye bahut".
    Combination(CR, (_g("want"), _g("a_one"), _g("want_badly")), 3),
    # Afraid of using, or saying one will: "dar hai ki pee lunga", "akela rahunga to pi lunga".
    Combination(CR, (_g("use_future"),)),
    Combination(CR, (_g("fear"), _g("use", "use_strong", "drink_verb", "drank")), 6,
                unless=_g("beverage")),
    # Money in hand: "payday and i know exactly where id go", "पगार झाला, मन ओढ घेतंय".
    Combination(CR, (_g("payday"), _g("where_to_get", "fear", "drawn", "mind", "restless")), 8),
    # The body asks: "my body asks for it every evening".
    Combination(CR, (_g("body"), _g("asks_for")), 3),
    # The mind goes back to it: "dimaag wahin jaata hai", "man pan odh ghete".
    Combination(CR, (_g("my_mind", "mind"), _g("goes_there", "drawn")), 3),
    # The bottle is right there: "table pe bottle rakhi hai".
    Combination(CR, (ANY + ("alcohol_maybe", "measure"), _g("bottle_at_hand")), 4, unless=_g("beverage")),
    # "neend nahi aa rahi bina peg ke", "can't sleep without a drink".
    Combination(CR, (_g("cant_function"), _g("without"), ANY + ("measure", "alcohol_maybe")), 5),
    # "struggling hard today": no task named, in this service a struggle against using.
    Combination(CR, (_g("struggle"), _g("hard_now")), 2, unless=_g("task")),
    # "need something to calm down": asking for a substance without its name.
    Combination(CR, (_g("want"), _g("something"), _g("calm_me")), 4),
    # "wanna get wasted so bad", "want to get high".
    Combination(CR, (_g("get_intox"), _g("want", "want_badly")), 3),
)


# After the rules above, which name the substance more exactly when they also apply.
_ADMITTED_AND_PULLED: tuple[Combination, ...] = (
    # "2 cans of haywards", "a couple of breezers", "a quarter of rum": a measure of a drink.
    Combination(RE, (_g("drink_measure"), ANY), 2, order=True, unless=_g("not_taken", "beverage")),
    # "kal fir se chadha li", "bahut zyada chadha li".
    Combination(RE, (_g("raised_again"), _g("again", "again_strict", "time", "excess", "quantity")), 3),
    # --- admitted sideways (admitting.py) ------------------------------------------------
    # "beer hi to thi", "sirf 2 peg", "just a couple of beers": a use made small is a use.
    Combination(RE, (ANY, _g("only_that")), 1, order=True, unless=_g("beverage", "want", "craving")),
    Combination(RE, (_g("only_this"), _g("small_count", "a_one", "some_amount"), ANY + ("measure", "drink_measure")),
                2, order=True,
                unless=_g("beverage", "want", "craving", "rationalise", "use_future", "fear", "sip_word")),
    # "नींद की गोलियां डॉक्टर के बिना", "pills without a prescription": medicine misused.
    Combination(RE, (_g("sedatives", "opioids"), _g("without_doctor")), 6),
    Combination(RE, (_g("pills", "pill_count"), _g("without_doctor"),
                     _g("took", "use", "eat", "take_any", "pill_use")), 6),
    # "the bottle was in the cupboard and i didn't stop myself".
    Combination(RE, (ANY + ("alcohol_maybe", "measure"), _g("failed_restraint")), 8, across=True),
    # "couldn't hold back, drank last night", "आवरलं नाही काल रात्री प्यायली": the drinking after
    # the restraint that failed, its substance left unnamed.
    Combination(RE, (_g("failed_restraint"), _g("drank", "down_it", "raised_again")), 6, order=True,
                unless=_g("craving", "want", "beverage")),
    # "dosto ke sath baith gaya ... desi daaru": sat down with the drink.
    Combination(RE, (_g("sat_down"), ANY + ("alcohol_maybe", "liquor_place")), 10, across=True,
                unless=_g("craving", "want", "beverage")),
    # --- craving, told by the pull of the old life ----------------------------------------
    # "जुन्या मित्रांनी बोलावलंय, जावंसं वाटतंय", "पुराने यार मिले, तब से बेचैनी".
    Combination(CR, (_g("old_company"), _g("restless", "drawn", "trigger_feeling")), 12, across=True),
    # "जुना अड्डा आठवतोय", "daaru aathavtey", "missing the high so bad".
    Combination(CR, (_g("old_place", "the_high") + ANY, _g("remembering")), 3),
    Combination(CR, (_g("restless"), ANY + ("old_place", "payday", "liquor_place")), 8, across=True),
    Combination(CR, (_g("restless"), _g("anyone"), _g("call_plea")), 8, across=True),
    Combination(CR, (_g("restless"), _g("talk_plea")), 8, across=True),
    # Unnamed, read by structure: restlessness at the hour of the old habit ("shaam hote hi
    # bechaini"), the same thought at night ("नींद नहीं आती, वही ख्याल"), a wish with no
    # object and no way out ("ichha hotey, kay karu"), a wish against the will ("jaana nahi
    # chahta par mann kar raha"), at a shop's door not yet in ("दुकानासमोर, आत गेलो नाही").
    Combination(CR, (_g("restless"), _g("hour_onset")), 6),
    Combination(CR, (_g("that_thought"), _g("cant_function", "again_and_again")), 10, across=True),
    Combination(CR, (_g("bare_desire"), _g("what_to_do")), 8, across=True),
    Combination(CR, (_g("negation"), _g("contrast_then"), _g("bare_desire")), 5, order=True),
    Combination(CR, (_g("shop_any", "liquor_place"), _g("not_in_yet")), 10, across=True),
    # Using told as something that came about, or as going to where it is poured:
    # "bhang aur daaru dono ho gaye", "went to the theka straight after the meeting".
    Combination(RE, (ANY, _g("came_about")), 1, order=True,
                unless=_g("quit", "beverage", "price", "others", "relation", "third_person", "want",
                          "craving", "period", "count", "without")),
    Combination(RE, (_g("went_to"), _g("drink_place")), 3,
                unless=_g("near", "kept_going", "errand", "others", "third_person", "want",
                          "craving", "story", "bystander")),
    # "दहा गोळ्या घेतल्या": ten pills taken.
    Combination(Category.OVERDOSE, (_g("ten_pills"), _g("eat", "took", "take_any", "pill_use")), 3),
)

# In the order they are tried; within a category the first rule to match names the words staff see.
COMBINATIONS: tuple[Combination, ...] = (
    _BASE + _ADMITTED_AND_PULLED
    # A contest lost or a streak broken, the session, the money, being made to drink, a small
    # town's drinking words; said formally.
    + LOST_TO_IT + SESSIONS + MONEY_ON_DRINK + PRESSED_TO_DRINK + DRINKING_SLANG + SAID_FORMALLY
    # Bottles finished in a night, not trusting oneself, holding out, begun again.
    + FINISHED_OVERNIGHT + DOUBTING_ONESELF + HOLDING_OUT + TAKEN_UP_AGAIN
    # Round 14: on it for days, a medicine misused, handed over and taken, the excuse or blackout.
    + ON_IT + MEDICINE_MISUSED + GIVEN_AND_TAKEN + EXCUSES_AND_BLACKOUTS
    # Round 15: a use made smaller, one that became many, in passing, the occasion's pull, the
    # mind asking, the clean count broken.
    + USE_MADE_SMALLER + ONE_BECAME_MANY + TAKEN_IN_PASSING + PULL_OF_THE_OCCASION + MIND_ASKS_FOR_IT
    + COUNT_BROKEN
    # Round 16 (health workers, phones' typing): the stock, the counter, sleeping pills begun
    # again, the longing; a drink told as not counting.
    + TAKEN_FROM_STOCK + AT_THE_COUNTER + BACK_ON_IT_PLAINLY + LONGED_FOR + NOT_COUNTED
    # Round 18 (anger at home; films and songs): after a row, what was finished, the glass in
    # hand, on the mind, at the door, no excuse needed.
    + AFTER_A_ROW + FINISHED_AND_COUNTED + GLASS_IN_HAND + ON_THE_MIND + AT_THE_DOOR + NO_EXCUSE_NEEDED
    # Round 19 (hospitality work; exams and coaching), and the morning after.
    + SERVED_AND_FINISHED + WENT_ALONG + STARTED_AGAIN + CLEAN_TIME_LOST + HOW_MUCH_TAKEN + DRINK_IN_SIGHT
    + MORNING_AFTER
    # Round 20 (sport and gyms; festivals and celebrations).
    + AFTER_THE_FINAL + TAKEN_AT_THE_CELEBRATION + PULL_OF_THE_FESTIVAL
    # Round 21 (treatment and harm reduction): beside the clinic's dose, the dose wearing off.
    + BESIDE_THE_DOSE + DOSE_WEARING_OFF
    # Round 21 (queer and trans alumni): the party drugs by their street names.
    + CHEMS_NAMED + PARTY_LED_ON + MISSED_AND_DREAMT
    # Round 22 (cravings beside suicide said indirectly).
    + STOP_ME_TONIGHT
    # Round 23 (the drink left unnamed, said with shame).
    + DRINK_LEFT_UNNAMED + STREET_WORDS_ENGLISH
    # Round 23 (custody, the forest belts, medicines stopped): the habit and the haunt taken up again.
    + HABIT_BACK + PULL_IN_VILLAGE_WORDS
    # Round 24 (street and station youth): solvents taken, said without sniffing; cravings said plainly.
    + SOLVENTS_TAKEN + PULL_SAID_PLAINLY
    # Round 26 (the opium belt): opium taken in Marathi, poppy husk's water, "proxy".
    + OPIUM_BELT_WORDS
    # Round 26 (the labour camp, the riders' stand): others using and the writer called to join.
    + CALLED_TO_JOIN
    # Round 27 (cane cutters, sanitation, bus crews): pay day's pull, gutkha, cough syrup.
    + PAY_DAY_AND_SYRUP
    # Round 30 (pilgrim towns): a bottle hidden and sipped nightly, the pull come back.
    + BOTTLE_AMONG_OFFERINGS
    # Round 30 (hotel bars and kitchens): the nightly quarter, a guest's leftover, the tasting not spat.
    + BEHIND_THE_BAR
    # Round 30 (after jail): a bottle finished with the old gang, a round of charas, the call with the stuff.
    + ROUND_WITH_THE_OLD_GANG
    # Round 30 (looms and mills): solution sniffed again, one beer that became five, the bonus bottle.
    + LOOM_SHIFT_SOLUTION
    # Round 31 (hospitals): the ward's spirit, pills without a prescription, the cupboard's keys.
    + WARD_STOCK_TAKEN
    # Round 31 (Gulf migrants): a year broken, begun again once home, admitted plainly.
    + BACK_FROM_THE_GULF
    # Round 32 (coaching hubs): the hostel terrace's stuff, smoking begun again, the tapri's pull.
    + HOSTEL_AND_TAPRI
    # Round 33 (bands and dairy farmers): pegs "inside", back to the bottle, pills with no pain.
    + BARAAT_AND_SEASON
    # Round 37 (bank staff, loan-app borrowers): gone to the bar, a quarter before work, the loan blown on drink.
    + BAR_AFTER_THE_BRANCH
    # Round 38 (seafarers, dhabas): cans after every watch, days of drink on leave.
    + BOND_STORE_AND_WATCH
    # Rounds 36-40 read again: kept drinking, a slip and its drink, a little every evening, a bottle finished.
    + DRINKING_TOLD_SHORT
    # Round 41 (the retired, the boats): wanting it too, the heart set on a sip, the cough medicine wished for.
    + WANTING_IT_TOO
    # Rounds 48-49: drinking that would not stop, the first after months, the pay and straight to the
    # bar, a slip owned with an apology.
    + DRINKING_THAT_WOULD_NOT_STOP
    # Round 53's reading: the days clean lost, just one that became more, cough syrup by the bottle.
    + DAYS_LOST_AND_ONE_MORE
    # Round 57's reading (betting and matka): a bet placed is a gambler's relapse, the urge to bet a craving.
    + BETS_PLACED
    # Rounds 60-63's reading: the pull not yet given in to (the old habit recalled, "not yet", no trust
    # in oneself, a slip foreseen, "talk to me" with the mind unsteady).
    + PULL_NOT_YET_GIVEN_IN
    # Rounds 66-67's reading: the smell caught, the bottle opened and half gone, a sale celebrated with the
    # drink, santra by name, a bet placed.
    + SMELL_CAUGHT_AND_BOTTLE_HALF_GONE
    # Rounds 70-71's reading: made to drink, the bar sat at again, a quarter going on, the races; the pull of a smell.
    + ADDA_AGAIN_AND_THE_PULL
    # Rounds 72-73's reading: back on the betting app, whitener again, the half bottle finished, two beers owned up to;
    # an invitation feared.
    + BACK_ON_THE_APP
    # Rounds 74-75's reading: the permit room till late, a drink owned up to, one thing and then another, the habit caught again.
    + PERMIT_ROOM_TILL_ONE
    # Rounds 76-77's reading: the pay gone into the drink or the bar, the solution glue on the mind.
    + PAY_GONE_INTO_DRINK + SOLUTION_ON_THE_MIND
    # Rounds 78-79's reading: sat down with the drinkers, days at the theka, glasses at the toddy shop, the kalari.
    + JOINED_AT_THE_SHOP
    # Rounds 80-81's reading: tharra and desi by the bottle, the chillum drawn, glasses downed; the old adda's pull.
    + THARRA_CHILLUM_AND_THE_OLD_ADDA
    # Rounds 82-83's reading: the potli, reeling home, the doda boiled; the pull when the bottle is offered.
    + POTLI_AND_THE_PULL_OF_THE_OFFER
    # Rounds 84-85's reading: chullu, lao pani and the half finished alone; the evening's sitting.
    + CHULLU_LAO_PANI_AND_THE_HALF
    # Rounds 88 onwards, each reading's rules in the order it came (readings_from_round_88.py).
    + READINGS_FROM_ROUND_88
)
