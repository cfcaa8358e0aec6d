"""Affairs settled and the end said indirectly (round 16, holdout 45: phones that mangle what
is typed and said, and the indirect forms in the same messages):

- everyone fine without the writer ("मेरे बिना सब ठीक रहेंगे", "माझ्याशिवाय सगळे सुखी राहतील",
  "family better of with out me" as voice typing spells it);
- the insurance, the LIC or the compassionate job beside the writer's absence ahead
  ("insurance आईच्या नावावर आहे, mi nasel tevha tila sang");
- the writer's own will written beside a belonging handed on ("मेरा will likh diya hai, bike
  chhote ko de dena"), money kept aside for the writer's own funeral rites, or the few days
  left ("mazhya antyavidhi che paise thevle", "jast divas nahi urle");
- a belonging or an appointment's slot given up as no longer needed ("mera phone bech dena ab
  zarurat nahi", "I won't need the next appointment, give my slot to someone else"), or a
  bye to everyone beside a belonging sold or handed on;
- today the last day and tomorrow the writer not there ("आज last day, उद्या मी नसेन");
- forgiveness asked beside not managing any more, the children entrusted beside "I'm tired
  now" ("aai la sanga mala maaf kar, mala ata jamnar nahi", "पोरांची काळजी घ्या, मी आता थकलो");
- life become unbearable beside going away for good or never coming back ("जीव नकोसा
  झालाय ... परत येऊच नये");
- a place of danger gone to and sat at for long, or looked down from, with tomorrow left
  open or the going promised again ("vihiri kade ... khup vel basun hoto, udya parat jain",
  "छत पे ... नीचे देखता रहा बहुत देर ... कल का पता नहीं");
- tomorrow's morning doubted ("soch raha hu kal ki subah dekhni bhi hai kya");
- the way of the deaths one sees (the tracks, the rope) now feeling right ("रुळावरच्या केसेस
  रोज बघतो, आता तोच रस्ता बरोबर वाटतो");
- a cord tied to the fan, found by the family ("पंखे से रस्सी बांधी थी, हमने खोली").

What cancels: a job, a city or a trip left ("office मध्ये last day", "a transfer"), a reason
for the slot (feeling better, moved, busy), a replaced phone, a relative's funeral, the
heat or the mosquitoes that make life "unbearable", stars and kites on a terrace, an exam's
or an interview's morning, a cord tied to dry the clothes.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Everyone fine, happier, at peace without the writer.
    "fine_without_me": ("mere bina sab theek", "mere bina sab thik", "मेरे बिना सब ठीक", "mere bina sab khush",
                        "मेरे बिना सब खुश", "mere bina sab sukhi", "mere bina sab achha", "मेरे बिना सब अच्छा",
                        "majhyashivay sagle thik", "mazyashivay sagle thik", "माझ्याशिवाय सगळे ठीक",
                        "माझ्याशिवाय सगळं ठीक", "majhyashivay sagle sukhi", "माझ्याशिवाय सगळे सुखी",
                        "majhyavina sagle", "माझ्याविना सगळे", "fine without me", "be fine without me",
                        "happier without me", "better without me", "better of without me", "better of with out me",
                        "better off with out me", "beter off without me", "better of witout me",
                        "with out me they", "with out me everyone", "bina mere sab", "बिना मेरे सब"),
    # The job or the money the family would get in the writer's place.
    "in_my_place": ("meri jagah naukri", "मेरी जगह नौकरी", "anukampa", "अनुकंपा",
                    "majhya jagi naukri", "माझ्या जागी नोकरी", "claim mil jayega", "क्लेम मिल जाएगा",
                    "claim milel", "क्लेम मिळेल", "will clear the loan", "loan clear ho jayega",
                    "लोन क्लियर हो जाएगा", "karj fedel", "कर्ज फेडेल", "loan fedel"),
    # The writer's own will made.
    "own_will_made": ("will likh diya", "will likh di", "will bana diya", "will bana di", "will banaya",
                      "vasiyat likh", "वसीयत लिख", "वसीयत बना", "vasiyat bana", "mrutyupatra", "मृत्युपत्र",
                      "will lihila", "will lihun", "wrote my will", "made my will", "written my will",
                      "my will is ready", "will ready", "will तयार", "will लिख"),
    # The writer's own funeral rites, by their names.
    "own_rites": ("mazhya antyavidhi", "majhya antyavidhi", "माझ्या अंत्यविधी", "माझ्या अंत्यसंस्कार",
                  "majhya antyasanskar", "mere antim sanskar", "मेरे अंतिम संस्कार", "mera antim sanskar",
                  "meri antyeshti", "मेरी अंत्येष्टि", "my funeral", "my own funeral", "my cremation",
                  "mere kriya karm", "मेरे क्रियाकर्म", "antyavidhi", "अंत्यविधी", "antim sanskar",
                  "अंतिम संस्कार"),
    # Money set aside, kept ready.
    "money_kept": ("paise bajula", "पैसे बाजूला", "paise kadhun thevle", "पैसे काढून ठेवले", "paise thevle",
                   "पैसे ठेवले", "paise rakhe", "पैसे रखे", "paise rakh diye", "पैसे रख दिए", "paisa rakha",
                   "money aside", "money kept", "kept money", "saved money", "set aside money", "kharcha rakha",
                   "खर्चा रखा", "kharch thevla", "खर्च ठेवला"),
    # Few days left to the writer.
    "few_days_left": ("jast divas nahi urle", "जास्त दिवस नाही उरले", "divas urle nahit", "दिवस उरले नाहीत",
                      "jyada din nahi bache", "ज्यादा दिन नहीं बचे", "zyada din nahi bache", "din nahi bache",
                      "दिन नहीं बचे", "not many days left", "few days left for me", "my days are numbered",
                      "days are numbered"),
    # A slot, an appointment, a place the writer will not use.
    "my_slot": ("my slot", "my appointment", "next appointment", "my next appointment", "my session",
                "next session", "mera slot", "मेरा slot", "meri appointment", "मेरी appointment",
                "majhi appointment", "माझी appointment", "majha slot", "माझा slot", "mera number",
                "agli appointment", "अगली appointment", "pudhchi appointment", "पुढची appointment"),
    "wont_need": ("wont need", "won't need", "will not need", "dont need it anymore", "no longer need",
                  "ab zarurat nahi", "अब ज़रूरत नहीं", "अब जरूरत नहीं", "ab nahi chahiye", "अब नहीं चाहिए",
                  "ata garaj nahi", "आता गरज नाही", "ata lagnar nahi", "आता लागणार नाही", "garaj nahi padnar"),
    # Sold or handed on, asked of the reader: "bech dena", "give my slot to someone else".
    "sold_or_given": ("bech dena", "bech de", "bech do", "बेच देना", "बेच दे", "बेच दो", "vikun taka", "विकून टाका",
                      "vikun tak", "vika", "sell it", "sell my", "give away", "give it away", "de dena", "दे देना",
                      "deun taka", "देऊन टाका", "give my", "give it to", "to someone else", "to some one else",
                      "someone else", "kisi aur ko", "किसी और को", "dusryala dya", "दुसऱ्याला द्या",
                      "dusrya konala", "दुसऱ्या कोणाला"),
    # The same way, seen in others' deaths, now felt right for oneself.
    "that_way_feels_right": ("toch rasta barobar vatto", "तोच रस्ता बरोबर वाटतो", "तोच रस्ता बरोबर वाटतोय",
                             "toch rasta barobar vatoy", "toch marg barobar vatto", "तोच मार्ग बरोबर वाटतो",
                             "tohi rasta barobar", "wahi rasta sahi lagta", "वही रास्ता सही लगता", "वही रास्ता ठीक लगता",
                             "wahi rasta theek lagta", "wahi rasta sahi lag raha", "वही रास्ता सही लग रहा",
                             "that way feels right", "that way seems right", "that seems like the way",
                             "same way seems right", "that way looks right"),
    # The tracks in the cases seen there: "रुळावरच्या केसेस", "patri wale cases".
    "tracks_cases": ("रुळावरच्या", "rulavarchya", "रुळावरील", "rulavaril", "रुळाखालच्या", "rulakhalchya",
                     "railway cases", "track cases", "train cases", "patri wale", "पटरी वाले", "पटरी पर के",
                     "railway suicides", "रेल्वे केसेस"),
    "slot_reason": ("better now", "feeling better", "doing well", "doing good", "doing fine", "fine now", "all good",
                    "thik hu", "ठीक हूं", "theek hu", "bara ahe", "बरा आहे", "on leave", "vacation", "holiday", "recovered", "fit now", "moved", "moving", "shifted",
                    "shifting", "transfer", "busy", "out of station", "reschedule", "another doctor",
                    "theek ho gaya", "ठीक हो गया", "bara zalo", "बरा झालो", "new phone", "naya phone",
                    "नया फोन", "nava phone", "नवा फोन", "upgrade", "exam", "interview"),
    # Today the last day.
    "last_day_today": ("aaj last day", "आज last day", "aaj aakhri din", "आज आखिरी दिन", "aaj shevtacha divas",
                       "आज शेवटचा दिवस", "today is my last day", "today is the last day", "my last day today",
                       "last day today", "aajcha shevtacha divas", "आजचा शेवटचा दिवस"),
    "last_day_place": ("office", "job", "college", "school", "company", "kaam", "काम", "naukri", "नौकरी",
                       "nokri", "नोकरी", "shift", "internship", "project", "hostel", "notice", "farewell party",
                       "sale", "offer", "exam", "trip", "leave"),
    # Not managing any more: "mala ata jamnar nahi", "ab mujhse nahi hoga".
    "cant_go_on": ("ata jamnar nahi", "आता जमणार नाही", "mala ata jamnar nahi", "ab mujhse nahi hoga",
                   "अब मुझसे नहीं होगा", "ab nahi hoga mujhse", "i cant go on", "i can't go on", "cant go on",
                   "can't go on", "i cant do this anymore", "i can't do this anymore", "ab aur nahi hota",
                   "अब और नहीं होता", "ata nahi sahan hot", "ata pudhe jamnar nahi", "आता पुढे जमणार नाही"),
    "event_excuse": ("yayla", "यायला", "yeu", "party", "function", "meeting", "ghari", "घरी", "aana", "आना",
                     "come", "match", "movie", "tomorrow's plan"),
    # Tired, now, for good: "मी आता थकलो", "main ab thak gaya".
    "tired_now": ("mi ata thaklo", "मी आता थकलो", "ata thaklo", "आता थकलो", "mi thaklo ata", "main ab thak gaya",
                  "मैं अब थक गया", "ab thak gaya", "अब थक गया", "ab thak gayi", "अब थक गई", "i'm tired now",
                  "im tired now", "i am tired now", "tired of it all", "i'm so tired of everything"),
    "rest_reason": ("zopto", "झोपतो", "sleep", "so jata", "सो जाता", "so raha", "सो रहा", "duty", "shift",
                    "travel", "pravas", "प्रवास", "kaam", "काम", "work", "office"),
    # Life become unbearable, unwanted.
    "life_unwanted": ("jeev nakosa", "jiv nakosa", "जीव नकोसा", "jagna nakosa", "जगणं नकोसं", "jeena dubhar",
                      "जीना दूभर", "jeena mushkil ho gaya", "जीना मुश्किल हो गया", "life has become unbearable",
                      "life is unbearable", "life became unbearable", "zindagi bojh", "ज़िंदगी बोझ", "जिंदगी बोझ"),
    "unbearable_cause": ("ukadyane", "उकाड्याने", "garmi", "गर्मी", "heat", "dasanni", "डासांनी", "machhar",
                         "मच्छर", "mosquito", "traffic", "pani nahi", "light nahi", "lightshivay"),
    # Sat for long, or looked down, at a place.
    "sat_long": ("khup vel basun", "खूप वेळ बसून", "khup vel baslo", "खूप वेळ बसलो", "bahut der baitha",
                 "बहुत देर बैठा", "der tak baitha", "देर तक बैठा", "bahut der", "बहुत देर", "khup vel",
                 "खूप वेळ", "sat there for hours", "sat for a long time", "sat there a long time",
                 "for a long time", "ghanto baitha", "घंटों बैठा", "taasbhar", "तासभर"),
    "looked_down": ("niche dekhta raha", "नीचे देखता रहा", "niche dekh raha", "नीचे देख रहा", "niche dekha",
                    "नीचे देखा", "khali baghat hoto", "खाली बघत होतो", "khali baghitla", "खाली बघितलं",
                    "looked down", "kept looking down", "stared down", "staring down"),
    "tomorrow_open": ("kal ka pata nahi", "कल का पता नहीं", "kal ka kya pata", "कल का क्या पता",
                      "udyacha mahit nahi", "उद्याचं माहीत नाही", "udyache mahit nahi", "उद्याचं माहिती नाही",
                      "udyach mahit nahi", "udya parat jain", "उद्या परत जाईन", "udya parat jaaen",
                      "kal phir jaunga", "कल फिर जाऊंगा", "kal fir jaunga", "kal wapas jaunga",
                      "कल वापस जाऊंगा", "dont know about tomorrow", "don't know about tomorrow",
                      "will go again tomorrow", "going back tomorrow", "tomorrow again", "udya parat"),
    "spot_leisure": ("stars", "taare", "तारे", "chandni", "kite", "patang", "पतंग", "chai", "chaha", "fishing",
                     "masemari", "picnic", "friends", "mitra", "sunset", "photo", "pani bharla", "पाणी भरलं",
                     "kapde", "कपडे", "tank", "dish", "antenna", "antena"),
    # Tomorrow's morning doubted.
    "morning_doubted": ("kal ki subah dekhni", "कल की सुबह देखनी", "kal ki subah dekhu", "कल की सुबह देखूं",
                        "kal subah dekhni", "udyachi sakal baghaychi", "उद्याची सकाळ बघायची",
                        "udyachi sakal baghu", "उद्याची सकाळ बघू", "see tomorrow morning or not",
                        "want to see tomorrow", "see another morning", "dekhni bhi hai kya"),
    # Tied, in the past forms a report uses: "पंखे से रस्सी बांधी थी".
    "tied_past": ("बांधी", "bandhi", "बांधा", "bandha", "बांधी थी", "बांधा था", "बांधली", "bandhli", "बांधलेली",
                  "bandhleli", "बांधलेला", "bandhlela", "baandhi", "baandha"),
    "morning_task": ("exam", "paper", "interview", "result", "flight", "train", "shift", "alarm", "match",
                     "meeting", "उठना", "uthna", "jaldi", "जल्दी", "office", "sunrise", "sooryoday"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_AWAY = ("away_trip", "leave_harmless", "wedding")

AFFAIRS_SETTLED: tuple[Combination, ...] = (
    Combination(S, (_g("fine_without_me"),), 1, unless=_g("away_trip", "wedding", "laugh"), unless_reach=8),
    # The family provided for in the writer's place: insurance or a job, and the absence.
    Combination(S, (_g("in_my_place", "insurance"), _g("fine_without_me", "absent_future", "burden")), 14,
                across=True, unless=_g("away_trip", "leave_harmless")),
    # The will is the writer's own ("maine", "mera"), not a father's.
    Combination(S, (_g("my_own", "first_person"), _g("own_will_made"),
                    _g("given_away", "sold_or_given", "entrust")), 14, across=True),
    Combination(S, (_g("own_rites"), _g("money_kept", "few_days_left", "set_aside")), 10, across=True,
                unless=_g("relation", "departed_elder", "blood_ordinary"), unless_reach=6),
    Combination(S, (_g("few_days_left"), _g("money_kept", "own_will_made", "insurance")), 10, across=True),
    # A belonging or a slot not needed any more, and handed on.
    Combination(S, (_g("possession", "my_slot"), _g("sold_or_given"),
                    _g("wont_need", "no_need")), 10, across=True, unless=_g("slot_reason"), unless_reach=14),
    Combination(S, (_g("my_slot"), _g("wont_need", "no_need")), 6, unless=_g("slot_reason"), unless_reach=14),
    Combination(S, (_g("said_bye"), _g("possession"), _g("sold_or_given")), 12,
                across=True, unless=_g("slot_reason")),
    Combination(S, (_g("last_day_today"), _g("absent_future")), 8, across=True,
                unless=_g("last_day_place", "away_trip")),
    Combination(S, (_g("forgiveness"), _g("cant_go_on")), 12, across=True, unless=_g("event_excuse")),
    Combination(S, (_g("entrust"), _g("tired_now")), 10, across=True, unless=_g("rest_reason")),
    Combination(S, (_g("life_unwanted"), _g("no_return", "for_good", "leave")), 16, across=True,
                unless=_g("unbearable_cause")),
    # A place of danger, a long while there or a look down, and tomorrow left open.
    Combination(S, (_g("danger_place", "height"), _g("sat_long", "looked_down"), _g("tomorrow_open")), 24,
                across=True, unless=_g("spot_leisure")),
    Combination(S, (_g("morning_doubted"),), 1, unless=_g("morning_task"), unless_reach=8),
    # Others' deaths by a means seen every day, and that way now feeling right.
    Combination(S, (_g("tracks_cases", "rail_line", "well_or_tracks", "danger_place", "hang", "poison", "water_body", "jump", "die"),
                    _g("that_way_feels_right")), 14, across=True),
    # A cord tied to the fan, found and undone by the family.
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("tied_past")), 6, unless=_g("hanging_harmless")),
)
