"""Threats with the iron, the brakes and the van, and the ones reported gone on their last day (the
reading of rounds 80-81: recovery agents and self-help groups, bookbinders and card printers, cable
and fibre men, dhobis and dry cleaners, school vans and ayahs):

- a house, a face or a shop to be burnt ("ticha ghar jalavnar aaj", "garam istri ne tond jalavnar"); a
  head to be smashed or a belly ripped ("सुपरवाइज़र का सिर प्लास से फोड़ दूँगा", "udya tyacha pot
  phadnar"); thinner poured on a man and lit; his bike's brakes cut; the van driven into his shop with
  him inside; "won't spare them" with the knife sharpened; "will finish me and the children" reported;
- reported: the last day said and the phone off, or hands shaken with everyone and gone; the
  insurance papers put in order and gone; the pay and the watch given to a friend and not come home;
  locked in with blood at the door; the gas knob open and the lighter promised; the cotton spray in
  the bag and the phone unreachable;
- the spray bottle before the writer tonight; a poison in the shirt pocket.

A last working day, a knife sharpened for the kitchen, the bike's brake wire that snapped, the
trash burnt stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # A poison in the pocket (widening swallowed_from_the_godown.py's).
    "sg_pocket": ("shirt pocket", "my pocket", "pocket", "jeb", "जेब", "खिशात", "khishat", "खिशामध्ये"),
    # Burnt: his house, her face, the shop.
    "hf_burn_will": ("jalavnar", "जाळणार", "jalaven", "जाळेन", "जला दूंगा", "jala dunga", "जला दूँगा", "जला देंगे",
                     "jala denge", "aag laga dunga", "आग लगा दूंगा", "aag lavnar", "आग लावणार", "burn down"),
    "hf_burnt_thing": ("ghar", "घर", "tond", "तोंड", "muh", "मुंह", "मुँह", "face", "chehra", "चेहरा", "dukan",
                       "दुकान", "shop", "gaadi", "गाडी"),
    # Smashed or ripped: the head, the belly.
    "hf_head_or_belly": ("सिर", "sir", "sar", "डोकं", "doka", "डोक्यात", "dokyat", "पोट", "pot", "पेट", "pet",
                         "head", "skull", "belly", "stomach", "नाक", "naak", "nose", "जबडा", "jabda", "दात",
                         "neck", "gardan", "गर्दन"),
    "hf_smash_will": ("फोड़ दूँगा", "फोड़ दूंगा", "phod dunga", "fod dunga", "फोडणार", "phodnar", "fodnar", "फोडेन",
                      "phoden", "फाडणार", "phadnar", "fadnar", "फाड़ दूंगा", "phaad dunga", "faad dunga", "चीर दूंगा",
                      "cheer dunga", "will smash", "will split", "rip open", "तोडणार", "todnar", "तोड़ दूंगा",
                      "tod dunga", "will snap", "snap his", "break his"),
    # Poured on him and lit.
    "hf_pour": ("pour", "ओतून", "otun", "ओतणार", "otnar", "daal ke", "डाल के", "छिड़क", "chhidak", "टाकून", "takun"),
    "hf_on_him": ("on him", "on her", "us par", "उस पर", "us pe", "उसपे", "त्याच्यावर", "tyachyavar", "तिच्यावर",
                  "tichyavar", "अंगावर", "angavar"),
    "hf_light": ("light it", "light him", "aag laga", "आग लगा", "पेटवणार", "petavnar", "petvun", "पेटवून",
                 "jala dunga", "काडी लावणार", "kadi lavnar", "matchstick", "माचिस", "machis"),
    # His brakes cut.
    "hf_brakes": ("ब्रेक", "brake", "brakes", "ब्रेकचे", "ब्रेकच्या", "breakche"),
    "hf_cut_will": ("कापून ठेवतो", "kapun thevto", "कापणार", "kapnar", "kaat dunga", "काट दूंगा", "काट दूँगा",
                    "cut his", "cut her", "काट के रख", "kaat ke rakh", "ढीले कर दूंगा", "dheele kar dunga"),
    # The van driven into him.
    "hf_drive_into": ("drive the van into", "drive into", "van ghusa dunga", "गाडी घुसवणार", "gadi ghusavnar",
                      "ghusa dunga", "घुसा दूंगा", "ram it into", "ram into", "ghalnar", "घालणार"),
    "hf_him_inside": ("with him inside", "him inside", "her inside", "on him", "over him", "into him", "uske upar",
                      "उसके ऊपर", "tyachyavar", "त्याच्यावर"),
    # Won't spare them, the blade made ready.
    "hf_wont_spare": ("सोडणार नाही", "sodnar nahi", "nahi sodnar", "नाही सोडणार", "nahi chhodunga", "नहीं छोड़ूंगा",
                      "नहीं छोडूंगा", "chhodunga nahi", "won't spare", "wont spare", "zinda nahi chhodunga",
                      "जिंदा नहीं छोड़ूंगा"),
    "hf_blade_ready": ("धार लाव*", "dhar lav*", "धार लगा*", "dhaar laga*", "dhar laga*", "sharpened", "sharpening",
                       "धार करून", "dhar karun"),
    # Reported: "will finish me and the children".
    "hf_us_all": ("बच्चों को", "bachchon ko", "bacchon ko", "मुलांना", "mulanna", "kids", "children", "दोनों को",
                  "dono ko"),
    "hf_finish_will": ("खत्म कर देंगे", "khatam kar denge", "खत्म कर देगा", "khatam kar dega", "खत्म कर दूंगा",
                       "संपवून टाकेन", "sampvun taken", "मारून टाकेन", "marun taken", "मार डालेगा", "maar dalega",
                       "मार डालेंगे", "maar dalenge", "kill us", "kill me and"),
    # Him, hit tomorrow or with a tool: "udya tyala tyre lever ne thokto".
    "hf_him": ("tyala", "त्याला", "tila", "तिला", "usko", "उसको", "use", "उसे", "him", "her"),
    "hf_beat_will": ("thokto", "ठोकतो", "thoknar", "ठोकणार", "हाणतो", "hanto", "हाणणार", "hannar", "phodto", "फोडतो",
                     "pitunga", "पीटूंगा", "पीटूँगा", "thok dunga", "ठोक दूंगा", "ठोक दूँगा"),
    "hf_when_or_with": ("udya", "उद्या", "kal", "कल", "tomorrow", "lever", "rod", "रॉड", "पाना", "spanner", "danda",
                        "दांडा", "दंडा", "kathi", "काठी", "lathi", "लाठी"),
    # A sorry posted to everyone, gone, and help asked for.
    "hf_sorry_to_all": ("sorry everyone", "sorry sabko", "sorry सबको", "sorry सगळ्यांना", "sorry saglyanna",
                        "sorry to everyone", "sorry all", "sorry to all"),
    "hf_do_something": ("काहीतरी करा", "kahitari kara", "kuch karo", "कुछ करो", "please help", "do something",
                        "madat kara", "मदत करा"),
    # Reported: the last day told, and gone.
    "hf_last_day": ("शेवटचा दिवस", "shevatcha divas", "shevtcha divas", "last day", "aakhri din", "आखिरी दिन",
                    "akhri din", "last route", "aakhri route", "आखिरी route", "last sunset", "शेवटचा सूर्यास्त",
                    "shevatcha call", "शेवटचा call", "शेवटचा कॉल", "aakhri call", "आखिरी कॉल", "last call"),
    "hf_gone_off": ("hand shake करून गेला", "hand shake karun gela", "सगळ्यांना भेटून गेला", "saglyanna bhetun gela",
                    "sab se mil ke gaya", "सबसे मिल के गया", "hugged everyone", "said bye to everyone",
                    "निघून गेला", "nighun gela", "चला गया", "chala gaya", "दिशेने", "dishene"),
    "hf_left_with_car": ("निघाले", "nighale", "निघाला", "nighala", "left with the car", "car घेऊन", "car gheun",
                         "गाडी घेऊन", "gadi gheun"),
    "hf_fear": ("भीती", "bhiti", "डर लग", "darr lag", "dar lag", "scared", "worried", "घाबर*", "ghabar*"),
    "hf_ordinary_last": ("kaam", "काम", "job", "naukri", "नौकरी", "school", "college", "office", "shift", "duty",
                         "notice", "contract", "season", "sale", "exam", "trip", "holiday", "सुट्टी", "chutti",
                         "छुट्टी", "offer", "ऑफर", "camp", "शिबिर", "मेळा", "fair"),
    "hf_care_for": ("dhyan rakhna", "ध्यान रखना", "kalji ghya", "काळजी घ्या", "take care of", "sambhal lena",
                    "संभाल लेना"),
    # The pay and the watch given to a friend, and not come home.
    "hf_belongings": ("ghadyal", "घड्याळ", "ghadi", "घड़ी", "watch", "anguthi", "अंगूठी", "ring", "chain", "चैन",
                      "sonsakhli", "सोनसाखळी"),
    "hf_given_and_gone": ("deun gela", "देऊन गेला", "de ke gaya", "दे के गया", "दे गया", "de gaya", "gave his",
                          "gave away his", "dekar gaya", "देकर गया"),
    "hf_not_home": ("ghari nahi ala", "घरी नाही आला", "ghar nahi aaya", "घर नहीं आया", "didn't come home",
                    "didnt come home", "not come home", "ghari nahi aala"),
    # Locked in, blood at the door.
    "hf_locked_in": ("locked himself", "locked herself", "kamra band kar liya", "कमरा बंद कर लिया",
                     "दरवाजा बंद करून", "darvaja band karun", "kadi lavli", "कडी लावली", "andar se band",
                     "अंदर से बंद", "aatun kadi", "आतून कडी"),
    # The gas knob open and the lighter promised.
    "hf_gas": ("gas", "गॅस", "गैस", "cylinder", "सिलेंडर", "सिलिंडर"),
    "hf_knob_open": ("knob उघडा", "knob ughda", "knob khula", "knob open", "knob on", "gas chalu", "गॅस चालू",
                     "gas khula", "गैस खुला", "उघडा ठेवून", "ughda thevun", "khula chhod"),
    "hf_lighter": ("lighter", "लायटर", "माचिस", "machis", "काडी लावेन", "kadi laven", "light a match",
                   "strike a match"),
    # The spray bottle before the writer tonight, or in the bag of the one gone.
    "hf_spray_bottle": ("फवारणीची बाटली", "favarnichi botal", "favarnichi batli", "फवारणीचं औषध", "favarnicha aushadh",
                        "favarnichi", "फवारणीची", "कीटकनाशकाची बाटली", "spray ki botal", "स्प्रे की बोतल"),
    "hf_before_me": ("समोर आहे", "samor ahe", "samor aahe", "in front of me", "सामने है", "samne hai",
                     "saamne rakhi", "सामने रखी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

IRON_BRAKES_AND_THE_LAST_DAY: tuple[Combination, ...] = (
    Combination(HO, (_g("hf_burnt_thing"), _g("hf_burn_will")), 4),
    Combination(HO, (_g("hf_head_or_belly"), _g("hf_smash_will")), 5, order=True),
    Combination(HO, (_g("hf_pour"), _g("hf_on_him"), _g("hf_light")), 10),
    Combination(HO, (_g("hf_brakes"), _g("hf_cut_will")), 4),
    Combination(HO, (_g("hf_drive_into"), _g("hf_him_inside")), 10),
    Combination(HO, (_g("hf_wont_spare"), _g("hf_blade_ready")), 20, across=True),
    Combination(HO, (_g("hf_us_all"), _g("hf_finish_will")), 5),
    Combination(HO, (_g("hf_him"), _g("hf_beat_will"), _g("hf_when_or_with")), 8),
    Combination(S, (_g("hf_sorry_to_all"), _g("hf_gone_off", "hf_left_with_car"), _g("hf_do_something")), 30,
                across=True),
    Combination(S, (_g("hf_last_day"), _g("unreachable", "hf_gone_off", "hf_fear")), 24, across=True,
                unless=_g("hf_ordinary_last"), unless_reach=4),
    Combination(S, (_g("hf_last_day"), _g("hf_care_for")), 16, across=True, unless=_g("hf_ordinary_last"),
                unless_reach=4),
    Combination(S, (_g("insurance"), _g("hf_gone_off"), _g("unreachable")), 30, across=True),
    Combination(S, (_g("hf_belongings"), _g("hf_given_and_gone"), _g("hf_not_home", "unreachable")), 30,
                across=True),
    Combination(SH, (_g("hf_locked_in"), _g("bleed")), 20, across=True),
    Combination(S, (_g("hf_gas"), _g("hf_knob_open"), _g("hf_lighter")), 20, across=True),
    Combination(OD, (_g("hf_spray_bottle"), _g("unreachable")), 24, across=True),
    Combination(OD, (_g("hf_spray_bottle"), _g("hf_before_me"), _g("tonight")), 14, across=True),
)
