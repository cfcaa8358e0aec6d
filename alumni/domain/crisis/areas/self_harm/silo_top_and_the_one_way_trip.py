"""The silo's top and the one-way trip (the reading of rounds 96-97: heritage-site guards, drone crews,
traffic police, soybean plants, school and college labs, FM stations):

- at the fort's edge, the silo, the lake, the river or the bridge: "one step solves it", "step off and
  finish this", "not walking back this time", "a one-way trip", "I'm not going back today", "it would be
  so quiet down there", "I'll finish it tomorrow"; "I won't do anything" beside "walk into the water" or
  "go under the truck"; "thought it through" beside the track or the train; the key to the roof "and
  tonight from there";
- "sorry mother, I'm tired, tonight it's all finished"; "I don't want any more days"; "nobody needs me"
  beside "I'll end it" or the phone unanswered; "no use of me, game over"; "this life, taken off and
  thrown away"; "I only think about the ending";
- the nominee form, the PF or the LIC file and "the last thing left", "never again", "my accounts are
  settled"; a date set "don't tell anyone"; "sorry to all" with "I'm tired" or "look after my boys";
- the rope tied to the neem, the knot tied in the shed "tonight", the rope "will hold my weight";
- a hot battery, charger, iron or heat sink pressed on the writer's own hand; slapping oneself; a compass,
  a burette's glass or a test tube's on the forearm; a status or a story "all over";
- the lab's methanol, acid, permanganate or mercuric chloride poured, kept or swallowed; the month's
  strips of painkillers eaten.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.last_show_and_the_crossing import HIGH_PLACES, WATER_OR_RAIL
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "st_place": ("takmak", "टकमक", "टोकावर", "silo", "सायलो", "कड़े पे", "kade pe", "talab", "तलाव", "talav", "sagar",
                 "सागर", "panchganga", "पंचगंगा", "gorewada", "patalpani", "पाताळपाणी", "डोंगरावर", "dongravar",
                 "raigad", "रायगड", "footover bridge", "पुल पे", "pul pe"),
    "st_final_move": ("one step solves", "ek kadam aage badha du", "एक कदम आगे बढ़ा दूं", "ek kadam aur", "step off and finish",
                      "not walking back", "one way trip", "परत यायचं नाहीये", "parat yaycha nahi", "वापस नहीं जाऊंगा",
                      "vapas nahi jaunga", "wapas nahi jaunga", "aat chalat jaava", "आत चालत जावं",
                      "so quiet down there", "to finish it", "एकदाचं संपवावं", "ekdacha sampvava",
                      "tithunach sampavnar", "तिथूनच संपवणार", "its my turn", "it's my turn",
                      "ट्रकखाली जावं", "truck khali jaava", "hold my weight", "रुळावरूनच बघणार",
                      "and not coming back", "not coming back"),
    "st_decided": ("soch liya hai", "soch liya he", "सोच लिया है", "ठरलंय", "tharlay", "बहुत सोच लिया",
                   "bahut soch liya"),
    "st_sorry_tired": ("sorry आई", "sorry aai", "थकलोय", "thaklo", "mi thaklo", "sorry maa", "sorry mummy"),
    "st_finish_tonight": ("सगळं finish", "sagla finish", "आज रात finish", "aaj raat finish", "आज रात्री सगळं",
                          "finish this", "finish it tonight", "going to finish it"),
    "st_no_more_days": ("dont want any more days", "don't want any more days", "ab aur din nahi chahiye",
                        "और दिन नहीं चाहिए"),
    "st_nobody_needs": ("किसी को मेरी जरूरत नहीं", "kisi ko meri zarurat nahi", "कुणाचीच need नाही",
                        "मी पण कुणाला नको", "mi pan kunala nako", "माझी कुणाला गरज", "majhi kunala garaj",
                        "koi fayda nahi mera", "कोई फायदा नहीं मेरा"),
    "st_end_signal": ("बिना बाप के", "bina baap ke", "संपवतो", "sampavto", "फोन उचलत नाहीत", "phone uchlat nahit",
                      "khel khatam", "खेल खत्म"),
    "st_life_thrown": ("जिंदगी उतार के फेंक", "zindagi utaar ke phenk", "ज़िंदगी उतार के फेंक"),
    "st_think_ending": ("ending के बारे में सोचता", "ending ke bare me sochta", "ending ke baare mein sochta"),
    "st_last_thing": ("last thing left to do", "kadhich nahi", "कधीच नाही", "hisab kitab kar diya",
                      "हिसाब किताब कर दिया", "अब जल्दी उसकी ज़रूरत", "मैं चला गया तो", "main chala gaya to",
                      "or any day", "wont be coming for duty", "won't be coming for duty"),
    "st_date_set": ("date rakh li", "तारीख ठरवली", "tarikh tharavli", "date fix kar li"),
    "st_sorry_all": ("sorry saglyanna", "sorry sagalyana", "सगळ्यांचे thanks"),
    "st_tied_up_there": ("pe rassi baandh", "pe rassi bandh", "झाडाला दोरी", "zadala dor", "gath bandhun",
                         "गाठ बांधून", "fanda banaya", "फंदा बनाया"),
    "st_tonight": ("aaj ratri", "आज रात्री", "aaj raat", "आज रात", "tonight", "wahi jaunga", "वहीं जाऊंगा"),
    "st_hot": ("garam", "गरम", "hot", "istri", "इस्त्री"),
    "st_pressed_on_me": ("दाबून धरला", "pressed my wrist", "held it there", "haatala lavli", "हाताला लावली",
                         "हाथ रख के खड़ा", "जब तक छाला"),
    "st_slapped_self": ("स्वतःलाच कानाखाली", "swatalach kanakhali", "khud ko thappad", "apne aap ko thappad"),
    "st_sharp": ("compass", "कंपास", "kachane", "काचेने", "burette", "test tube", "टेस्ट ट्यूब"),
    "st_scraped": ("हात खरवडतो", "hat kharavadto", "managtavar ragadla", "मनगटावर", "on my forearm", "forearm"),
    "st_burn_marks": ("जलने के बहुत निशान", "जलने के निशान", "jalne ke nishan", "burn marks"),
    "st_did_it_self": ("खुद किया", "khud kiya", "swatah kela", "स्वतः केलं"),
    "st_status": ("status thevla", "स्टेटस ठेवला", "story takli", "final sign off", "last status"),
    "st_no_need_now": ("ata garaj nahi", "आता गरज नाही", "ab zarurat nahi", "अब ज़रूरत नहीं"),
    "st_lab_chem": ("methanol", "मिथेनॉल", "HCl", "acid", "अॅसिड", "ऍसिड", "अॅसिडची", "परमँगनेट*", "permanganate",
                    "मरक्यूरिक*", "mercuric", "caustic", "कॉस्टिक", "celphos"),
    "st_will_take": ("पिणार", "pinar", "पी लूं", "pee lu", "pee lunga", "pi lunga", "पी लूंगा", "finish it tonight", "going to finish it", "निगल लूंगा",
                     "nigal lunga", "गिळले", "gilale", "ghenar", "घेणार", "ग्लासात ओतलंय", "in a glass"),
    "st_lab_work": ("practical", "experiment", "students", "titration", "मुलांसाठी", "प्रॅक्टिकल", "साफ", "clean"),
    "st_pill_strips": ("डोलो", "dolo", "कॉम्बिफ्लेम", "combiflam", "जितनी पत्तियां"),
    "st_ate_all": ("सब खा गया", "sab kha gaya", "सगळ्या खाल्ल्या", "sagalya khallya"),
    "st_club": ("लाठीने", "lathine", "lathi se", "लाठी से"),
    "st_finish_him": ("संपवणार", "sampavnar", "khatam kar dunga", "खत्म कर दूंगा"),
    "st_fingers_broken": ("bota todnar", "बोटं तोडणार", "ungliyan tod dunga", "उंगलियां तोड़ दूंगा"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACES = (*WATER_OR_RAIL, *HIGH_PLACES, "st_place", "dc_bridge", "nm_mast", "water_body", "rope_named")

SILO_TOP_AND_THE_ONE_WAY_TRIP: tuple[Combination, ...] = (
    Combination(S, (_g(*_PLACES), _g("st_final_move")), 24, across=True),
    Combination(S, (_g("mz_wont_do_anything"), _g("st_final_move")), 30, across=True),
    Combination(S, (_g("st_decided"), _g("rail_line", "tg_train_named", "mz_train_word", "st_place", *WATER_OR_RAIL)),
                20, across=True),
    Combination(S, (_g("st_sorry_tired"), _g("st_finish_tonight")), 12, across=True),
    Combination(OD, (_g("poison", "farm_poison"), _g("st_finish_tonight")), 12, across=True),
    Combination(S, (_g("st_no_more_days"),)),
    Combination(S, (_g("st_nobody_needs"), _g("st_end_signal")), 20, across=True),
    Combination(S, (_g("st_life_thrown"),)),
    Combination(S, (_g("st_think_ending"),)),
    Combination(S, (_g("insurance", "mz_policy", "mz_nominee", "nm_pf"), _g("st_last_thing")), 20, across=True),
    Combination(S, (_g("st_date_set"), _g("nm_pf", "insurance", "mz_policy", "nm_dont_tell")), 20, across=True),
    Combination(S, (_g("st_sorry_all"), _g("st_sorry_tired", "nm_look_after", "dc_look_after")), 12, across=True),
    Combination(S, (_g("st_tied_up_there"), _g("st_tonight")), 16, across=True),
    Combination(S, (_g("st_status"), _g("dc_all_over", "st_final_move", "st_place")), 20, across=True),
    Combination(S, (_g("nm_gave_away"), _g("st_no_need_now")), 14, across=True),
    Combination(SH, (_g("st_hot"), _g("st_pressed_on_me")), 8),
    Combination(SH, (_g("st_slapped_self"),)),
    Combination(SH, (_g("st_sharp"), _g("st_scraped")), 8),
    Combination(SH, (_g("st_burn_marks"), _g("st_did_it_self")), 20, across=True),
    Combination(OD, (_g("st_lab_chem"), _g("st_will_take")), 12, across=True, unless=_g("st_lab_work"),
                unless_reach=8),
    Combination(OD, (_g("st_pill_strips"), _g("st_ate_all", "cf_all_now")), 12, across=True),
    Combination(Category.HARM_TO_OTHERS, (_g("st_club"), _g("st_finish_him")), 6),
    Combination(Category.HARM_TO_OTHERS, (_g("st_fingers_broken"),)),
)
