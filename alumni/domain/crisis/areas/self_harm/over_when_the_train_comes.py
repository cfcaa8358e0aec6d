"""Suicide told at the level crossing and the edge, as what ends when the train comes or the
step is taken (round 49, holdouts 167-169): "रेल्वे फाटकावर उभा आहे पुढची गाडी आली की
संपलं", "ekda udi marli ki sampla sagla", "wire solun thevli ahe, haat lavla ki sampla sagla";
the crossing visited night after night and a step forward, or aside not taken: "ajni chya
fatakavar jaun basto, malgadi aali ki thoda pudhe sarakto", "Lohta crossing पे जाके train का
wait करता हूं, किसी दिन side में नहीं हटूंगा"; the tempo driven onto the crossing when the
express comes: "tempo seedha railway phatak pe le jaunga jab rajdhani aati hai".

Work that is over when the train comes ("गाडी आली की निघतो, संपलं काम") has no step, touch or
jump before the ending. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # All over, said right after the condition: "की संपलं", "ki sampla sagla".
    "ow_all_over": ("संपलं", "sampla", "sampla sagla", "संपलं सगळं", "सगळं संपलं", "sagla sampla", "संपेल सगळं",
                    "sagla sampel", "khel khatam", "खेल खत्म", "kissa khatam", "किस्सा खत्म", "sab khatam",
                    "सब खत्म", "it's over", "its over", "all over"),
    # Every problem ended by it: "varun udi marli tar sagle prashna sampatil", "मीच नसलो तर
    # problem solve" (round 49; holdout 127).
    "ow_problems_end": ("sagle prashna sampatil", "सगळे प्रश्न संपतील", "sagle prashn sampatil", "prashna sampatil",
                        "प्रश्न संपतील", "problem solve", "problems solve", "problem solved", "sab problem khatam",
                        "सब problem खत्म", "saari problem khatam", "सारी problem खत्म", "all problems end",
                        "all my problems end", "problems will end"),
    # If the writer were gone: "मीच नसलो तर", "main na rahu to".
    "ow_if_i_were_gone": ("मीच नसलो तर", "mich nasalo tar", "mi nasalo tar", "मी नसलो तर", "मी नसले तर", "mi nasle tar",
                          "main na rahu to", "मैं न रहूं तो", "मैं ना रहूं तो", "main nahi rahunga to", "if i wasnt there",
                          "if i was gone", "if i were gone", "without me"),
    # The level crossing, in its Marathi and Hindi case forms.
    "ow_crossing": ("fatakavar", "फाटकावर", "phatakavar", "fatak", "फाटक", "crossing pe", "crossing par",
                    "crossing var", "crossing पे", "crossing पर", "level crossing", "railway crossing"),
    # A step forward into the train's way, or not aside out of it.
    "ow_step_in": ("pudhe sarakto", "पुढे सरकतो", "pudhe sarkto", "पुढे सरकेन", "pudhe sarken", "nahi hatunga",
                   "नहीं हटूंगा", "नहीं हटूँगा",
                   "won't step aside", "wont step aside", "won't move", "wont move", "aage badh jaunga",
                   "आगे बढ़ जाऊंगा"),
    # The express named as what is waited for: "jab rajdhani aati hai" (a wait at a shut
    # crossing, "phatak pe train ka wait kiya", is every driver's day).
    "ow_when_it_comes": ("jab rajdhani aati", "जब राजधानी आती", "jab train aati", "जब ट्रेन आती", "jab gaadi aati",
                         "जब गाड़ी आती", "when the train comes", "when the express comes", "गाडी येते तेव्हा",
                         "gadi yete tevha"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

OVER_WHEN_THE_TRAIN_COMES: tuple[Combination, ...] = (
    Combination(S, (_g("ll_next_train", "dl_touch_and_end", "jump"), _g("ow_all_over")), 4, order=True),
    Combination(S, (_g("ll_next_train", "dl_touch_and_end", "jump", "ow_if_i_were_gone"), _g("ow_problems_end")), 8,
                order=True),
    Combination(S, (_g("ow_crossing", "river_god_rails", "by_the_tracks"), _g("ow_step_in")), 16, across=True),
    Combination(S, (_g("ow_crossing", "river_god_rails", "by_the_tracks"), _g("ow_when_it_comes")), 8,
                across=True),
)
