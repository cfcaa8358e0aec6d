"""The band's dress and the open meter board (the reading of rounds 100-101: wedding bands and ghodi-walas,
AC and fridge repairers, ration shops, real-estate agents, snack factories, water plants):

- "tell the children papa went to play at a wedding, he won't come back"; "tell master-ji to find a new
  clarinet player, I'll never come again"; "after me tell my son his father wasn't the thief"; "tell Chotu
  to take my cycle, I won't need it ever"; "delete my number, I won't be needed in this world";
- "the mare is gone, now I go too"; "the ustad is gone, the band is gone, why should I alone stay behind";
  "why drag this life further"; "my funeral, call our own band ... soon"; "dress me in the band's uniform
  when you take me";
- what the insurance pays: "the seth's 60 thousand will be cleared from my insurance", "better off with
  the LIC money if I just finish it", "off the bypass it will look like an accident and the kids get the
  insurance";
- at the ghat, the lake, the tank or the bridge: "looking down feels good", "so calm today", "I don't want
  to go further from here", "my feet go forward", "not going home today, never", "won't come back", "today
  the end", "then we'll have peace", "only the water is left"; at the crossing: "one day I'll go in front
  of the train", "next time I won't stop", "the goods train's time is near"; the parapet, the godown's roof,
  and "please get a counsellor to talk to him";
- the live wire and the meter board: "touch the wire and end it", "grab both phases and finish it", "only
  the bare hand left to put in";
- the note written and kept in the pocket, "any time"; the rope from the site "is enough for me", the
  generator cart's wire "long and strong", "nobody will miss one light carrier"; a rope to be tied to the fan
  when the house sleeps; "sorry mother" and the phone not answered; "I'll close too, bye"; "before dawn I'll
  finish it all";
- a bidi put out on the hand, a lighter or the hot jhara on the wrist, the sack hook on the thigh, the
  chakli mould's edge on the wrist, the wall punched till a finger broke: "not the first time", "nobody
  knows", "on purpose";
- the mare's Butox or the farm's medicine "just to drink now", the coil cleaner's acid, the plant's HCl or
  chlorine "only the drinking left", rat poison "opened and sitting with it", the fumigation tablet kept in
  front; acid taken into a bathroom locked from inside.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.terrace_key_and_the_running_engine import DANGER_PLACES
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "bd_place": ("फुटाळा*", "futala*", "अंबाझरी*", "ambazari*", "वैनगंगे*", "wainganga*", "vainganga*", "mutha",
                 "मुठा", "harsul", "हर्सूल", "talavachya", "तलावाच्या", "तलावावर", "talavavar", "पुलाकडे",
                 "pulakade", "pulavarun", "पुलावरून", "घाटावर", "ghatavar", "ghatat", "घाटात", "टाकीवर",
                 "takivar", "tanki pe", "टंकी पर", "water tank", "टपावर", "tapavar", "railway gate", "railway fatak",
                 "fatkavar", "फाटकावर", "फाटक के पास", "railway crossing", "railway line", "parapet"),
    "bd_tell_kids": ("बच्चों को बोलना", "bachon ko bolna", "bacchon ko bolna", "mulanna sanga", "मुलांना सांगा",
                     "porala sanga", "पोराला सांगा", "tell my son", "tell the kids", "tell my kids", "tell my wife",
                     "को बोल देना", "ko bol dena", "la sanga", "ला सांगा", "pls tell", "please tell"),
    "bd_wont_return": ("लौट के नहीं आएंगे", "laut ke nahi aayenge", "लौटके नहीं आऊंगा", "laut ke nahi aaunga",
                       "परत येणार नाही", "parat yenar nahi", "wont come back", "won't come back", "won't be back",
                       "कभी नहीं आऊंगा", "kabhi nahi aaunga", "अब कभी नहीं आऊंगा", "परत येईन असं वाटत नाही",
                       "parat yein asa vatat nahi", "अब लौटूंगा नहीं", "ab nahi lautunga", "don't think i'll come back"),
    "bd_find_another": ("ढूंढ लें", "dhundh le", "dhoondh lena", "दुसरा शोधा", "dusra shodha", "find someone new",
                        "find a new", "आखिरी धुन", "aakhri dhun", "last tune", "शेवटची धून"),
    "bd_after_me": ("mazya nantar", "माझ्या नंतर", "माझ्यानंतर", "mere baad", "मेरे बाद", "if im not there",
                    "if i'm not there", "if i am not there", "after i'm gone", "after im gone"),
    "bd_wont_need": ("zarurat nai padegi kabhi", "zarurat nahi padegi kabhi", "ज़रूरत नहीं पड़ेगी कभी",
                     "जरूरत नहीं पड़ेगी कभी", "गरज पडणार नाही", "garaj padnar nahi", "won't need it anymore",
                     "wont need them anymore", "won't need them anymore", "mujhe zarurat nai padegi"),
    "bd_this_world": ("या जगात", "ya jagat", "is duniya me", "इस दुनिया में", "in this world", "सगळ्यांना bye",
                      "saglyanna bye"),
    "bd_me_too_go": ("आता मी पण जातो", "ata mi pan jato", "aata mi pan jato", "मी पण जातो", "ab main bhi jaata hu",
                     "अब मैं भी जाता हूं", "main bhi chala jaunga", "मैं भी चला जाऊंगा", "now i will go too"),
    "bd_grieving": ("जेवत नाहीत", "jevat nahit", "khana nahi kha", "खाना नहीं खा", "not eating", "रडतात", "radtat",
                    "ro rahe", "रो रहे", "गेली", "geli", "gone"),
    "bd_why_stay_behind": ("मीच का राहू मागे", "mich ka rahu mage", "मी का राहू मागे", "main hi kyu rahu",
                           "मैं ही क्यों रहूं", "why should i stay behind", "why am i still here"),
    "bd_all_gone": ("गेले", "gele", "गेला", "gela", "गेली", "geli", "chale gaye", "चले गए", "gone"),
    "bd_drag_life": ("आयुष्य कशाला ओढायचं", "aayushya kashala odhaycha", "ayushya kashala odhaycha",
                     "zindagi kyu ghasitu", "ज़िंदगी क्यों घसीटूं", "why drag this life", "dragging this life"),
    "bd_my_funeral": ("माझी अंत्ययात्रा", "majhi antyatra", "mazi antyayatra", "meri arthi", "मेरी अर्थी",
                      "mera janaza", "my funeral"),
    "bd_soon": ("लवकरच", "lavkarach", "jaldi hi", "जल्दी ही", "soon"),
    "bd_dress_me": ("wahi pehna dena mujhe", "pehna dena mujhe", "mujhe pehna dena", "मुझे पहना देना",
                    "मला तोच घाला", "mala toch ghala", "dress me in"),
    "bd_when_taken": ("jab le jaoge", "जब ले जाओगे", "न्याल तेव्हा", "nyal tevha", "when you take me"),
    "bd_insurance_money": ("beeme ke paiso se", "बीमे के पैसों से", "beeme ke paise", "विम्याच्या पैशातून",
                           "vimyachya paishatun", "insurance money", "the lic money", "lic ke paise",
                           "get the insurance", "insurance milega", "insurance मिलेगा"),
    "bd_debt_cleared": ("chuk jayega", "चुक जाएगा", "फिटेल", "fitel", "paid off", "will clear", "chukta ho jayega"),
    "bd_finish_it": ("if i just finish it", "finish it", "khatam kar du", "खत्म कर दूं", "sampavla tar",
                     "संपवलं तर"),
    "bd_better_off": ("better off", "sukhi rahtil", "सुखी राहतील", "khush rahenge", "खुश रहेंगे"),
    "bd_look_accident": ("look like accident", "look like an accident", "accident lagega", "एक्सीडेंट लगेगा",
                         "अपघात वाटेल", "apghat vatel"),
    "bd_looking_down_good": ("खाली बघून बरं", "khali baghun bara", "khalchi dari baghtoy", "खालची दरी बघतोय",
                             "dari baghtoy", "neeche dekh ke accha", "नीचे देख के अच्छा"),
    "bd_no_further": ("इथून पुढे जायचं नाहीये", "ithun pudhe jaycha nahiye", "ithun pudhe jaycha nahi",
                      "yahan se aage nahi jana", "यहाँ से आगे नहीं जाना"),
    "bd_feet_forward": ("paay pudhe jaat", "पाय पुढे जात", "pair aage badh", "पैर आगे बढ़", "feet move forward",
                        "ekda pudhe vhava", "एकदा पुढे व्हावं", "ek baar aage badh"),
    "bd_not_going_home": ("आज परत घरी जाणार नाही", "परत घरी जाणार नाही", "aaj ghari janar nahi", "ghari janar nahi",
                          "घरी जाणार नाही", "ghar wapas nahi jaunga", "घर वापस नहीं जाऊंगा", "not going home", "ghar nai jaunga ab",
                          "ghar nahi jaunga ab", "ghari jat nahi ata", "घरी जात नाही आता"),
    "bd_today_end": ("आज शेवट", "aaj shevat", "today is the end", "आज शेवटचा दिवस", "aaj shevatcha divas"),
    "bd_peace_after": ("then we will get peace", "we will get peace", "तब शांति मिलेगी", "shanti milegi",
                       "सुटका होईल", "sutka hoil", "sab ko chain milega"),
    "bd_what_left": ("आता उरलंय काय", "ata urlay kay", "aata urlay kay", "ab bacha kya", "अब बचा क्या"),
    "bd_only_water": ("पाणी फक्त", "pani fakt", "फक्त पाणी", "sirf paani", "bas paani"),
    "bd_train_front": ("gadi samor jain", "गाडी समोर जाईन", "gaadi samor janar", "train ke saamne",
                       "ट्रेन के सामने", "in front of the train", "मालगाड़ी का टाइम", "malgadi ka time",
                       "agli baar rukunga nahi", "अगली बार रुकूंगा नहीं", "pudhchya veli thambnar nahi",
                       "next time i won't stop", "next time i wont stop"),
    "bd_decided": ("decided", "ठरवलंच", "tharavlach", "ठरवलंय", "tharavlay", "tay kar liya", "तय कर लिया"),
    "bd_not_listening": ("not listening to anyone", "kisi ki nahi sun raha", "किसी की नहीं सुन", "कुणाचं ऐकत नाही",
                         "kunacha aikat nahi", "kunacha aikat nahit", "कोणाचं ऐकत नाही", "konacha aikat nahi", "कुणाचं ऐकत नाहीत", "counsellor से बात कराओ", "counsellor se baat karao",
                         "लवकर फोन करा", "lavkar phone kara", "what should we do"),
    "bd_live_wire": ("wire ला हात लावावा", "wire la haat lavava", "wire la hat lavava", "both phases",
                     "नंगे हाथ डालना", "nange haath dalna", "bare hands in", "live wire", "phase pakad",
                     "करंट ला हात", "current la haat", "वायरला हात", "wirela haat", "wire la haat"),
    "bd_end_it": ("सगळं संपेल", "sagla sampel", "संपवावं", "sampvava", "finish it", "बाकी है", "baaki hai", "baki ahe", "बाकी आहे", "ठरवलंच",
                  "tharavlach", "khatam kar"),
    "bd_note_kept": ("चिठ्ठी लिहून ठेवलीय", "chitthi lihun thevli", "चिट्ठी लिख के रखी", "chitthi likh ke rakhi",
                     "wrote a note", "note written"),
    "bd_any_time": ("कधीही", "kadhihi", "kabhi bhi", "कभी भी", "any day now", "anytime", "any time"),
    "bd_cord": ("wire", "वायर", "rassi", "रस्सी", "dor", "दोर", "dori", "दोरी", "rope", "cable"),
    "bd_strong_enough": ("long and strong", "strong enough", "मजबूत आहे", "majboot hai", "मज़बूत है",
                         "kaafi hai mere liye", "काफी है मेरे लिए", "pure ahe mala", "पुरे आहे मला",
                         "enough for me", "nobody will miss"),
    "bd_tie_to_fan": ("pankhyala dor bandhnar", "पंख्याला दोर बांधणार", "pankhyala dori bandhnar",
                      "pankhe se rassi bandhunga", "पंखे से रस्सी बांधूंगा", "rope to the fan"),
    "bd_sorry_mother": ("mummy sorry", "sorry mummy", "maa sorry", "sorry maa", "aai mala maaf kar",
                        "आई मला माफ कर", "sorry aai", "aai sorry", "mummy ko bolna maaf", "माँ मुझे माफ़ कर",
                        "maa mujhe maaf kar"),
    "bd_not_answering": ("phone off", "phone nahi utha rahe", "फोन नहीं उठा रहे", "phone nahi utha raha", "फोन नहीं उठा रहा", "phone uchlat nahi", "फोन उचलत नाही",
                         "not picking up", "mobile band", "mobile बंद", "phone band", "switched off"),
    "bd_close_too": ("मी पण close होणार", "mi pan close honar", "main bhi close ho jaunga", "i'll close too",
                     "मी पण बंद होणार"),
    "bd_no_need_of_me": ("जरूरत नईं रई", "jarurat nai rai", "कौनऊ जरूरत नईं", "meri koi zarurat nahi",
                         "मेरी कोई ज़रूरत नहीं", "मेरी कोई जरूरत नहीं"),
    "bd_before_dawn": ("भोर होबे से पहले", "bhor hobe se pehle", "भोर से पहले", "subah hone se pehle",
                       "सुबह होने से पहले", "before dawn", "सकाळ होण्याआधी", "sakal honyaadhi"),
    "bd_one_way_left": ("सिर्फ एक ही रास्ता बचा", "sirf ek hi rasta bacha", "एक ही रास्ता बचा है मेरे पास",
                        "एकच मार्ग उरला", "ekach marg urla", "only one way left"),
    "bd_sold_all": ("सब कुछ बेच दिया", "sab kuch bech diya", "सगळं विकलं", "sagla vikla", "sold everything"),
    "bd_rail_spot": ("railway crossing", "railway gate", "railway fatak", "fatkavar", "फाटकावर", "फाटक के पास",
                     "railway line", "railway track", "रेल्वे रूळ"),
    "bd_back_by": ("before", "till", "tak", "तक", "पर्यंत", "paryant", "until", "baje", "बजे", "vajta", "वाजता"),
    "bd_jump_in": ("udi marun dyavi", "उडी मारून द्यावी", "kudega", "कूदेगा", "kudunga", "कूदूंगा", "कूद जाना", "kood jana", "kud jana", "कूद जाऊं", "kood jau", "udi marava", "उडी मारावी",
                   "jump in"),
    "bd_last_job": ("मेरा last complaint", "last complaint था", "last complaint tha", "last ticket", "आखिरी complaint", "last session था मेरा",
                    "last session tha mera", "aaj last session",
                    "aakhri complaint"),
    "bd_never_again": ("अब कोई ticket नहीं लूंगा कभी", "ab koi ticket nahi lunga kabhi", "नहीं लूंगा कभी",
                       "nahi lunga kabhi", "कभी नहीं आऊंगा", "kabhi nahi aaunga"),
    "bd_no_more_shift": ("or any shift after this", "any shift after this", "any duty after this",
                         "कोणत्याच shift ला", "kontyach shift la", "kisi shift pe nahi"),
    "bd_sorry_all": ("'sorry sabko'", "sorry सबको", "sorry sabko", "सबको sorry", "sabko sorry", "sorry to all", "sorry everyone"),
    "bd_wrote": ("ने लिखा", "ne likha", "msg kiya", "msg kela", "status la", "status pe", "group pe", "group पर",
                 "posted"),
    "bd_ram_ram_all": ("सब को मेरा राम राम", "sab ko mera ram ram", "sabko mera ram ram", "सबको राम राम",
                       "saglyanna ram ram", "सगळ्यांना राम राम"),
    "bd_forgive": ("उसकी माफी", "uski maafi", "माफ करना", "maaf karna", "माफ करा", "maaf kara", "forgive me"),
    "bd_look_after": ("का ध्यान रखना", "ka dhyan rakhna", "ची काळजी घ्या", "chi kalji ghya", "look after",
                      "take care of"),
    # self-harm
    "bd_means": ("विडी", "vidi", "bidi", "बीडी", "बिडी", "bidi ne", "lighter", "लाइटर", "lighter ने", "jhara",
                 "झारा", "hook", "हुक", "धारेने", "dharene", "mukka", "मुक्का", "blade", "ब्लेड"),
    "bd_body": ("हातावर", "hatavar", "हात", "hat", "haath", "हाथ", "wrist", "मनगट*", "managat*", "thigh", "जांघ",
                "jangh", "ungli", "उंगली", "arm"),
    "bd_hurt_verb": ("विझवली", "vizhavli", "bujhai", "बुझाई", "jalavto", "जाळतो", "जलाता", "jalata", "भाजतो",
                     "bhajto", "burnt", "burned", "मारा", "mara", "ओढलं", "odhla", "lines", "used the", "toot gayi",
                     "टूट गई"),
    "bd_habit_or_secret": ("not the first time", "तिसरी वेळ", "tisri vel", "third time", "roj", "रोज", "daily",
                           "koni baghat nahi", "कोणी बघत नाही", "nobody knows", "nobody at the unit knows",
                           "kisi ko nahi bataya", "किसी को नहीं बताया", "कुणाला सांगितलं नाही",
                           "kunala sangitla nahi", "राग आला की", "rag ala ki", "आज पण केलं", "aaj pan kela",
                           "jaanbujh ke", "जानबूझ के", "jaanbujh", "on purpose", "hiding it"),
    # overdose
    "bd_poison": ("butox", "बुटॉक्स", "sheticha aushadh", "शेतीचं औषध", "शेतीचे औषध", "acid", "ॲसिड", "एसिड",
                  "hcl", "chlorine", "क्लोरीन", "rat poison", "chuhe maarne wali dawa", "चूहे मारने वाली दवा",
                  "धुरीची गोळी", "dhurichi goli", "fumigation tablet", "godown wali dawa", "गोदाम वाली दवा"),
    "bd_about_to_drink": ("ata fakt pyaycha", "आता फक्त प्यायचं", "aaj pito te", "आज पितो ते", "pito te",
                          "पीने वाला हूं", "pine wala hu", "पीने वाला हूँ", "पीने का plan", "pine ka plan",
                          "बस पीना बाकी", "bas pina baki", "bas peena baaki", "pina baaki hai", "glasat otlay",
                          "ग्लासात ओतलंय", "gilaas me ghol", "गिलास में घोल", "glass me ghol", "packet खोल के बैठा",
                          "packet khol ke baitha", "packet उघडून बसलोय", "packet ughadun baslo",
                          "समोर ठेवली आहे", "samor thevli ahe", "going to drink it", "kha li hai", "खा ली है"),
    "bd_locked_self": ("स्वतःला बंद केलंय", "swatala band kelay", "khud ko band kar liya", "खुद को बंद कर लिया",
                       "locked himself", "locked herself"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACES = (*DANGER_PLACES, "bd_place", "tg_ghat_road")
_POISONS = ("bd_poison", "poison", "farm_poison", "sg_poison_named", "kb_chem", "kb_rat_poison", "st_lab_chem")

BAND_DRESS_AND_THE_METER_BOARD: tuple[Combination, ...] = (
    Combination(S, (_g("bd_tell_kids"), _g("bd_wont_return", "bd_wont_need")), 24, across=True),
    Combination(S, (_g("bd_find_another"), _g("bd_wont_return")), 24, across=True),
    Combination(S, (_g("bd_after_me"), _g("bd_tell_kids")), 20, across=True),
    Combination(S, (_g("bd_wont_need"), _g("bd_this_world", "kb_bye_all")), 20, across=True),
    Combination(S, (_g("bd_me_too_go"), _g("bd_grieving")), 20, across=True),
    Combination(S, (_g("bd_why_stay_behind"), _g("bd_all_gone")), 16, across=True),
    Combination(S, (_g("bd_drag_life"),)),
    Combination(S, (_g("bd_my_funeral"), _g("bd_soon")), 24, across=True),
    Combination(S, (_g("bd_dress_me"), _g("bd_when_taken")), 8),
    Combination(S, (_g("bd_insurance_money"), _g("bd_debt_cleared", "bd_finish_it", "bd_better_off")), 20,
                across=True),
    Combination(S, (_g("insurance", "kb_pf_lic"), _g("bd_finish_it"), _g("bd_better_off")), 24, across=True),
    # "raat ko terrace pe chale jaate hain. Kal bole ki insurance ka paisa humein mil jayega"
    Combination(S, (_g("insurance", "kb_pf_lic", "bd_insurance_money"), _g("kb_family_gets"), _g(*_PLACES)), 40,
                across=True),
    Combination(S, (_g("bd_look_accident"), _g("insurance", "kb_pf_lic", "bd_insurance_money")), 20, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_looking_down_good")), 20, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_no_further")), 16, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_feet_forward")), 24, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_not_going_home")), 16, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_wont_return")), 16, across=True, unless=_g("bd_back_by"), unless_reach=3),
    Combination(S, (_g(*_PLACES), _g("bd_today_end")), 16, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_peace_after")), 24, across=True),
    Combination(S, (_g("bd_what_left"), _g(*_PLACES, "bd_only_water")), 16, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_train_front")), 24, across=True),
    Combination(S, (_g("bd_rail_spot"), _g("bd_decided"), _g("tonight", "st_tonight")), 30, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_not_listening")), 16, across=True),
    Combination(S, (_g("bd_live_wire"), _g("bd_end_it")), 16, across=True),
    Combination(S, (_g("bd_note_kept"), _g("bd_any_time")), 20, across=True),
    Combination(S, (_g("bd_cord"), _g("bd_strong_enough")), 16, across=True),
    Combination(S, (_g("bd_tie_to_fan"),)),
    Combination(S, (_g("bd_sorry_mother"), _g("bd_not_answering", "bd_insurance_money")), 24, across=True),
    # "bhai ne family group pe likha 'sorry sabko', phir se phone off": reported, not "sorry all, running late"
    Combination(S, (_g("bd_wrote"), _g("bd_sorry_all"), _g("bd_not_answering")), 24, across=True),
    Combination(S, (_g("bd_close_too"),)),
    Combination(S, (_g("bd_no_need_of_me"), _g("bd_before_dawn")), 20, across=True),
    Combination(S, (_g("dues", "lenders", "bd_sold_all"), _g("bd_one_way_left")), 16, order=True, across=True),
    Combination(S, (_g(*_PLACES), _g("bd_jump_in")), 6),
    Combination(S, (_g("bd_last_job"), _g("bd_never_again"), _g("bd_sorry_all")), 30, across=True),
    Combination(S, (_g("bd_tell_kids"), _g("bd_no_more_shift")), 30, across=True),
    Combination(S, (_g("bd_ram_ram_all"), _g("bd_forgive"), _g("bd_look_after")), 24, across=True),
    Combination(SH, (_g("bd_means"), _g("bd_body"), _g("bd_hurt_verb"), _g("bd_habit_or_secret")), 24,
                across=True),
    Combination(OD, (_g(*_POISONS), _g("bd_about_to_drink")), 16, across=True),
    Combination(OD, (_g(*_POISONS), _g("bd_locked_self", "kb_locked_inside")), 16, across=True),
)
