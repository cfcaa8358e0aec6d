"""Farewells in a young voice (round 15: holdout 41, hostels and first jobs): a bye to
everyone at once beside a sign of going ("im out. bye everyone ✌️", "sagle group left kele,
sagyanna bye bolla. ata bas zala", "sabko group pe bye bol diya, koi puche to bolna wo chala
gaya"), the writer's own last message with thanks or someone put in care ("ये मेरा आखरी
मैसेज है. थैंक यू सब के लिए. मम्मी का ध्यान रखना"), and affairs closed the way a student
closes them: debts paid back, chats cleared, "its giving final episode", a pet put in
someone's care.

Each reading needs two signs. A bye to everyone before a trip, a class or sleep, leaving a
group for its spam, "last message before the exam, phone off", clearing chats to free space
and paying a friend back for the pizza stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Leaving the groups, the hostel's and the class's: "left all the groups", "group left kele",
    # "sab group chhod diye", "ग्रुप सोडले", "exited every group".
    "left_groups": ("left all groups", "left all the groups", "left every group", "left all my groups",
                    "exited all groups", "exited every group", "group left kele", "group left kela",
                    "groups left kele", "group left kar", "groups left kar", "group se left",
                    "sab group chhod", "सब ग्रुप छोड़", "group chhod diya", "group chhod diye", "ग्रुप छोड़ दिया",
                    "ग्रुप छोड़ दिए", "group sodla", "group sodle", "ग्रुप सोडला", "ग्रुप सोडले",
                    "group se nikal gaya", "ग्रुप से निकल गया", "groups sodle", "ग्रुप्स सोडले",
                    "group madhun baher", "ग्रुपमधून बाहेर", "groupmadhun baher", "ग्रुप मधून बाहेर",
                    "group se bahar", "ग्रुप से बाहर", "sagle group sodle", "सगळे ग्रुप सोडले", "groups chhod diye",
                    "ग्रुप्स छोड़ दिए", "groups left kele", "group exit", "exit kiya", "exit kela",
                    "left the group", "left the groups"),
    # "I'm out": the writer signing off from the game, said of their life beside a bye.
    # ("main chala", "mi nighalo" are the everyday "I'm off" and are not here.)
    "im_out": ("im out", "i'm out", "i am out", "im outta here", "i'm outta here", "main out hu", "मैं out हूं",
               "मैं आउट हूं", "mi out", "मी out", "मी आउट"),
    # "Tell them he's gone", the writer speaking of themself to the one who is asked:
    # "koi puche to bolna wo chala gaya", "kuni vicharla tar sanga gela".
    "say_gone": ("chala gaya", "चला गया", "chali gayi", "चली गई", "gela", "गेला", "geli", "गेली", "he left",
                 "she left", "im gone", "i'm gone", "i am gone"),
    # A reason a bye or a group left is ordinary: spam, forwards, sleep, a trip, a phone changed.
    "ordinary_exit": ("out of", "out for", "break", "dinner", "lunch", "going for", "detox", "digital detox",
                      "exam prep", "boards", "focus", "new phone", "new sim", "switching", "sim", "port", "spam",
                      "forwards", "forward", "good morning", "good night", "sleep", "zopto", "झोपतो", "new number",
                      "naya number", "नया नंबर", "navin number", "नवीन नंबर", "phone change", "storage", "space",
                      "exam", "paper", "class", "lecture", "see you", "see u", "milte", "मिलते", "bhetu", "भेटू",
                      "kal milte", "brb", "ttyl", "take care of yourself", "take care of urself", "apna khayal rakhna",
                      "अपना ख्याल रखना", "swatahchi kalji ghya", "स्वतःची काळजी घ्या"),
    # Debts paid back to everyone: "paid back everyone i owed", "sabka udhaar chuka diya",
    # "सगळ्यांची उधारी फेडली", "sab ka karza utaar diya".
    "debts_repaid": ("paid back everyone", "paid everyone back", "paid back all", "paid back everything",
                     "cleared all my dues", "cleared my dues", "cleared all my debts", "settled all my debts",
                     "udhaar chuka", "udhar chuka", "उधार चुका", "udhaari chuka", "karza chuka", "karz chuka",
                     "कर्ज़ चुका", "कर्ज चुका", "karza utaar", "कर्ज़ उतार", "कर्ज उतार", "udhari fedli",
                     "udhar fedla", "udhari fedla", "उधारी फेडली", "उधार फेडला", "karj fedla", "karja fedla",
                     "कर्ज फेडलं", "कर्ज फेडले", "paise parat dile", "पैसे परत दिले", "paise lauta diye",
                     "पैसे लौटा दिए"),
    # Chats and accounts cleared: "cleared all my chats", "deleted my insta", "सगळे chats delete केले".
    "chats_cleared": ("cleared all my chats", "cleared my chats", "deleted all my chats", "deleted my chats",
                      "deleted all chats", "cleared all chats", "chats delete", "chat delete kar", "chats clear",
                      "deleted my insta", "deleted my account", "deleted all my accounts", "deactivated",
                      "account delete", "chats डिलीट", "चॅट्स डिलीट"),
    # The end of one's own series: "its giving final episode", "last episode of me", "roll credits".
    "final_episode": ("final episode", "last episode", "series finale", "season finale", "roll credits",
                      "end credits", "aakhri episode", "आखिरी एपिसोड", "shevatcha episode", "शेवटचा episode"),
    # The writer's last message: "my last message", "मेरा आखरी मैसेज", "maza shevatcha message".
    "last_message_mine": ("my last message", "my last msg", "my last text", "my final message",
                          "mera aakhri message", "mera akhri msg", "mera aakhri msg", "मेरा आखिरी मैसेज",
                          "मेरा आखरी मैसेज", "मेरा आख़िरी मैसेज", "मेरा आखिरी मेसेज", "majha shevatcha message",
                          "maza shevatcha msg", "माझा शेवटचा मेसेज", "माझा शेवटचा message", "ye aakhri message",
                          "ये आखरी मैसेज", "ये आखिरी मैसेज", "this is my last"),
    # Thanks to everyone, English typed in Devanagari: "थैंक यू सब के लिए", "thank you sabka".
    "thanks_to_all": ("थैंक यू सब के लिए", "थैंक्यू सब के लिए", "थैंक यू सबका", "thank you sabka", "thanks sabka",
                      "thanks everyone for everything", "thank you all for everything", "थँक यू सगळ्यांना"),
    # Everyone, in Malvani and Marathi's spoken plural: "sagyanna", "सगळ्यांक".
    "everyone_spoken": ("sagyanna", "सगळ्यांक", "saglyank", "sab logon ko", "सब लोगों को", "y'all", "yall"),
    # Recovery told: debts repaid and old groups left as progress, and the writer caring for the
    # family now ("paid back everyone thanks to sobriety, now i take care of my family").
    "recovery_told": ("sober", "sobriety", "staying sober", "days clean", "months clean", "year clean", "recovery",
                      "nashamukt", "नशामुक्त", "vyasanmukt", "व्यसनमुक्त", "drinking buddies", "drinking friends",
                      "daru wale dost", "दारू वाले दोस्त", "i take care", "i look after", "khayal rakhta",
                      "ख्याल रखता", "khayal rakhti", "ख्याल रखती", "kalji gheto", "काळजी घेतो", "kalji ghete",
                      "काळजी घेते"),
    # Bye typed in Devanagari: "बाय", "बाय बाय", "टाटा".
    "bye_typed": ("बाय", "बाय बाय", "बायबाय", "टाटा", "गुडबाय"),
    # Leaving now, said by the writer as the last word: "मी आता निघालोय", "nighaloy", "ab main chalta hu".
    "leaving_now": ("mi ata nighalo", "mi aata nighalo", "मी आता निघालो", "mi ata nighaloy", "मी आता निघालोय",
                    "nighaloy", "निघालोय", "ab main chalta hu", "अब मैं चलता हूं", "ab main chalti hu",
                    "अब मैं चलती हूं", "ab chalta hu", "अब चलता हूं", "im leaving now", "i'm leaving now"),
    # Handing on in Malvani and the Konkan's imperative: "भावाक देवा" (give to brother).
    "hand_it_on": ("deva", "देवा", "devan", "देवन", "dya", "द्या", "deun taka", "देऊन टाका"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_ORDINARY = _g("ordinary_exit", "away_trip", "commute", "gone_travelling", "recovery_told")

GROUP_FAREWELLS: tuple[Combination, ...] = (
    # A bye to everyone, beside the writer out, done or gone: "im out. bye everyone".
    Combination(S, (_g("farewell_word", "said_bye", "bye_typed"), _g("everyone_all", "everyone_spoken"),
                    _g("im_out", "left_groups", "say_gone", "for_good")), 12, across=True,
                unless=_ORDINARY),
    # Every group left, and a bye or "enough now": "sagle group left kele. ata bas zala".
    Combination(S, (_g("left_groups"), _g("said_bye", "done_me", "for_good", "im_out")), 12, across=True,
                unless=_ORDINARY),
    # The writer's last message, with thanks, a sorry or someone put in care.
    Combination(S, (_g("last_message_mine"),
                    _g("thanks_for_all", "thanks_to_all", "entrust", "apology", "forgiveness", "said_bye", "goodbye",
                       "everyone_all", "everyone_spoken")), 14, across=True,
                unless=_ORDINARY),
    # All one's clothes and the phone handed to a brother, and "I'm leaving now": "माझी सगळी कपडे
    # आणि mobile भावाक देवा, मी आता nighaloy". The clothes and a belonging both: a phone passed to
    # a brother to talk, or lent for a trip, is no farewell.
    Combination(S, (_g("clothes_mine"), _g("possession"), _g("relation"), _g("hand_it_on", "hand_over", "give"),
                    _g("leaving_now")), 14, across=True, unless=_ORDINARY + _g("wedding", "errand_place")),
    # Affairs closed the young way: debts repaid, chats cleared, a final episode, things given
    # and someone put in care; any two of them.
    # (A phone handed on with its chats cleared is an old phone given away, not this.)
    Combination(S, (_g("debts_repaid"), _g("final_episode", "given_away", "entrust")), 24,
                across=True, unless=_g("away_trip", "ordinary_exit", "recovery_told")),
    # Debts repaid and chats cleared, with a bye or "bas" (both alone are a tidy-up after a
    # trip or a change of phone).
    Combination(S, (_g("debts_repaid"), _g("chats_cleared"),
                    _g("farewell_word", "said_bye", "bye_typed", "goodbye", "done_me", "fed_up", "only_this")), 24,
                across=True, unless=_g("away_trip", "ordinary_exit", "recovery_told")),
    Combination(S, (_g("chats_cleared"), _g("final_episode", "entrust")), 24,
                across=True, unless=_g("away_trip", "ordinary_exit", "recovery_told")),
    Combination(S, (_g("final_episode"), _g("entrust", "said_bye", "goodbye")), 24,
                across=True, unless=_g("away_trip")),
)
