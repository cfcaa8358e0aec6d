"""Rules for the verb forms of verb_forms.py: what each form means beside the word it needs
("mar" before "ja raha", "jee" before a denied "sakta", "mi" beside "marnare")."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

VERB_RULES: tuple[Combination, ...] = (
    # "मैं मर गया तो", "mi mele tar": the writer's own death as a condition.
    # (Its own words: the idioms read "mar gaya" as a death told, which "to" makes a condition.)
    Combination(S, (_g("first_person", "first_person_mr"), _g("die_if")), 2, order=True,
                unless=_g("laugh", "device")),
    # "marne ja raha hu", "मरने चली हूं" (not "मरे जा रहे", dying of a cough by the dozen), the
    # dying word still standing after the idioms.
    Combination(S, (_g("self_act_to", "jump_to"), _g("die", "jump", "hang", "drown", "jaan"), _g("going_to")), 1,
                same_word=True, unless=_g("laugh", "pest", "water_leisure")),
    # "mar ke rahunga", "markar rahungi".
    Combination(S, (_g("die"), _g("resolve")), 1, order=True, unless=_g("laugh")),
    # "jee nahi sakta", "जी नहीं पाऊंगी": living, and no longer being able to.
    Combination(S, (_g("live_bare", "live"), _g("negation"), _g("able")), 1, order=True, unless=_g("laugh")),
    # "jee ke kya karu", "जगून काय करू".
    Combination(S, (_g("live_conj"), _g("what_for", "pointless")), 1, order=True, unless=_g("for_sake")),
    # "I hate being alive", "sick of living".
    Combination(S, (_g("wake_weary"), _g("live")), 2, order=True, unless=_g("laugh", "clock_time")),
    # "मरण्याचे विचार", "marne ke vichar", "thoughts of dying".
    Combination(S, (_g("die"), _g("thoughts_of")), 1, unless=_g("laugh", "pest", "relation")),
    # "tried to die", "marne ki koshish ki", "मरण्याचा प्रयत्न केला".
    Combination(S, (_g("die"), _g("attempt")), 3, unless=_g("laugh", "pest")),
    # (a jump tried needs its height: jump + height, rules.py)
    Combination(S, (_g("hang", "drown", "self_act_to"), _g("attempt")), 3,
                unless=_g("laugh", "pest", "hung_object", "hanging_harmless", "water_leisure", "drown_idiom")),
    # "I deserve to die", "marne ke layak".
    Combination(S, (_g("deserve"), _g("die")), 2, order=True),
    Combination(S, (_g("die"), _g("deserve")), 2, order=True, unless=_g("other_target", "third_person")),
    # "kood jaungi", "मी उडी मारतो": the first person of jumping, said as a will.
    Combination(S, (_g("jump_mine"), _g("i_subject", "height")), 4,
                unless=_g("water_leisure", "laugh", "better", "gym")),
    # "...ke aage kood jaungi", "समोर उडी मारतो": in front of something, jumping.
    Combination(S, (_g("under"), _g("jump_mine")), 1, order=True, unless=_g("water_leisure", "laugh")),
    # "मी झाडाला लटकणार", "mi pan latkanar": the writer or a place to hang from, with the future
    # of hanging (not a bus or a train hung on to, a swing, or held-up work).
    Combination(S, (_g("hang_mine"), _g("i_subject", "to_me_mr", "hanging_point", "ligature")), 4,
                unless=_g("hanging_harmless", "hung_object", "laugh", "vehicle_ride")),
    # "मी गाडीखाली जाईन": under the train, going there.
    Combination(S, (_g("under_vehicle"), _g("go_mine", "die", "jump", "jump_mine")), 3, same_word=True),
)
