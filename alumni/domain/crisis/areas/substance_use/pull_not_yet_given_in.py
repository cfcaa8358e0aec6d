"""Craving told as a pull not yet given in to (the reading of rounds 60-63, holdouts 214-216, 218,
220-222, 224 and 225):

- the old habit remembered: "सोल्युशनचा वास आला की जुनी सवय आठवते", "juni hungaychi athvan ali";
- not yet, said of the drink or the drug in sight: "अजून घेतलं नाही", "ajun pyalo nahi", "havent
  touched it but its hard" (with a count of days or months it is progress, and stays so);
- no trust in oneself with the money in hand or the drink about: "season ka paisa aaya hai ... mujhe
  khud pe bharosa nahi", "पैसे हातात आहेत ... आज स्वतःवर भरोसा नाही" (before an exam it is nerves);
- the heart stirring while the others party or drink: "sab party kar rahe, mera bhi dil machal raha
  hai";
- a slip foreseen: "आज मी घसरेन असं वाटतं", "scared i wont say no";
- someone asked to talk, the mind unsteady: "koni tari bola na majhyashi, man thikanavar nahi",
  "aaj man kabu bahar chalala ahe".

Each is urgent, not a crisis: the same day, no helpline text.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The old habit, remembered: "जुनी सवय आठवते", "purani aadat yaad aa rahi".
    "pn_old_habit_recalled": ("जुनी सवय आठवते", "जुनी सवय आठवली", "juni savay athavte", "juni savay aathavte",
                              "juni savay athavli", "juni savay aathvali", "जुन्या सवयीची आठवण", "junya savayichi athvan",
                              "पुरानी आदत याद", "purani aadat yaad", "purani aadat yad", "old habit is calling",
                              "old habit calling", "old habits calling", "remember the old habit"),
    # Not yet taken: "अजून घेतलं नाही", "ajun pyalo nahi", "havent touched it yet".
    "pn_not_yet": ("अजून घेतलं नाही", "ajun ghetla nahi", "ajun ghetle nahi", "ghetla nahi ajun", "अजून प्यायलो नाही",
                   "ajun pyalo nahi", "ajun pilo nahi", "pyalo nahi ajun", "अजून काही केलं नाही", "kahi kela nahi ajun",
                   "ajun kahi kela nahi", "अभी तक पिया नहीं", "abhi tak piya nahi", "abhi tak li nahi", "abhi tak nahi li",
                   "अभी तक ली नहीं", "havent touched it but", "haven't touched it but", "havent touched it yet",
                   "haven't touched it yet", "not yet", "didnt take it yet", "didn't take it yet", "havent yet",
                   "haven't yet"),
    # What makes "not yet" a count of progress: days, months, a milestone.
    "pn_count_kept": ("divas", "दिवस", "din", "दिन", "days", "mahine", "महिने", "mahina", "months", "month", "saal",
                      "साल", "year", "years", "varsh", "वर्ष"),
    # No trust in oneself: "khud pe bharosa nahi", "स्वतःवर भरोसा नाही".
    "pn_no_self_trust": ("khud pe bharosa nahi", "khud par bharosa nahi", "खुद पे भरोसा नहीं", "खुद पर भरोसा नहीं",
                         "khud pe bharosa nhi", "apne aap pe bharosa nahi", "अपने आप पर भरोसा नहीं",
                         "स्वतःवर भरोसा नाही", "swatahvar bharosa nahi", "swatavar bharosa nahi", "स्वतःवर विश्वास नाही",
                         "swatahvar vishwas nahi", "dont trust myself", "don't trust myself", "cant trust myself",
                         "can't trust myself", "do not trust myself"),
    # The heart stirring: "dil machal raha hai", "मन मचल रहा".
    "pn_heart_stirs": ("dil machal", "दिल मचल", "mann machal", "man machal", "मन मचल", "jeev machal",
                       "man hurhurta", "मन हुरहुरतं"),
    # The others partying, drinking, the bottle out.
    "pn_party_around": ("party", "पार्टी", "daawat", "दावत", "mehfil", "महफ़िल", "महफिल", "bottle", "बोतल", "बाटली",
                        "botal", "batli", "peg", "पेग", "gatari", "गटारी"),
    # A slip foreseen: "आज मी घसरेन", "i will slip", "i wont say no".
    "pn_slip_foreseen": ("मी घसरेन", "mi ghasren", "ghasrin", "घसरीन", "आज घसरेन", "fisal jaunga", "फिसल जाऊंगा",
                         "फिसल जाऊँगा", "i will slip", "i'll slip", "ill slip", "i might slip", "i wont say no",
                         "i won't say no", "i will not say no", "wont be able to say no", "won't be able to say no",
                         "मना नहीं कर पाऊंगा", "mana nahi kar paunga", "नाही म्हणता येणार नाही",
                         "nahi mhanta yenar nahi"),
    # Talk to me: "bola na majhyashi", "mujhse baat karo", "talk to me".
    "pn_talk_to_me": ("bola na majhyashi", "majhyashi bola", "माझ्याशी बोला", "mazyashi bola", "bola mazyashi",
                      "bola majhyashi", "mujhse baat karo", "mujhse baat kar lo", "मुझसे बात करो", "talk to me",
                      "bolaycha ahe kunashi tari", "kunashi tari bolaycha ahe", "किसी से बात करनी है",
                      "kisi se baat karni hai", "ek minit bola", "mala aaj bola", "मला आज बोला"),
    # The mind unsteady: "man thikanavar nahi", "मन थाऱ्यावर नाही", "man kabu bahar".
    "pn_mind_unsteady": ("man thikanavar nahi", "मन ठिकाणावर नाही", "man tharyavar nahi", "मन थाऱ्यावर नाही",
                         "man kabu bahar", "मन काबू बाहेर", "mann kaabu me nahi", "मन काबू में नहीं",
                         "mann kabu me nahi", "doka tithech", "डोकं तिथेच", "mind is not in place", "cant focus",
                         "mann nahi lag raha", "dimag wahin hai", "दिमाग वहीं है", "man ajun tithech",
                         "मन अजून तिथेच", "मन अभी भी वहीं", "मन अब भी वहीं", "mann abhi bhi wahin", "baghavat nahi",
                         "बघवत नाही", "डोळ्यासमोरून जात नाही", "dolyasamorun jat nahi"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PULL_NOT_YET_GIVEN_IN: tuple[Combination, ...] = (
    Combination(CR, (_g("pn_old_habit_recalled"),), 0),
    Combination(CR, (_g(*ANY, "pn_party_around"), _g("pn_not_yet")), 14, across=True,
                unless=_g("pn_count_kept"), unless_reach=14),
    Combination(CR, (_g("pn_no_self_trust"), _g(*ANY, "pn_party_around", "liquor_place", "bet_money", "payday")), 20,
                across=True),
    Combination(CR, (_g("pn_heart_stirs"), _g(*ANY, "pn_party_around", "drinkers", "others")), 12, across=True),
    Combination(CR, (_g("pn_slip_foreseen"),), 0),
    Combination(CR, (_g("pn_talk_to_me"), _g("pn_mind_unsteady", *ANY)), 14, across=True),
    Combination(CR, (_g("pn_mind_unsteady"), _g(*ANY, "pn_party_around", "liquor_place")), 14, across=True),
)
