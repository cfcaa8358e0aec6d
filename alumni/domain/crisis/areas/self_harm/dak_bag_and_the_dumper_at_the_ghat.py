"""The dak bag and the dumper at the ghat (the reading of rounds 104-105: photo studios, postmen, insurance
agents, excavator and dumper operators, municipal gardeners, dental clinics):

- "my garlanded photo in the studio", "use the wedding picture for the garland frame", a tribute flex for
  oneself "only the date left"; "nothing left to settle, I think I can go"; "tell everyone to forgive me, you
  won't find me"; "the policy's nominee is my wife, the claim will have no trouble, I go"; "my debt is cleared
  only after my death"; "an accident at the site and the children get ten lakh, that's what I'll do"; "after
  I'm gone get my pay to my wife"; "bye sir, Sachin knows where the money is"; "tell everyone sorry, my phone
  will be in the cabin"; "this time I'm really going, purse and phone left in the cabin";
- stones in the pocket by the river; "go into the water and be finished", "get in and not come up", "how easy
  it would be to go in"; "lie down on the Gorakhpur line", "sleep under the Poclain's bucket", "drive the
  dumper into the valley"; the end of the platform "the next train is coming"; "open the belt on the sky lift
  and fall"; "I leave this world now"; "I wish I didn't wake tomorrow"; "I'll throw the rope for myself now";
  the towing rope on the boom "waiting for the camp to sleep"; "the world is no longer bearable to me";
- reported: shut in the studio or the room "and said sorry" or with the smell of diesel; missing since morning
  "going to the Godavari"; gone towards the canal with a rope; "I won't be here any more" and not at duty;
  standing on the bridge and not answering;
- the own knee struck with the tripod "till it went blue", the thigh pinched blue "as my punishment", the
  palm held on the hot flash "till the skin burnt", the thigh pricked with a spoke, "when the blood comes I
  feel better", a hot iron or a lit bidi pressed on the skin;
- the pills' bottle opened "today all of them"; the pesticide "only the cap left to open", sulphas "in my
  pocket", the tree spray brought home "gathering the courage";
- the dumper driven into his car "with him in it", "on him too"; a chainsaw "let's see who saves him".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.terrace_key_and_the_running_engine import DANGER_PLACES
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "dk_place": ("घाटाकडे", "ghatakade", "quarry", "edge वर", "edge var", "pool var", "पूल पर", "pul par"),
    "dk_memorial": ("garland frame", "हार घातलेला फोटो", "har ghatlela photo", "shraddhanjali wala flex",
                    "श्रद्धांजली वाला flex", "shraddhanjali flex", "tribute flex"),
    "dk_mine": ("माझा", "maza", "majha", "apna khud ka", "अपना खुद का", "of me", "mera", "मेरा"),
    "dk_can_go": ("i think i can go", "i can go now", "ab ja sakta hu", "आता जाऊ शकतो", "ata jau shakto"),
    "dk_nothing_to_settle": ("nothing left to settle", "kuch chukana baaki nahi", "काही फेडायचं उरलं नाही"),
    "dk_wont_be_found": ("ab main nahi milunga kisi ko", "nahi milunga kisi ko", "नहीं मिलूंगा किसी को",
                         "कोणाला भेटणार नाही", "you won't find me"),
    "dk_forgive_me": ("maaf kar de", "माफ कर दे", "maaf kar dena", "माफ कर देना", "forgive me"),
    "dk_stones": ("जेब में पत्थर", "jeb me patthar", "जेब में पत्थर भर", "खिशात दगड", "khishat dagad",
                  "stones in my pocket"),
    "dk_end_in_water": ("पाण्यात जाऊन संपून जावं", "panyat jaun sampun java", "संपून जावं", "sampun java",
                        "वर येऊ नये", "var yeu naye", "how easy it would be to go in", "paani me utar ke khatam"),
    "dk_lie_on_line": ("line पे जाके लेट", "line pe jaake let", "पटरी पे लेट", "patri pe let", "रुळावर झोपावं",
                       "rulavar zopava", "lie down on the tracks", "बकेटखाली झोपायचं", "bucket khali zopaycha",
                       "under the bucket"),
    "dk_drive_off": ("दरीत घालावा", "darit ghalava", "खाई में डाल दूं", "khai me daal du", "off the ghat"),
    "dk_platform_edge": ("platform के end", "platform ke end", "platform च्या टोकावर", "end of the platform",
                         "edge of the platform"),
    "dk_train_coming": ("next train आने वाली", "next train aane wali", "train aane wali hai", "gadichi vel zali",
                        "गाडीची वेळ झाली", "mail ka time ho gaya", "ka time ho gaya"),
    "dk_fall": ("नीचे गिर जाऊँ", "नीचे गिर जाऊं", "neeche gir jau", "belt खोल दूँ", "belt khol du",
                "खाली पडावं", "khali padava"),
    "dk_leave_world": ("इस दुनिया से जाना है", "is duniya se jana hai", "या जगातून जायचंय", "ya jagatun jaycha",
                       "leave this world"),
    "dk_cant_bear_world": ("दुनिया अब मुझसे नहीं झेली जाती", "duniya ab mujhse nahi jheli jaati",
                           "नहीं झेली जाती", "nahi jheli jaati"),
    "dk_never_wake": ("kal subah uthu hi na", "कल सुबह उठूं ही ना", "uthu hi na"),
    "dk_nobody_cares": ("kisiko fark nahi padta", "किसीको फर्क नहीं पड़ता", "kisi ko fark nahi padta",
                        "mere hone na hone se", "मेरे होने न होने से"),
    "dk_rope_for_me": ("अब अपने लिए फेंकूं", "ab apne liye phenku", "apne liye rassi", "अपने लिए रस्सी",
                       "rope for myself"),
    "dk_rope": ("towing rope", "rassi", "रस्सी", "dori", "दोरी", "dor", "rope"),
    "dk_waiting_sleep": ("waiting for the camp to sleep", "sab so jaye", "सगळे झोपले की", "sagle zople ki",
                         "जब सब सो जाएं", "when everyone sleeps"),
    "dk_policy": ("nominee", "नॉमिनी", "policy", "पॉलिसी", "rpli", "pli", "विमा", "vima", "बीमा", "beema"),
    "dk_claim_fine": ("claim la kahi adchan nahi", "claim ला काही अडचण नाही", "claim me koi dikkat nahi",
                      "claim won't be a problem"),
    "dk_if_i_die": ("only if i die", "if i die", "मी मेलो तरच", "mi melo tarach", "मर गया तो", "mar gaya to"),
    "dk_seriously": ("very seriously", "thinking about it seriously", "only useful thing", "गंभीरपणे",
                     "गंभीरता से"),
    "dk_after_my_death": ("माझ्या मरणानंतरच", "mazya marnanantarach", "मेरे मरने के बाद ही", "mere marne ke baad hi",
                          "only after my death"),
    "dk_accident_if": ("accident hoga to", "accident होगा तो", "accident झाला तर", "accident zala tar"),
    "dk_money_to_kids": ("milega", "मिलेगा", "miltil", "मिळतील", "will get"),
    "dk_do_that": ("wahi karunga", "वही करूंगा", "tech karto", "तेच करतो"),
    "dk_to_my_wife": ("मेरी घरवाली को दिलवा देना", "ghar wali ko dilwa dena", "घरवाली को दिलवा", "बायकोला द्या",
                      "baykola dya", "give it to my wife", "दिलवा देना"),
    "dk_money_where": ("पैसे कुठे ठेवलेत", "paise kuthe thevlet", "paise kahan rakhe", "पैसे कहाँ रखे",
                       "where the money is"),
    "dk_bye": ("bye सर", "bye sir", "bye सगळ्यांना"),
    "dk_tell_sorry_all": ("sagalyanna sorry sanga", "सगळ्यांना sorry सांगा", "sabko sorry bolna", "सबको sorry बोलना",
                          "tell everyone sorry"),
    "dk_things_left": ("phone cabin madhe", "phone cabin मध्ये", "केबिन में छोड़ दिया", "cabin me chhod diya",
                       "left in the cabin", "dashboard var asel"),
    "dk_really_going": ("इस बार सच में जा रहा हूं", "is baar sach me ja raha hu", "this time i'm really going"),
    "dk_shut_in": ("मध्ये band आहेत", "madhe band ahet", "studio मध्ये lock", "lock आहेत", "locked himself in",
                   "khud ko kamre me band", "खुद को कमरे में बंद", "kamre me band kar liya", "स्वतःला बंद"),
    "dk_worry": ("kalji ghe", "काळजी घे", "sorry म्हणाले", "sorry mhanale", "said sorry", "sorry for everything",
                 "diesel ki smell", "डिझेलचा वास", "won't open", "smell aa rahi"),
    "dk_missing": ("सकाळपासून गायब", "gayab hai", "गायब आहे", "गायब है", "gayab ahe", "disappeared"),
    "dk_towards_water": ("नहर की तरफ", "nahar ki taraf", "कालव्याकडे", "kalvyakade", "नदीकडे", "nadikade"),
    "dk_wont_be_around": ("ab mai nahi rahunga", "अब मैं नहीं रहूंगा", "ab main nahi rahunga", "mi ata rahnar nahi",
                          "i won't be around"),
    "dk_absent": ("duty pe bhi nahi aaya", "ड्यूटी पे भी नहीं आया", "kamavar ala nahi", "कामावर आला नाही"),
    "dk_look_after": ("aai la sambhala", "la sambhala", "ला सांभाळा", "ko sambhalna", "को संभालना"),
    "dk_standing": ("उभे आहेत", "ubhe ahet", "खड़ा है", "khada hai", "उभा आहे"),
    "dk_train_here": ("gadi yetey", "गाडी येतेय", "train yetey", "ट्रेन येतेय", "train aa rahi", "ट्रेन आ रही"),
    "dk_sorry_bas": ("sorry sir", "sorry सर", "this is where i stop", "आज बस", "aaj bas"),
    "dk_looking_down": ("नीचे खाई देखता रहा", "neeche khai dekhta", "खाली बघतेय", "khali baghtey", "खाली बघतोय",
                        "khali baghtoy", "नीचे Kanadia", "नीचे * दिख रहा"),
    "dk_let_go": ("harness काढून टाकावा", "harness kadhun takava", "just want to let go", "want to let go",
                  "belt khol du"),
    "dk_falls_on_me": ("falls on me and finishes it", "falls on me", "mujh pe gir jaye", "मुझ पे गिर जाए",
                       "माझ्यावर पडावं", "majhyavar padava"),
    "dk_jump_said": ("कूद जाएगा", "kood jayega", "kud jayega", "udi marnar mhanto", "उडी मारणार म्हणतो",
                     "khatam karega", "खत्म करेगा", "जाऊन संपवणार", "jaun sampavnar"),
    "dk_better_die": ("ऐसे जीने से मर जाना", "aise jeene se mar jana", "अशा जगण्यापेक्षा मेलेलं", "better to die than"),
    "dk_no_more_meeting": ("अब मुलाकात नहीं होगी", "ab mulakat nahi hogi", "आता भेट होणार नाही", "ata bhet honar nahi",
                           "we won't meet again"),
    "dk_thanks_all": ("thanks for everything", "tell madam thanks", "सबका शुक्रिया", "सगळ्यांचे आभार",
                      "मेरा राम राम", "mera ram ram"),
    "dk_not_after_today": ("wont come to the nursery after today", "won't come after today", "after today",
                           "आजके बाद नहीं आऊंगा", "aaj ke baad nahi aaunga", "आजनंतर येणार नाही"),
    "dk_decided_tonight": ("decided tonight", "aaj raat tay", "आज रात तय", "आज रात्री ठरलं"),
    "dk_nobody_misses": ("nobody misses a", "nobody will miss", "koi yaad nahi karega", "कोणी आठवण काढणार नाही"),
    "dk_going_now": ("बस अब जाना है", "bas ab jana hai", "बस आता जायचंय", "bas ata jaycha"),
    "dk_nothing_left_me": ("अपने लिए कुछ नहीं बचा", "apne liye kuch nahi bacha", "no point yaar"),
    "dk_cant_bear": ("आता सहन होत नाही", "ata sahan hot nahi", "अब सहन नहीं होता", "ab sahan nahi hota"),
    "dk_key_up": ("छत की चाबी मेरे पास", "chhat ki chabi mere paas", "ऊपर जाऊंगा और नीचे", "upar jaunga aur neeche"),
    "dk_locked_smell": ("darwaza nahi khol rahe", "दरवाजा नहीं खोल रहे", "acid jaisi smell", "smell aa rahi hai",
                        "room बंद करके बैठा", "room band karke baitha"),
    "dk_bye_all_said": ("सबको bye बोल रहा", "sabko bye bol raha", "सगळ्यांना bye म्हणतोय"),
    "dk_not_home_two_days": ("दोन दिवस घरी आला नाही", "don divas ghari ala nahi", "do din se ghar nahi aaya",
                             "दो दिन से घर नहीं आया"),
    # self-harm
    "dk_own": ("apne", "apni", "अपने", "अपनी", "swatala", "स्वतःला", "swatahla", "khud ko", "खुद को"),
    "dk_till_marked": ("jab tak neela nahi pada", "जब तक नीला नहीं", "mandi nili padli", "मांडी निळी पडली",
                       "nili padli", "निळी पडली", "till it went blue", "जब तक चमड़ी", "jab tak chamdi"),
    "dk_blood_relief": ("khoon nikla to accha laga", "खून निकला तो अच्छा", "रक्त आलं की शांत वाटतं",
                        "rakt ala ki shant vatata", "blood felt good"),
    "dk_pierced": ("टोचून घेतलं", "tochun ghetla", "टोचून घेतले"),
    "dk_thigh": ("मांडीवर", "mandivar", "जांघ", "jangh", "हातावर", "hatavar"),
    "dk_hot": ("गर्म iron", "garam iron", "गरम इस्त्री", "garam istri", "lit bidi", "hot iron", "गरम फ्लैश",
               "garam flash"),
    "dk_pressed": ("लगा दी", "laga di", "pressed", "दबा के रखी", "daba ke rakhi", "दाबली", "dabli"),
    "dk_body": ("जांघ", "jangh", "wrist", "मनगट*", "हथेली", "hatheli", "हात", "haath", "हाथ", "arm"),
    # overdose
    "dk_all_today": ("आज सगळ्या", "aaj saglya", "today all of them"),
    "dk_poison": ("सल्फास*", "salfas*", "कीटनाशक", "keetnashak", "पेड़ों पे छिड़कते", "pedon pe chhidakte",
                  "ग्लायफोसेट*", "glyphosate", "hypo", "हायपो", "cidex", "सायडेक्स", "etching gel", "एचिंगचं जेल",
                  "etchant", "hf"),
    "dk_will_take": ("पिणार", "pinar", "aaj khanar", "आज खाणार", "going to drink it", "pee jaunga", "पी जाऊंगा",
                     "गिळलं", "gilala", "तोंड भाजलंय", "tond bhajlay", "समोर ठेवलाय", "samor thevlay"),
    "dk_tramadol_empty": ("tramadol ke dabbe khaali", "ट्रामाडोल के डब्बे खाली", "dabbe khaali kar diye",
                          "डब्बे खाली कर दिए"),
    "dk_unresponsive": ("bol nahi rahe", "बोल नहीं रहे", "aankh nahi khol rahe", "आंख नहीं खोल रहे"),
    "dk_anaesthetic": ("carpules", "lignocaine", "lidocaine", "xylocaine", "झायलोकेन", "vials", "syringe"),
    "dk_into_me": ("injected myself", "स्वतःला लावणार", "swatala lavnar", "khud ko laga", "खुद को लगा"),
    "dk_about_to": ("ढक्कन खोलना बाकी", "dhakkan kholna baaki", "dhakkan kholna baki", "himmat juta raha hu",
                    "हिम्मत जुटा रहा", "खिशात आहेत", "khishat ahet", "in my pocket"),
    # harm to others
    "dk_vehicle_into": ("dumper ghalto", "डंपर घालतो", "drive the dumper into", "gaadi ghalto", "गाडी घालतो",
                        "dumper chadha dunga"),
    "dk_him_too": ("tyachyavar pan", "त्याच्यावर पण", "with him in it", "uspe bhi", "उसपे भी"),
    "dk_who_saves": ("baghu kon vachavto", "बघू कोण वाचवतो", "dekhte hai kaun bachata", "देखते हैं कौन बचाता",
                     "let's see who saves him"),
    "dk_tool": ("chainsaw", "चेनसॉ", "koyta", "कोयता", "kurhad", "कुऱ्हाड", "forceps", "फोरसेप्स"),
    "dk_on_him": ("त्याच्यावरच extraction", "tyachyavarach extraction", "uski gardan nikalunga",
                  "उसकी गर्दन निकालूंगा", "in her face", "tichya tondat", "तिच्या तोंडात", "उसकी चाय में",
                  "त्यांच्या चहात", "tyanchya chahat", "uski chai me"),
    "dk_harmful": ("hypo", "हायपो", "etchant", "केमिकल", "chemical", "acid", "forceps", "extraction"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACES = (*DANGER_PLACES, "bd_place", "te_place", "te_water", "dk_place", "tg_ghat_road")

DAK_BAG_AND_THE_DUMPER_AT_THE_GHAT: tuple[Combination, ...] = (
    Combination(S, (_g("dk_memorial"), _g("dk_mine")), 8),
    Combination(S, (_g("dk_nothing_to_settle", "kb_settled", "te_settled"), _g("dk_can_go")), 20, across=True),
    Combination(S, (_g("dk_wont_be_found"), _g("dk_forgive_me", "bd_forgive")), 24, across=True),
    Combination(S, (_g("dk_stones"),)),
    Combination(S, (_g("dk_end_in_water"),)),
    Combination(S, (_g("dk_lie_on_line"),)),
    Combination(S, (_g("dk_drive_off"),)),
    Combination(S, (_g("dk_platform_edge"), _g("dk_train_coming")), 12, across=True),
    Combination(S, (_g("dk_fall"),)),
    Combination(S, (_g("dk_leave_world"),)),
    Combination(S, (_g("dk_cant_bear_world"),)),
    Combination(S, (_g("dk_never_wake"), _g("dk_nobody_cares", "kb_nobody_held_up", "pointless", "fed_up")), 20,
                across=True),
    Combination(S, (_g("dk_rope_for_me"),)),
    Combination(S, (_g("dk_rope", "te_rope_tied", "kb_rope_tied"), _g("dk_waiting_sleep")), 20, across=True),
    Combination(S, (_g("dk_policy", "insurance", "kb_pf_lic"), _g("dk_claim_fine")), 30, across=True),
    Combination(S, (_g("dk_policy", "insurance", "kb_pf_lic"), _g("dk_if_i_die", "kb_die_if"), _g("dk_seriously")),
                30, across=True),
    Combination(S, (_g("dk_after_my_death"),)),
    Combination(S, (_g("dk_accident_if"), _g("dk_money_to_kids"), _g("dk_do_that")), 20, across=True),
    Combination(S, (_g("kb_if_i_go"), _g("dk_to_my_wife")), 16, across=True),
    Combination(S, (_g("dk_bye", "kb_bye_all"), _g("dk_money_where")), 20, across=True),
    Combination(S, (_g("dk_tell_sorry_all", "dk_really_going"), _g("dk_things_left")), 20, across=True),
    Combination(S, (_g("dk_shut_in", "te_shut_in_room"), _g("dk_worry", "te_gas_smell")), 20, across=True),
    Combination(S, (_g("dk_missing"), _g(*_PLACES, "bd_wont_return")), 20, across=True),
    Combination(S, (_g("dk_towards_water", "te_went_towards"), _g("dk_rope", "rope_named", "bd_cord")), 8),
    Combination(S, (_g("dk_wont_be_around"), _g("dk_absent", "kb_missing")), 20, across=True),
    Combination(S, (_g(*_PLACES), _g("dk_standing"), _g("bd_not_answering")), 24, across=True),
    # ("sorry aai" folds onto "sorry I": standing there is asked for too)
    Combination(S, (_g(*_PLACES), _g("dk_standing"), _g("bd_sorry_mother")), 30, across=True),
    Combination(S, (_g("bd_me_too_go"), _g("dk_look_after")), 20, across=True),
    Combination(SH, (_g("dk_own", "bd_body", "te_own_skin", "dk_body"), _g("dk_till_marked")), 10),
    Combination(SH, (_g("dk_blood_relief"),)),
    Combination(SH, (_g("dk_pierced"), _g("dk_thigh")), 4),
    Combination(SH, (_g("dk_hot"), _g("dk_body", "bd_body", "te_own_skin"), _g("dk_pressed")), 8),
    Combination(OD, (_g("pills", "sleeping_pills"), _g("dk_all_today")), 10, across=True),
    Combination(OD, (_g("dk_poison", "poison", "farm_poison", "sg_poison_named"), _g("dk_about_to")), 14,
                across=True),
    Combination(HO, (_g("dk_vehicle_into"), _g("dk_him_too")), 10),
    Combination(HO, (_g("dk_harmful", "dk_tool"), _g("dk_on_him")), 10, across=True),
    Combination(S, (_g(*_PLACES), _g("dk_train_here")), 16, across=True),
    Combination(S, (_g(*_PLACES), _g("dk_looking_down"), _g("dk_sorry_bas", "bd_wont_return", "te_floor_below")), 30,
                across=True),
    Combination(S, (_g("dk_let_go"),)),
    Combination(S, (_g("dk_falls_on_me"),)),
    Combination(S, (_g(*_PLACES), _g("dk_jump_said")), 24, across=True),
    Combination(S, (_g("dk_better_die"),)),
    Combination(S, (_g("dk_no_more_meeting"), _g("dk_thanks_all", "bd_ram_ram_all")), 20, across=True),
    Combination(S, (_g("dk_thanks_all"), _g("dk_not_after_today")), 24, across=True),
    Combination(S, (_g("dk_nobody_misses"), _g("dk_decided_tonight", "bd_decided")), 24, across=True),
    Combination(S, (_g("dk_nothing_left_me"), _g("dk_going_now")), 24, across=True),
    Combination(S, (_g("dk_poison", "poison", "farm_poison"), _g("dk_cant_bear")), 16, across=True),
    Combination(S, (_g("dk_key_up"),)),
    Combination(S, (_g("dk_locked_smell"), _g("bd_not_answering", "dk_locked_smell", "dk_bye_all_said")), 20,
                across=True),
    Combination(S, (_g("dk_not_home_two_days"), _g("dk_jump_said")), 20, across=True),
    Combination(OD, (_g("dk_poison"), _g("dk_will_take")), 12, across=True),
    Combination(OD, (_g("dk_tramadol_empty"),)),
    Combination(OD, (_g("dk_anaesthetic"), _g("dk_into_me")), 12, across=True),
    Combination(HO, (_g("dk_tool", "tv_tool", "weapon"), _g("dk_who_saves")), 16, across=True),
)
