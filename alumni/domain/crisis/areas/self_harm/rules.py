"""The suicide and self-harm area's rules: what one family of words means beside another,
tried after the base rules (alumni.domain.crisis.rules), each naming what cancels it when
it could meet an accident or a chore."""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.affairs_settled import AFFAIRS_SETTLED
from alumni.domain.crisis.areas.self_harm.after_the_quarrel import AFTER_THE_QUARREL
from alumni.domain.crisis.areas.self_harm.after_the_result import AFTER_THE_RESULT
from alumni.domain.crisis.areas.self_harm.at_the_edge import AT_THE_EDGE
from alumni.domain.crisis.areas.self_harm.before_going import BEFORE_GOING
from alumni.domain.crisis.areas.self_harm.burnt_and_struck import BITTEN
from alumni.domain.crisis.areas.self_harm.burnt_on_purpose import BURNT_ON_PURPOSE
from alumni.domain.crisis.areas.self_harm.by_own_hand import BY_OWN_HAND
from alumni.domain.crisis.areas.self_harm.calm_at_the_well import CALM_AT_THE_WELL
from alumni.domain.crisis.areas.self_harm.drawn_to_the_place import DRAWN_TO_THE_PLACE
from alumni.domain.crisis.areas.self_harm.end_as_a_scene import END_AS_A_SCENE
from alumni.domain.crisis.areas.self_harm.end_late_in_life import END_LATE_IN_LIFE
from alumni.domain.crisis.areas.self_harm.faith_and_fate import FAITH_AND_FATE
from alumni.domain.crisis.areas.self_harm.farewells_in_faith import FAREWELLS_IN_FAITH
from alumni.domain.crisis.areas.self_harm.gone_by_then import GONE_BY_THEN
from alumni.domain.crisis.areas.self_harm.group_farewells import GROUP_FAREWELLS
from alumni.domain.crisis.areas.self_harm.handed_over import HANDED_OVER
from alumni.domain.crisis.areas.self_harm.hurt_at_the_workplace import HURT_AT_THE_WORKPLACE
from alumni.domain.crisis.areas.self_harm.hurt_in_secret import HURT_IN_SECRET
from alumni.domain.crisis.areas.self_harm.hurt_over_marks import HURT_OVER_MARKS
from alumni.domain.crisis.areas.self_harm.instruments import INSTRUMENTS
from alumni.domain.crisis.areas.self_harm.into_the_valley import INTO_THE_VALLEY
from alumni.domain.crisis.areas.self_harm.left_behind_at_work import LEFT_BEHIND_AT_WORK
from alumni.domain.crisis.areas.self_harm.left_in_order import LEFT_IN_ORDER
from alumni.domain.crisis.areas.self_harm.made_ready import COMBINATIONS as MADE_READY
from alumni.domain.crisis.areas.self_harm.marks_made import MARKS_MADE
from alumni.domain.crisis.areas.self_harm.means_in_view import MEANS_IN_VIEW
from alumni.domain.crisis.areas.self_harm.no_staying_on import NO_STAYING_ON
from alumni.domain.crisis.areas.self_harm.only_way_left import ONLY_WAY_LEFT
from alumni.domain.crisis.areas.self_harm.own_funeral import OWN_FUNERAL
from alumni.domain.crisis.areas.self_harm.plan_at_the_place import PLAN_AT_THE_PLACE
from alumni.domain.crisis.areas.self_harm.quiet_farewells import QUIET_FAREWELLS
from alumni.domain.crisis.areas.self_harm.roof_and_cliff_edge import ROOF_AND_CLIFF_EDGE
from alumni.domain.crisis.areas.self_harm.said_formally import SAID_FORMALLY
from alumni.domain.crisis.areas.self_harm.said_through_films import SAID_THROUGH_FILMS
from alumni.domain.crisis.areas.self_harm.signing_off import SIGNING_OFF
from alumni.domain.crisis.areas.self_harm.struck_in_anger import COMBINATIONS as STRUCK_IN_ANGER
from alumni.domain.crisis.areas.self_harm.village_places import VILLAGE_PLACES
from alumni.domain.crisis.areas.self_harm.wishing_it_over import WISHING_IT_OVER
from alumni.domain.crisis.areas.self_harm.workers_farewell import WORKERS_FAREWELL
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

