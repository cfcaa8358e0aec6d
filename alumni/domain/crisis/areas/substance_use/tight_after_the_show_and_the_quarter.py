"""The drink told the way the bar's singers, the tea stalls, the orchard and the mine tell it (the reading
of rounds 88-89: orchestra bars, chai tapris, santra orchards, manganese mines, the tehsil's typists,
pawn shops):

- everyone "tight" after the wedding's show, "and me too";
- everyone at the still or the dhaba, and the writer went too, had some too, or joined in;
- desi "had", four beers "happened", two quarters "finished off", a quarter-seer downed, a quarter
  "started" every evening, a sip taken every night;
- the drink offered that the writer could not refuse; the still gone to when the mind would not listen;
- one peg and "reset my counter"; a drink owned up to ("won't lie to you", "confession");
- a drink or bhang that "ruined everything";
- cravings: the drink on the mind since, wanting to stop at the still, "I can't hold on", "keep talking to
  me till I'm home", "how will I get away", "so that I don't go".

Everyone else drinking while the writer had tea, a refusal, a counter reset for a shop's till stay
quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # "Tight": drunk, said of everyone and then of the writer.
    "sq_tight": ("tight", "टाइट", "टाईट"),
    "sq_me_too": ("mi pan", "मी पण", "mi pn", "mai bhi", "मैं भी", "main bhi", "me bhi", "मै भी", "me too",
                  "so did i", "i too"),
    "sq_me_too_went": ("mi pan gelo", "मी पण गेलो", "mi pn gelo", "mai bhi gaya", "मैं भी गया", "main bhi gaya",
                       "me bhi gaya", "mai bhi chala gaya", "i went too", "i went along", "mi pan basalo",
                       "मी पण बसलो", "mai bhi baith gaya", "मैं भी बैठ गया"),
    "sq_joined": ("join kela", "join केलं", "join केला", "join kiya", "join किया", "join kar liya", "shamil zalo",
                  "सामील झालो", "shamil ho gaya", "शामिल हो गया", "joined them", "joined in"),
    # Counted drinks that "happened", were "finished off", "downed" or "started".
    "sq_happened": ("झाल्या", "zalya", "jhalya", "झाले", "zale", "jhale", "ho gayi", "हो गई", "हो गईं", "ho gaye",
                    "हो गए", "ho gyi"),
    "sq_finished_off": ("खत्म कर दिए", "khatam kar diye", "khatm kar diye", "खतम कर दिए", "संपवले", "sampavle",
                        "sampavli", "संपवली", "sampvle", "finished off", "polished off", "downed"),
    "sq_downed": ("मारतोय", "marto", "martoy", "मारतो", "मारला", "marla", "मारली", "marli", "maar raha",
                  "मार रहा", "maar liya", "मार लिया"),
    "sq_started": ("चालू झालाय", "chalu zalay", "chalu jhalay", "चालू झाला", "chalu zala", "चालू आहे",
                   "chalu ahe", "chalu aahe", "shuru ho gaya", "शुरू हो गया", "chalu ho gaya", "चालू हो गया"),
    "sq_quarter": ("क्वार्टर", "quarter", "quarters", "kvarter", "कॉर्टर", "पव्वा", "पव्वे", "pavva", "pavve",
                   "pauwa", "पौवा", "पावशेर", "pavsher", "paavsher", "chapta", "चपटा", "चपटी", "chapti"),
    "sq_sip": ("घोट घेतोय", "ghot ghetoy", "घोट घेतला", "ghot ghetla", "घोट घेतो", "ghot gheto", "घूंट ले रहा",
               "ghoont le raha", "ghunt le raha", "घूंट लगा", "ghoont laga"),
    # Offered and not refused; the mind that would not listen.
    "sq_couldnt_refuse": ("नकार देऊ शकलो नाही", "nakar deu shaklo nahi", "nakar nahi deu shaklo", "नाही म्हणू शकलो नाही",
                          "nahi mhanu shaklo nahi", "mana nahi kar paya", "मना नहीं कर पाया", "mana nahi kar saka",
                          "मना नहीं कर सका", "na nahi keh paya", "ना नहीं कह पाया", "couldn't say no", "could not say no",
                          "couldnt say no", "couldn't refuse", "couldnt refuse", "could not refuse"),
    "sq_mind_gave_in": ("man nahi mana", "मन नहीं माना", "mann nahi mana", "man nahi maana", "मन नाही मानलं",
                        "man nahi manla", "raha nahi gaya", "रहा नहीं गया", "राहवलं नाही", "rahavla nahi",
                        "ravla nahi", "couldn't hold back", "couldnt hold back"),
    # One drink and the days clean reset; owned up to.
    "sq_reset_count": ("counter zero", "count zero", "zero kar do", "ज़ीरो कर दो", "जीरो कर दो", "zero kara",
                       "शून्य करा", "reset kar do", "reset kara", "reset my count", "reset my days", "reset the count",
                       "day 1 se", "day one se", "pahilya divsapasun", "पहिल्या दिवसापासून", "back to day 1",
                       "back to day one", "start from day one", "start again from day 1"),
    "sq_owned_up": ("wont lie to you", "won't lie to you", "will not lie to you", "not going to lie to you",
                    "jhooth nahi bolunga", "झूठ नहीं बोलूंगा", "खोटं नाही बोलणार", "khota nahi bolnar",
                    "confession", "confess", "कबूल", "kabul karto", "kabool karta", "sach bolu to", "सच बोलूं तो",
                    "खरं सांगतो", "khara sangto"),
    "sq_ruined": ("sab kharab kar diya", "सब खराब कर दिया", "sab barbaad kar diya", "सब बर्बाद कर दिया",
                  "sagla bighadla", "सगळं बिघडलं", "sagla vaya gela", "सगळं वाया गेलं", "ruined everything",
                  "ruined it all", "messed it all up", "lost the whole"),
    "sq_went_back_to": ("went back to", "gone back to", "back to the", "fir se gaya", "phir se gaya", "फिर से गया",
                        "parat gelo", "परत गेलो", "punha gelo", "पुन्हा गेलो"),
    "sq_md": ("md", "एमडी", "mephedrone", "meow meow", "mcat", "m-cat", "म्याऊं म्याऊं", "म्याऊ म्याऊ"),
    "sq_glass": ("ग्लास", "ग्लासची", "गिलास", "gilaas", "glass"),
    "sq_not_yet": ("ajun ghetla nahi", "अजून घेतला नाही", "abhi tak lagaya nahi", "अभी तक लगाया नहीं",
                   "abhi kharida nahi", "अभी खरीदा नहीं", "andar nahi gaya abhi", "havent yet", "haven't yet"),
    "sq_want_too": ("mala pan jaychay", "मला पण जायचंय", "mera bhi mann", "मेरा भी मन", "i want to go too"),
    "sq_one_sip_would": ("एक घोट मिळाला तर", "ek ghot milala tar", "ek ghoont mil jaye", "एक घूंट मिल जाए",
                         "one sip would"),
    "sq_yes_drank": ("haan pi hai", "हाँ पी है", "ha pi hai", "haan pee hai", "yes i drank", "हो प्यायलो", "ho pyalo"),
    "sq_bottle_open": ("बोतल खोल के बैठा हूँ", "बोतल खोल के बैठा हूं", "botal khol ke baitha hu", "बाटली उघडून बसलो",
                       "batli ughdun baslo"),
    "sq_half_bottle": ("aadhi bottle", "आधी बोतल", "अर्धी बाटली", "ardhi batli", "half bottle", "half a bottle"),
    "sq_finished": ("khatam", "खत्म", "संपली", "sampli", "संपवली", "sampavli", "finished"),
    "sq_sat_and_drank": ("बैठ के पी", "baith ke pi", "बसून प्यायलो", "basun pyalo", "बैठकर पी"),
    "sq_tavern": ("tavern", "टॅवर्न", "taverna"),
    "sq_given_took": ("दिली, घेतली", "dili, ghetli", "दिली आणि घेतली", "di aur le li", "दी, ले ली", "dili ghetli"),
    "sq_gamble": ("matka", "मटका", "satta", "सट्टा", "rummy", "रमी", "casino", "कॅसिनो", "betting"),
    "sq_guzzling": ("ढोसत बसलो", "dhosat baslo", "ढोसली", "dhosli", "ढोसले"),
    # Cravings: the drink on the mind since, wanting to stop at the still, "I can't hold on", "keep talking
    # to me", "how will I get away".
    "sq_on_my_mind": ("तेच डोक्यात", "tech dokyat", "dokyat tech", "डोक्यात तेच", "मनात फक्त", "manat fakt",
                      "दिमाग में वही", "dimag me wahi", "याद बहुत आ रही", "yaad bahut aa rahi", "की याद आ रही",
                      "ki yaad aa rahi", "aathvan yete", "आठवण येते", "chi aathvan", "ची आठवण", "on my mind",
                      "keep thinking of", "येतोय मनात", "dimag mein wahi ghoom", "दिमाग में सिर्फ", "dimaag me sirf", "dimag me sirf", "dokyat firtoy", "डोक्यात फिरतोय", "डोळ्यासमोर फक्त", "dolyasamor fakt", "ki yaad aati", "की याद आती", "आठवण येते"),
    "sq_wanted_to_stop": ("थांबावं वाटलं", "thambava vatla", "thambava vatle", "ruk jau", "रुक जाऊं", "रुक जाऊँ",
                          "man kar raha tha ruk", "wanted to stop there"),
    "sq_cant_hold": ("रहा नहीं जा रहा", "raha nahi ja raha", "rahavat nahi", "राहवत नाही", "can't hold on",
                     "cant hold on", "give in", "scared ill give in", "scared i'll give in"),
    "sq_keep_talking": ("bolat raha", "बोलत रहा", "baat karte raho", "बात करते रहो", "keep talking to me",
                        "stay on the phone", "phone thevu naka", "फोन ठेवू नका"),
    "sq_how_escape": ("kasa vachu", "कसा वाचू", "kasa vachnar", "kaise bachu", "कैसे बचूं", "kaise bachunga",
                      "how do i escape", "how will i stay away", "how will i get away"),
    "sq_so_i_dont_go": ("जाऊ नये म्हणून", "jau naye mhanun", "na jaun isliye", "ना जाऊं इसलिए", "so that i don't go",
                        "so i dont go"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ("alcohol", "cannabis", "opioids", "drugs", "bb_country_liquor", "drink_unit", "dl_poured_measure",
          "measure", "sq_quarter")
_PLACE = ("liquor_place", "drink_place", "habit_den", "cl_drink_place", "sitting_spot")
_NOT_MINE = ("negation", "third_person", "dl_serving", "beverage")
_COUNT = ("dl_few", "few_number", "small_count", "a_one", "more_than_one")

TIGHT_AFTER_THE_SHOW_AND_THE_QUARTER: tuple[Combination, ...] = (
    # "varatichya supari nantar sagle tight, mi pan", "sab tight the, mai bhi ho gaya".
    Combination(RE, (_g("sq_tight"), _g("sq_me_too")), 6, order=True, across=True,
                unless=_g("negation", "craving", "want"), unless_reach=2),
    # "sagle bhatti var gele, mi pan gelo"; "dhabyavar basalo porasobat. mi pan ghetli"; "सगळे पित होते, मी
    # पण join केलं".
    Combination(RE, (_g(*_PLACE), _g("sq_me_too_went", "dn_also_had")), 14, order=True, across=True,
                unless=_g(*_NOT_MINE, "craving", "want", "fear", "trigger_feeling", "if_clause"), unless_reach=3),
    Combination(RE, (_g("drinkers", "dl_with_friends"), _g("drank", "drink_verb", "alcohol"), _g("sq_me_too"),
                     _g("sq_joined")), 12, order=True, across=True, unless=_g(*_NOT_MINE), unless_reach=3),
    # "Had desi at the liquor shop"; "चार बियर झाल्या"; "दो पव्वे देसी के खत्म कर दिए"; "पावशेर मारतोय";
    # "एक क्वार्टर चालू झालाय".
    Combination(RE, (_g("cl_had", "dn_had_bare"), _g("bb_country_liquor")), 1, order=True,
                unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g(*_COUNT), _g("drink_unit", "sq_quarter"), _g("sq_happened")), 3, order=True,
                unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g("sq_quarter"), _g("sq_finished_off")), 4, order=True, unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g("sq_quarter"), _g("sq_downed", "dl_put_away")), 1, order=True, unless=_g(*_NOT_MINE),
                unless_reach=2),
    Combination(RE, (_g("sq_quarter"), _g("sq_started")), 2, order=True, unless=_g(*_NOT_MINE), unless_reach=2),
    # "ढाब्यावर मित्रांसोबत चार पेग": counted pegs with friends or at the dhaba, nothing refused.
    Combination(RE, (_g("dl_with_friends", "sitting_spot"), _g(*_COUNT), _g("dl_poured_measure")), 4, order=True,
                unless=_g(*_NOT_MINE, "drinkers"), unless_reach=3),
    # "आठवडाभर रोज रात्री घोट घेतोय".
    Combination(RE, (_g("dl_every_evening", "routine"), _g("sq_sip")), 4, order=True,
                unless=_g(*_NOT_MINE, "medicine_word", "beverage"), unless_reach=4),
    # "mamane mahua dili ani mi nakar deu shaklo nahi"; "payday था तो bhatti पे गया, मन नहीं माना".
    Combination(RE, (_g(*_DRINK, *_PLACE), _g("sq_couldnt_refuse")), 12, across=True, unless=_g("beverage"),
                unless_reach=3),
    Combination(RE, (_g(*_PLACE), _g("go_there", "went_to"), _g("sq_mind_gave_in")), 10, across=True,
                unless=_g("third_person", "beverage"), unless_reach=3),
    # "ek chhota peg bas ... counter zero kar do"; "all week pegs ... wont lie to you"; "confession: MD".
    Combination(RE, (_g(*_DRINK), _g("sq_reset_count")), 16, across=True, unless=_g("third_person", "beverage"),
                unless_reach=3),
    Combination(RE, (_g(*_DRINK, "sq_md"), _g("sq_owned_up")), 16, across=True, unless=_g("third_person", "beverage"),
                unless_reach=3),
    # "holi pe bhang aur daaru dono, sab kharab kar diya".
    Combination(RE, (_g("alcohol", "cannabis", "opioids", "drugs"), _g("sq_ruined")), 10, across=True,
                unless=_g("third_person", "beverage"), unless_reach=3),
    # Rounds 90-91: "haan pi hai"; "घर पे ही बोतल खोल के बैठा हूँ"; "RC ki aadhi bottle khatam"; "ढाबे पे बैठ के पी";
    # "tavern chala gaya, 4 beer aur ek feni"; "गावठी दिली, घेतली"; "went back to matka"; "रोज रात्री पेग";
    # "beer marli"; "सकाळपासून ढोसत बसलो".
    Combination(RE, (_g("sq_yes_drank"),), unless=_g("third_person"), unless_reach=2),
    Combination(RE, (_g("sq_bottle_open"),)),
    Combination(RE, (_g("sq_half_bottle"), _g("sq_finished")), 4, order=True, unless=_g(*_NOT_MINE), unless_reach=3),
    Combination(RE, (_g(*_PLACE), _g("sq_sat_and_drank")), 6, across=True, unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g(*_PLACE, "sq_tavern"), _g(*_COUNT), _g("drink_unit", "dl_poured_measure")), 8, order=True,
                across=True, unless=_g(*_NOT_MINE, "quit", "old_company", "craving", "want", "want_one", "thought_of",
                                       "mind", "my_mind"), unless_reach=4),
    Combination(RE, (_g("bb_country_liquor", "alcohol"), _g("sq_given_took")), 4, unless=_g("negation"),
                unless_reach=2),
    Combination(RE, (_g("sq_went_back_to"), _g("sq_gamble")), 3),
    Combination(RE, (_g("dl_every_evening", "routine"), _g("dl_poured_measure")), 3, order=True,
                unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g("alcohol"), _g("sq_downed")), 1, order=True, unless=_g(*_NOT_MINE), unless_reach=2),
    Combination(RE, (_g("sq_guzzling"),), unless=NOT_MINE, unless_reach=2),
    # Cravings: "मनात फक्त गुत्ता येतोय", "syrup chi aathvan yete", "bhatti samorun gelo, thambava vatla",
    # "बोतल खोल के बैठे हैं, मुझसे रहा नहीं जा रहा", "gutta rastyavar ahe. mala ghari paryant bolat raha".
    Combination(CR, (_g(*_DRINK, *_PLACE, "syrup_named", "sq_glass", "sq_gamble"), _g("sq_on_my_mind")), 3,
                unless=NOT_MINE, unless_reach=3),
    Combination(CR, (_g(*_PLACE), _g("sq_wanted_to_stop")), 8, across=True),
    Combination(CR, (_g(*_DRINK, "drinkers"), _g("sq_cant_hold")), 14, across=True),
    Combination(CR, (_g(*_DRINK, *_PLACE, "drinkers"), _g("sq_keep_talking", "sq_so_i_dont_go")), 14, across=True),
    Combination(CR, (_g("drinkers", "dl_party", "alcohol"), _g("sq_how_escape")), 10, across=True),
    # Rounds 90-91: "man mhanta ek pavva anu. ajun ghetla nahi"; "beer cha program ahe, mala pan jaychay"; "एक
    # घोट मिळाला तर बरं वाटेल".
    Combination(CR, (_g(*_DRINK, *_PLACE, "sq_gamble", "sq_md"), _g("sq_not_yet")), 14, across=True),
    Combination(CR, (_g(*_DRINK, "drinkers", "dl_party"), _g("sq_want_too")), 12, across=True),
    Combination(CR, (_g("sq_one_sip_would"),)),
    # "went back to the bhatti ... the hathbhatti stuff. 4 glass".
    Combination(RE, (_g("sq_went_back_to"), _g("cl_drink_place", "liquor_place", "habit_den"),
                     _g(*_DRINK, "tt_glasses")), 14, order=True, across=True, unless=_g(*_NOT_MINE), unless_reach=2),
)
