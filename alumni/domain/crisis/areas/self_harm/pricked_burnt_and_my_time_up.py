"""Self-harm with the bench's small tools and heated metal, and suicide told as the writer's time up,
the last season, the step, the water walked into (the reading of rounds 70-71: horse-cart drivers,
newspaper vendors, watch repairers, balloon sellers, cycle mechanics, egg-cart vendors):

- the writer pricking their own hand with tweezers, a pin or a chimta, or a wire pulled tight till it
  bleeds, every day: "tweezers से खुद को चुभोता रहता हूं", "chimtyane hatala tochun ghetoy roj" (a pin
  that pricked by accident, once, stays quiet: no habit and no self);
- heated metal held to the body: "चुलीवर पाना तापवून मांडीवर ठेवला", "garam tilli se kalai jalayi";
- punches to one's own face, the head banged again and again: "स्वतःलाच ठोसे मारतो तोंडावर", "डोकं
  टेबलावर आपटलं किती वेळा" (a head bumped on a door, once, stays quiet);
- the writer's time up, the kids sent away or to be looked after, the work done: "ab lagta hai mera bhi
  time poora. ammi ko salaam kehna", "बच्चों को भैया के पास गाँव भेज दिया है, अब मेरा हिसाब पूरा";
- no use left in this world, no reasons to stay alive tonight, what am I living for, nobody's problem
  by Monday, quiet for ever, the writer's last rain;
- the gorge that calls every day, one step forward by the train or the edge, standing at the edge
  with the kids to be looked after, beyond the bridge's railing;
- the water walked into, the thought of going back to the bridge, "आज नहीं कूदा, कल का पता नहीं";
- a place to tie the rope picked, the hook that will hold the writer, the fan and the rope looked at;
- a plastic bag over the head, or with the balloon gas to sleep;
- one way left, to go up; "मीच सुटतो आता, the end";
- the writer's things given away with "I won't need it now" or "we won't meet again"; "I won't be
  there from tomorrow, not ever" (a trip or a new job named stays quiet).

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Pricking: "चुभोता", "टोचतो", "pressing the tweezers into my palm".
    "mt_prick": ("टोचतो", "टोचलं", "टोचले", "tochto", "tochla", "tochun", "चुभोता", "चुभोती", "chubhota", "chubhoya",
                 "chubhata", "चुभाता", "pressing the tweezers into", "pricking myself", "prick myself", "poke myself",
                 "छेद करता", "chhed karta", "छेद किया", "chhed kiya"),
    "mt_small_point": ("tweezers", "चिमटा", "chimta", "chimtyane", "चिमट्याने", "pin", "पिन", "needle", "सुई", "sui",
                       "compass", "कंपास", "taar", "तार", "wire"),
    "mt_body": ("hatala", "हाताला", "haath", "हाथ", "hath", "palm", "kalai", "कलाई", "मांडीवर", "mandivar", "manget", "thigh", "arm", "बाह", "baah", "मनगट", "managat", "मनगटावर", "wrist"),
    "mt_blood": ("till it bleeds", "khoon nikal aaya", "खून निकल आया", "khoon aa gaya", "rakta yeta", "रक्त येतं",
                 "रक्त येते", "रक्त आलं", "rakt yeta"),
    "mt_habit": ("roz karta", "रोज करता", "roj", "रोज", "roz", "रोज़", "daily", "every day", "every night", "hiding it",
                 "jaanbujh", "जानबूझ", "on purpose", "raat bhar", "रात भर", "roz karta hu"),
    # Heated metal to the body.
    "mt_heated": ("garam tilli", "गरम तिल्ली", "garam kaadi", "गरम काडी", "तापवून", "tapvun", "गरम करके", "garam karke",
                  "heated", "red hot", "lal garam"),
    "mt_burnt_on": ("jalayi", "jalaya", "जलाई", "जलाया", "जलाता", "jalata", "जाळलं", "jalla", "chatke dile", "चटके दिले",
                    "chatke", "चटके", "ठेवला", "thevla", "pressed"),
    # Punches to oneself; the head banged.
    "mt_punches": ("ठोसे", "ठोसा", "mukke", "मुक्के", "bukke", "बुक्के", "punches", "punched", "punching",
                   "ghoose", "घूंसे"),
    "mt_own": ("swatachya", "स्वतःच्या", "swatahchya", "apne hi", "अपने ही", "my own"),
    "mt_head": ("डोकं", "doka", "सिर", "head", "कपाळ"),
    "mt_bang": ("आपटलं", "आपटले", "aaptla", "aapatla", "patka", "पटका", "पटकता", "banged", "banging"),
    "mt_again": ("किती वेळा", "kiti vela", "kitni baar", "कितनी बार", "again and again", "baar baar", "बार बार",
                 "बार-बार", "parat parat", "परत परत", "रागात", "ragat", "gusse mein", "गुस्से में"),
    # The writer's time up, the work done.
    "mt_time_up": ("mera bhi time poora", "mera time poora", "मेरा टाइम पूरा", "मेरा समय पूरा", "mera samay poora",
                   "my time is up", "my time's up", "माझा वेळ संपला", "maza time sampla", "maza kaam sampla ata",
                   "माझं काम संपलं आता", "mera kaam khatam", "मेरा काम खत्म", "मेरा हिसाब पूरा", "mera hisaab poora",
                   "माझा हिशोब पूर्ण", "maza hishob purna"),
    "mt_no_use_in_world": ("कोई काम नहीं बचा इस दुनिया में", "is duniya mein mera koi kaam nahi",
                           "या जगात माझं काही काम नाही", "ya jagat maza kahi kaam nahi"),
    "mt_salaam_sent": ("ammi ko salaam kehna", "salaam kehna", "सलाम कहना", "सबको मेरा सलाम", "sabko mera salaam",
                       "mera salaam kehna", "मेरा सलाम कहना"),
    "mt_kids_care": ("पोरांना सांभाळा", "porana sambhala", "porana tumhi sambhala", "bachcho ka khayal rakhna",
                     "बच्चों का ख्याल रखना", "take care of kids", "take care of the kids", "take care of my kids",
                     "मुलांना सांभाळा", "mulanna sambhala", "bachon ko sambhalna", "बच्चों को संभालना"),
    "mt_kids_sent": ("bhej diya hai", "भेज दिया है", "bhej diya", "भेज दिया", "pathavla", "पाठवलं", "पाठवले",
                     "kids are at their", "took the kids"),
    "mt_i_go": ("mi chalalo", "मी चाललो", "peeche chala jaunga", "पीछे चला जाऊंगा", "unke peeche", "im going now",
                "i am going now"),
    "mt_reasons_to_live": ("reasons to stay alive", "reason to stay alive", "reasons to live", "जीने की वजह",
                           "jeene ki wajah", "जगण्याचं कारण", "jagnyacha karan"),
    "mt_none": ("zero", "got zero", "none", "koi nahi", "कोई नहीं", "nahi bachi", "नहीं बची", "उरलं नाही", "ek bhi nahi"),
    "mt_what_living_for": ("what am i even living for", "what am i living for", "kiske liye jee raha", "किसके लिए जी रहा",
                           "कशासाठी जगतोय", "kashasathi jagtoy"),
    "mt_no_ones_problem": ("wont be anyones problem", "won't be anyone's problem", "wont be anyone's problem",
                           "kisi par bojh nahi rahunga", "किसी पर बोझ नहीं रहूंगा", "kisi ki problem nahi rahunga"),
    # Quiet or stopped for good.
    "mt_quiet_for_ever": ("कायमचं शांत", "kaymcha shant", "kayamcha shant", "hamesha ke liye shant",
                          "हमेशा के लिए शांत", "quiet forever", "कायमचं थांबायचं", "kaymcha thambaycha",
                          "kayamcha thambaycha", "hamesha ke liye rukna", "हमेशा के लिए रुकना", "stop for good",
                          "stop forever"),
    "mt_last_season": ("माझा शेवटचा पाऊस", "maza shevtacha paus", "meri aakhri barsaat", "मेरी आखिरी बरसात",
                       "my last monsoon", "my last rain", "meri aakhri diwali", "मेरी आखिरी दिवाली", "माझी शेवटची दिवाळी",
                       "my last diwali", "my last holi", "मेरी आखिरी होली"),
    # The gorge that calls, the step forward, the edge, the railing.
    "mt_drop": ("खाई", "khai", "gorge", "cliff", "कडा", "kada", "कड्यावर", "kadyavar", "ravine", "दरी"),
    "mt_calls_me": ("रोज़ बुलाती है", "बुलाती है", "bulati hai", "bulata hai", "बुलाता है", "mala bolavte", "मला बोलावते",
                    "बोलावते", "bolavte",
                    "calls me", "calling me", "is calling me"),
    "mt_one_step": ("one step is all it takes", "एक step पुढे", "ek step pudhe", "एक पाऊल पुढे", "ek paul pudhe"),
    "mt_standing_by": ("standing at", "train जवळ आली", "train javal aali", "train paas aati",
                       "ट्रेन पास आती"),
    "mt_at_the_edge": ("कड्यावर उभा", "kadyavar ubha", "edge pe khada", "किनारे पर खड़ा", "standing at the edge"),
    "mt_beyond_railing": ("reling ke us paar", "railing ke us paar", "railing ke bahar", "रेलिंग के उस पार",
                          "other side of the railing", "कठड्याच्या पलीकडे", "kathdyachya palikade", "outside the railing"),
    # The water walked into; going back there; not today.
    "mt_walk_into": ("पाण्यात चालत जायचं", "panyat chalat jaycha", "tyat chalat janar", "त्यात चालत जाणार",
                     "walk into the sea", "walk into the water", "pani mein chalta jaunga", "पानी में चलता जाऊंगा",
                     "samudrat chalat", "समुद्रात चालत"),
    "mt_going_there_thought": ("tithech jaycha vichar", "तिथेच जायचा विचार", "wahin jaane ka khayal",
                               "वहीं जाने का ख्याल", "wahin jaane ka mann"),
    "mt_not_today": ("आज नहीं कूदा", "aaj nahi kooda", "aaj nahi kuda", "didn't jump today", "didnt jump today",
                     "aaj udi nahi marli", "आज उडी नाही मारली"),
    # The rope's place, the hook that holds, the fan and the rope.
    "mt_rope_spot": ("दोरी बांधायची जागा", "dori bandhaychi jaga", "rassi baandhne ki jagah", "रस्सी बांधने की जगह",
                     "place to tie the rope", "spot to hang"),
    "mt_holds_me": ("it will hold me", "will hold me also", "will hold my weight", "मेरा वजन झेल लेगा",
                    "mera wajan jhel lega", "माझं वजन पेलेल", "maza vajan pelel"),
    "mt_hook": ("hook", "हुक", "beam", "fan", "pankha", "पंखा", "पंख्याकडे", "pankhyakade", "kadi", "कडी"),
    "mt_fan": ("fan", "pankha", "पंखा", "पंख्याकडे", "pankhyakade", "ceiling fan", "पंख्याला", "pankhyala"),
    "mt_rope": ("दोरी", "दोरीकडे", "dori", "rassi", "रस्सी", "rope"),
    # A plastic bag over the head; the balloon gas.
    "mt_plastic_bag": ("प्लास्टिकची पिशवी", "plastic pishavi", "plastic pishvi", "plastic bag", "polythene", "पॉलिथीन",
                       "plastic ki thaili", "प्लास्टिक की थैली", "प्लास्टिकची मोठी पिशवी"),
    "mt_over_head": ("डोक्यावर घालून", "dokyavar ghalun", "sar pe daal", "सिर पे डाल", "over my head", "over his head",
                     "on my head"),
    "mt_gas_tank": ("गॅसची टाकी", "gas chi taki", "gas tank", "helium", "हीलियम", "cylinder chi pipe", "gas cylinder",
                    "सिलेंडर", "cylinder"),
    "mt_sleep_or_sit": ("झोपणार", "zopnar", "sleep", "so jaunga", "सो जाऊंगा", "basla hota", "बसला होता", "gheun basla"),
    # One way left: up.
    "mt_one_way_left": ("ek rasta bacha hai", "एक रास्ता बचा", "bas ek rasta", "only one way left", "एकच मार्ग",
                        "ekach marg", "ek hi raasta", "ek hi rasta"),
    "mt_up": ("upar jaane", "ऊपर जाने", "upar jaane ka", "upar chala", "ऊपर चला"),
    "mt_i_get_free": ("मीच सुटतो", "mich sutto", "mi sutto ata", "मी सुटतो आता", "मीच सुटेन", "main hi chhoot jaunga",
                      "मैं ही छूट जाऊंगा"),
    "mt_the_end": ("the end", "कधी सुटणार नाही", "kadhi sutnar nahi"),
    # The writer's things given, no meeting again, no need now.
    "mt_give": ("de dena", "दे देना", "ko dena", "को देना", "द्या", "dya", "give my", "give him my", "de do", "दे दो"),
    "mt_no_meeting_again": ("milna nahi hoga", "मिलना नहीं होगा", "ab milna nahi", "अब मिलना नहीं", "won't see you again",
                            "wont see you again", "पुन्हा भेट होणार नाही", "punha bhet honar nahi", "ab mulakat nahi hogi",
                            "अब मुलाकात नहीं होगी"),
    "mt_my_accounts": ("हिसाब", "hisaab", "hisab", "diary", "डायरी", "line diary"),
    "mt_wont_need_now": ("गरज लागणार नाही", "garaj lagnar nahi", "mala ata garaj", "मला आता गरज"),
    # Not there from tomorrow, not ever.
    "mt_i_wont_be": ("mi nasnar ata", "मी नसणार आता", "udyapasun mi nasnar", "उद्यापासून मी नसणार", "na main rahunga",
                     "ना मैं रहूंगा"),
    "mt_wont_come": ("येणार नाही", "yenar nahi", "won't be at", "wont be at", "nahi aaunga", "नहीं आऊंगा"),
    "mt_never": ("कधीच नाही", "kadhich nahi", "not tomorrow not ever", "not ever", "kabhi nahi", "कभी नहीं", "anymore"),
    "mt_trip_or_job": ("gaon", "गांव", "gavala", "गावाला", "leave", "chutti", "सुट्टी", "tour", "naukri", "नौकरी", "job",
                       "kaam milala", "काम मिळालं", "trip", "weekend", "holiday", "vacation", "transfer", "shift", "duty", "bar", "adda", "अड्डा", "theka",
                       "ठेका", "daru", "दारू", "office", "meeting", "class", "canada", "dubai", "gulf", "abroad", "videsh",
                       "विदेश"),
    # Nobody will notice; better for everyone.
    "mt_nobody_will_notice": ("nobody will notice", "nobody would notice", "no one will notice",
                              "kisi ko farak nahi padega", "किसी को फर्क नहीं पड़ेगा", "कोणाला फरक पडणार नाही",
                              "konala farak padnar nahi"),
    "mt_better_for_all": ("better for everyone", "sabke liye behtar", "सबके लिए अच्छा", "sagalyansathi bara", "bye"),
    # It all to stop; this life.
    "mt_all_to_stop": ("i want it all to stop", "want it all to stop", "want everything to stop", "sab ruk jaye",
                       "सब रुक जाए", "sagla thambava", "सगळं थांबावं"),
    "mt_this_life": ("this life", "is zindagi", "ही जिंदगी", "whats the point", "what's the point", "kya fayda",
                     "क्या फायदा"),
    "mt_last_words": ("meri aakhri baat", "मेरी आखिरी बात", "my last words", "शेवटचं सांगतो", "shevtacha sangto"),
    # The lake's, in Marathi's genitive: "Ambazari talavachya kathavar" (widens the area's list).
    "water_body": ("talavachya", "तलावाच्या", "talavachya kathavar", "तलावाच्या काठावर"),
    # No wish to come back (widens village_places.py's list).
    "wont_return": ("parat yaycha mann nahi", "परत यायचं मन नाही", "parat yaycha man nahi", "vapas aane ka man nahi",
                    "वापस आने का मन नहीं", "don't feel like coming back", "dont feel like coming back"),
    # Waiting for the fast train, not to board it.
    "mt_fast_train": ("waiting for the fast one", "waiting for the fast train", "fast local ki wait", "फास्ट लोकलची वाट",
                      "fast localchi vaat", "fast gaadi ka intezaar", "फास्ट गाडीची वाट"),
    "mt_not_boarding": ("not getting in it", "not getting in", "not boarding", "चढणार नाही", "chadhnar nahi",
                        "nahi chadhunga", "नहीं चढ़ूंगा"),
    # A dead thing to be thrown out.
    "mt_dead_thing": ("i am a dead cell", "im a dead cell", "i am a dead battery", "i am dead weight", "main dead cell hun"),
    "mt_thrown_out": ("better to be thrown out", "throw me out", "mujhe phenk do", "mala phekun dya", "मला फेकून द्या"),
    # Feared by the family: "kuch kar na le".
    "mt_might_do_it": ("kuch kar na le", "कुछ कर न ले", "kuch kar na baithe", "कुछ कर न बैठे", "kahi karun ghenar nahi na",
                       "काही करून घेणार नाही ना", "kuch ulta seedha na kar le", "कुछ उल्टा सीधा न कर ले",
                       "might do something to himself"),
    # If I am gone, they are left alone.
    "mt_left_alone": ("will stop coming", "stop coming to", "will leave them alone", "पीछा छोड़", "pichha chhod",
                      "त्रास बंद होईल", "tras band hoil"),
    # Better that such a father not be.
    "mt_not_being_better": ("ना होना ही अच्छा", "na hona hi achha", "na hona hi accha", "नसलेलाच बरा", "naslelach bara"),
    "mt_role": ("बाप", "baap", "father", "पति", "navra", "नवरा", "aai", "mother"),
    # After tonight, my account.
    "mt_after_tonight": ("aaj raat ke baad", "आज रात के बाद", "after tonight", "आजच्या रात्रीनंतर", "aajchya ratri nantar"),
    # A rope and a letter; a letter left and not back.
    "mt_letter": ("letter", "चिठ्ठी", "chitthi", "chiththi", "note", "पत्र", "chitti"),
    "mt_written_left": ("लिहून ठेवली", "lihun thevli", "likh ke gaya", "लिख के गया", "likh kar gaya", "left a note"),
    "mt_not_back": ("did not come back", "didn't come back", "didnt come back", "परत आले नाहीत", "parat aale nahit",
                    "wapas nahi aaya", "वापस नहीं आया", "ghar nahi aaya", "घर नहीं आया", "परत आला नाही",
                    "parat aala nahi"),
    # Blasted and ended.
    "mt_blast": ("blast करून", "blast karun", "blast kar ke", "blast kar dunga", "उडवून देतो", "udavun deto"),
    # Debts paid to all, a last look at the kids.
    "mt_paid_all": ("सगळ्यांचे पैसे फेडले", "saglyanche paise fedle", "sabka paisa chuka diya", "सबका पैसा चुका दिया",
                    "paid everyone back", "कोणाचं काही देणं नाही", "konacha kahi dena nahi", "kisi ka kuch baaki nahi"),
    "mt_last_look": ("शेवटचं बघून", "shevatcha baghun", "shevtach baghun", "aakhri baar dekh", "आखिरी बार देख",
                     "last look at", "one last time"),
    # Standing on the bridge, crying.
    "mt_standing": ("उभा", "ubha", "khada", "खड़ा", "standing"),
    "mt_crying": ("रडत", "radat", "रडतोय", "radtoy", "ro raha", "रो रहा", "crying"),
    # Says he wants to go now; pills with him.
    "mt_wants_to_go_now": ("आता जायचंय", "ata jaychay", "ata jaycha ahe", "ab jaana hai", "अब जाना है"),
    # The pill packets found empty, the man not speaking right.
    "mt_empty": ("रिकामी", "rikami", "रिकामे", "empty", "khali", "खाली"),
    "mt_unwell": ("नीट बोलत नव्हते", "bolat navhte", "बोलत नव्हते", "not speaking properly", "slurring", "hosh nahi",
                  "होश नहीं", "बेशुद्ध", "beshuddh", "behosh", "बेहोश", "cpr", "सीपीआर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_FAREWELL = _g("goodbye", "tp_goodbye", "mt_salaam_sent", "mt_kids_care", "dont_look_for_me")
_PLACE = _g("high_place", "danger_place", "rail_line", "water_body", "mt_drop")

PRICKED_BURNT_AND_MY_TIME_UP: tuple[Combination, ...] = (
    Combination(SH, (_g("self"), _g("mt_prick")), 4),
    Combination(SH, (_g("mt_small_point"), _g("mt_prick"), _g("mt_body", "self", "mt_habit")), 10, across=True),
    Combination(SH, (_g("mt_small_point"), _g("mt_blood"), _g("mt_habit", "self")), 16, across=True),
    Combination(SH, (_g("mt_heated"), _g("mt_burnt_on"), _g("mt_body", "self")), 10, across=True),
    Combination(SH, (_g("self", "mt_own"), _g("mt_punches")), 5),
    Combination(SH, (_g("mt_head"), _g("mt_bang"), _g("mt_again")), 10, across=True),
    Combination(S, (_g("mt_time_up", "td_my_turn"), _FAREWELL + _g("mt_kids_sent")), 20, across=True),
    Combination(S, (_g("mt_no_use_in_world"),), 0),
    Combination(S, (_g("mt_reasons_to_live"), _g("mt_none")), 10, across=True),
    Combination(S, (_g("mt_what_living_for"),), 0),
    Combination(S, (_g("mt_no_ones_problem"),), 0),
    Combination(S, (_g("mt_quiet_for_ever"),), 0),
    Combination(S, (_g("mt_last_season"),), 0, unless=_g("mt_trip_or_job"), unless_reach=8),
    Combination(S, (_g("mt_drop", "rail_line", "danger_place"), _g("mt_calls_me")), 6),
    Combination(S, (_g("mt_one_step"), _g("mt_standing_by")), 20, across=True),
    Combination(S, (_g("mt_at_the_edge"), _FAREWELL + _g("mt_calls_me")), 16, across=True),
    Combination(S, (_g("mt_beyond_railing"),), 0),
    Combination(S, (_g("mt_kids_care"), _g("mt_i_go", "cs_no_answer", "cs_said_bye")), 20, across=True),
    Combination(S, (_g("mt_walk_into"),), 0),
    Combination(S, (_g("mt_going_there_thought"), _PLACE), 16, across=True),
    Combination(S, (_g("mt_not_today"),), 0),
    Combination(S, (_g("mt_rope_spot"),), 0),
    Combination(S, (_g("mt_holds_me"), _g("mt_hook")), 16, across=True),
    Combination(S, (_g("mt_fan"), _g("mt_rope")), 5),
    Combination(S, (_g("mt_plastic_bag"), _g("mt_over_head")), 8),
    Combination(S, (_g("mt_plastic_bag"), _g("mt_gas_tank"), _g("mt_sleep_or_sit")), 14, across=True),
    Combination(S, (_g("mt_one_way_left"), _g("mt_up", "die", "end")), 10, across=True),
    Combination(S, (_g("mt_i_get_free"), _g("mt_the_end")), 12, across=True),
    Combination(S, (_g("mt_give"), _g("mt_no_meeting_again", "mt_wont_need_now")), 16, across=True),
    Combination(S, (_g("mt_my_accounts"), _g("mt_no_meeting_again")), 16, across=True),
    Combination(S, (_g("mt_last_words"), _g("mt_give")), 16, across=True),
    Combination(S, (_g("mt_i_wont_be"),), 0, unless=_g("mt_trip_or_job"), unless_reach=8),
    Combination(S, (_g("mt_wont_come"), _g("mt_never")), 12, across=True, unless=_g("mt_trip_or_job"),
                unless_reach=8),
    Combination(S, (_g("mt_nobody_will_notice"), _g("mt_better_for_all", "goodbye", "tp_goodbye")), 24, across=True),
    Combination(S, (_g("mt_all_to_stop"), _g("mt_this_life")), 24, across=True),
    Combination(S, (_PLACE, _g("wont_return")), 16, across=True, unless=_g("water_leisure", "away_trip")),
    Combination(S, (_g("mt_fast_train"), _g("mt_not_boarding")), 12, across=True),
    Combination(S, (_g("mt_dead_thing"), _g("mt_thrown_out")), 12, across=True),
    Combination(S, (_g("mt_might_do_it"),), 0),
    Combination(S, (_g("eol_if_i_go", "when_i_go"), _g("mt_left_alone")), 10),
    Combination(S, (_g("mt_role"), _g("mt_not_being_better")), 3, order=True),
    Combination(S, (_g("mt_after_tonight"), _g("mt_my_accounts")), 10),
    Combination(S, (_g("mt_rope", "ligature"), _g("mt_letter")), 4),
    Combination(S, (_g("mt_written_left", "mt_kids_care"), _g("mt_not_back")), 24, across=True),
    Combination(S, (_g("mt_blast"), _g("end", "mt_gas_tank")), 8),
    Combination(S, (_g("mt_paid_all"), _g("mt_last_look")), 20, across=True),
    Combination(S, (_g("high_place", "rail_line", "water_body"), _g("mt_standing"), _g("mt_crying")), 12, across=True),
    Combination(S, (_g("mt_wants_to_go_now"), _g("pills")), 12, across=True),
    Combination(S, (_g("cant_cope", "cant_go_on"), _g("end")), 30, across=True),
)
