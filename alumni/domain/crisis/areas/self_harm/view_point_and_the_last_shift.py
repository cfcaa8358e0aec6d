"""The view point, the gun and the last shift (the reading of rounds 90-91: cash vans, trading screens,
auto-parts lines, casino boats, chikki stalls, Irani cafes), beside the concepts of rounds 88-89 in
last_show_and_the_crossing (the danger places, "not coming back", "bye", "just telling you"):

- the view point, the dam, the jetty or the lake with "not coming back", "I won't come down" or "bye";
- the gun, the 12 bore and "one cartridge is enough for me", or "I just wanted to hear your voice";
- "dead inside, only the body left to finish"; "I won't be anyone's problem from tomorrow"; "settle it
  myself" beside the PF papers or the roof; "square off my life too";
- the policy or the nominee with how to claim written down, or "ready to go"; the last shift and the
  letter in the locker; the note left in the till; the locker emptied and the pay to mother;
- "tomorrow is not for me", "I don't want this life"; the rope tied to the beam; "one more step" at the
  point; deep water and "I'm going there today"; standing before the fast train; "when the next train
  comes"; "I won't do anything" beside "I'd rather not wake up"; praying the machine takes the writer;
  "one thought: end it"; the van driven into the gorge; "I'll go into the water" at the jetty;
- the welding spark, the oven door or the knife on the writer's own body on purpose; blades and blood
  found (reported).

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.last_show_and_the_crossing import HIGH_PLACES, WATER_OR_RAIL
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "mz_gun": ("गन", "gun", "12 bore", "बारा बोर", "cartridge", "काडतुसं", "काडतूस", "kadtus", "revolver", "pistol"),
    "mz_for_me": ("माझ्यासाठी", "mazyasathi", "for me", "mere liye", "apne liye", "safety खोल", "safety khol",
                  "एक पुरेसं", "ek purese", "is enough for me", "ek kafi hai", "एक काफी है"),
    "mz_finish_body": ("body को भी खत्म", "body ko bhi khatam", "शरीर पण संपवायचं", "sharir bhi khatam"),
    "mz_no_more_problem": ("kisi ke liye problem nahi rahunga", "किसी के लिए problem नहीं रहूंगा"),
    "mz_settle_myself": ("settle it myself", "khud settle kar dunga", "सब settle कर दूँगा", "sab settle kar dunga",
                         "येण्याआधीच मी जाणार", "aadhich mi janar"),
    "mz_square_off": ("zindagi bhi square off", "life bhi square off", "zindagi square off"),
    "mz_policy": ("policy", "पॉलिसी", "term policy", "LIC", "एलआयसी", "insurance", "इन्शुरन्स"),
    "mz_claim_how": ("claim कैसे", "claim kaise", "claim कसा", "how to claim", "papers r in", "papers are in",
                     "file अलमारी में", "blue file", "लिहून ठेवलंय", "likhun thevlay", "lihun thevlay"),
    "mz_ready_to_go": ("जायला ready", "jayla ready", "jane ke liye ready", "ready to go"),
    "mz_last_shift": ("last shift", "आखिरी shift", "शेवटची shift", "shevatchi shift"),
    "mz_last_day": ("last दिन", "last din", "aakhri din", "आखिरी दिन", "letter for my mother", "चिठ्ठी", "chitthi",
                    "letter in my locker"),
    "mz_letter_left": ("चिठ्ठी लिहून", "chitthi lihun", "chitthi likh ke", "चिट्ठी लिख के", "letter likh ke"),
    "mz_kept": ("ठेवली", "thevli", "rakhi", "rakh di", "रख दी"),
    "mz_emptied_locker": ("लॉकर रिकामं", "locker rikama", "locker khali", "cleared my locker", "emptied my locker"),
    "mz_im_going": ("मी चाललो", "mi challo", "main chala", "मैं चला", "not tomorrow not ever"),
    "mz_pay_to_mother": ("pagaar to my mother", "पगार आईला द्या", "pagar aaila dya", "salary to my mother",
                         "tankhwah maa ko"),
    "mz_no_tomorrow_for_me": ("उद्याचा दिवस माझ्यासाठी नाही", "udyacha divas mazyasathi nahi", "kal ka din mere liye nahi",
                              "no tomorrow for me"),
    "mz_dont_want_life": ("हा जीवच नको", "ha jivach nako", "जीवच नको", "ye zindagi nahi chahiye", "यह ज़िंदगी नहीं चाहिए"),
    "mz_beam": ("तुळईला", "tulaila", "तुळई", "वाशाला"),
    "mz_tied_it": ("बांधलाय", "bandhlay", "बांधला", "bandhla", "बांधली", "bandhli"),
    "mz_one_step": ("बस एक step और", "bas ek step", "ek step aur", "one more step"),
    "mz_gone_for_good": ("stopped showing up permanently", "disappear permanently"),
    "mz_deep": ("गहरी", "gehra", "gehri", "गहरा", "खोल आहे", "khol ahe", "deep"),
    "mz_going_there": ("आज वहीं जा रहा", "wahi jaunga", "aaj wahi ja raha", "वहीं जाऊंगा", "tithech janar"),
    "mz_stand_in_front": ("samor ubha rahnar", "समोर उभा राहणार", "saamne khada ho jaunga", "सामने खड़ा हो जाऊंगा",
                          "stand in front"),
    "mz_next_train": ("पुढची गाडी आली की", "pudhchi gadi aali ki", "agli train aayi to", "अगली ट्रेन आई तो"),
    "mz_not_wake": ("subah na uthu", "सुबह ना उठूं", "na uthu to accha", "never wake up", "udya uthu naye",
                    "ब्रेक फेल हो जाए", "break fail ho jaye", "और मैं ना बचूँ", "main na bachu"),
    "mz_ask_god": ("भगवान से रोज माँगता", "bhagwan se mangta", "देवाकडे मागतो", "devakade magto", "pray that"),
    "mz_i_go": ("मैं चला जाऊँ", "मैं चला जाऊं", "main chala jaun", "mai chala jau", "मी जावं", "mi java"),
    "mz_end_it": ("संपवून टाकावं", "sampvun takava", "खत्म कर दूं", "khatam kar du"),
    "mz_one_thought": ("एकच विचार", "ekach vichar", "ek hi khayal", "एक ही ख्याल"),
    "mz_drive_into": ("सरळ दरीत घालायची", "दरीत घालायची", "darit ghalaychi", "gadi darit ghalto", "गाडी दरीत घालतो",
                      "khai me gaadi", "khai me daal dunga"),
    "mz_into_water": ("paani me chala jaunga", "पानी में चला जाऊंगा", "paanyat jain", "पाण्यात जाईन", "into the water"),
    "mz_climb": ("chadhnar", "चढणार", "chadhun", "चढून", "chadhunga", "चढूंगा"),
    "mz_blades_blood": ("blades and blood", "blade aur khoon", "ब्लेड आणि रक्त", "ब्लेड और खून"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

VIEW_POINT_AND_THE_LAST_SHIFT: tuple[Combination, ...] = (
    Combination(S, (_g(*WATER_OR_RAIL, *HIGH_PLACES, "tg_ghat_road", "mz_climb", "tg_climbed"), _g("mz_wont_come_back")),
                20, across=True, unless=_g("tg_until"), unless_reach=3),
    Combination(S, (_g("mz_danger_spot"), _g("mz_bye_all")), 16, across=True),
    Combination(S, (_g("mz_wont_come_back"), _g("mz_bye_all")), 16, across=True),
    Combination(S, (_g("mz_bye_all"), _g("high_place", "mz_danger_spot", "tg_tall_thing")), 16, across=True),
    Combination(S, (_g(*HIGH_PLACES), _g("mz_just_telling")), 16, across=True),
    Combination(S, (_g("mz_gun"), _g("mz_for_me", "mz_just_telling")), 12, across=True),
    Combination(S, (_g("mz_finish_body"),)),
    Combination(S, (_g("mz_no_more_problem"),)),
    Combination(S, (_g("mz_settle_myself"), _g("insurance", "mz_policy", "mz_nominee", "mz_claim_how", *HIGH_PLACES,
                                               "mz_do_so", "mz_no_answer")), 20, across=True),
    Combination(S, (_g("mz_square_off"),)),
    Combination(S, (_g("insurance", "mz_policy", "mz_nominee"), _g("mz_claim_how", "mz_ready_to_go", "mz_written")),
                14, across=True),
    Combination(S, (_g("mz_last_shift"), _g("mz_last_day")), 20, across=True),
    Combination(S, (_g("mz_letter_left"), _g("mz_kept")), 6),
    Combination(S, (_g("mz_emptied_locker", "mz_pay_to_mother"), _g("mz_im_going", "mz_wont_come_back",
                                                                     "mz_pay_to_mother")), 16, across=True),
    Combination(S, (_g("mz_no_tomorrow_for_me"),)),
    Combination(S, (_g("mz_dont_want_life"),)),
    Combination(S, (_g("mz_beam"), _g("rope_named", "tg_cord", "mz_rope_taken"), _g("mz_tied_it")), 6),
    Combination(S, (_g(*HIGH_PLACES, "mz_danger_spot"), _g("mz_one_step")), 16, across=True),
    Combination(S, (_g("mz_gone_for_good"),)),
    Combination(S, (_g(*WATER_OR_RAIL, "tg_ghat_road"), _g("mz_deep"), _g("mz_going_there", "tg_forgive_me")), 20,
                across=True),
    Combination(S, (_g("tg_station", "mz_train_word", "mz_train_time", "tg_train_named"), _g("mz_stand_in_front")), 12,
                across=True),
    Combination(S, (_g("mz_next_train"),)),
    Combination(S, (_g("mz_wont_do_anything"), _g("mz_not_wake")), 30, across=True),
    Combination(S, (_g("mz_ask_god"), _g("mz_i_go")), 14),
    Combination(S, (_g("mz_one_thought"), _g("mz_end_it")), 8),
    Combination(S, (_g("mz_drive_into"),)),
    Combination(S, (_g(*WATER_OR_RAIL), _g("mz_into_water", "tg_step_off")), 16, across=True),
    Combination(S, (_g("mz_not_coming_home"), _g("tg_phone_off")), 16, across=True),
    Combination(SH, (_g("mz_hot_thing"), _g("hand_part", "mz_on_my_body"), _g("mz_on_purpose")), 8, across=True,
                unless=_g("gp_mishap", "by_accident"), unless_reach=3),
    Combination(SH, (_g("mz_blades_blood"),)),
)
