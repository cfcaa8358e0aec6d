"""Suicide told as errands left to the family and a return denied (the second reading of rounds
64-65, holdouts 226, 228-230, 232 and 233):

- an apology sent through someone, with the writer's things or papers handed on: "Mummy को sorry
  बोल देना, मेरा ATM pin 4471 है", "sab ko sorry bolna. pinki ko meri payal de dena";
- the writer's things handed on and no coming back: "thela Raju ko de dena aur meri ghadi bhi. Ab
  mai wapis nahi aunga";
- the well, the height or the tracks gone to, and no coming back from there: "गांव वाले कुएं पे जा
  रहा हूँ कल। लौट के नहीं आना है", "दहाव्या मजल्यावरची साईट आहे. तिथून परत खाली येणार नाही";
- the family freed, or the insurance paid, only once the writer is not there: "आता मी नसलो तरच हे
  थांबेल", "if im not there the co-op insurance gives them 2 lakh";
- the writer's last day, in the English words: "बाबा म्हणाले आज last day आहे माझा, please help";
- a fall, or being gone, wished as the end of it all: "shidi varun padlo tar sagla sutel", "मी गेलो
  की सगळं close होईल".

A trip, a week at the village or a day off named beside "not coming back" is an ordinary absence;
a sorry sent for being late has no things handed on. Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # An apology to be passed on: "को sorry बोल देना", "sab ko sorry bolna", "ला sorry सांगा".
    "sr_sorry_sent": ("ko sorry bol dena", "को sorry बोल देना", "ko sorry bolna", "को sorry बोलना", "ko sorry kehna",
                      "को sorry कहना", "ko sorry keh dena", "को sorry कह देना", "la sorry sang", "ला sorry सांग",
                      "la sorry sanga", "ला sorry सांगा", "la sorry bol", "ला sorry बोल", "sab ko sorry",
                      "सब को sorry", "sagalyanna sorry sanga", "सगळ्यांना sorry सांगा", "tell mom sorry",
                      "tell my mother sorry", "tell my wife sorry", "tell them sorry", "say sorry to my"),
    # The writer's money and papers told where they are: "मेरा ATM pin 4471 है", "PF की file locker में".
    "sr_papers_told": ("atm pin", "एटीएम पिन", "atm ka pin", "atm cha pin", "pin number", "PF की file",
                       "pf ki file", "pf che papers", "pf चे papers", "pf के papers", "pf ke papers",
                       "locker ki chaabi", "locker की चाबी", "locker chi chavi", "लॉकरची चावी", "passbook",
                       "पासबुक"),
    # Not coming back: "wapis nahi aunga", "लौट के नहीं आना है", "अब लौटूँगी नहीं", "परत येणार नाही".
    "sr_not_returning": ("wapis nahi aunga", "wapis nahi aaunga", "wapas nahi aaunga", "wapas nahi aunga",
                         "वापस नहीं आऊंगा", "वापस नहीं आऊँगा", "wapas nahi aaungi", "वापस नहीं आऊंगी",
                         "laut ke nahi aana", "लौट के नहीं आना", "laut ke nahi aaunga", "लौट के नहीं आऊंगा",
                         "lautunga nahi", "लौटूंगा नहीं", "लौटूँगा नहीं", "lautungi nahi", "लौटूंगी नहीं",
                         "लौटूँगी नहीं", "wapas nahi aana", "वापस नहीं आना", "parat yenar nahi", "परत येणार नाही",
                         "parat nahi yenar", "परत नाही येणार", "parat khali yenar nahi", "परत खाली येणार नाही",
                         "won't come back", "wont come back", "not coming back", "never coming back",
                         "won't be back", "wont be back", "won't come down", "wont come down"),
    # What makes not coming back an ordinary absence: a stay, a trip, a count of days, work.
    "sr_time_away": ("hafte", "hafta", "हफ्ते", "हफ़्ते", "week", "weeks", "mahina", "mahine", "महीने", "mahinyane",
                     "महिन्याने", "divas", "दिवस", "days", "din tak", "दिन तक", "until", "till", "tak", "तक",
                     "paryant", "पर्यंत", "shaadi", "शादी", "lagna", "लग्न", "trip", "tour", "chutti", "छुट्टी",
                     "suttit", "सुट्टीत", "kaam", "काम", "job", "naukri", "नौकरी", "office", "ऑफिस", "company",
                     "कंपनी", "duty", "ड्यूटी", "group", "meeting", "मीटिंग", "centre", "center"),
    # The place gone to: the well, a floor of the site, the tracks.
    "sr_place_gone_to": ("majlyavar", "मजल्यावर", "majlyavarchi", "मजल्यावरची", "manzil", "मंज़िल", "मंजिल",
                         "floor"),
    # The end of it, once the writer is not there: it stops, the insurance pays.
    "sr_it_stops": ("he thambel", "हे थांबेल", "sagla thambel", "सगळं थांबेल", "sab ruk jayega", "सब रुक जाएगा",
                    "ye ruk jayega", "ये रुक जाएगा", "it will stop", "it all stops", "gives them", "will get",
                    "milel", "मिळेल", "milega", "मिलेगा", "makes sense"),
    # A fall of the writer's: "padlo tar", "पडलो तर", "मेलो तर".
    "sr_if_i_fell": ("padlo tar", "पडलो तर", "padle tar", "पडले तर", "padlo tari", "melo tar", "मेलो तर",
                     "mele tar", "मेले तर", "sampalo tar", "संपलो तर", "gir gaya to", "गिर गया तो", "gir jaun to",
                     "गिर जाऊं तो", "गिर जाऊँ तो", "if i fell", "if i fall"),
    "sr_all_released": ("sagla sutel", "सगळं सुटेल", "sagle sutel", "sagla sutun jail", "सगळं सुटून जाईल",
                        "sutka hoil", "सुटका होईल", "sab chhut jayega", "सब छूट जाएगा", "sab khatam", "सब खत्म",
                        "it all ends", "all is over"),
    # Once the writer is gone, all is closed: "मी गेलो की सगळं close होईल".
    "sr_once_i_am_gone": ("मी गेलो की", "mi gelo ki", "mi gelo ke", "मी गेले की", "mi gele ki", "main gaya to sab",
                          "मैं गया तो सब", "main chala gaya to", "मैं चला गया तो"),
    # ... everything: "सगळं close", "sagla sampel" (not one shop's or one job's closing).
    "sr_all_closed": ("सगळं close", "sagla close", "sagle close", "सगळं क्लोज", "सगळं संपेल", "sagla sampel",
                      "सगळं मिटेल", "sagla mitel", "सगळं सुटेल", "sagla sutel", "sab khatam", "सब खत्म",
                      "sab khatam ho jayega", "सब खत्म हो जाएगा", "sab clear", "सब clear",
                      # rounds 68-69: "मी गेलो की हे सगळं थांबेल", "मी गेलो की बायको पोरं सुखी राहतील"
                      "सगळं थांबेल", "sagla thambel", "सुखी राहतील", "sukhi rahtil", "sukhi rahatil"),
    # The writer's last day, said with the English words after the verb: "आज last day आहे माझा" (told
    # by a daughter, rounds 64-65); an office's, a job's or a wedding's last day is ordinary.
    "sr_my_last_day": ("last day aahe maza", "last day ahe maza", "last day आहे माझा", "last day aahe majha",
                       "last day hai mera", "last day है मेरा", "last day hai meri", "last day है मेरी"),

}

EXTENDS: dict[str, tuple[str, ...]] = {}

_OWN_THINGS_ON = (_g("my_own", "mine_own"), _g("tp_give_on", "pg_things_given"))

SORRY_SENT_AND_NO_RETURN: tuple[Combination, ...] = (
    Combination(S, (_g("sr_sorry_sent"), _g("sr_papers_told", "tp_papers")), 20, across=True),
    Combination(S, (_g("sr_sorry_sent"), *_OWN_THINGS_ON), 20, across=True),
    Combination(S, (*_OWN_THINGS_ON, _g("sr_not_returning")), 16, across=True,
                unless=_g("sr_time_away", "away_trip"), unless_reach=6),
    Combination(S, (_g("danger_place", "water_body", "high_place", "rail_line", "sr_place_gone_to"),
                    _g("sr_not_returning")), 14, across=True,
                unless=_g("sr_time_away", "water_leisure"), unless_reach=6),
    Combination(S, (_g("exr_without_me", "hinted_if_i_werent_then"), _g("hinted_freed", "insurance", "sr_it_stops")),
                8, order=True),
    Combination(S, (_g("sr_if_i_fell"), _g("sr_all_released")), 3, order=True),
    Combination(S, (_g("sr_once_i_am_gone"), _g("sr_all_closed")), 3, order=True),
    Combination(S, (_g("sr_my_last_day"),), 0, unless=_g("leave_harmless", "wedding", "last_place", "sr_time_away"),
                unless_reach=6),
)
