"""Cravings said in the words of the village, the forest and the cane camp (round 23, holdouts
64-66), urgent (a same-day call) and never a relapse:

- the pull itself: "mala pan odh lagtey", "ओढ भयंकर आहे";
- the country liquor missed by its own name: "हातभट्टीची आठवण येतेय", "देशीची खूप आठवण", "handiya
  ki yaad";
- a torment or a longing for drinking: "khup tras hotoy pinyasathi", "पीने के लिए तड़प रहा हूं";
- the mind wavering where everyone drinks: "उसतोडीच्या फडावर सगळे पितात मन चलबिचल होतंय";
- the mouth watering at the toddy tree: "tadichya jhadakade baghitla ki tondala paani sutta";
- the bottle before the eyes: "आंखों के सामने बस bottle दिखती है", "डोळ्यासमोर फक्त बाटली".

A memory denied ("aathvan pan yet nahi") is cancelled by the negation as any craving is; a
mouth that waters at food has no drink beside it. Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Country liquor by its names, in a longing only: "देशी" alone is also native ghee or a cow.
    "pull_liquor_names": ("hatbhatti*", "हातभट्टी*", "deshichi", "देशीची", "desichi", "deshichya", "देशीच्या",
                          "handiya", "हंडिया", "हड़िया", "tadichya", "ताडीच्या", "tadichi", "ताडीची", "sulfichi",
                          "सल्फीची"),
    "pull_longing": ("aathvan", "athvan", "aathavan", "आठवण", "yaad", "याद", "tadap", "तड़प", "तडप", "tadaf*",
                     "तडफ*", "tondala paani", "तोंडाला पाणी", "tondala pani", "munh me paani", "मुंह में पानी",
                     "mouth water*", "odh", "ओढ"),
    # A torment, only when it is for drinking ("श्वास घ्यायला त्रास होतोय" is the breath's).
    "pull_torment": ("bechaini", "बेचैनी", "chalbichal", "चलबिचल", "tras hotoy", "त्रास होतोय", "tras hotay"),
    "pull_for_drinking": ("pinyasathi", "पिण्यासाठी", "pinya sathi", "peene ke liye", "pine ke liye", "पीने के लिए",
                          "nashyasathi", "नशेसाठी", "nashe ke liye", "नशे के लिए", "for a drink", "for a peg"),
    "pull_wavering": ("chalbichal", "चलबिचल", "odh lagtey", "odh lagli", "ओढ लागतेय", "ओढ लागली", "ओढ लागते",
                      "odh lagte", "man dolat*", "मन डोलत*", "dagmag", "डगमग"),
    "pull_before_eyes": ("aankhon ke saamne", "aankho ke samne", "आंखों के सामने", "आँखों के सामने",
                         "dolyasamor", "डोळ्यासमोर", "dolya samor", "before my eyes", "in front of my eyes"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "craving": ("odh lagtey", "odh lagli", "ओढ लागतेय", "ओढ लागली", "odh bhayankar", "ओढ भयंकर"),
}

PULL_IN_VILLAGE_WORDS: tuple[Combination, ...] = (
    # (a longing denied, "smack ki yaad bhi nahi aati", is progress)
    Combination(CR, (_g("pull_liquor_names") + ANY, _g("pull_longing")), 4, unless=_g("negation", "quit"),
                unless_reach=3),
    Combination(CR, (_g("pull_for_drinking"), _g("pull_longing", "pull_torment")), 4, unless=_g("negation", "quit"),
                unless_reach=3),
    Combination(CR, (_g("drink_verb", "drank", "drinkers") + ANY, _g("pull_wavering")), 6),
    Combination(CR, (_g("pull_before_eyes"), _g("bottle_word") + ANY), 4),
)
