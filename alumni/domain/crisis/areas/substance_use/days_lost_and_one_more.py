"""Relapse told as the days clean lost, just one that became more, or cough syrup by the bottle
(round 53's reading of rounds 52-53, holdouts 179-183 and 185):

- the days clean, then broken: "४५ दिवसांनंतर तुटलो", "90 days clean होतो, काल break झालं", "६१
  दिवस होते, काल संपले. दारू", "45 दिन की गिनती फिर से शून्य", "आठ महिने टिकलो आणि काल सगळं पाण्यात
  गेलं";
- just one, then more: "एकच म्हणून सुरवात केली, पुढचं आठवत नाही", "ek beer chalel mhanla mitra,
  mag 6 zalya", "एक ही गिलास था पर फिर रुका नहीं";
- cough syrup by the bottle: "drank cough syrup, 3 bottles of it", "खाँसी वाली शीशियाँ ले आया और
  गटक गया"; back on pills stopped ("back on the sleeping pills i stopped");
- country liquor taken: "thodi si desi li"; a ninety ("navtaank") had; the Deccan's toddy by its
  name, "shindi" (the half bottle, "अद्धा", folds to a single letter's skeleton and stays unread).

A phone that broke on day 45, one tea and then work, and syrup bought for the children stay quiet.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The days held clean: "४५ दिवसांनंतर", "90 days clean होतो", "६१ दिवस होते", "आठ महिने टिकलो".
    "dl_days_clean": ("दिवस होते", "divas hote", "din ki ginti", "दिन की गिनती", "days clean", "divas clean",
                      "दिवस clean", "clean hoto", "clean होतो", "clean hota", "clean था", "clean tha", "महिने टिकलो",
                      "mahine tiklo", "टिकलो", "tiklo", "दिवसांनंतर", "divsannantar", "divsanantar", "days sober",
                      "months clean", "months sober", "दिन clean", "din clean", "din se clean", "दिन से clean",
                      "महिने clean", "mahine clean"),
    # Broken, ended, gone to waste, back to zero.
    "dl_broke": ("तुटलो", "tutlo", "break झालं", "break zala", "break jhala", "break ho gaya", "गडबड झाली",
                 "gadbad zali", "gadbad jhali", "गड़बड़ हो गई", "gadbad ho gayi", "काल संपले", "kal sample",
                 "पाण्यात गेलं", "panyat gela", "शून्य", "shunya", "back to zero", "to zero", "reset", "phir se zero",
                 "फिर से जीरो", "fir se zero", "tut gaya", "टूट गया", "toot gaya"),
    # A phone, a streak of a game, a bone: not the days clean.
    "dl_other_broke": ("phone", "फोन", "mobile", "screen", "glass", "bone", "हड्डी", "haddi", "streak", "gym",
                       "diet", "fast", "upvas", "उपवास", "vrat", "व्रत", "record", "bike", "gaadi", "गाडी"),
    # Just one: "एकच म्हणून", "ek beer chalel", "एक ही गिलास".
    "dl_just_one": ("एकच म्हणून", "ekach mhanun", "ekach ghot", "एकच घोट", "ek beer chalel", "एक बिअर चालेल",
                    "ekach peg", "एकच पेग", "एक ही गिलास", "ek hi glass", "ek hi gilas", "ek hi peg", "एक ही पेग"),
    # Then more: no memory of the rest, no stopping, six of them, woke up elsewhere.
    "dl_then_more": ("पुढचं आठवत नाही", "pudhcha aathvat nahi", "pudhcha athvat nahi", "फिर रुका नहीं",
                     "phir ruka nahi", "fir ruka nahi", "रुका नहीं", "ruka nahi", "mag 6 zalya", "6 zalya",
                     "khamba sampla", "खंबा संपला", "jaag aali", "जाग आली", "didnt stop", "didn't stop", "puri bottle",
                     "पूरी बोतल", "then another", "woke up in"),
    # Bottles of it, counted.
    "dl_bottles": ("bottles", "bottles of it", "शीशियाँ", "शीशियां", "shishiyan", "बाटल्या", "batlya", "2 bottle",
                   "3 bottle", "दो बोतल", "तीन बोतल"),
    # The cough kind, said without "syrup": "खाँसी वाली शीशियाँ".
    "dl_cough_kind": ("खाँसी वाली", "खांसी वाली", "khansi wali", "khaansi wali", "खोकल्याच्या", "khoklyachya",
                      "खोकल्याची", "khoklyachi"),
    "dl_doctor": ("doctor", "डॉक्टर", "dr", "psychiatrist", "sir ne", "hospital"),
    "dl_gulped": ("गटक गया", "gatak gaya", "gatak liya", "गटक लिया", "gatakli", "गटकली", "drank", "downed"),
    # Bought or given for another, or prescribed.
    "dl_for_others": ("for the kids", "for my son", "for my daughter", "bachhon ke liye", "बच्चों के लिए",
                      "मुलांसाठी", "mulansathi", "for mother", "for papa", "bought", "kharidi", "खरीदी", "doctor",
                      "डॉक्टर", "prescribed", "prescription"),
    # Back on pills that had been stopped: "back on the sleeping pills i stopped".
    "dl_back_on_pills": ("back on the sleeping pills", "back on sleeping pills", "back on the pills",
                         "back on the tablets", "back on alprax", "back on the alprax", "back on nitrazepam"),
    # Country liquor brought, taken, drunk: "thodi si desi li".
    "dl_took": ("li", "ली", "le li", "ले ली", "pi li", "पी ली", "piyi", "पी", "pi", "ghetli", "घेतली", "ले आया", "le aaya",
                "le aya", "aanli", "आणली", "aanla", "आणला", "brought", "bought"),
    # A ninety of country liquor: "navtaank" (a nautank).
    "measure": ("navtaank", "नवटाक", "navtank", "नवटांक", "navtak"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The toddy of the Deccan ("shindi").
    "alcohol": ("shindi", "शिंदी"),
}

DAYS_LOST_AND_ONE_MORE: tuple[Combination, ...] = (
    Combination(RE, (_g("dl_days_clean"), _g("dl_broke")), 10, across=True, unless=_g("dl_other_broke"),
                unless_reach=3),
    Combination(RE, (_g("dl_just_one"), _g("dl_then_more")), 16, across=True),
    # (wanting the bottles is a craving)
    Combination(RE, (_g("syrup_name", "dl_cough_kind"), _g("dl_bottles")), 6, across=True,
                unless=_g("dl_for_others", "want", "want_one", "craving", "fear"), unless_reach=6),
    Combination(RE, (_g("syrup_name", "dl_cough_kind"), _g("dl_gulped")), 6, across=True,
                unless=_g("dl_for_others", "negation"), unless_reach=6),
    Combination(RE, (_g("bb_country_liquor"), _g("dl_took")), 2, order=True,
                unless=_g("fest_use_desi_food", "negation", "dl_for_others", "third_person"),
                unless_reach=3),
    # ("not prescribed" is part of the telling; a doctor's restarting is not a relapse)
    Combination(RE, (_g("dl_back_on_pills"),), 0, unless=_g("dl_doctor"), unless_reach=6),
)
