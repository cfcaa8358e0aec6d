"""The sea, the jetty and the well gone down into, the platform and the next train, the next fire
not come back from, and farewells without the word (the reading of rounds 76-77: e-waste
dismantlers, dyers, mushroom farms, fire brigades, street performers, docks):

- down into the water, thought of, planned or being done: "samudrat utraycha vichar pakka ahe",
  "आज उसमें उतरने का मन है", "अब पानी में उतर रहा हूं", "भरतीच्या पाण्यात चालत जावं";
- gone to the jetty, the sea or the next fire and not coming back: "jetty पे जाऊंगा, वापस नहीं आना है",
  "पुढच्या आगीत परत येणार नाही", "अगली आग में वापस नहीं आएगा";
- the train that ends it when it comes, a body across the line before it: "next train आली की संपलं
  सगळं", "pudhchi gadi ali ki sampel", "i'll be lying across the line before it comes", someone sitting
  on the rails;
- tomorrow's sun not to be seen, the writer's own corpse spoken of, the writer going for good after
  everyone left: "उद्या सकाळचा सूर्य मी बघणार नाही", "मेरी लाश समुंदर में मिले तो", "आता मी पण जातो कायमचा".

A dip in the sea, a boat's crew going down to the nets, a train that is late, a fire fought and
come back from stay quiet: none names the going down as a wish or a plan, or the not coming back.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The water: the sea, the creek, the jetty and the dock, the well, the tide.
    "jp_water": ("samudra*", "समुद्र*", "समुंदर", "samundar", "sea", "jetty", "जेटी", "dhakka*", "धक्का*", "धक्क्या*",
                 "dhakkya*", "creek", "खाडी", "khadi", "खाडीत", "khadit", "kuan", "कुआं", "कुएं", "kuve", "well", "भरतीच्या", "bharatichya",
                 "tide", "पानी में", "paani me", "pani me", "paanyat", "पाण्यात", "water"),
    # Going down into it: "utraycha", "उतरने", "walk into".
    "jp_go_down_into": ("utraycha", "उतरायचं", "utarne", "उतरने", "उतर रहा", "utar raha", "उतरेन", "utren",
                        "utarunga", "उतरूंगा", "उतरणार", "utarnar", "चालत जावं", "chalat jaava", "chalat jaav",
                        "walk into", "walking into"),
    # ... as a thought, a plan, a wish or now.
    "jp_meant": ("vichar", "विचार", "plan", "प्लान", "man hai", "मन है", "man kiya", "मन किया", "soch raha", "सोच रहा",
                 "pakka", "पक्का", "aakhri baar", "आखिरी बार", "last time", "वाटतं", "vatta", "koi mujhe", "कोई मुझे"),
    # Not coming back: "वापस नहीं आना", "परत येणार नाही", "परत वर येऊ नये".
    "jp_no_return": ("वापस नहीं आना", "wapas nahi aana", "wapas nai aana", "vapas nahi aana", "वापस नहीं आऊंगा",
                     "wapas nahi aaunga", "वापस नहीं आएगा", "wapas nahi aayega", "परत येणार नाही", "parat yenar nahi",
                     "परत वर येऊ नये", "parat var yeu naye", "parat baher yenar nahi", "परत बाहेर येणार नाही",
                     "won't come back", "wont come back", "not coming back", "not come back"),
    # Back after a while: "उद्यापर्यंत परत येणार नाही" is a fishing trip (the coast's own test sentences).
    "jp_until": ("उद्यापर्यंत", "udyaparyant", "पर्यंत", "paryant", "till", "until", "tak", "तक", "दिवस", "divas",
                 "days", "हफ्ते", "week"),
    # The fire that is not come back from: "पुढच्या आगीत", "अगली आग में", "the next fire".
    "jp_next_fire": ("पुढच्या आगीत", "pudhchya aagit", "अगली आग", "agli aag", "next fire", "aagit", "आगीत"),
    # The train, and when it comes.
    "jp_train": ("train", "ट्रेन", "गाडी", "gadi", "gaadi", "local", "लोकल", "goods train", "मालगाड़ी", "malgadi"),
    "jp_when_it_comes": ("ali ki", "आली की", "aali ki", "aayi to", "आई तो", "aayegi to", "आएगी तो", "when it comes",
                         "before it comes", "yeil tevha", "येईल तेव्हा"),
    "jp_ends": ("sampel", "संपेल", "संपलं", "sampla", "sampla sagla", "khatam", "खत्म", "its over", "it's over",
                "all over"),
    # Lying or sitting across the rails.
    "jp_across_the_line": ("across the line", "across the tracks", "on the tracks", "rulavar", "रुळावर", "रूळावर",
                           "patri pe", "पटरी पे", "पटरी पर", "patri par"),
    "jp_lying_or_sitting": ("lying", "lie down", "let jaunga", "लेट जाऊंगा", "basun", "बसून", "baitha", "बैठा",
                            "sitting", "zoplo", "झोपलो"),
    # Tomorrow's sun not seen; the writer's own corpse; the writer going for good.
    "jp_no_sunrise": ("सूर्य मी बघणार नाही", "surya mi baghnar nahi", "सूर्य नहीं देखूंगा", "suraj nahi dekhunga",
                      "won't see the sunrise", "wont see the sunrise", "kal ka suraj nahi", "कल का सूरज नहीं"),
    "jp_my_corpse": ("मेरी लाश", "meri laash", "meri lash", "माझं प्रेत", "majha pret", "maza pret", "माझा मृतदेह",
                     "majha mrutdeh"),
    "jp_over_my_dead_body": ("guzarna", "गुजरना", "गुज़रना", "guzar ke", "गुजर के"),
    "jp_i_too_go": ("मी पण जातो", "mi pan jato", "मैं भी जाता", "main bhi jata", "i'm going too", "im going too"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

JETTY_PLATFORM_AND_THE_NEXT_FIRE: tuple[Combination, ...] = (
    Combination(S, (_g("jp_water", "water_body"), _g("jp_go_down_into"), _g("jp_meant")), 8, across=True,
                unless=_g("river_god_water_use", "swim"), unless_reach=6),
    Combination(S, (_g("jp_water", "water_body", "jp_next_fire"), _g("jp_no_return")), 10, across=True,
                unless=_g("jp_until")),
    Combination(S, (_g("jp_train"), _g("jp_when_it_comes"), _g("jp_ends")), 6),
    Combination(S, (_g("jp_train", "rail_line"), _g("jp_across_the_line"), _g("jp_lying_or_sitting")), 8,
                across=True),
    Combination(S, (_g("jp_no_sunrise"),), 0),
    Combination(S, (_g("jp_my_corpse"),), 0, unless=_g("jp_over_my_dead_body"), unless_reach=4),
    Combination(S, (_g("jp_i_too_go"), _g("for_good", "forever")), 3),
)
