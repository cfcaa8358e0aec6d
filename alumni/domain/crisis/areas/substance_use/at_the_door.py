"""Craving told at the door or by the call of the old company (round 18): the car stopped
outside the bar, writing so as not to go in ("बारच्या बाहेर गाडी थांबवलीय, आत जाऊ नये म्हणून",
"pulled over outside the theka so i dont go in"); wanting to run to the bar ("i want to run to
the bar", "bhaag ke theke pe jaane ka mann"); the friends sitting down to drink and "should I go
too?" with a fear ("mitra dhabyavar basnar ahet, mi pan jau ka? bhiti vatate", "dost bar ja
rahe hain, main bhi jaun kya? dar lag raha"); the old friends calling in any script ("पुराने
friends बुला रहे हैं, mushkil हो रहा है").

Quiet: a trip or a film with the friends without a fear, the car stopped outside a shop or a
house, the bar walked past daily (not_gone_in.py). Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Stopped at the door, or writing so as not to go in.
    "held_at_door": ("gaadi thambavli", "gadi thambavli", "गाडी थांबवली", "गाडी थांबवलीय", "gaadi thambavliy",
                     "gaadi roki", "gadi roki", "गाड़ी रोकी", "गाड़ी रोक दी", "bike roki", "बाइक रोकी",
                     "pulled over", "stopped the car", "parked outside", "stopped outside",
                     "aat jau naye", "आत जाऊ नये", "aat jau naye mhanun", "आत जाऊ नये म्हणून", "andar na jaun",
                     "अंदर न जाऊं", "andar na jaau", "so i don't go in", "so i dont go in", "so that i don't go in",
                     "so that i dont go in", "so i won't go in", "so i wont go in"),
    # Running off to it: "run to the bar", "bhaag ke".
    "run_off_to": ("run to", "run off to", "run straight to", "bhaag ke", "भाग के", "bhaag kar", "भागकर",
                   "bhaag jaun", "भाग जाऊं", "dhavat jav", "धावत जावं", "dhavat jaava", "पळत जावं", "palat jav"),
    # "Should I go too?": "mi pan jau ka", "main bhi jaun kya".
    "should_i_go": ("mi pan jau ka", "मी पण जाऊ का", "mi jau ka", "मी जाऊ का", "jau ka", "जाऊ का",
                    "main bhi jaun kya", "मैं भी जाऊं क्या", "main bhi jau kya", "मैं भी जाऊँ क्या", "jaun kya",
                    "जाऊं क्या", "kya main bhi jaun", "क्या मैं भी जाऊं", "should i go too", "should i go",
                    "should i join", "shall i go", "can i go too", "should i also go", "jaun ya nahi", "जाऊं या नहीं",
                    "jau ya nahi", "jau ki nako", "जाऊ की नको", "jau ki nahi", "जाऊ की नाही", "should i go or not"),
    # Where friends sit to drink beyond a bar: the dhaba, the roadside place.
    "sitting_spot": ("dhaba", "dhabe", "ढाबा", "ढाबे", "dhabyavar", "ढाब्यावर", "dhabyat", "ढाब्यात",
                     "dhabe pe", "ढाबे पे", "dhabe par", "basnar", "बसणार", "basnar ahet", "बसणार आहेत",
                     "baithne wale", "बैठने वाले", "baithenge", "बैठेंगे"),
}

# Words added to the area's own lists (craving.py, admitting.py).
NEW |= {
    # The old friends in any script and spelling: "पुराने friends", "purane doston".
    "old_company": ("purane friends", "पुराने friends", "पुराने फ्रेंड्स", "purane doston", "पुराने दोस्तों",
                    "june friends", "जुने friends", "old friend", "old pals"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE = _g("drink_place", "liquor_place", "bar_inflected")

AT_THE_DOOR: tuple[Combination, ...] = (
    # "बारच्या बाहेर गाडी थांबवलीय, आत जाऊ नये म्हणून".
    Combination(CR, (_PLACE, _g("held_at_door")), 10, across=True),
    # "i want to run to the bar".
    Combination(CR, (_g("want", "trigger_feeling"), _g("run_off_to"), _PLACE), 5, order=True),
    # "जुने friends बोलावतायत, अवघड जातंय", "old friends keep inviting me, it's getting hard".
    Combination(CR, (_g("old_company"), _g("invited_over", "drawn"), _g("struggle", "restless", "trigger_feeling")), 10,
                across=True),
    # "mitra dhabyavar basnar ahet, mi pan jau ka? bhiti vatate".
    Combination(CR, (_PLACE + _g("sitting_spot", "old_company"), _g("should_i_go"),
                     _g("fear", "trigger_feeling")), 15, order=True, across=True),
)
