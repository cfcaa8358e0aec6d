"""Quarters after the match and the bar's neon board (the drink, the drugs and the cravings of rounds
106-107: footballers, study rooms, grave-diggers, city gas workers, tour-bus drivers, TV-serial crews):

- "a few quarters with the other referees at the dhaba"; "I'm not clean any more"; "drank three times this
  week"; "friends forced me and I drank"; "the truck men met me, beer with them and then whisky"; the pay
  "and I went into the bar, all the money gone"; "online rummy again, the room's rent lost"; "sitting every
  evening since the serial shut, the fourth day", "taking it every night since the hamstring went";
- cravings: round and round the bar "and not gone in yet", standing outside it; "I won't be able to stop
  myself at the victory party", "money in the pocket and the shop near, holding myself back"; the chillum
  friend met again "and that's all in my head", "all I can think is the bar"; the neon board "and a knot in
  my stomach", the country-liquor shop opposite the pump "and my mouth goes dry"; "everyone drinks at the
  dhaba, I feel like it too"; "how long can I keep saying no".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import DRINK_READ
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "qn_few_quarters": ("few quarters", "couple of quarters", "do quarter", "दो क्वार्टर", "2 quarter", "2 quarters",
                        "few pegs", "couple of pegs"),
    "qn_with_them": ("with the", "ke saath", "के साथ", "barobar", "बरोबर", "सोबत", "sobat"),
    "qn_not_clean": ("मैं clean नहीं", "main clean nahi", "mai clean nahi", "mi clean nahi", "मी clean नाही",
                     "i'm not clean", "im not clean", "i am not clean"),
    "qn_times_drank": ("vela pilo", "वेळा पिलो", "वेळा प्यालो", "vela pyalo", "times i drank"),
    "qn_forced": ("force केलं", "force kela", "force kiya", "force किया", "forced me", "जबरदस्ती", "jabardasti",
                  "zabardasti"),
    "qn_i_drank": ("मी drink केलं", "mi drink kela", "maine drink kiya", "मैंने drink किया", "drink केलं",
                   "drink kela", "मी प्यालो", "mi pyalo"),
    "qn_met": ("bhetle", "भेटले", "mile", "मिले", "met"),
    "qn_drink_with": ("tyanchya barobar", "त्यांच्या बरोबर", "unke saath", "उनके साथ", "with them"),
    "qn_money_gone": ("सगळे पैसे गेले", "sagle paise gele", "sab paise gaye", "सब पैसे गए", "all the money gone",
                      "पैसे उडवले", "paise udavle"),
    "qn_bet": ("रमीवर", "rummy var", "rummy pe", "रमी पे", "online rummy", "ऑनलाइन रमी"),
    "qn_lost_money": ("पैसे हरलो", "paise haralo", "पैसे हार गया", "paise haar gaya", "lost the rent", "हरलो", "haralo"),
    "qn_sitting_daily": ("रोज संध्याकाळी बसतोय", "roj sandhyakali bastoy", "रोज रात्री बसतो", "roj ratri basto",
                         "रोज बसतोय", "roj bastoy", "रोज रात्री घेतोय", "roj ratri ghetoy", "रोज घेतोय", "roj ghetoy"),
    "qn_day_count": ("चौथा दिवस", "chautha divas", "तिसरा दिवस", "tisra divas", "fourth day", "third day",
                     "कमी होत नाही", "kami hot nahi"),
    # craving
    "qn_bar": ("बारच्या", "barchya", "बारचा", "barcha", "बारसमोरून", "barsamorun", "बारसमोर", "barsamor",
               "बारमध्ये", "barmadhe"),
    # a refusal's own "not" is a part of the rule that reads it, so it does not cancel the pull
    "qn_not_in_yet": ("अजून आत नाही गेलो", "ajun aat nahi gelo", "आत नाही गेलो अजून", "aat nahi gelo ajun",
                      "haven't gone in yet", "havent gone in yet", "abhi andar nahi gaya", "अभी अंदर नहीं गया"),
    "qn_circled": ("फेरी मारली", "pheri marli", "चक्कर लगाए", "chakkar lagaye", "बाहेर उभा आहे", "bahar ubha ahe"),
    "qn_cant_stop_self": ("swatahala rokta yenar nahi", "स्वतःला रोखता येणार नाही", "rokta yenar nahi",
                          "खुद को रोक नहीं पाऊंगा", "khud ko rok nahi paunga", "can't stop myself",
                          "won't be able to stop myself", "स्वतःला आवरतोय", "swatala avartoy", "swatahala avartoy",
                          "controlling myself", "खुद को रोक रहा", "khud ko rok raha"),
    "qn_party_or_money": ("party", "पार्टी", "पैसे खिशात", "paise khishat", "money in my pocket", "दुकान जवळ",
                          "dukan javal"),
    "qn_on_mind": ("डोक्यात तेच", "dokyat tech", "दिमाग में वही", "dimag me wahi", "all i can think is",
                   "all i can think about"),
    "qn_old_user_met": ("चिलीमवाला मित्र", "chilimwala mitra", "chillum wala dost", "चिलमवाला दोस्त"),
    "qn_body_pulls": ("पोटात गोळा", "potat gola", "pet me gola", "पेट में गोला", "tond korda", "तोंड कोरडं",
                      "mouth goes dry", "मुंह सूख"),
    "qn_they_drink": ("pitayt", "पितायत", "पी रहे", "pee rahe", "pi rahe", "are drinking"),
    "qn_me_too_want": ("mala pan vatatay", "मला पण वाटतंय", "mujhe bhi mann", "मुझे भी मन", "i feel like it too"),
    "qn_how_long_refuse": ("kiti vel nahi mhanu", "किती वेळ नाही म्हणू", "kab tak mana karu", "कब तक मना करूं",
                           "how long can i say no", "how long do i keep saying no"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

QUARTERS_AFTER_THE_MATCH_AND_THE_NEON_BOARD: tuple[Combination, ...] = (
    Combination(RE, (_g("qn_few_quarters"), _g("qn_with_them")), 8, unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("qn_not_clean"),)),
    Combination(RE, (_g("qn_times_drank"),), unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("qn_forced"), _g("qn_i_drank")), 12, across=True),
    Combination(RE, (_g("qn_i_drank"),), unless=_g("negation"), unless_reach=2),
    Combination(RE, (_g("qn_met"), _g("qn_drink_with"), _g("alcohol")), 12, across=True, unless=_g("negation"),
                unless_reach=2),
    Combination(RE, (_g("payday", "pd_pay_came"), _g("liquor_place", "drink_place"), _g("qn_money_gone")), 16,
                across=True),
    Combination(RE, (_g("qn_bet", "bet_game"), _g("qn_lost_money")), 10, across=True),
    Combination(RE, (_g("qn_sitting_daily"), _g("qn_day_count")), 20, across=True),
    Combination(CR, (_g("liquor_place", "drink_place", "gs_bar_near", "qn_bar"), _g("qn_not_in_yet"), _g("negation")),
                16, across=True, same_word=True),
    Combination(CR, (_g("liquor_place", "drink_place", "gs_bar_near", "qn_bar"), _g("qn_circled")), 16, across=True),
    Combination(CR, (_g("qn_cant_stop_self"), _g(*DRINK_READ, "qn_party_or_money", "shop_any")), 16, across=True),
    Combination(CR, (_g(*DRINK_READ, "cannabis", "smoke_named", "drugs", "qn_old_user_met"), _g("qn_on_mind")), 16,
                across=True),
    Combination(CR, (_g(*DRINK_READ, "qn_bar"), _g("qn_body_pulls")), 20, across=True),
    Combination(CR, (_g("drinkers", "qn_they_drink"), _g("qn_me_too_want")), 12, across=True),
    Combination(CR, (_g("qn_how_long_refuse"),)),
)
