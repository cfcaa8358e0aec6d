"""The momo cart and the bus body (the reading of rounds 108-109: fast-food carts, stationery shops,
hosiery units, chit funds, bowling alleys and gaming zones, bus-body workshops):

- "what's the use of living", "what will a man like me do staying alive", "what do I do staying in this
  world"; "better if I weren't there"; "when I'm gone everyone's trouble ends"; "only one road is left and
  I've thought it over"; "I only gave everyone trouble, now I go"; "nothing is left for me" beside the
  accounts written in the ledger; "nobody will be left to read your messages"; "don't see why I should
  still be around";
- sitting before the mother's photo "I'm coming to you"; "the children: papa won't come back"; "I won't come
  back" on the bridge or beside a phone not answered; up on the twelfth floor "no wish to go back"; the
  thought of lying on the rails; the goods train's time known "just waiting for it", the Shatabdi waited for
  "one of these nights I won't get up", the overbridge "tonight feels different"; the lake's edge "feel like
  stepping in", "the water is calm, I too will be calm today"; the dam's wall "enough now"; the mall's roof
  open and no guard "I'll do it today"; "game over for me, no restart"; "just wanted to tell you one last
  time"; "I'm going" beside the shop's keys, the accounts or "sorry"; the keys handed over "won't be needing
  them", "look after the boys"; letters in the locker "he'll know when to open them"; "I say it for the
  last time" beside the policy; a prayer not to open one's eyes in the morning; the charcoal brazier behind
  a bolted door; a rope on the godown's ceiling;
- reported: "he'll go into the Godavari and end it", a room bolted from inside "no sound", gone in with a
  rope or the chemical tin;
- burns made on purpose with the lighter, the gas cutter's flame or the welding rod; boiling dye water on
  one's own hand "punished myself"; the head banged on the wall or the almirah, a spanner or a stick on
  one's own knee, lines drawn on the hand with a pin, the trampoline's hook scratched in "till it bled";
- the termite spray "about to drink it", rat poison "I'll eat it", rat poison mixed in a glass, sleeping
  tablets collected for two weeks "today is the day".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py). The
poisons, the words for taking them and "won't need it" are added to goal_net_and_the_dug_grave.py's lists,
whose rules read them here too.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.terrace_key_and_the_running_engine import DANGER_PLACES
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    "mb_why_live": ("what's the use of living", "whats the use of living", "what is the use of living",
                    "zinda reh ke kya", "ज़िंदा रह के क्या", "जिंदा रह के क्या", "jee ke kya karunga",
                    "जी के क्या करूंगा", "या जगात राहून काय करू", "जगात राहून काय करू", "jagat rahun kay karu",
                    "जगून काय करू", "jagun kay karu", "why i should still be around", "why should i still be around"),
    "mb_better_gone": ("mi nasloch tar bara", "मी नसलोच तर बरं", "main na rahu to accha", "मैं न रहूं तो अच्छा",
                       "better if i wasn't here", "better if i wasnt here"),
    "mb_freed_by_death": ("मी मेल्यावर तरी सुटेल", "mi melyavar tari sutel", "मेल्यावर तरी", "melyavar tari",
                          "मेरे मरने के बाद तो छूटेगी", "mere marne ke baad to chhootegi"),
    "mb_my_going_ends": ("मी गेलो की सगळ्यांचा त्रास संपेल", "mi gelo ki saglyancha tras sampel",
                         "सगळ्यांचा त्रास संपेल", "saglyancha tras sampel", "मैं चला गया तो सबकी परेशानी",
                         "sabki pareshani khatam ho jayegi"),
    "mb_one_way": ("ek hi raasta bacha", "एक ही रास्ता बचा", "ekach rasta urla", "एकच रस्ता उरला",
                   "only one way left"),
    "mb_thought_over": ("soch liya", "सोच लिया", "ठरवलं", "tharavla", "decided", "made up my mind"),
    "mb_only_trouble": ("फक्त त्रासच दिला", "fakt trasach dila", "sirf takleef di", "सिर्फ तकलीफ दी",
                        "only gave trouble", "only gave everyone trouble"),
    "mb_im_going": ("मैं जा रहा हूं", "मैं जा रहा हूँ", "main ja raha hu", "mai ja raha hu", "मी जातोय", "mi jatoy",
                    "आता जातो", "ata jato", "i'm going now", "im going now"),
    "mb_nothing_owed": ("किसी का कुछ बाकी नही", "किसी का कुछ बाकी नहीं", "kisi ka kuch baki nahi",
                        "कोणाचं काही बाकी नाही", "konacha kahi baki nahi", "सारा हिसाब बही में", "hisab bahi me likh"),
    "mb_nothing_left_for_me": ("मेरे लिए अब कुछ बचा नहीं", "mere liye ab kuch bacha nahi", "माझ्यासाठी आता काही उरलं नाही",
                               "ata ithe kahi urla nahi", "आता इथे काही उरलं नाही"),
    "mb_nobody_reads": ("padhne wala koi nahi rahega", "पढ़ने वाला कोई नहीं रहेगा", "vachnara koni nahi rahnar",
                        "वाचणारा कोणी नाही राहणार", "no one will be there to read"),
    "mb_photo": ("photo samor", "फोटो समोर", "photo ke saamne", "फोटो के सामने", "photo samorach"),
    "mb_coming_to_you": ("yetoy tujhyakade", "येतोय तुझ्याकडे", "tere paas aa raha", "तेरे पास आ रहा",
                         "coming to you"),
    "mb_no_return": ("parat nai yenar", "parat nahi yenar", "परत नाही येणार", "wapas nahi aayenge",
                     "वापस नहीं आएंगे", "परत येणार नाही", "parat yenar nahi"),
    "mb_tell_kids": ("bacchon ko sorry", "बच्चों को sorry", "बच्चों को सॉरी", "mulanna sorry", "मुलांना sorry"),
    "mb_no_wish_return": ("परत जायची इच्छा नाही", "parat jaychi ichha nahi", "wapas jaane ka mann nahi",
                          "वापस जाने का मन नहीं", "don't want to go back down"),
    "mb_high": ("floor वर", "floor var", "terrace वर", "terrace var", "छत", "chhat", "गच्ची", "gachchi"),
    "mb_lie_thought": ("झोपायचा विचार", "zopaycha vichar", "लेटने का सोच", "letne ka soch", "lie down on"),
    "mb_line": ("wali line", "वाली लाइन", "line hai", "near the line", "रेल्वे लाइन", "railway line",
                "railway overbridge", "overbridge"),
    "mb_train_wait": ("malgadi ka time", "मालगाड़ी का टाइम", "usi ka intezaar", "उसी का इंतज़ार",
                      "wait for the shatabdi", "wait for the train", "watch the trains", "waiting for it"),
    "mb_last_words": ("शेवटचं सांगतो", "shevatcha sangto", "aakhri baar bol raha", "आखिरी बार बोल रहा",
                      "last time बता रहा", "last time bata raha", "last बार आपको बताना", "last baar batana tha",
                      "bas itna batana tha", "बस इतना बताना था", "tonight feels different", "i wont get up",
                      "i won't get up", "mera last reply", "मेरा last reply", "my last reply"),
    "mb_game_over": ("game over for me", "game khatam mera", "mera game khatam", "माझा game over",
                     "majha game over", "maza game over", "मेरा game over", "mera game over"),
    "mb_no_restart": ("no restart", "restart नहीं", "restart nahi", "restart nahi karna", "restart नको", "restart nako", "no credits left", "not joking this time",
                      "खरंच जायचंय", "kharach jaycha"),
    "mb_key_left": ("key शेजारच्या", "key ठेवली", "chavi thevli", "चावी ठेवली", "keys to my brother",
                    "handed the shop keys", "दुकानाच्या चाव्या दिल्या", "dukanachya chavya dilya", "chabi de di",
                    "चाबी दे दी"),
    "mb_sorry": ("sorry", "सॉरी"),
    "mb_look_after": ("पोरांना सांभाळ", "poranna sambhal", "bachchon ko sambhalna", "बच्चों को संभालना",
                      "look after the kids", "look after the boys"),
    "mb_i_too_calm": ("मी पण आज शांत होणार", "mi pan aaj shant honar", "main bhi aaj shant ho jaunga",
                      "मैं भी आज शांत हो जाऊंगा"),
    "mb_step_in": ("paay pudhe takavasa", "पाय पुढे टाकावासा", "pair aage badha du", "पैर आगे बढ़ा दूं",
                   "feel like stepping in"),
    "mb_water_edge": ("talavachya kathavar", "तलावाच्या काठावर", "kathavar", "काठावर", "talavachya",
                      "तलावाच्या"),
    "mb_dam": ("dharnachya bhintivar", "धरणाच्या भिंतीवर", "dharnavar", "धरणावर", "dam ki deewar", "barrage"),
    "mb_enough_now": ("khup zala ata", "खूप झालं आता", "bahut ho gaya ab", "बहुत हो गया अब", "enough now"),
    "mb_roof": ("छत का दरवाज़ा खुला", "छत का दरवाजा खुला", "chhat ka darwaza khula", "terrace वर आहे",
                "terrace var ahe", "roof door was open"),
    "mb_no_guard": ("गार्ड भी नहीं", "guard bhi nahi", "security नाही", "security nahi", "no guard", "koi nahi tha"),
    "mb_do_it_today": ("आज ही कर दूं", "aaj hi kar du", "आजच करून टाकतो", "aajach karun takto", "do it today",
                       "बस", "bas"),
    "mb_letters": ("wrote letters for", "letters for amma", "चिठ्ठी ठेवली आहे", "chitthi thevli", "लॉकरमध्ये चिठ्ठी",
                   "locker me chitthi", "note in my locker"),
    "mb_open_later": ("he'll know when to open", "उद्या उघडायला", "udya ughdayla", "kal kholna", "कल खोलना",
                      "open it tomorrow"),
    "mb_never_wake": ("subah na uthu", "सुबह न उठूं", "सुबह ना उठूं", "dolech ughdu deu nako", "डोळेच उघडू देऊ नको",
                      "sakali dole ughdu nako"),
    "mb_charcoal": ("कोयले की सिगड़ी", "koyle ki sigdi", "sigdi jala", "सिगड़ी जला", "शेगडी पेटवून",
                    "coal brazier", "charcoal"),
    "mb_shut_inside": ("अंदर से बंद", "andar se band", "आतून बंद", "aatun band", "दरवाज़ा बंद करके",
                       "दरवाजा बंद करके"),
    "mb_latched": ("कुंडी लगा ली", "kundi laga li", "कडी लावली", "kadi lavli", "दार आतून लावून घेतलं",
                   "dar aatun lavun ghetla", "locked from inside", "दरवाजा अंदर से बंद", "lock करून बसलेत",
                   "lock karun baslet", "दार आतून"),
    "mb_no_sound": ("आवाज येत नाही", "awaj yet nahi", "aawaz nahi", "आवाज नहीं", "no sound", "आतून आवाज नाही"),
    "mb_chemical": ("केमिकलचा डबा", "chemical cha dabba", "केमिकल का डिब्बा", "chemical ka dabba"),
    "mb_frame": ("छताला", "chhatala", "छत से", "chhat se", "पंख्याला", "pankhyala", "beam la"),
    "mb_river_in": ("godavarit", "गोदावरीत", "nadit", "नदीत", "ganga me", "गंगा में", "panyat", "पाण्यात"),
    "mb_end_verb": ("sampavto", "संपवतो", "sampavnar", "संपवणार", "khatam kar dunga", "खत्म कर दूंगा",
                    "khatam karunga"),
    # self-harm
    "mb_flame": ("lighter", "लायटर", "lighterne", "लायटरने", "jyotivar", "ज्योतीवर", "lau pe", "लौ पे",
                 "welding rod", "वेल्डिंग रॉड", "gas cutter", "सिगरेट", "cigarette"),
    "mb_on_purpose": ("मुद्दाम", "mudam", "muddam", "मुद्दामून", "muddamun", "mudhun", "muddhun", "jaan boojh ke",
                      "जानबूझकर", "जानबूझ कर", "jaanbujh kar", "jaan bujh kar", "jaanboojh kar", "on purpose",
                      "deliberately", "खुद जलाते", "khud jalate", "do it with the lighter", "बोटं जाळतो", "bota jalto", "bota thevli",
                      "ungliya rakhi", "nishaan bana diye", "निशान बना दिए", "gussa nikalna"),
    "mb_burn_marks": ("जले के निशान", "jale ke nishan", "burns all over", "burns on his", "भाजल्याच्या खुणा"),
    "mb_hot_on_self": ("खौलता पानी अपने हाथ", "khaulta paani apne haath", "अपने हाथ पे डाल लिया",
                       "apne haath pe daal liya"),
    "mb_punished_self": ("खुद को सज़ा दी", "खुद को सजा दी", "khud ko saza di", "स्वतःला शिक्षा", "swatala shiksha",
                         "punished myself"),
    "mb_head_bang": ("dokyala bhintivar aadhalat", "डोक्याला भिंतीवर आदळत", "banging my head", "bang my head",
                     "sir deewar pe maarta", "सिर दीवार पे मारता", "डोकं आपटतो", "dok aaptato"),
    "mb_self_hit": ("swatahala dandkyane", "स्वतःला पान्याने मारलं", "swatala panyane marla", "स्वतःला दांडक्याने",
                    "khud ko danda", "खुद को डंडे"),
    "mb_scratch": ("खुरचता", "khurachta", "scratched", "ओरखडे", "orakhde"),
    "mb_till_blood": ("जब तक खून नहीं निकला", "jab tak khoon nahi nikla", "रक्त येईपर्यंत", "rakt yeiparyant",
                      "till it bled", "until it bled"),
    "mb_lines_on_hand": ("haatavar resha odhto", "हातावर रेषा ओढतो", "nava jakhama", "नवीन जखमा",
                         "hath pe lakeer", "हाथ पे लकीर"),
    # overdose
    "mb_collected": ("collected my", "saved up", "जमा की", "jama ki", "jama kelya",
                     "जमा केल्या"),
    "mb_today_day": ("today is the day", "आज का दिन", "aaj ka din"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACES = (*DANGER_PLACES, "bd_place", "te_place", "dk_place", "gn_place")

MOMO_CART_AND_THE_BUS_BODY: tuple[Combination, ...] = (
    Combination(S, (_g("mb_why_live"),)),
    Combination(S, (_g("mb_better_gone"),)),
    Combination(S, (_g("mb_my_going_ends"),)),
    Combination(S, (_g("mb_freed_by_death"),)),
    Combination(S, (_g("mb_one_way"), _g("mb_thought_over")), 16, across=True),
    Combination(S, (_g("mb_only_trouble"), _g("mb_im_going")), 16, across=True),
    Combination(S, (_g("mb_nothing_owed", "gn_accounts_done", "dk_nothing_to_settle", "kb_settled", "te_settled"),
                     _g("mb_im_going", "gn_im_off", "mb_nothing_left_for_me")), 24, across=True),
    Combination(S, (_g("mb_nobody_reads"),)),
    Combination(S, (_g("mb_photo"), _g("mb_coming_to_you")), 16, across=True),
    Combination(S, (_g("mb_no_return"), _g(*_PLACES, "gn_sorry_all", "mb_tell_kids", "bd_not_answering", "kb_missing",
                                           "gn_standing")), 24, across=True),
    Combination(S, (_g("mb_no_wish_return"), _g("height", "high_place", "te_place", "gn_high_spot", "mb_high")), 20,
                across=True),
    Combination(S, (_g("gn_track"), _g("mb_lie_thought")), 8),
    Combination(S, (_g("gn_track", "mb_line"), _g("mb_train_wait")), 20, across=True),
    Combination(S, (_g("mb_train_wait"), _g("mb_last_words")), 20, across=True),
    Combination(S, (_g("mb_last_words"), _g("dk_policy", "insurance", "kb_pf_lic", "gn_im_done", *_PLACES, "gn_water",
                                            "mb_game_over", "mb_dam")), 30, across=True),
    Combination(S, (_g("mb_game_over"), _g("mb_no_restart", "mb_last_words")), 20, across=True),
    Combination(S, (_g("mb_im_going"), _g("mb_key_left"), _g("mb_sorry", "gn_sorry_thanks")), 24, across=True),
    Combination(S, (_g("mb_key_left"), _g("gn_wont_need", "mb_look_after", "dk_look_after")), 30,
                across=True),
    Combination(S, (_g(*_PLACES, "gn_water", "mb_water_edge"), _g("mb_i_too_calm", "mb_step_in")), 20, across=True),
    Combination(S, (_g("mb_dam"), _g("mb_enough_now")), 20, across=True),
    Combination(S, (_g("mb_roof"), _g("mb_no_guard"), _g("mb_do_it_today")), 24, across=True),
    Combination(S, (_g("mb_letters"), _g("mb_open_later")), 24, across=True),
    Combination(S, (_g("mb_never_wake"),)),
    Combination(S, (_g("mb_charcoal"), _g("mb_shut_inside", "mb_latched")), 16, across=True),
    Combination(S, (_g("mb_latched"), _g("mb_no_sound", "bd_not_answering", "rope_named", "dk_rope", "poison",
                                         "kb_chem", "tk_chemical", "mb_chemical")), 20, across=True),
    Combination(S, (_g("rope_named", "dk_rope"), _g("mb_shut_inside")), 16, across=True),
    Combination(S, (_g("mb_frame"), _g("gn_rope_tied", "kb_rope_tied", "te_rope_tied")), 8, unless=_g("gn_rope_chore"),
                unless_reach=6),
    Combination(S, (_g("gn_water", "mb_river_in"), _g("mb_end_verb")), 6),
    Combination(SH, (_g("mb_flame"), _g("mb_on_purpose")), 12, across=True),
    Combination(SH, (_g("mb_hot_on_self"),)),
    Combination(SH, (_g("mb_burn_marks"), _g("mb_on_purpose")), 24, across=True),
    Combination(SH, (_g("mb_flame", "mb_hot_on_self"), _g("mb_punished_self")), 16, across=True),
    Combination(SH, (_g("mb_head_bang"),)),
    Combination(SH, (_g("mb_self_hit"),)),
    Combination(SH, (_g("mb_scratch"), _g("mb_till_blood")), 10),
    Combination(SH, (_g("mb_lines_on_hand"),)),
    Combination(OD, (_g("pills"), _g("mb_collected"), _g("mb_today_day")), 20, across=True),
)
