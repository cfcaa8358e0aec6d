"""Suicide, self-harm and overdose told through fishing villages (round 31, holdout 95: Koli
families of Versova, Worli, Uran, Alibag, Ratnagiri, Malvan and the Gujarat coast):

- the boat taken out alone into a storm, not to come back: "उद्या storm warning आहे, मी boat
  काढणार आणि परत नाही", "mi ekta jaanar dariyat", "दरवर्षी दर्या कोणाला तरी नेतो, यंदा मी
  स्वतःहून जाणार"; the boat down with the writer on it for the insurance, or capsized "and better";
- the sea calling or taking, and the writer ready: "sea took my father in 2009. i think its
  calling me now and honestly im ready", "समुंदर ... मुझे भी ले जाए, मैं तैयार हूँ";
- the jetty's end with one step left or the tide coming in; the creek walked into, "next time i
  wont turn back"; slipping off the boat at night unknown to all; the lighthouse seen the last
  time; the Sea Link and not stopping today;
- the last words: find a new sailor, my things given to my brother and nothing needed now, tell
  them it was not their fault, the only way out of the debts, no use to anyone;
- told by others: two days on the boat, not eating, "no use"; gone to the sea alone; a diesel
  can in the shed;
- the spray bottle's gulp and the vomiting; a double dose on purpose, not to wake;
- a hand on the hot griddle or the engine's exhaust on purpose, the net's hook, an ice pick.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # (not "vadal" alone: it folds onto "vadhla", grew)
    "ss_storm": ("storm", "storm warning", "cyclone", "toofan", "तूफान", "तूफ़ान", "वादळात", "vadalat", "वादळाचा",
                 "vadalacha", "चक्रवात", "chakravat"),
    "ss_sea": ("dariya*", "दर्या*", "दरिया*", "samudra*", "समुद्र*", "समुंदर", "samundar", "sea", "the sea",
               "लहरों", "laharon", "waves"),
    "ss_out_alone": ("ekta jaanar", "एकटा जाणार", "ekta janar", "akela hodi", "अकेला होडी", "boat काढणार",
                     "boat kadhnar", "hodi leke nikal", "होडी लेके निकल", "स्वतःहून जाणार", "swatahun janar",
                     "go out alone", "alone into the"),
    "ss_not_back": ("आणि परत नाही", "ani parat nahi", "mi parat yenar nahi", "मी परत येणार नाही",
                    "wapas nahi aane wala", "वापस नहीं आने वाला", "wapas aane ka koi plan nahi",
                    "वापस आने का कोई प्लान नहीं", "not coming back", "wont come back", "won't come back",
                    "परत न येण्याचा", "parat na yenyacha"),
    "ss_calls_or_takes": ("calling me", "its calling", "आवाज़ बुलाती", "आवाज बुलाती", "awaaz bulati", "मुझे भी ले जाए",
                          "mujhe bhi le jaye", "mala pan ne", "मला पण ने", "take me too"),
    "ss_ready": ("im ready", "i'm ready", "i am ready", "मैं तैयार हूँ", "मैं तैयार हूं", "main taiyar hu",
                 "मी तयार आहे", "mi tayar ahe", "वहीं जाकर चैन", "wahi jaakar chain"),
    "ss_tide": ("bharti yetey", "भरती येतेय", "भरती येतेय", "high tide", "tide coming", "tide is coming"),
    "ss_wont_turn_back": ("wont turn back", "won't turn back", "will not turn back", "मागे फिरणार नाही",
                          "mage phirnar nahi", "वापस नहीं मुड़ूंगा", "wapas nahi mudunga"),
    # (not "khadi" alone: it folds onto "kadhi", when)
    "ss_creek": ("creek", "खाडीत", "khadit", "खाडीच्या", "khadichya", "walked into the"),
    "ss_off_the_boat": ("बोटीवरून", "botivarun", "hodivarun", "होडीवरून", "boat se", "off the boat"),
    "ss_slip_off": ("उतरणार", "utarnar", "utar jaunga", "उतर जाऊंगा", "slip off", "slip over"),
    "ss_last_look": ("शेवटचा बघतोय", "shevatcha baghtoy", "शेवटचं बघतोय", "aakhri baar dekh raha",
                     "आखिरी बार देख रहा", "seeing it for the last time", "for the last time"),
    "ss_shore": ("beach", "बीच", "किनाऱ्यावर", "kinaryavar", "lighthouse", "दीपगृह", "jetty", "sea link", "सी लिंक",
                 "sealink"),
    "ss_boat_down": ("boat goes down", "goes down with me", "hodi ultavli", "होडी उलटवली", "boat palat jaye",
                     "बोट पलट जाए", "होडी उलटली"),
    "ss_insurance": ("insurance", "बीमा", "bima", "विमा", "vima", "bara hoil", "बरं होईल", "thats the plan"),
    "ss_new_hand": ("नवीन खलाशी शोधा", "navin khalashi shodha", "find someone else", "dusra aadmi dhundh lo",
                    "दूसरा आदमी ढूंढ लो", "find a new", "नवीन माणूस शोधा"),
    # (English "won't need" is read with the things replaced, figures_of_speech.py)
    "ss_wont_need": ("गरज नाही पडणार", "garaj nahi padnar", "zarurat nahi padegi",
                     "ज़रूरत नहीं पड़ेगी", "kahi lagnar nahi", "काही लागणार नाही", "kuch nahi chahiye ab"),
    "ss_given_things": ("bhavala dila", "भावाला दिला", "भावाला दिले", "sagle kapde", "सगळे कपडे", "de diya sab",
                        "दे दिया सब"),
    "ss_tell_them": ("घर वालों से कह देना", "ghar walon se keh dena", "aai la sanga", "आईला सांगा", "tell my family",
                     "tell mom", "मम्मी को बोलना", "mummy ko bolna", "tell them"),
    "ss_not_their_fault": ("उन्होंने कुछ गलत नहीं किया", "unhone kuch galat nahi kiya", "majhi chuk navhti",
                           "माझी चूक नव्हती", "not their fault", "its not their fault", "uski galti nahi",
                           "कोणाचा दोष नाही", "konacha dosh nahi", "थक गया था", "thak gaya tha"),
    "ss_stop_it_all": ("thambavto sagla", "थांबवतो सगळं", "sab rok dunga", "stop it all", "sampavun takto",
                       "संपवूनच टाकतो", "sampavunach takto"),
    # (the way out of everything, not of a parking lot: "only one way out" alone stays quiet)
    "ss_one_way_out": ("सुटायचा एकच रस्ता", "sutaycha ekach rasta", "सगळ्यातून सुटायचा", "sagalyatun sutaycha",
                       "sab se chhutne ka ek hi rasta", "सब से छूटने का एक ही रास्ता"),
    "ss_no_use": ("कोणाच्याच कामाचा नाही", "konachyach kamacha nahi", "kisi kaam ka nahi", "किसी काम का नहीं",
                  "majha kahi upyog nahi", "माझा काही उपयोग नाही", "no use to anyone"),
    "ss_not_eating": ("jevat nahi", "जेवत नाही", "jevla nahi", "जेवला नाही", "khana nahi kha raha",
                      "खाना नहीं खा रहा", "not eating", "utarlach nahi", "उतरलाच नाही"),
    "ss_only_this_left": ("अब बस यह", "ab bas ye", "बस यह रस्सी", "only this rope", "just this rope", "ab bas yahi"),
    "ss_going_now": ("मैं जा रहा हूं", "मैं जा रहा हूँ", "main ja raha hu", "मी जातोय", "mi jatoy", "im going now",
                     "i'm going now"),
    "ss_went_towards": ("की तरफ गया", "ki taraf gaya", "कडे गेला", "kade gela", "went towards", "headed to"),
    "ss_gone_alone": ("एकटा गेला", "ekta gela", "अकेला गया", "akela gaya", "went alone"),
    "ss_wont_be_there": ("mi udya nasen", "मी उद्या नसेन", "udya nasen", "उद्या नसेन", "kal main nahi rahunga",
                         "कल मैं नहीं रहूंगा"),
    "ss_spray": ("phavarnichi", "फवारणीची", "favarnichi", "spray chi", "फवारणीचं"),
    "ss_gulp_taken": ("ghot marla", "घोट मारला", "ghot ghetla", "घोट घेतला", "took a gulp", "gulped"),
    "ss_vomiting": ("ulti", "उलटी", "ulti hotey", "उलटी होतेय", "vomit*"),
    "ss_double_dose": ("डबल डोस", "double dose", "dabal dos", "दुप्पट डोस"),
    "ss_not_to_wake": ("उठायचं नाही", "uthaycha nahi", "don't want to wake", "dont want to wake", "नहीं उठना",
                       "nahi uthna"),
    "ss_hot_surface": ("गरम तव्यावर", "garam tavyavar", "hot tawa", "तवे पर", "engine exhaust", "the exhaust",
                       "silencer", "सायलेन्सर"),
    "ss_hook": ("hook ने", "hookne", "hook se", "हुकने", "हुक से", "ice pick", "आईस पिक"),
    "ss_scratch": ("ओरबाडतो", "orbadto", "ओरबाडले", "चुभाया", "chubhaya", "scratch", "scratched"),
    "ss_fuel_can": ("diesel चा कॅन", "diesel cha can", "डिझेलचा कॅन", "diesel can", "petrol ka can",
                    "रॉकेलचा डबा", "rockel cha daba"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SEA_STORM_AND_JETTY: tuple[Combination, ...] = (
    Combination(S, (_g("ss_storm", "ss_sea"), _g("ss_out_alone", "ss_not_back")), 14, across=True,
                unless=_g("laugh")),
    Combination(S, (_g("ss_sea"), _g("ss_calls_or_takes", "ss_ready")), 16, across=True),
    Combination(S, (_g("jh_jetty"), _g("river_god_enough_or_step", "ss_tide")), 14, across=True),
    Combination(S, (_g("ss_creek", "water_body"), _g("ss_wont_turn_back")), 16, across=True),
    Combination(S, (_g("ss_off_the_boat"), _g("ss_slip_off"), _g("mr_none_would_know")), 10, across=True),
    Combination(S, (_g("ss_shore", "posture"), _g("ss_last_look")), 10, across=True),
    Combination(S, (_g("ss_shore"), _g("bp_wont_stop")), 14, across=True),
    Combination(S, (_g("if_clause"), _g("ss_boat_down"), _g("ss_insurance", "better")), 14, across=True),
    Combination(S, (_g("ss_new_hand"), _g("ss_wont_need")), 12, across=True),
    Combination(S, (_g("ss_given_things"), _g("ss_wont_need")), 12, across=True),
    Combination(S, (_g("ss_tell_them"), _g("ss_not_their_fault", "ss_stop_it_all")), 16, across=True),
    Combination(S, (_g("ss_one_way_out"),), 0),
    Combination(S, (_g("ss_no_use"), _g("ss_stop_it_all", "ss_not_eating", "end")), 16, across=True),
    Combination(S, (_g("ligature"), _g("ss_only_this_left")), 4),
    Combination(S, (_g("jh_jetty"), _g("ss_going_now"), _g("ss_went_towards")), 12, across=True),
    Combination(S, (_g("kg_gone_days", "ss_not_eating"), _g("ss_sea"), _g("ss_gone_alone")), 16, across=True),
    Combination(S, (_g("ss_fuel_can"), _g("mr_in_with_rope", "posture", "sits_there"), _g("mr_hurry")), 12,
                across=True),
    Combination(S, (_g("ss_wont_be_there"),), 0),
    Combination(OD, (_g("ss_spray"), _g("ss_gulp_taken"), _g("ss_vomiting")), 10, across=True),
    Combination(OD, (_g("ss_double_dose"), _g("on_purpose", "ss_not_to_wake")), 10, across=True),
    Combination(SH, (_g("ss_hot_surface"), _g("hand_part", "hod_hand"), _g("on_purpose")), 14, across=True),
    Combination(SH, (_g("hand_part", "hod_hand"), _g("strike", "beat_verb"), _g("gv_hard_surface")), 6),
    Combination(SH, (_g("ss_hook"), _g("ss_scratch"), _g("hand_part", "hod_hand")), 6),
)
