"""The spray bottle and the autoclave (the reading of rounds 122-123: agro-input shops and spray-pump men,
polyhouse growers, temple stalls and queue volunteers, soda and ice bottling units, hospital laundry and
sterilisation staff, wedding photographers):

- the pesticide by name or as "the spray medicine", the phenyl, the darkroom developer, in the hand or the
  lap: "only the drinking is left", "going to drink it tonight", "just one sip", the packet opened; the
  pills counted "only the water left to take"; the hypochlorite swallowed;
- the railway line and the goods train "that comes at eleven", "just telling you, so someone knows";
  sitting on the tracks; standing in front of the train; the gas cylinder's valve opened behind a closed
  door, the window gaps taped; the autoclave's chamber "big enough for a man", "sit inside and run the
  cycle"; "I'll jump into the tank";
- "better I go than my kids carry this loan"; "when I'm gone they'll all be at peace"; "everyone would be
  better off if I never came back"; "my time is up, look after the family", "messaging for the last time,
  look after mummy"; "won't come home, never, look after mother"; "I've settled my accounts, I won't be
  around any more" beside the LIC file; "the PF money is for her, I won't come for any shift"; "give my
  cycle and phone to Bapu, we won't meet again"; "bye everyone, keep my reels to remember me"; "may
  Pandurang call me to him for good"; "how to leave this world"; "I'll free everyone of me"; "sorry
  mother, the key is in the cupboard, bye"; standing on the bridge "tell my daughter sorry";
- reported: gone to the river "saying forgive me, mother"; gone with the spray and the bottle, not
  answering; bolted in from inside with the spray bottles or the gas; gone into the polyhouse with a rope,
  the door not opened; "said keep my memory, and went up to the terrace to sit"; not home, phone off,
  "was saying he's taking leave of everyone"; "last flight today", the phone off, on the terrace; blood on
  the wrists;
- self-harm: secateurs on the thighs, the incense stick and the camphor burnt on the hand, the cord tied
  tight round the wrist till the hand went black, the wall punched till a finger broke, a blade "used on my
  thigh".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.self_harm.ramkund_and_the_last_duty import PLACE
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # The spray and the chemicals in hand, and the drinking left.
    "pa_agro_poison": ("फिनाइल", "phenyl", "finail", "fawara wali dawai", "fawarni cha dawa", "fawarnicha dawa",
                       "फवारणीचं औषध", "फवारणीच्या", "fawarnichya", "spray ka dabba", "spray ki dawai", "profex",
                       "confidor", "coragen", "sulphas", "सल्फास", "celphos", "monocrotophos", "monocil", "thimet",
                       "dawai ki bottle", "aushadhachi batli", "औषधाची बाटली", "कीटकनाशक", "keetnashak", "कीटनाशक",
                       "developer", "hypochlorite", "हायपोक्लोराइट"),
    "pa_drink_it_soon": ("बस पीनी बाकी है", "bas pini baki", "bas peeni baaki", "पीनी बाकी", "pee jana hai",
                         "pi jana hai", "pinar ata", "पिणार आता", "aaj pinar", "आज पिणार", "ab pi lunga", "अब पी लूंगा",
                         "going to drink it", "drink it tonight", "bas ek ghoont", "बस एक घूंट", "packet खोल लिया",
                         "packet khol liya", "पाकीट फोडलं", "फक्त पाणी घ्यायचं बाकी", "fakt pani ghyaycha baki",
                         "ग्लासात घेतलंय", "glasat ghetlay", "is on my lap"),
    "pa_swallowed": ("swallowed", "gatakla", "गटकलं", "nigal liya", "निगल लिया", "गिळलं", "gilla"),
    "pa_took_along": ("le gaya", "ले गया", "le gaye", "ले गए", "gheun gela", "घेऊन गेला", "gheun gele", "घेऊन गेले", "took it with him", "le kar gaye", "ले कर गए"),
    # The railway line and the train's hour.
    "pa_train_time": ("malgadi yete", "मालगाडी येते", "malgadi aati", "मालगाडी आती", "malgadi", "मालगाडी",
                      "gadi 11 la yete", "baje wali", "बजे वाली", "train comes at", "goods train"),
    "pa_on_tracks": ("रुळावर बसलाय", "रुळावर बसलेत", "rulavar baslay", "rulavar baslet", "track pe baitha",
                     "पटरी पर बैठा", "पटरी पे बैठा", "sitting on the tracks", "sitting on the track"),
    "pa_stand_before": ("समोर उभा राहणार", "samor ubha rahnar", "samne khada ho jaunga", "सामने खड़ा हो जाऊंगा",
                        "stand in front of it", "stand in front of the train"),
    "pa_so_someone_knows": ("bas sangtoy tumhala", "बस सांगतोय तुम्हाला", "bas bata raha hu", "बस बता रहा हूँ",
                            "kisi ko to pata ho", "किसी को तो पता हो", "just wanted someone to know",
                            "so someone knows", "konala tari mahit asava", "कोणाला तरी माहित असावं"),
    # Gas behind a closed door.
    "pa_gas": ("co2", "co2 cylinder", "gas cylinder", "cylinder", "सिलेंडर", "सिलिंडर", "अमोनिया", "ammonia"),
    "pa_valve_open": ("valve खोलूंगा", "valve kholunga", "valve khol ke", "वॉल्व उघडणार", "व्हॉल्व उघडणार",
                      "valve ughadnar", "open the valve", "वाल्व खोल"),
    "pa_sealed": ("taped the window", "window gaps", "door बंद करके", "darwaza band karke", "दरवाजा बंद करके",
                  "दार बंद करून", "dar band karun", "कोणी नसतं", "koni nasta", "baitha tha", "बैठा था", "wahi soch",
                  "वही सोच", "खिडक्या बंद केल्या", "khidkya band kelya"),
    "pa_taped": ("taped the window", "taped the windows", "window gaps", "taped the door", "खिड़की पे टेप",
                 "khidki pe tape"),
    "pa_not_picking": ("uchalat nahit", "उचलत नाहीत", "phone nahi utha rahe", "फोन नहीं उठा रहे"),
    # The machine one would get into.
    "pa_machine": ("autoclave", "ऑटोक्लेव", "ऑटोक्लेवच्या", "chamber", "चेंबर", "tank", "टाकी", "टँक", "टैंक",
                   "boiler", "बॉयलर", "furnace", "bhatti", "भट्टी", "freezer", "cold storage"),
    "pa_get_in": ("andar baith", "अंदर बैठ", "andar ghus", "अंदर घुस", "aat basun", "आत बसून", "अंदर घुसने", "andar ghusne", "over quick",
                  "would be quick", "ek aadmi aa jaye", "एक आदमी आ जाए", "cycle chala du"),
    "pa_jump_in": ("कूद जाऊंगा", "kood jaunga", "kud jaunga", "उडी मारेन", "udi marin", "jump into", "jump in"),
    # Gone: the burden, the peace after, the looking after.
    "pa_better_i_go": ("better i go than", "better if i go", "मी गेलेलं बरं", "mi gelela bara",
                       "main chala jaun to behtar", "मैं चला जाऊं तो बेहतर", "better i die than", "better off dead"),
    "pa_burden": ("loan", "karz", "कर्ज", "karj", "कर्ज़", "udhari", "उधारी", "kids", "mulanna", "बच्चों", "bojh",
                  "बोझ", "ओझं", "ojha"),
    "pa_if_im_gone": ("मी नसलो की", "mi naslo ki", "मी नसलो तर", "mi naslo tar", "main na rahun to",
                      "मैं न रहूं तो", "when i'm gone", "when im gone"),
    "pa_at_peace": ("शांत होतील", "shant hotil", "शांत होईल", "shant hoil", "सुखी होतील", "sukhi hotil",
                    "चैन से रहेंगे", "chain se rahenge", "better off"),
    "pa_never_back": ("never come back", "never return", "kabhi wapas na aau", "कभी वापस न आऊं",
                      "परत कधीच येऊ नये", "wapas bhi nahi aaunga", "वापस भी नहीं आऊंगा", "parat pan yenar nahi",
                      "ghari nahi yenar", "घरी नाही येणार", "not climbing back", "wapas nahi utrunga"),
    "pa_i_go_too": ("ata mi pan jato", "आता मी पण जातो", "mi pan jato", "मी पण जातो"),
    "pa_my_time_up": ("मेरा time पूरा हो गया", "mera time pura ho gaya", "मेरा टाइम पूरा", "mera waqt pura",
                      "माझी वेळ संपली", "mazi vel sampli", "my time is up", "last baar msg", "आखिरी बार मैसेज",
                      "aakhri baar msg", "last baar message", "शेवटचा मेसेज", "shevatcha message"),
    "pa_look_after": ("ख्याल रखना", "khayal rakhna", "khyal rakhna", "ध्यान रखना", "dhyan rakhna", "sambhala",
                      "सांभाळा", "look after", "take care of them", "take care of my"),
    "pa_settled": ("hisaab barabar kar liya", "हिसाब बराबर कर लिया", "hisab barabar", "hishob clear", "accounts settled",
                   "settled my accounts"),
    "pa_wont_remain": ("ab aur nahi rahunga", "अब और नहीं रहूंगा", "ata nahi rahnar", "आता नाही राहणार",
                       "won't be around", "wont be around"),
    "pa_pf": ("pf money", "pf का पैसा", "pf ka paisa", "pf cha paisa", "provident fund", "gratuity"),
    "pa_or_any": ("or any shift", "or any day", "or ever", "kabhi bhi nahi", "कभी भी नहीं"),
    "pa_my_things": ("माझी सायकल", "mazi cycle", "माझा मोबाईल", "maza mobile", "meri cycle", "मेरा मोबाइल",
                     "mera mobile", "my bike", "my phone"),
    "pa_remember_me": ("आठवण म्हणून ठेवा", "athvan mhanun theva", "माझी आठवण ठेवा", "mazi athvan theva",
                       "याद के तौर पर", "meri yaad", "yaad rakhna mujhe", "remember me by", "keep as memory"),
    "pa_god": ("पांडुरंग*", "विठ्ठल*", "देवा", "deva", "bhagwan", "भगवान", "ishwar", "ईश्वर", "god", "upar wala",
               "ऊपर वाला", "बाप्पा", "bappa", "sai baba", "साईबाबा"),
    "pa_god_call": ("बोलवून घ्यावं", "bolavun ghyava", "बोलावून घ्यावं", "bula le", "बुला ले", "utha le", "उठा ले",
                    "take me away", "call me to him"),
    "pa_this_world": ("ह्या जगातून", "hya jagatun", "या जगातून", "ya jagatun", "इस दुनिया से", "is duniya se",
                      "from this world"),
    "pa_leave": ("निघायचं", "nighaycha", "निघून जायचं", "chale jana", "leave"),
    "pa_free_from_me": ("माझ्यापासून free", "mazyapasun free", "माझ्यापासून मुक्त", "mazyapasun mukt",
                        "मुझसे आज़ाद", "mujhse azaad", "mujhse free", "free of me", "rid of me"),
    "pa_moving_on": ("moved", "move to", "moving to", "quit", "job chhod", "naukri chhod", "नोकरी सोड", "transfer"),
    "pa_keys_left": ("चावी कपाटात", "chavi kapatat", "चावी", "chavi", "chabi", "चाबी", "keys are in", "the keys"),
    "pa_went": ("गया है", "gaya hai", "गेला आहे", "gela aahe", "gela ahe"),
    "pa_river_more": ("बेतवा", "betwa", "नदीच्या pool", "नदीच्या पुलावर", "nadichya pulavar"),
    # Reported.
    "pa_bolted": ("आतून कडी लावली", "aatun kadi lavli", "andar se kundi", "अंदर से कुंडी", "bolted from inside",
                  "locked from inside", "swatala kondun", "स्वताला कोंडून"),
    "pa_door_shut": ("दरवाज़ा नहीं खोल रहे", "दरवाजा नहीं खोल रहे", "darwaza nahi khol", "दार उघडत नाही",
                     "dar ughdat nahi", "won't open the door", "wont open the door"),
    "pa_farewell_taken": ("निरोप घेतोय", "nirop ghetoy", "सगळ्यांचा निरोप", "saglyancha nirop", "सबसे विदा",
                          "alvida keh raha"),
    "pa_last_one": ("last flight", "last time", "आखिरी बार", "शेवटचं", "shevatcha"),
    # ("kalai" alone is spelt like "khali", empty)
    "pa_wrist": ("wrists", "wrist", "मनगट", "managat", "kalai pe", "कलाई पे", "कलाई पर", "kalai par"),
    "pa_sitting_under": ("sitting under it", "under it", "niche baitha", "नीचे बैठा", "खाली बसलोय"),
    # Self-harm.
    "pa_blade_tools": ("secateurs", "सिकेटर", "pruner", "कैंची", "kainchi", "scissors", "कात्री", "katri"),
    "pa_on_my": ("on my", "into my", "माझ्या", "मेरी", "meri"),
    "pa_burning_things": ("agarbatti", "अगरबत्ती", "kapur", "कापूर", "camphor", "cigarette", "सिगरेट"),
    "pa_burning_it": ("jalata hu", "जलाता हूँ", "जलाता हूं", "jalati hu", "bhajto", "भाजतो", "petvun", "पेटवून",
                      "jala ke", "जला के", "lit"),
    "pa_kept_on": ("kadhla nahi", "काढला नाही", "hataya nahi", "हटाया नहीं", "jaan ke", "जान के", "jaan boojh",
                   "gussa", "गुस्सा", "raag", "राग", "nishan", "निशान"),
    "pa_cord": ("दोऱ्याने", "doryane", "dori se", "डोरी से", "rubber band", "रबर बँड", "string"),
    "pa_tight": ("घट्ट आवळून", "ghatta avlun", "kas ke", "कस के", "tight", "काळा पडत", "kala padat"),
    "pa_punch_wall": ("deewar pe mukka", "दीवार पे मुक्का", "deewar pe itna mukka", "भिंतीवर ठोसा", "bhintivar thosa",
                      "punched the wall", "mukka maara"),
    "pa_broke": ("toot gayi", "टूट गई", "fracture", "tutla", "तुटलं", "broke"),
    "pa_used_it_on": ("used it on my", "used it on myself", "khud pe use kiya", "खुद पे इस्तेमाल"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE = PLACE + _g("pa_river_more")
_POISON = _g("poison", "pa_agro_poison", "rk_poison")

SPRAY_BOTTLE_AND_THE_AUTOCLAVE: tuple[Combination, ...] = (
    # overdose
    Combination(OD, (_POISON, _g("pa_drink_it_soon")), 20, across=True),
    Combination(OD, (_g("pills", "sedatives"), _g("pa_drink_it_soon")), 20, across=True),
    Combination(OD, (_g("pa_swallowed"), _POISON), 4),
    # suicide
    Combination(S, (_g("rail_line"), _g("pa_train_time")), 20, across=True),
    Combination(S, (_g("pa_on_tracks"),)),
    Combination(S, (_g("pa_stand_before"), _g("pa_train_time", "rail_line", "vehicle", "br_vehicle")), 20, across=True),
    Combination(S, (_g("pa_so_someone_knows"), _PLACE + _POISON + ("rail_line", "pa_gas", "rk_rope", "pa_machine")), 30,
                across=True),
    Combination(S, (_g("pa_gas"), _g("pa_valve_open"), _g("pa_sealed")), 20, across=True),
    Combination(S, (_g("pa_gas"), _g("pa_taped")), 20, across=True),
    Combination(S, (_g("pa_machine"), _g("pa_get_in")), 12, across=True),
    Combination(S, (_g("pa_jump_in"), _PLACE + ("pa_machine",)), 6),
    Combination(S, (_g("pa_better_i_go", "pa_i_go_too"), _g("pa_burden")), 20, across=True),
    Combination(S, (_PLACE, _g("pa_never_back")), 20, across=True, unless=_g("wr_until"), unless_reach=3),
    Combination(S, (_g("pa_if_im_gone", "br_if_i_go"), _g("pa_at_peace")), 12, across=True),
    Combination(S, (_g("pa_at_peace", "rk_peace_after"), _g("pa_never_back", "wr_no_return")), 20, across=True),
    Combination(S, (_g("pa_my_time_up"), _g("pa_look_after")), 30, across=True),
    Combination(S, (_g("pa_never_back", "wr_no_return", "rk_not_home"), _g("pa_look_after")), 20, across=True),
    Combination(S, (_g("pa_settled", "br_payout", "rk_payout"), _g("pa_wont_remain")), 30, across=True),
    Combination(S, (_g("pa_pf", "br_payout", "rk_payout"), _g("pa_or_any", "rk_gone_for_good")), 30, across=True),
    Combination(S, (_g("pa_my_things", "rk_my_pay"), _g("rk_give"), _g("no_meeting_again", "pa_never_back")), 20,
                across=True),
    Combination(S, (_g("pa_remember_me"), _g("farewell_word", "everyone_all") + _PLACE), 20, across=True),
    Combination(S, (_g("pa_god"), _g("pa_god_call")), 6),
    Combination(S, (_g("pa_this_world"), _g("pa_leave")), 4),
    Combination(S, (_g("pa_free_from_me"),), unless=_g("rk_leave_reason", "pa_moving_on", "br_moving"),
                unless_reach=12),
    Combination(S, (_g("apology"), _g("pa_keys_left"), _g("farewell_word")), 20, across=True),
    Combination(S, (_PLACE, _g("rk_there_now"), _g("apology")), 20, across=True),
    Combination(S, (_PLACE, _g("pa_went"), _g("apology", "forgiveness", "rk_forgive_me")), 20, across=True),
    # reported
    Combination(S, (_POISON, _g("pa_took_along"), _g("unreachable", "pa_not_picking")), 20, across=True),
    # (not the lexicon's "locked_in": "rat poison kept locked in the cupboard")
    Combination(S, (_g("pa_bolted", "rk_locked_self"), _POISON + ("pa_gas", "rk_rope")), 20, across=True),
    Combination(S, (_g("rk_rope"), _g("pa_door_shut", "door_unopened")), 20, across=True),
    Combination(S, (_g("rk_not_come_home"), _g("pa_farewell_taken")), 30, across=True),
    Combination(S, (_g("pa_last_one"), _g("unreachable"), _PLACE), 30, across=True),
    Combination(S, (_g("rk_tied_high"), _g("pa_sitting_under")), 20, across=True),
    Combination(SH, (_g("rk_blood"), _g("pa_wrist")), 4),
    # self-harm
    Combination(SH, (_g("pa_blade_tools"), _g("pa_on_my", "rk_own"), _g("rk_body")), 6),
    Combination(SH, (_g("pa_burning_things"), _g("rk_body"), _g("pa_burning_it")), 6),
    Combination(SH, (_g("pa_burning_things"), _g("rk_body"), _g("pa_kept_on")), 12, across=True),
    Combination(SH, (_g("pa_cord"), _g("pa_wrist"), _g("pa_tight")), 6),
    Combination(SH, (_g("pa_punch_wall"), _g("pa_broke", "rk_marks")), 12, across=True),
    Combination(SH, (_g("rk_cutter", "rk_sharp", "blade"), _g("pa_used_it_on")), 20, across=True),
)