_BASE: tuple[Combination, ...] = (
    # Said outright.
    Combination(S, (_g("miss_me"),)),
    Combination(S, (_g("never_born"),)),
    Combination(S, (_g("will_to"), _g("off_myself")), 1, order=True),
    Combination(S, (_g("farewell_hint"), _g("farewell_hint", "die", "for_good", "goodbye",
                                           "last_time")), 10, across=True,
                unless=_g("wedding")),
    Combination(S, (_g("last_time"), _g("time", "copula", "first_person", "me")), 4,
                unless=_g("leave_harmless", "wedding", "last_place")),
    Combination(S, (_g("by_morning"), _g("remain"), _g("negation")), 4),
    Combination(S, (_g("worthless_me"), _g("die", "end", "live", "end_oneself")), 6),
    Combination(S, (_g("nobody"), _g("miss_me_words")), 2, order=True,
                unless=_g("laugh", "wedding", "gym")),
    # Dying, ending, leaving for good.
    Combination(S, (_g("end_oneself"), _g("want"), _g("first_person", "first_person_verb", "me")), 4),
    Combination(S, (_g("world"), _g("leave_behind", "leave")), 4),
    Combination(S, (_g("die"), _g("ask_for")), 3),
    Combination(S, (_g("first_person_mr"), _g("die_first_person")), 1, order=True,
                unless=_g("laugh", "love_on")),
    Combination(S, (_g("leave"), _g("for_good")), 3,
                unless=_g("leave_harmless", "alcohol", "drugs", "cannabis", "opioids", "quit")),
    Combination(S, (_g("gone_state"), _g("want", "for_good", "hope")), 4, same_word=True,
                unless=_g("leave_harmless", "wedding", "clock_time")),
    Combination(S, (_g("disappear"), _g("for_good", "want", "hope")), 5),
    Combination(S, (_g("life", "live"), _g("ended")), 3),
    Combination(S, (_g("live"), _g("why_live")), 2,
                unless=_g("other_target", "third_person", "laugh", "second_person")),
    Combination(S, (_g("fed_up"), _g("breathing")), 3, unless=_g("air")),
    Combination(S, (_g("die"), _g("hope")), 3),
    Combination(S, (_g("trapped"), _g("first_person", "me", "anymore", "fed_up", "life", "live",
                                     "pointless")), 5),
    Combination(S, (_g("sleep"), _g("for_good")), 4, unless=_g("sleep_idiom")),
    Combination(S, (_g("wake"), _g("negation", "weak_negation"), _g("hope", "for_good")), 5,
                unless=_g("clock_time", "laugh")),
    Combination(S, (_g("tomorrow_sun"), _g("negation")), 4),
    Combination(S, (_g("make_it_stop"), _g("for_good")), 4),
    Combination(S, (_g("it_all"), _g("stop_word"), _g("for_good")), 4, order=True),
    Combination(S, (_g("breath_stop"), _g("want", "give", "self", "for_good", "hope")), 4,
                same_word=True),
    Combination(S, (_g("date_picked"), _g("do_it", "die", "suicide", "plan_made")), 10,
                unless=_g("wedding")),
    Combination(S, (_g("painless", "quick_easy"), _g("way_to_die")), 3),
    Combination(S, (_g("painless"), _g("way_generic")), 3),
    Combination(S, (_g("search"), _g("way_to_die")), 4),
    # Means and places: the means, and the person there, ready or meaning it.
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("tie", "want", "self", "neck", "hang")), 6,
                unless=_g("hanging_harmless")),
    Combination(S, (_g("noose_cord"), _g("neck")), 4, unless=_g("hanging_harmless")),
    Combination(S, (_g("rail_line"), _g("posture", "want", "plan_made", "jump")), 5),
    Combination(S, (_g("jump"), _g("height", "rail_line")), 5),
    Combination(S, (_g("high_place"), _g("posture"), _g("look_down")), 6),
    Combination(S, (_g("vehicle"), _g("cut"), _g("want")), 4),
    Combination(S, (_g("fuel"), _g("set_alight", "burn"),
                    _g("self", "want", "take_mine", "first_person", "me", "reflexive")), 6),
    Combination(S, (_g("fuel"), _g("pour"), _g("self", "cut_site")), 5),
    Combination(S, (_g("set_alight"), _g("self")), 3),
    Combination(S, (_g("drown"), _g("self", "want", "die", "height", "for_good")), 5,
                same_word=True, unless=_g("drown_idiom")),
    Combination(S, (_g("gun"), _g("head")), 4),
    # Self-harm: a sharp or hot thing, a body part, a mark.
    Combination(SH, (_g("cutting_tool"), _g("cut_site", "self")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("cutting_tool"), _g("hand_part"),
                     _g("cut", "hurt", "bleed", "on_purpose", "again", "strike")), 6,
                unless=_g("by_accident")),
    Combination(SH, (_g("cut"), _g("cut_site", "self")), 4, unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("carve"), _g("cut_site", "self", "hand_part")), 4),
    Combination(SH, (_g("cut", "cutting_tool"), _g("on_purpose", "again")), 5,
                unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("cut"), _g("want", "urge_to", "craving")), 3,
                unless=_g("cut_harmless", "vehicle", "by_accident")),
    Combination(SH, (_g("burn_mark"), _g("gave"), _g("self", "burning_tool", "cut_site", "on_purpose")), 6),
    Combination(SH, (_g("burn_mark"), _g("self")), 4),
    Combination(SH, (_g("hot_thing"), _g("cut_site", "self", "hand_part")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("burn", "hurt", "burn_mark"), _g("burning_tool"),
                     _g("self", "cut_site", "hand_part", "on_purpose", "again")), 6,
                unless=_g("by_accident", "worship")),
    Combination(SH, (_g("head"), _g("hard_surface", "wall"), _g("strike", "bang", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "scratch"), _g("self")), 2),
    Combination(SH, (_g("head", "cut_site", "hand_part"), _g("blunt_object"), _g("strike", "reflexive", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "cut", "scratch"), _g("cut_site"), _g("bleed")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("hurt", "strike"), _g("on_purpose")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("pull_hair"), _g("bleed")), 6),
    Combination(SH, (_g("wound"), _g("cut_site", "hand_part"), _g("fresh", "hide")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("wound", "blade"), _g("hide")), 4,
                unless=_g("by_accident", "safekeeping")),
    Combination(SH, (_g("wound"), _g("cut")), 3, unless=_g("by_accident")),
    Combination(SH, (_g("sh_short"), _g("craving", "urge_to")), 1, order=True),
    Combination(SH, (_g("relapse", "again"), _g("sh_short")), 2, order=True),
    Combination(SH, (_g("cutting_tool"), _g("hand_part", "cut_site"), _g("etch")), 6,
                unless=_g("by_accident")),
    # No point waking up: the morning as the thing not worth reaching.
    Combination(S, (_g("wake", "live"), _g("pointless")), 4, unless=_g("clock_time", "laugh")),
    Combination(S, (_g("wake"), _g("point"), _g("negation")), 5, unless=_g("clock_time", "laugh")),
    # A plan: the where or the how known, the place chosen, only the courage missing.
    Combination(S, (_g("know_how"), _g("will_to", "want"), _g("do_it")), 5, order=True),
    Combination(S, (_g("plan_strong", "courage"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height", "rail_line",
                       "drown", "water_body", "fuel", "ligature", "hang", "jump", "die",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    Combination(S, (_g("spot"), _g("chosen"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height",
                       "rail_line", "drown", "water_body", "fuel", "ligature", "hang", "jump",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Giving things away that will not be needed.
    Combination(S, (_g("wont_need"), _g("given_away", "where_going", "anymore")), 10,
                across=True),
    # "tonight is the night", with an end or a goodbye beside it.
    Combination(S, (_g("the_day"), _g("done_me", "fed_up", "goodbye", "farewell_word",
                                      "for_good", "die", "end", "do_it", "farewell_hint",
                                      "pointless", "trapped")), 8, across=True,
                unless=_g("wedding")),
    # The family paid by the insurance once the writer is dead.
    Combination(S, (_g("insurance"), _g("die", "burden", "goodbye", "after_me", "suicide")), 10,
                across=True),
    Combination(S, (_g("insurance"), _g("do_it"), _g("self")), 10, across=True),
    # Walking into the sea or a river.
    Combination(S, (_g("walk_into"), _g("water_body")), 3,
                unless=_g("water_leisure")),
    # Everything over, and goodbye said.
    Combination(S, (_g("all_over"), _g("farewell_word")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Locked in a room with a blade or a rope.
    Combination(SH, (_g("locked_in"), _g("cutting_tool", "blade")), 12, across=True,
                unless=_g("locked_out")),
    Combination(S, (_g("locked_in"), _g("ligature", "noose_cord")), 12, across=True,
                unless=_g("locked_out")),
    # Scratching the skin open; lashing oneself with a belt.
    Combination(SH, (_g("scratch", "bang"), _g("cut_site", "hand_part"),
                     _g("bleed", "on_purpose", "again")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("lash"), _g("self", "reflexive")), 4),
    Combination(SH, (_g("beat_tool"), _g("strike", "lash"), _g("self")), 5,
                unless=_g("by_accident")),
)

# The writer's own absence to come, and what is left in order for it (departure.py).
DEPARTURE: tuple[Combination, ...] = (
    # A person, a negation, "to be / to stay" ahead: "main hi nahi rahunga", "mi nahi rahnar",
    # "hum na rahab", "jab main na rahun", "if i'm not here"; not a trip or a place of work.
    Combination(S, (_g("first_person", "first_person_mr"), _g("negation", "weak_negation"),
                    _g("remain")), 3, order=True,
                unless=_g("leave_harmless", "clock_time", "wedding", "go_there", "away_trip")),
    # "After I'm gone", and someone to be looked after, or papers and money for the family.
    Combination(S, (_g("my_going", "after_me"), _g("entrust", "insurance", "affairs", "no_need",
                                                  "wrote_note")), 12, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Belongings handed over, no longer needed.
    Combination(S, (_g("given_away", "give", "hand_over"), _g("possession"), _g("no_need", "wont_need")), 14,
                across=True,
                unless=_g("replaced")),
    Combination(S, (_g("my_own"), _g("possession"), _g("no_need", "wont_need")), 14, order=True,
                across=True,
                unless=_g("replaced")),
    # "Not going to do anything stupid": the act named in denying it (never cancelled).
    Combination(S, (_g("negation"), _g("anything_stupid")), 4,
                unless=_g("second_person", "third_person", "relation")),
    # At a place of danger now, cut off from help or with no way back.
    Combination(S, (_g("danger_place", "high_place", "water_body", "rail_line"),
                    _g("present_there", "posture"), _g("cut_off", "for_good", "done_me")), 14,
                across=True, unless=_g("water_leisure")),
    Combination(S, (_g("danger_place", "water_body", "rail_line"), _g("walk_into", "walk_on", "cut_off"),
                    _g("cut_off", "almost_did")), 16, across=True, unless=_g("water_leisure")),
    # Going to God: "ऊपर वाले के पास जाना है", "देवाघरी जायचंय", "bhagwan utha le".
    Combination(S, (_g("to_god"), _g("take_me", "go_there", "want", "wake")), 4, same_word=True,
                unless=_g("house_of_god", "worship")),
    Combination(S, (_g("god"), _g("take_me")), 6, order=True, unless=_g("worship")),
    # Life itself not wanted ("jivan nako"); gone, wished of oneself ("wish i was just gone").
    Combination(S, (_g("life"), _g("unwanted")), 1, order=True, unless=_g("laugh")),
    Combination(S, (_g("hope"), _g("first_person"), _g("gone_word")), 3, order=True,
                unless=_g("away_trip", "third_person", "relation")),
    # Tired of waking up: the morning itself the thing not worth reaching.
    Combination(S, (_g("wake_weary", "fed_up"), _g("wake")), 2, order=True,
                unless=_g("clock_time", "laugh", "gym")),
    # No more trouble to anyone from now on: "koi pareshaan nahi hoga", "tras nahi honar".
    Combination(S, (_g("trouble"), _g("negation", "weak_negation"), _g("will_be")), 2,
                order=True),
    # Sorry to everyone at once ("sabko meri taraf se maafi"); not for being late.
    Combination(S, (_g("apology"), _g("everyone_all"), _g("goodbye", "for_good", "done_me", "my_going")),
                10, across=True, unless=_g("clock_time")),
    # At a place of danger now, and what is seen from there or the last thing said:
    # "पुल पे खड़ा हूँ, नीचे पानी गहरा है", "on the terrace, just wanted someone to know".
    Combination(S, (_g("danger_place", "high_place", "rail_line"),
                    _g("present_there", "posture"), _g("the_drop", "last_word")), 14,
                across=True, unless=_g("water_leisure", "away_trip", "everyday_view", "water_chore")),
    # Heading there and telling nobody: "vihiri kade chalalo, kunala sangu nakos".
    Combination(S, (_g("danger_place", "rail_line"), _g("present_there"),
                    _g("cut_off")), 14, across=True, unless=_g("water_leisure", "away_trip")),
    # After my going, or if something happens to me: a belonging to be handed on.
    Combination(S, (_g("my_going", "after_me", "contingency", "absent_if"), _g("hand_over", "given_away"),
                    _g("possession")), 14, across=True, unless=_g("replaced", "wedding")),
    Combination(S, (_g("contingency", "absent_if"), _g("entrust", "wrote_note", "hand_over")), 12,
                across=True,
                unless=_g("away_trip")),
    # The insurance, and the writer not there or a letter left for the family.
    Combination(S, (_g("insurance"), _g("absent_if", "my_going")), 12, across=True),
    # "By tomorrow morning I won't be": a time limit on the writer's own being.
    Combination(S, (_g("by_morning"), _g("absent_future")), 4,
                unless=_g("away_trip", "go_there", "leave_harmless", "wedding")),
    Combination(S, (_g("insurance"), _g("wrote_note"), _g("relation", "third_person")), 16,
                across=True),
    # The morning wished away as a feeling, every day: "सकाळ होऊच नये असं वाटतं रोज"; not the
    # dread of an exam, an office or a Monday.
    Combination(S, (_g("no_morning"), _g("want")), 4, unless=_g("hardship", "laugh", "wedding")),
    # "How many more days like this": living measured and refused.
    Combination(S, (_g("how_long"), _g("live"), _g("like_this")), 5, unless=_g("laugh")),
    # Asking how long, how much a way of dying takes.
    Combination(S, (_g("search"), _g("how_much"), _g("drown", "hang", "jump", "die")), 8,
                unless=_g("hanging_harmless", "drown_idiom", "water_leisure")),
    # The last goodbye: "सबको मेरा आखिरी प्रणाम", "shevatcha namaskar".
    # Said by the writer of themself ("मेरा", "सबको"), not paid to the dead at a funeral.
    Combination(S, (_g("my_own", "everyone_all"), _g("final"), _g("salutation")), 3,
                unless=_g("wedding")),
    # Self-harm: the hot thing held to the hand; glass rubbed into it; a blade used again.
    Combination(SH, (_g("hot_thing", "burning_tool"), _g("hand_part", "cut_site"),
                     _g("on_purpose", "craving", "urge_to", "again")), 10, across=True,
                unless=_g("by_accident")),
    Combination(SH, (_g("burn"), _g("hand_part", "cut_site"), _g("burning_tool", "self")), 6,
                unless=_g("by_accident", "worship")),
    Combination(SH, (_g("cutting_tool"), _g("hand_part", "cut_site"), _g("scrape")), 6,
                unless=_g("by_accident")),
    Combination(SH, (_g("cutting_tool"), _g("is_back", "use"), _g("repeat_count")), 10,
                across=True, unless=_g("by_accident", "chore")),
)

COMBINATIONS: tuple[Combination, ...] = _BASE + DEPARTURE

# The last arrangements and the method weighed, said indirectly (last_arrangements.py).
LAST_ARRANGEMENTS: tuple[Combination, ...] = (
    # Belongings handed on, and the number that will not answer or a note written.
    Combination(S, (_g("given_away", "hand_over"), _g("possession"),
                    _g("cut_off", "wrote_note", "absent_future")), 16, across=True,
                unless=_g("replaced", "away_trip")),
    # A child or a mother put in someone's care, and "I can't manage any more".
    Combination(S, (_g("entrust"), _g("cant_cope")), 12, across=True, unless=_g("work_load")),
    # The policy's nominee checked, and someone who will see to the rest.
    Combination(S, (_g("insurance"), _g("nominee"), _g("see_to_it", "entrust", "my_going")), 16,
                across=True),
    # "My death", with nobody to cry at it: "mere marne pe koi rona na".
    Combination(S, (_g("my_own", "first_person"), _g("die"), _g("mourn")), 6,
                unless=_g("relation", "third_person", "told_story")),
    # A trouble to everyone, and all well once the writer goes.
    Combination(S, (_g("my_going", "after_me"), _g("mourn")), 8),
    Combination(S, (_g("trouble", "burden"), _g("leave"), _g("all_good", "all_well_after")), 14,
                across=True, unless=_g("away_trip", "leave_harmless")),
    Combination(S, (_g("because_of_me"), _g("leave", "go_there"), _g("all_good", "all_well_after")), 14,
                across=True, unless=_g("away_trip", "leave_harmless")),
    # At the well or the dam, how deep it is, and going there.
    Combination(S, (_g("danger_place"), _g("the_drop"), _g("take_me", "go_there", "present_there",
                                                         "going_there")),
                14, across=True, unless=_g("water_leisure", "everyday_view", "water_chore")),
    # The height of a bridge or a flyover looked up, and how much is enough.
    Combination(S, (_g("height", "high_place", "danger_place", "rail_line"), _g("measure_height"),
                    _g("enough", "search", "lethal")), 12, across=True),
    # A measure asked for that no one survives: "what height is enough so you don't survive".
    Combination(S, (_g("measure_height", "how_much"), _g("lethal")), 10, across=True),
    # How long drowning takes, asked seriously; what follows death, beside "not another year".
    Combination(S, (_g("how_much"), _g("drown", "hang", "jump", "die", "bleed"), _g("asking_serious")), 10,
                across=True, unless=_g("hanging_harmless", "drown_idiom", "water_leisure")),
    Combination(S, (_g("afterlife"), _g("another_round", "cant_cope", "end_oneself", "suicide")), 20,
                across=True),
)

COMBINATIONS = COMBINATIONS + LAST_ARRANGEMENTS

# The last step, the means kept without a day, the end wished for good (at_the_edge.py).
COMBINATIONS = COMBINATIONS + AT_THE_EDGE

# Signing off, and the means in a village's words (signing_off.py); what is left in order and
# who is not to look (left_in_order.py).
COMBINATIONS = COMBINATIONS + SIGNING_OFF + LEFT_IN_ORDER

# Suicide told in a village by the place and the means: the well, the canal, the tracks, the
# tree and the rope (village_places.py).
COMBINATIONS = COMBINATIONS + VILLAGE_PLACES

# Biting oneself (burnt_and_struck.py).
COMBINATIONS = COMBINATIONS + BITTEN
# What has been made ready, told inside a long message (made_ready.py).
COMBINATIONS = COMBINATIONS + MADE_READY

# The wall punched in anger (struck_in_anger.py).
COMBINATIONS = COMBINATIONS + STRUCK_IN_ANGER

# Suicide told quietly from the family phone: a bye said in one's head, the whereabouts kept,
# a love passed on in the past tense, the wish not to see tomorrow (quiet_farewells.py).
COMBINATIONS = COMBINATIONS + QUIET_FAREWELLS

# The writer's absence ahead: not alive by the day asked, everything over by then, the morning
# not to wake to, the holding on running out, one's fill of life (gone_by_then.py); the place
# or the means in view: the calm water, the well walked to with a sorry, no coming back up the
# steps, the fan and the dupatta looked at (means_in_view.py). Suicide told through the
# belongings handed over, beside thanks for everything or the talk that will not happen again
# (handed_over.py). Suicide said in a religious or fatalistic register: God's call come, one's
# time come, release in a holy river, a god asked to take one, the next birth, following a dead
# parent, a one-way ticket to Kashi (faith_and_fate.py). Self-harm by its instrument: a compass,
# a heated needle, a lamp's flame on purpose, a belt, a wound owned (instruments.py).
COMBINATIONS = COMBINATIONS + GONE_BY_THEN + MEANS_IN_VIEW + HANDED_OVER + FAITH_AND_FATE + INSTRUMENTS

# Round 15 (holdout 41, students and first jobs): a funeral planned for oneself, made earnest
# after the joke (own_funeral.py); a bye to everyone beside a sign of going, the groups left,
# the last message, debts repaid and chats cleared (group_farewells.py); not staying in this
# world, nobody the worse, no point in the week ahead (no_staying_on.py); pinched to bruises,
# lines drawn with a blade or glass, a hand on the stove (marks_made.py);
# the last train asked for a reason the reader won't like, the water below pictured as quiet
# (drawn_to_the_place.py).
COMBINATIONS = COMBINATIONS + OWN_FUNERAL + GROUP_FAREWELLS + NO_STAYING_ON + MARKS_MADE + DRAWN_TO_THE_PLACE

# Round 15: ending life, giving it up and injuring oneself in the formal register of a letter,
# and a husband taken down from the noose (said_formally.py). Farewells in the words of faith
# and of a son's grief: going to Allah, "khuda hafiz" to all with no more trouble to come,
# going to a dead mother, a message for the mother from a height (farewells_in_faith.py).
# Suicide said as a leaving: thanks and kind words before going, a sorry with no meeting again, a
# phone nobody will answer, the lenders told nobody will be left, a last night explained
# afterwards, everything left, better he ends it (before_going.py). At the well, the canal or the tracks and feeling at peace
# (calm_at_the_well.py).
COMBINATIONS = COMBINATIONS + SAID_FORMALLY + FAREWELLS_IN_FAITH + BEFORE_GOING + CALM_AT_THE_WELL

# The only way still left now, with nothing named (only_way_left.py).
COMBINATIONS = COMBINATIONS + ONLY_WAY_LEFT

# Round 16 (holdouts 44 and 45): a health worker's or a driver's farewell: the handover, the road
# chosen with no brakes, no wish left to save oneself (workers_farewell.py).
COMBINATIONS = COMBINATIONS + WORKERS_FAREWELL

# Round 16: affairs settled and the end said indirectly (affairs_settled.py); one's own cuts
# kept unseen, scalding water poured on oneself (hurt_in_secret.py).
COMBINATIONS = COMBINATIONS + AFFAIRS_SETTLED + HURT_IN_SECRET
# Round 17: the end said indirectly by old, ill, bereaved or indebted writers.
COMBINATIONS = COMBINATIONS + END_LATE_IN_LIFE

# Round 17 (holdouts 47 and 48): suicide told through a place and a plan: the jump not made and
# the going back, "don't stop me", the tracks peaceful tonight, the courage awaited at the ghat,
# the door bolted with a letter, the dupatta kept ready (plan_at_the_place.py); self-harm by the
# means and the act: a heated rod, a compass carving, nails or a needle until it bleeds, oneself
# struck, no sleep without cutting (by_own_hand.py).
COMBINATIONS = COMBINATIONS + PLAN_AT_THE_PLACE + BY_OWN_HAND

# Round 18 (anger at home and in the street): suicide after a fight or a scolding: leaving said to
# a mother, a plan for tonight only told, "better you die" obeyed, unfit to live, all freed of the
# writer, the well easier than facing someone (after_the_quarrel.py); a hand laid on something hot
# on purpose or in a rage (burnt_on_purpose.py).
COMBINATIONS = COMBINATIONS + AFTER_THE_QUARREL + BURNT_ON_PURPOSE

# Suicide said through a film, a song, a poem or a status and then meant of oneself
# (said_through_films.py); the end said as a show, a picture, a journey or a match over, the next
# call not waited for, the roof and the tracks with "ata bas" (end_as_a_scene.py).
COMBINATIONS = COMBINATIONS + SAID_THROUGH_FILMS + END_AS_A_SCENE

# Round 19 (hospitality work and students): the rope kept with nothing decided, letters left "just
# in case", one's things left to be sent home (left_behind_at_work.py); death as the relief from
# the day's abuse, a prayer not to wake, "why live" when treated as nobody (wishing_it_over.py);
# the jump into a valley (into_the_valley.py); lines drawn with a knife on the hand, the wall
# punched till the hand breaks (hurt_at_the_workplace.py).
COMBINATIONS = COMBINATIONS + LEFT_BEHIND_AT_WORK + WISHING_IT_OVER + INTO_THE_VALLEY + HURT_AT_THE_WORKPLACE

# Suicide said by students and aspirants after a result or a mock (after_the_result.py), and at
# a height after it: the roof, a cliff's edge (roof_and_cliff_edge.py).
COMBINATIONS = COMBINATIONS + AFTER_THE_RESULT + ROOF_AND_CLIFF_EDGE

# Self-harm told by students after a mock: a flame or a ruler on the hand, cut marks growing
# (hurt_over_marks.py).
COMBINATIONS = COMBINATIONS + HURT_OVER_MARKS
