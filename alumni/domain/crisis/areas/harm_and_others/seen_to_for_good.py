"""Threats told by goldsmiths, forest villagers and bus crews (round 42, holdouts 139-141): a man's
"game" to be done ("त्या contractor चा आज game करतो", the street's word for killing him), a
brother-in-law silenced for good ("मेव्हण्याला आज कायमचा गप्प करतो"), a seth's car set alight
with petrol ("सेठच्या गाडीवर petrol टाकून पेटवतो"), and "he won't see next week", "he won't reach
home tonight". Each needs the man: a title, a relation or "he" beside it (a game played, a child
hushed, a fire lit in the hearth stay quiet). Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The man, by his title or relation in any case ending: "सेठच्या", "मेव्हण्याला", "contractor चा".
    # ("seth*" would be "set*": the forms are listed)
    "stg_the_man": ("seth", "सेठ", "sethji", "सेठजी", "सेठच्या", "sethchya", "सेठला", "sethla", "सेठने", "sahukar*",
                    "सावकार*", "savkar*", "manager*", "मॅनेजर*", "मैनेजर*", "supervisor*", "सुपरवायझर*", "contractor*",
                    "ठेकेदार*", "thekedar*", "munshi*", "मुंशी*",
                    "mukadam*", "मुकादम*", "मेव्हण्या*", "mehuna*", "mevhna*", "jija*", "जीजा*", "conductor*",
                    "कंडक्टर*", "depot manager", "forest guard"),
    # His "game" done: the street's word for killing him.
    "stg_game_done": ("game karto", "गेम करतो", "game करतो", "game kar dunga", "game कर दूंगा", "गेम कर दूंगा",
                      "game kar denge", "game bajavto", "गेम वाजवतो", "game vajavto", "game khatam karto",
                      "gem karto", "game karnar", "गेम करणार", "game करणार", "game vajavnar", "गेम वाजवणार",
                      "game bajaunga", "गेम बजाऊंगा"),
    # Silenced: "गप्प करतो", "chup kara dunga".
    "stg_silenced": ("गप्प करतो", "gapp karto", "gap karto", "गप्प करणार", "gapp karnar", "chup kara dunga",
                     "चुप करा दूंगा", "chup kar dunga", "चुप कर दूंगा", "shut him up"),
    # "he won't see next week", "won't reach home tonight", "won't walk straight".
    "stg_wont_see": ("wont see next week", "won't see next week", "wont see tomorrow", "won't see tomorrow",
                     "wont reach home", "won't reach home", "wont walk straight", "won't walk straight",
                     "ghar nahi pahunchega", "घर नहीं पहुंचेगा", "kal ka suraj nahi dekhega", "कल का सूरज नहीं देखेगा",
                     "agla hafta nahi dekhega", "अगला हफ्ता नहीं देखेगा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_HIM = _g("stg_the_man", "named_target", "dd_boss", "other_target", "third_person")

SEEN_TO_FOR_GOOD: tuple[Combination, ...] = (
    Combination(HO, (_HIM, _g("stg_game_done")), 4, order=True),
    Combination(HO, (_HIM, _g("forever", "for_good"), _g("stg_silenced")), 4, order=True),
    Combination(HO, (_HIM, _g("fuel", "tf_fuel", "kerosene"), _g("set_alight")), 6, order=True,
                unless=_g("self", "pb_self")),
    Combination(HO, (_g("he_or_she", "third_person", "stg_the_man"), _g("stg_wont_see")), 3, order=True),
)
