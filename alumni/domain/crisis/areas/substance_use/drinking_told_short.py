"""Drinking told in a few words, as the retired, the bank's clerks and the seafarers of rounds 36-40
told it (holdouts 114, 116, 117, 123, 129, 130):

- kept on drinking, no object named: "बीवी मायके गई तो तीन दिन पीता रहा", "पीत बसलो", and
  the verb put first, "haan pi maine";
- a slip beside the drink it was: "slip हो गया यार, whisky, पूरा half" (a slip alone may be a
  fall: "bathroom me slip ho gaya" stays quiet);
- a little taken every evening, in Marathi's present: "रोज संध्याकाळी थोडी घेतो" (the feminine
  "थोडी" is the drink's; "थोडा आराम घेतो" is rest);
- country liquor "hit": "dhabe pe desi maari", "desi lagayi";
- a whole or half bottle finished ("puri batli sampli"), or gone by midday ("dopahar tak bottle
  khatam thi", with "by_morning");
- drinking begun again ("parat piyla lagloy", round 45), home come drunk ("pivun alo", round
  46), and the pay gone at the den ("payday, desi theka, whole salary gone");
- what else is begun again after a clean year ("तैयारी फिर से शुरू"), which keeps
  back_from_the_gulf's clean-then-begun-again quiet.

And a home or a job left is not a drink given up: "Dasaryala ghar sodla tevha pilo" had read
"sodla" as quitting, which cancelled the drinking beside it (places_left.py reads it with this
module's "dts_place_left"). Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # What one leaves that is no habit: a home, a village, a town, a job. Not "room" (its
    # skeleton is rum's).
    "dts_place_left": ("ghar", "घर", "gaon", "gaav", "gav", "गांव", "गाँव", "गाव", "shahar", "shehar", "शहर",
                       "sheher", "naukri", "nokri", "नौकरी", "नोकरी", "job", "company", "कंपनी", "kholi", "खोली",
                       "kamra", "कमरा", "hostel", "desh", "देश", "city", "town", "home", "house", "office",
                       "ऑफिस", "ऑफीस"),
    # Goods carried in a bundle or a pouch: "teen potli saman", "5 potli chawal".
    "dts_goods": ("saman", "samaan", "सामान", "सामान", "luggage", "bags", "chawal", "चावल", "tandul", "तांदूळ",
                  "kapde", "कपडे", "कपड़े", "atta", "आटा", "gehu", "गेहूं", "dal", "दाल", "manse", "माणसं"),
    # Marathi's habitual present of taking: "घेतो", "ghete", "घेतोय".
    "dts_takes_now": ("gheto", "घेतो", "ghete", "घेते", "ghetoy", "घेतोय", "ghetey", "घेतेय"),
    # What else is begun again after a year: "एक साल साफ़। अब यूपीएससी की तैयारी फिर से शुरू".
    "dts_thing_begun": ("taiyari", "tayari", "तैयारी", "padhai", "पढ़ाई", "पढाई", "abhyas", "अभ्यास", "gym", "jim",
                        "जिम", "yoga", "योग", "riyaz", "रियाज़", "रियाज", "practice", "coaching", "classes", "training",
                        "course", "ilaj", "इलाज", "treatment", "upchar", "उपचार", "dhandha", "धंधा", "vyavsay", "व्यवसाय"),
    # "A little" in the feminine the drink takes in both languages.
    "dts_a_little_of_it": ("thodi", "थोडी", "thodishi", "थोडीशी", "thodisi", "थोड़ी", "थोड़ीसी"),
    # A country drink "hit" or "put on": "desi maari", "desi lagayi" (not "maara": its skeleton
    # is "mar", to die).
    "dts_hit_a_drink": ("maari", "mari", "मारी", "maare", "मारे", "maar li", "मार ली", "marun", "मारून",
                        "lagayi", "lagai", "लगाई", "lagaayi", "laga li", "लगा ली"),
    # Round 41 (the retired, the mines): the day count gone back to nothing, months gone "into the
    # water", pegs counted large.
    "dts_count_zeroed": ("day count back to 0", "day count back to zero", "count back to 0", "count back to zero",
                         "days back to 0", "days back to zero", "streak back to 0", "streak back to zero",
                         "counter back to 0", "back to day 0", "back to day zero", "day 1 again", "day one again",
                         "phir se day 1", "fir se day 1", "फिर से day 1", "punha day 1", "पुन्हा day 1",
                         "parat day 1", "परत day 1", "wapas day 1", "वापस day 1"),
    "dts_gone_to_waste": ("पाण्यात गेलं", "पाण्यात गेले", "panyat gela", "panyat gele", "panyat gel", "paani me gaye",
                          "paani me gaya", "paani mein gaye", "पानी में गए", "पानी में गया", "gaye paani me",
                          "पानी फिर गया", "paani fir gaya", "paani phir gaya", "down the drain"),
    "dts_large": ("large", "larges", "लार्ज"),
    # Come home drunk: "aaj pan pivun alo ghari" (round 46).
    "dts_came_drunk": ("pivun alo", "pivun aalo", "पिऊन आलो", "piun aalo", "पिऊन आलोय", "pee ke aaya", "pee kar aaya",
                       "पी के आया", "पीकर आया", "pi ke aaya", "pikar aaya", "came home drunk"),
    # The pay gone, all of it: "whole salary gone", "पगार संपला".
    "dts_pay_gone": ("salary gone", "pay gone", "salary khatam", "pagar sampla", "पगार संपला", "पगार गेला",
                     "pagar gela", "tankhwah udd gayi", "तनख्वाह उड़ गई", "salary udd gayi", "सैलरी उड़ गई",
                     "pagar udavla", "पगार उडवला", "blew the salary", "blew my salary"),
    # Begun drinking, the verb of beginning on the drinking (round 45): "parat piyla lagloy".
    "dts_began_drinking": ("piyla laglo", "piyla lagloy", "pyayla laglo", "pyayla lagloy", "pyala laglo",
                           "प्यायला लागलो", "प्यायला लागलोय", "पियला लागलोय", "पिऊ लागलो", "piu laglo",
                           "peene laga", "pine laga", "पीने लगा", "peene lag gaya", "पीने लग गया", "peene lagi",
                           "पीने लगी", "started drinking"),
    # Glasses counted and taken, nothing else named: "रविवारी मटणासोबत दोन ग्लास घेतले" (round 42).
    "dts_glasses": ("glass", "glasses", "ग्लास", "gilas", "गिलास", "ग्लासं"),
    # Bottles and glasses counted, the drink named: "बिअरच्या चार बाटल्या", "ताड़ी के चार गिलास" (round 43).
    "dts_vessels": ("बाटल्या", "batlya", "botlya", "bottles", "बोतलें", "botalen", "bottle", "बोतल", "batli",
                    "गिलास", "gilas", "glasses", "ग्लास", "shishi", "शीशी", "शीशियां", "sheeshiyan", "cans"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Distance kept from the using friends: "charas wale doston se doori bana li, 2 mahine" (round 45).
    "quit": ("doori bana li", "doori banayi", "doori banai", "दूरी बना ली", "दूरी बनाई", "doori rakhi", "दूरी रखी",
             "kept my distance", "अंतर ठेवलं", "antar thevla"),
    # Gone by midday: "lockup se subah chhoda, dopahar tak bottle khatam thi".
    "by_morning": ("dopahar tak", "दोपहर तक", "dupari paryant", "दुपारपर्यंत", "duparparyant"),
    # Kept on drinking, sat drinking: the object left out as the drink is.
    "drank": ("pita raha", "peeta raha", "pita rha", "पीता रहा", "पीता रहता", "pita rahta", "pita rehta",
              "peeta rehta", "पीती रही", "piti rahi", "pite rahe", "पीते रहे", "pit rahilo", "पीत राहिलो",
              "pit baslo", "pit basalo", "पीत बसलो",
              "pi maine", "pee maine", "पी मैंने", "pi hai maine", "पी है मैंने"),
}

DRINKING_TOLD_SHORT: tuple[Combination, ...] = (
    Combination(RE, (_g("slip_said"), _g(*ANY)), 6, across=True, unless=_g("fall_place")),
    # "parat piyla lagloy", "फिर से पीने लगा": begun drinking (not milk, not someone else).
    Combination(RE, (_g("dts_began_drinking"),), 0,
                unless=_g("beverage", "negation", "relation", "third_person", "others", "medical", "quit"),
                unless_reach=3),
    Combination(RE, (_g("dts_came_drunk"),), 0, unless=_g("relation", "third_person", "others", "negation"),
                unless_reach=1),
    # "payday, desi theka, whole salary gone": the pay gone at the den.
    Combination(RE, (_g("liquor_place", "drink_place"), _g("dts_pay_gone")), 6, across=True,
                unless=_g("negation", "quit", "abstained", "relation", "third_person", "habitual_past")),
    Combination(RE, (_g("dts_a_little_of_it"), _g("dts_takes_now")), 0, order=True,
                unless=_g("beverage", "food", "medical", "pills", "prescribed")),
    Combination(RE, (_g("alcohol_maybe"), _g("dts_hit_a_drink")), 0, order=True, unless=_g("beverage", "food")),
    # "day count back to 0. rum.": the count of days gone, unless another's or a task's.
    Combination(RE, (_g("dts_count_zeroed"),), 0, unless=_g("relation", "third_person", "others", "gym", "task"),
                unless_reach=4),
    # "दहा महिने झाले होते. काल सगळं पाण्यात गेलं. दारू": months "gone into the water", with the drink.
    Combination(RE, (_g("dts_gone_to_waste"), _g(*ANY)), 10, across=True, unless=_g("relation", "third_person")),
    # "tithe 3 large ghetle": pegs counted by size, taken.
    Combination(RE, (_g("small_count", "few_number"), _g("dts_large"), _g("took", "use", "drank")), 0, order=True,
                unless=_g("food", "beverage")),
    # "पोला के दिन थोड़ी सी पी": a little drunk, the drink left unnamed.
    Combination(RE, (_g("dts_a_little_of_it"), _g("drank_bare", "drank")), 1, order=True,
                unless=_g("beverage", "medical", "pills", "bottle_of_else")),
    Combination(RE, (_g("small_count", "few_number"), _g("dts_glasses"), _g("took", "took_in_past", "use")), 0,
                order=True, unless=_g("beverage", "water_fetched", "water_glass", "medical"), unless_reach=4),
    Combination(RE, (_g(*ANY), _g("small_count", "few_number"), _g("dts_vessels")), 3, order=True,
                unless=_g("beverage", "bottle_of_else", "relation", "third_person", "others", "not_taken", "price")),
    # "ek raat me 3 potli": the pouches counted (round 62).
    Combination(RE, (_g("small_count", "few_number"), _g("fest_use_pouch")), 0, order=True,
                unless=_g("beverage", "food", "bottle_of_else", "relation", "third_person", "others", "not_taken",
                          "price", "negation", "dts_goods"), unless_reach=4),
    # "quarter marun jhoplo": a quarter "hit".
    Combination(RE, (_g("bb_quarter"), _g("dts_hit_a_drink")), 0, order=True, unless=_g("beverage")),
    # "pagarachya divshi bar madhe gelo, 6 beer": the bar, and what was drunk there (the count
    # after it is the beers', not "ek baar").
    Combination(RE, (_g("bb_went_to_the_bar"), _g(*ANY)), 4, across=True,
                unless=_g("beverage", "ws_soft_mixer", "others", "story")),
    # "ek ghotla bolun puri batli sampli": a whole or half bottle, finished.
    Combination(RE, (_g("bottles_many"), _g("was_gone")), 1, order=True,
                unless=_g("bottle_of_else", "relation", "third_person", "others")),
)

