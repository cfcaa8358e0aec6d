"""Using again after the Gulf (round 31, holdout 97: migrants home from Dubai, Muscat, Riyadh and
Doha, and the camps):

- a year's sobriety broken, or using begun again once home: "broke my 1 yr. whisky from duty
  free", "1 varsha clean hoto Muscat madhe, ghari aalo ani 2 aathvdyat parat suru", "सऊदी में था
  तब तक ठीक था, वापस आते ही फिर चालू", "shimga madhe palkhi nantar daru, sagla bighadla";
- admitted plainly: "हो घेतली काल. खोटं बोलणार नाही तुम्हाला";
- the pull: the mind still at the fair where everyone sat drinking, the thought of the high at night.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "gb_broke_a_year": ("broke my 1 yr", "broke my 1 year", "broke my one year", "broke my year", "broke 1 yr",
                        "ek saal tod diya", "एक साल तोड़ दिया", "varshacha clean modla", "वर्षाचं clean मोडलं"),
    "gb_spoiled": ("sagla bighadla", "सगळं बिघडलं", "sab bigad gaya", "सब बिगड़ गया", "messed it all up"),
    "gb_was_clean": ("clean hoto", "clean होतो", "clean tha", "clean था", "ठीक था", "theek tha", "sober tha",
                     "sober होतो", "1 varsha", "एक वर्ष", "ek saal", "एक साल", "नीट गेले", "nit gele", "changla gela",
                     "चांगला गेला", "साफ रहा", "saaf raha"),
    "gb_began_again": ("parat suru", "परत सुरू", "फिर चालू", "phir chalu", "fir chalu", "phir shuru", "फिर शुरू",
                       "started again", "punha chalu", "पुन्हा चालू", "रोज चालू", "roj chalu", "फिर वही हाल",
                       "phir wahi haal", "basloch", "बसलोच", "phir se shuru", "फिर से शुरू", "fir se shuru",
                       "parat chalu", "परत चालू", "punha suru", "पुन्हा सुरू", "restarted",
                       "restart झालं", "restart zala", "restart ho gaya", "restart हो गया"),
    "gb_yes_took": ("हो घेतली", "ho ghetli", "haan li thi", "हाँ ली थी", "yes i had", "ho pili", "हो प्यायलो",
                    "haan pi hai", "हाँ पी है", "haan pi thi"),
    "gb_wont_lie": ("खोटं बोलणार नाही", "khota bolnar nahi", "jhooth nahi bolunga", "झूठ नहीं बोलूंगा", "won't lie",
                    "wont lie"),
    "gb_mind_still_there": ("मन अजून तिथंच", "man ajun tithech", "मन अभी वहीं", "mann abhi wahi", "mind is still there"),
    "gb_thought_of_high": ("nashyacha vichar", "नशेचा विचार", "nashe ka khayal", "नशे का ख्याल", "thinking of getting high"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BACK_FROM_THE_GULF: tuple[Combination, ...] = (
    Combination(RE, (_g("gb_broke_a_year"),), 0, unless=_g("relation", "third_person")),
    Combination(RE, (ANY, _g("gb_spoiled")), 6),
    Combination(RE, (_g("gb_was_clean"), _g("gb_began_again")), 14, across=True,
                unless=_g("relation", "third_person", "dts_thing_begun")),
    Combination(RE, (_g("gb_yes_took"), _g("gb_wont_lie")), 10, across=True),
    Combination(CR, (_g("gb_mind_still_there"),), 0),
    Combination(CR, (_g("gb_thought_of_high"),), 0),
)
