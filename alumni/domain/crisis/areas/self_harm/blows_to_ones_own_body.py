"""Self-harm told as a blow, a crush or a hook dealt to one's own leg, knee, hand or finger
(rounds 48-49, holdouts 162-169): "rickshaw cha pana gheun swatachya gudghyavar marla", "रात को
हथौड़े से अपनी उंगली कूट ली जानबूझ के", "ट्रकच्या दारात मुद्दाम हात चेपला", "pushing the net hooks
into my thigh when the anger comes", "gal mudhun payat ghusvla ragat aala"; a hot iron put on
one's own leg ("heated the branding iron ... put it on my own leg"); wounds made new each night
and hidden under long sleeves; (rounds 50-51) a cutter's, a potsherd's or a broken bangle's lines on
the thigh or the wrist, glass drawn over the leg, a wall or a mirror punched till the knuckles split,
the self punished with a belt or a rope ("खुद को सज़ा देने के लिए"); (round 53's reading) one's
own hand, head or fist struck in a rage, or over and over till it swelled or bled, and lines,
scratches or pricks made on the hand with a nail or a needle.

The Hindi idiom of the axe to one's own foot ("अपने पैर पर कुल्हाड़ी मारना") and a finger hit by
mistake stay quiet. Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Leg, knee, foot, finger, thigh, in their Marathi and Hindi case forms.
    "bo_limb": ("jaangh", "जांघ", "जाँघ", "gudghyavar", "गुडघ्यावर", "gudghya", "गुडघ्याला", "knee", "knees", "payat", "पायात", "payavar",
                "पायावर", "leg", "legs", "my leg", "टांग", "टांगों", "पैर", "पैरों", "thigh", "thighs", "ungli", "उंगली",
                "उंगलियां", "ungliyan", "बोटं", "बोटांवर", "botanvar", "foot", "feet", "मांडीत", "mandit"),
    # Struck, crushed, driven in: the writer's deed.
    "bo_blow": ("marla", "मारला", "maarla", "marli", "मारली", "kut li", "कूट ली", "कूटी", "kooti", "chepla", "चेपला",
                "chepli", "चेपली", "chepun", "चेपून", "dabaya", "दबाया", "dabayi", "दबाई", "crushed", "smashed",
                "ghusvla", "घुसवला", "ghusvli", "घुसवली", "pushing", "pushed", "jabbed", "hammered", "kuchal di",
                "कुचल दी", "put it on", "maar liya", "मार लिया"),
    # The tools: hammer, spanner, fish hooks, the truck's door, a branding iron.
    "bo_tool": ("हथौड़े", "हथौड़ा", "hathode", "hathoda", "hatoda", "hammer", "pana", "पाना", "spanner", "hooks",
                "hook", "gal", "गळ", "दारात", "darat", "branding iron", "डाग", "daag"),
    # Wounds renewed and hidden: "रोज रात्री नवीन करतो", "लांब बाह्यांचा शर्ट".
    "bo_wounds": ("जखमा", "zakhma", "jakhma", "जख्म", "zakhm", "cuts", "wounds", "kaap", "कापे"),
    "bo_hidden": ("लांब बाह्यांचा", "lamb bahyancha", "long sleeves", "full sleeves", "full sleeve", "पूरी बाजू",
                  "पूरी बांह", "puri baanh", "कुणाला कळू नये", "kunala kalu naye", "hide them", "hiding them"),
    "bo_renewed": ("नवीन करतो", "navin karto", "नवीन करते", "navin karte", "naye banata", "नए बनाता", "every night",
                   "रोज रात्री", "roj ratri", "रोज रात", "roz raat"),
    # Punched a wall or a mirror till the hand broke: "punched the gym mirror till my knuckles split",
    # "भिंतीवर punch मारले, बोटं fracture" (round 51; a punching bag is training).
    "bo_punched": ("punched", "punch मारले", "punch marle", "punch maara", "punch मारा", "punch मारके", "punch marke",
                   "punch maarke", "मुक्का मारा", "mukka maara",
                   "बुक्की मारली", "bukki marli", "बुक्क्या मारल्या", "bukkya marlya", "punching"),
    "bo_hard_thing": ("mirror", "the wall", "wall", "भिंतीवर", "bhintivar", "दीवार पे", "deewar pe", "दीवार पर", "आरसा",
                      "aarsa", "आरशावर", "aarshavar", "shutter", "शटर", "glass", "काच", "दारावर", "darvar",
                      "दरवाज़े पर", "दरवाजे पर", "darwaze pe", "door", "the door", "locker", "लॉकर"),
    "bo_broke": ("knuckles split", "fracture", "फ्रॅक्चर", "फ्रैक्चर", "bleeding", "khoon nikla", "खून निकला",
                 "ragat aala", "रक्त आलं", "सुजली", "sujli", "सूज गई", "sooj gayi", "haddi tooti", "हड्डी टूटी",
                 "stitches", "टाके", "टांके", "fod liya", "फोड़ लिया"),
    "bo_bag": ("punching bag", "bag", "बॅग", "बैग", "pads", "gloves"),
    # A piece of glass drawn over the leg: "kaachecha tukda ghetla ani paayavar ghasla" (round 51).
    "bo_glass": ("kaachecha tukda", "काचेचा तुकडा", "kachecha tukda", "kaanch ka tukda", "काँच का टुकड़ा",
                 "कांच का टुकड़ा", "piece of glass", "glass piece", "broken glass",
                 # a potsherd, a broken bangle, the potter's cutting wire (round 51)
                 "thikri se", "ठीकरी से", "thikri", "ठीकरी", "फुटलेल्या बांगडीने", "futlelya bangdine", "tooti chudi",
                 "टूटी चूड़ी", "cutting wire"),
    # Scratched, lined, used on it.
    "bo_marked": ("ओरखडे", "orakhde", "orkhade", "lakeere", "लकीरें", "lakeeren", "used the", "used it on"),
    # To punish oneself: "खुद को सज़ा देने के लिए", "har chi shiksha, belt ne swatala marla".
    "bo_punish_self": ("खुद को सज़ा", "खुद को सजा", "khud ko saza", "khud ko sazaa", "स्वतःला शिक्षा", "swatala shiksha",
                       "har chi shiksha", "हारची शिक्षा", "punish myself", "punishing myself"),
    "bo_my_own": ("my own", "meri apni", "मेरी अपनी", "swatachya", "स्वतःच्या", "apni hi", "अपनी ही", "apne hi",
                  "अपने ही"),
    # (round 53's reading) One's own hand, head, fist, cheek or arm, struck on a thing over and over or
    # in a rage: "बाकावर हात आपटून आपटून बोटं सुजवली", "rage madhe bamboo var haat aaptla, bot sujla",
    # "लॉकर के दरवाज़े पर मुक्के मारता रहा जब तक खून नहीं निकला", "अपने ही गाल पे थप्पड़ मारता रहा".
    "bo_own_part": ("हात", "haat", "hath", "हाथ", "hand", "डोकं", "doka", "सिर", "माथा", "matha", "head",
                    "forehead", "बोटं", "bot", "मुठी", "muthi", "मुक्के", "mukke", "fist", "fists", "गाल", "gaal",
                    "बाँह", "बांह", "baanh", "arm", "forearm", "जांघ", "jaangh", "पायात", "payat"),
    "bo_struck_on": ("आपटून", "aaptun", "आपटला", "aaptla", "आपटलं", "आपटत", "aaptat", "सिर मारा", "sir mara",
                     "कूटता", "kootta", "थप्पड़ मारता", "thappad marta", "घिसता", "ghista", "maar liya", "मार लिया",
                     "खुपसला", "khupsala", "banged", "slammed", "smashed my"),
    "bo_swollen": ("सुजवली", "sujvali", "सुजला", "sujla", "sujlay", "सुजलाय", "सूज", "sooj", "टाके पडले", "take padle",
                   "फट गया", "phat gaya", "फट गई", "फट नहीं", "खून", "khoon", "रक्त", "ragat", "blood", "bled",
                   "हड्डी", "haddi", "swollen", "swelled", "blistered"),
    "bo_anger": ("गुस्से में", "gusse me", "gusse mein", "रागाच्या भरात", "ragachya bharat", "rage madhe", "रागात",
                 "ragat madhe", "in anger", "out of anger", "in a rage"),
    # Fists struck, and struck again: "मुक्के मारता रहा", "मुठी मारल्या"; "आपटून आपटून".
    "bo_fists_struck": ("मुक्के मारे", "mukke maare", "मुक्के मारता", "mukke marta", "मुठी मारल्या", "muthi marlya",
                        "मुक्के मारत", "mukke marat", "मुठी मारत", "muthi marat"),
    "bo_struck_again": ("आपटून आपटून", "aaptun aaptun", "maar maar ke", "मार मार के", "kut kut ke", "कूट कूट के"),
    "bo_repeat": ("kititari vela", "कितीतरी वेळा", "राहिलो", "rahilo", "जब तक",
                  "jab tak", "till it", "until it", "रात्रभर", "ratrabhar", "रात भर", "raat bhar", "again and again",
                  "मारता रहा", "kootta raha", "कूटता रहा"),
    # A nail, a needle: lines, scratches, pricks on the hand all night.
    "bo_point": ("खिळ्याने", "khilyane", "कील से", "keel se", "सुईने", "suine", "सुई से", "sui se", "nail", "needle",
                 "pin"),
    "bo_pricked": ("टोचत", "tochat", "ओरखडे", "orakhde", "लकीरें", "lakeere", "खींचता", "scratched", "pricking",
                   "lines"),
    # The axe to one's own foot is an idiom of self-defeat; and by mistake.
    "bo_not_meant": ("कुल्हाड़ी", "kulhadi", "kulhaadi", "कुऱ्हाड", "kurhad", "galti se", "गलती से", "chukun", "चुकून",
                     "accidentally", "by mistake"),
    # (round 55's reading) Cuts made on the hand, and the blood not stopping: "भाई ने hand पे बहुत cuts
    # किए हैं, खून रुक नहीं रहा".
    "bo_bleeding_on": ("खून रुक नहीं रहा", "khoon ruk nahi raha", "khun ruk nahi raha", "खून बंद नहीं हो रहा",
                       "रक्त थांबत नाही", "rakt thambat nahi", "ragat thambat nahi", "रगत थांबत नाही",
                       "bleeding won't stop", "bleeding wont stop", "won't stop bleeding", "wont stop bleeding"),
    # (round 54's reading) The marks hidden under clothes: "जांघेवरच्या खुणा लपवायला उन्हाळ्यातही फुल पॅन्ट".
    "bo_marks_hidden": ("खुणा लपवायला", "khuna lapvayla", "khuna lapavayla", "खुणा लपवतो", "khuna lapavto",
                        "निशान छुपाने", "nishan chhupane", "निशान छुपाता", "nishan chhupata", "to hide the marks",
                        "to hide the cuts", "to hide the scars", "hide the marks", "hide the scars"),
    "bo_covering": ("full pant", "फुल पॅन्ट", "फुल पैंट", "full sleeves", "full sleeve", "फुल बाह्या", "फुल बाह्यांचा",
                    "full bahyancha", "फुल बाजू",
                    "long sleeves", "dupatta", "दुपट्टा", "jacket", "जॅकेट", "jeans"),
    "bo_cuts_made": ("cuts किए", "cuts kiye", "cuts kele", "cuts केले", "कट किए", "kat kiye", "कट मारे", "cut mare",
                     "cuts mare", "cut himself", "cut herself", "cut myself"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_MINE = _g("self", "my_own", "mine_own", "ht_own_body", "hod_own_flesh")
_NOT_MEANT = _g("bo_not_meant", "third_person", "by_accident")

BLOWS_TO_ONES_OWN_BODY: tuple[Combination, ...] = (
    Combination(SH, (_g("bo_cuts_made"), _g("bo_bleeding_on")), 10, across=True, unless=_g("by_accident")),
    Combination(SH, (_g("bo_marks_hidden"), _g("bo_covering")), 10, across=True),
    Combination(SH, (_g("self", "ht_own_body", "hod_own_flesh", "bo_my_own"), _g("bo_limb", "hand_part"),
                     _g("bo_blow")), 4,
                unless=_NOT_MEANT, unless_reach=4),
    Combination(SH, (_g("on_purpose"), _g("bo_limb", "hand_part"), _g("bo_blow")), 5,
                unless=_NOT_MEANT, unless_reach=4),
    Combination(SH, (_g("bo_tool"), _g("bo_limb", "hod_own_flesh"), _g("bo_blow", "ht_till_blood")), 6,
                unless=_NOT_MEANT, unless_reach=4),
    Combination(SH, (_g("bo_wounds"), _g("bo_renewed"), _g("bo_hidden")), 14, across=True),
    # The cutter's lines on the thigh or the wrist: "cutter se thigh pe lines bana di" (round 50).
    Combination(SH, (_g("bo_punish_self"), _g("strike", "bo_blow", "beat_verb")), 10, across=True),
    Combination(SH, (_g("us_site_tool", "bo_glass"), _g("cut_site", "hand_part"),
                     _g("cut_lines", "hod_cut_done", "ht_rubbed", "bo_marked")), 6,
                unless=_g("third_person", "by_accident"), unless_reach=2),
    Combination(SH, (_g("bo_punched"), _g("bo_hard_thing"), _g("bo_broke", "ht_till_blood")), 8, across=True,
                unless=_g("third_person", "by_accident"), unless_reach=2),
    # In a rage, one's own hand or head struck; or struck over and over till it swelled or bled.
    Combination(SH, (_g("bo_anger"), _g("bo_own_part", "bo_limb"), _g("bo_struck_on", "bo_blow", "bo_punched")), 10,
                unless=_NOT_MEANT, unless_reach=3),
    Combination(SH, (_g("bo_own_part"), _g("bo_struck_on", "bo_punched"), _g("bo_repeat"),
                     _g("bo_swollen", "bo_broke")), 12, across=True, unless=_NOT_MEANT, unless_reach=3),
    Combination(SH, (_g("bo_own_part"), _g("bo_struck_again"), _g("bo_swollen", "bo_broke")), 10, across=True,
                unless=_NOT_MEANT, unless_reach=3),
    Combination(SH, (_g("bo_fists_struck"), _g("bo_repeat", "bo_anger", "bo_hard_thing"),
                     _g("bo_swollen", "bo_broke")), 12, across=True, unless=_NOT_MEANT, unless_reach=3),
    Combination(SH, (_g("bo_anger"), _g("bo_fists_struck")), 8, unless=_NOT_MEANT, unless_reach=3),
    Combination(SH, (_g("bo_point"), _g("bo_own_part", "hand_part"), _g("bo_pricked")), 6,
                unless=_NOT_MEANT, unless_reach=3),
)
