"""Suicide said as the end of a show, a picture, a journey or a match: "for me the show is
over", "पिक्चर संपला", "mera safar yahi khatam", "no point batting on", "माझा डाव संपला", with a
farewell beside it (not there for the next call, "call mat karna", "don't look for me", a plan
made tonight, "not doing this anymore"); not being there for the next call or check-in; "no
tomorrow for me" on a terrace or a roof; tonight the last night and nobody to look for one in
the morning; at the tracks, a crossing or on a roof, looking down, "ata bas"; "I won't do
anything, but every night I think how"; "when I go, everyone will be free"; this life, this
body, not wanted; the next life awaited and this one enough; the world a prison not stayed in.

A film or a match that ended, a journey home, a holiday that keeps one from the next call, a
train awaited at the crossing, a roof seen on a trip stay quiet: each figure needs the farewell
beside it, and a trip, the train's arrival or a sight cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The end said as a show, a picture, a journey, a game or an innings over, of oneself.
    "figure_over": ("show is over", "the show is over", "show over", "show khatam", "शो खत्म", "curtains for me",
                    "picture khatam", "पिक्चर खत्म", "picture sampla", "पिक्चर संपला", "pikchar sampla",
                    "film khatam", "फिल्म खत्म", "film sampla", "चित्रपट संपला", "khel khatam", "खेल खत्म",
                    "khel sampla", "खेळ संपला", "game over", "गेम ओवर", "my innings", "innings is over",
                    "innings over", "meri pari khatam", "मेरी पारी खत्म", "meri innings khatam", "maza dav sampla",
                    "माझा डाव संपला", "dav sampla", "डाव संपला", "no point batting on", "no point batting",
                    "lost chase", "lost cause", "safar khatam", "सफर खत्म", "सफ़र खत्म", "safar yahi khatam",
                    "सफर यहीं खत्म", "सफर यही खत्म", "mera safar", "मेरा सफर", "मेरा सफ़र", "pravas sampla",
                    "प्रवास संपला", "maza pravas", "माझा प्रवास", "journey ends here", "my journey ends",
                    "journey is over", "end of the road", "end of my road", "last chapter", "final chapter",
                    "kahani khatam", "कहानी खत्म", "goshta sampli", "गोष्ट संपली", "the end for me",
                    # the curtain down, the last scene played
                    "padda padla", "पडदा पडला", "parda gir gaya", "pardaa gir gaya", "पर्दा गिर गया", "पर्दा गिरा",
                    "curtain falls", "the curtain falls", "curtains", "my final scene", "my last scene",
                    "pari khatam", "पारी खत्म", "pari yahi khatam", "पारी यहीं खत्म", "pari sampli", "डाव इथेच संपला"),
    # The writer done with it: "not doing this anymore", "हा आता पुरे", "enough of this one".
    "done_with_this": ("not doing this anymore", "not doing this any more", "done with this", "done with all this",
                       "done with everything", "done with life", "ha ata pure", "हा आता पुरे", "ata pure",
                       "आता पुरे", "he ata pure", "हे आता पुरे", "bas zala", "बस झालं", "bas jhala",
                       "enough of this one", "this one is enough", "is janam me bas", "इस जन्म में बस",
                       "ye janam bas", "यह जन्म बस", "aur nahi hota", "और नहीं होता", "cant do this anymore",
                       "can't do this anymore"),
    # The next call or check-in: "next check in", "पुढच्या फोनला", "agli call".
    "next_contact": ("next check in", "next check-in", "next checkin", "next call", "next session",
                     "next follow up", "next followup", "next follow-up", "next time you call",
                     "pudhchya phonla", "पुढच्या फोनला", "pudhchya callla", "पुढच्या कॉलला", "पुढच्या कॉलवेळी",
                     "pudhcha phone", "पुढचा फोन", "agli call", "अगली कॉल", "agle call", "अगले कॉल",
                     "agli baar phone", "अगली बार फोन", "agli baar call", "अगली बार कॉल", "agle hafte ki call",
                     "अगले हफ्ते की कॉल", "pudhchya aathavdyacha phone", "पुढच्या आठवड्याचा फोन", "पुढच्या आठवड्याच्या फोनला",
                     "pudhchya aathvadyachya phonla", "pudhchya athvadyachya phonla", "अगले हफ्ते के कॉल",
                     "agle hafte ke call", "agle hafte ki call pe", "next week's call", "next weeks call"),
    # Not to be met or heard from then: "won't hear from me", "nahi milunga", "मी भेटणार नाही".
    "not_met_then": ("wont hear from me", "won't hear from me", "will not hear from me", "wont be on", "won't be on",
                     "wont be there", "won't be there", "will not be there", "nahi milunga", "nahi milungi",
                     "नहीं मिलूंगा", "नहीं मिलूँगा", "नहीं मिलूंगी", "mi bhetnar nahi", "मी भेटणार नाही",
                     "mi milnar nahi", "मी मिळणार नाही", "main nahi hounga", "मैं नहीं होऊंगा", "mi asnar nahi",
                     "मी असणार नाही"),
    # For the writer: "for me", "mere liye", "माझ्यासाठी".
    "for_me": ("for me", "mere liye", "mere liya", "मेरे लिए", "मेरे लिये", "mere lie", "majhyasathi", "mazyasathi",
               "माझ्यासाठी", "majhya sathi", "mazya sathi", "माझ्या साठी"),
    # Tomorrow: "kal", "udya".
    "tomorrow_word": ("kal", "कल", "udya", "उद्या", "tomorrow", "tmrw", "tommorow", "tomorow",
                      # the day after: "fellowship ali nahi tar परवा मी नसेन" (round 40)
                      "parva", "परवा", "parso", "परसों"),
    # Tonight the last night: "aajchi raat shevatchi", "आज की रात आखिरी".
    "last_night_mine": ("aajchi raat shevatchi", "आजची रात्र शेवटची", "आजची रात शेवटची", "aajchi ratra shevatchi",
                        "shevatchi raat", "शेवटची रात्र", "शेवटची रात", "aaj ki raat aakhri", "आज की रात आखिरी",
                        "aakhri raat", "आखिरी रात", "meri aakhri raat", "मेरी आखिरी रात", "my last night",
                        "tonight is my last", "last night of my life", "tonight is the last night", "raat meri aakhri",
                        "रात मेरी आखिरी", "ratra majhi shevatchi", "रात्र माझी शेवटची", "raat mazi shevatchi"),
    # Looking down from up there, in so many words (not "down" alone).
    "looking_down": ("looking down", "staring down", "neeche dekh raha", "neeche dekh rahi", "नीचे देख रहा",
                     "नीचे देख रही", "khali baghtoy", "खाली बघतोय", "खाली बघते", "khali baghto", "खाली बघतो",
                     "खाली बघत", "khali pahtoy", "खाली पाहतोय"),
    # A roof of tin or tiles, where a Marathi house has its height ("पत्र्यावर", "छपरावर").
    "roof_top": ("patryavar", "पत्र्यावर", "chhaparavar", "छपरावर", "kaularavar", "कौलारावर", "kaulavar",
                 "कौलावर", "gachivar", "गच्चीवर", "chhat par", "छत पर", "chhat pe", "छत पे", "terrace var",
                 "terrace pe", "terrace par", "on the roof", "on the terrace", "rooftop"),
    # Beside the tracks or at a crossing: "रुळाजवळ", "patri ke paas", "phatak ke paas".
    "by_the_tracks": ("रुळाजवळ", "rulajaval", "रुळांजवळ", "rulanjaval", "रुळावर", "rulavar", "patri ke paas",
                      "पटरी के पास", "patri pe", "पटरी पे", "पटरी पर", "railway fatak", "फाटकाजवळ", "fatkya javal",
                      "fatka javal", "phatak ke paas", "फाटक के पास", "railway crossing", "level crossing",
                      "by the tracks", "near the tracks", "on the tracks"),
    # A train awaited at the crossing or the station, which "ab bas" then only counts down to.
    "train_awaited": ("aayegi", "आएगी", "aaegi", "yeil", "येईल", "yetey", "येतेय", "aa rahi", "आ रही",
                      "arriving", "minute", "minutes", "mins", "मिनट", "मिनिट", "late", "लेट", "gate band",
                      "फाटक बंद", "phatak band"),
    # A game, an exam or a task, which is what a "game over" or "khel khatam" usually ends.
    "play_or_task": ("level", "levels", "pubg", "bgmi", "free fire", "freefire", "ludo", "chess", "carrom",
                     "video game", "gaming", "console", "ps5", "xbox", "exam", "paper", "test", "interview",
                     "project", "deal", "tender", "assignment", "semester", "pariksha", "परीक्षा", "shift",
                     "duty", "office", "tournament", "league", "declare", "declared", "declaration"),
    # Getting off at a stop, which ends a journey and not a life.
    "arrival_stop": ("station", "स्टेशन", "stop", "bus stand", "stand", "airport", "aa gaya", "aa gayi", "आ गया",
                     "आ गई", "pohochlo", "पोहोचलो", "pahuch gaya", "पहुंच गया", "पहुँच गया", "reached", "utarlo",
                     "उतरलो", "utar gaya", "उतर गया", "lagnala", "लग्नाला", "shaadi me", "शादी में", "function la"),
    # The everyday worries a night is spent on: money, the business, the job, studies.
    "everyday_worry": ("paise", "paisa", "पैसे", "पैसा", "money", "save", "savings", "business", "dhanda", "धंदा",
                       "job", "naukri", "नौकरी", "exam", "padhai", "पढ़ाई", "abhyas", "अभ्यास", "rent", "kiraya",
                       "किराया", "fees", "fee", "salary", "pagar", "पगार", "project", "interview"),
    # A cause that wears one out, for which "jeev nako" is a sigh: the heat, the traffic.
    "wearing_cause": ("ukada", "उकाडा", "ukadyane", "उकाड्याने", "ukadyamule", "उकाड्यामुळे", "garmi", "गर्मी",
                      "garmi se", "गर्मी से", "heat", "unhane", "उन्हाने", "traffic", "ट्रॅफिक", "machhar",
                      "मच्छर", "dasan", "डास", "dasanni", "डासांनी"),
    # "I won't do anything": the reassurance a "but" then takes back.
    "wont_do_anything": ("wont do anything", "won't do anything", "will not do anything", "not going to do anything",
                         "not gonna do anything", "wont do anything stupid", "kuch nahi karunga", "kuch nahi karungi",
                         "कुछ नहीं करूंगा", "कुछ नहीं करूँगा", "कुछ नहीं करूंगी", "kuch galat nahi karunga",
                         "कुछ गलत नहीं करूंगा", "kuch ulta seedha nahi", "कुछ उल्टा सीधा नहीं", "kahi karnar nahi",
                         "काही करणार नाही", "kahi nahi karnar", "काही नाही करणार", "kahi vedavakda karnar nahi",
                         "काही वेडंवाकडं करणार नाही"),
    # The "but" that takes the reassurance back.
    "but_then": ("but", "but still", "magar", "lekin", "लेकिन", "मगर", "par", "पर", "pan", "पण", "tari", "तरी",
                 "tarihi", "तरीही", "phir bhi", "फिर भी"),
    # "नाहीच", "nahich": none at all.
    "none_at_all": ("nahich", "naahich", "नाहीच", "nahi hi", "नहीं ही", "no", "none"),
    # How, or the thought or the scene that keeps coming: "kaise", "कसं", "plan how".
    "how_or_scene": ("how", "kaise", "कैसे", "kaisa", "kasa", "kase", "कसं", "कसे", "plan", "plan how",
                     "scene", "सीन", "vichar", "विचार", "hach vichar", "हाच विचार", "wahi scene", "वही सीन",
                     "varti jayche", "वरती जायचं", "upar jaana", "ऊपर जाना"),
    # When the writer goes, everyone is free: "मी गेलो की", "main chala gaya to".
    "when_i_go": ("mi gelo ki", "मी गेलो की", "mi gelo tar", "मी गेलो तर", "mi geli ki", "मी गेले की",
                  "mi geli tar", "मी गेले तर", "main chala gaya to", "मैं चला गया तो", "main chali gayi to",
                  "मैं चली गई तो", "main na rahu to", "मैं न रहूं तो", "main nahi raha to", "मैं नहीं रहा तो",
                  "if i go", "once i go", "if im gone", "if i'm gone", "if i am gone", "if i wasnt here",
                  "if i weren't here", "if i was gone"),
    # This life or this body, of the writer: "ha jeev", "ye jaan", "this body".
    "this_life": ("ha jeev", "हा जीव", "ha jiv", "jeev pan", "जीव पण", "jiv pan", "he ayushya", "हे आयुष्य",
                  "ha deh", "हा देह", "he sharir", "हे शरीर", "ye jaan", "yeh jaan", "ये जान", "यह जान",
                  "ye zindagi", "yeh zindagi", "ये ज़िंदगी", "ये जिंदगी", "यह ज़िंदगी", "यह जिंदगी", "ye jism",
                  "ये जिस्म", "ye shareer", "ये शरीर", "this body", "this life", "jaan bhi", "जान भी"),
    # The world or life as a prison or a cage.
    "prison_of_life": ("bandishala", "बंदिशाळा", "bandishalet", "बंदिशाळेत", "turung", "तुरुंग", "turungat",
                       "तुरुंगात", "qaid", "kaid", "कैद", "क़ैद", "qaidkhana", "कैदखाना", "jail", "jel", "जेल",
                       "pinjra", "पिंजरा", "pinjre", "पिंजरे", "pinjrat", "पिंजऱ्यात", "cage", "prison"),
    # "कोणी शोधू नका", "koni shodhu naka": let nobody look for me.
    "nobody_to_look": ("koni shodhu naka", "कोणी शोधू नका", "kuni shodhu naka", "कुणी शोधू नका", "shodhu naka",
                         "शोधू नका", "mat dhundna", "mat dhoondhna", "मत ढूंढना", "dhundhna mat", "ढूंढना मत",
                         "koi mat dhundna", "कोई मत ढूंढना", "dont come looking", "don't come looking",
                         "nobody look for me", "no one look for me"),
    # A film's or a match's last moment, said of one's life: "tonight is the last scene", "zindagi
    # ka last over, aaj out ho jaunga".
    "last_of_the_film": ("last scene", "aakhri scene", "akhri scene", "आखिरी सीन", "आख़िरी सीन", "shevatcha scene",
                         "शेवटचा सीन", "final scene", "end credits", "the credits roll",
                         # the batsman out: the last over itself is a match's ("today's last over")
                         "out ho jaunga", "आउट हो जाऊंगा", "out ho jaungi", "out hoil", "आउट होईन"),
    # The film or the match watched, which is what such words are usually of.
    "screen_watched": ("watched", "watching", "watch", "dekha", "dekhi", "dekh raha", "dekh rahe", "देखा", "देखी",
                       "देख रहा", "baghitla", "baghitli", "बघितला", "बघितली", "baghtoy", "बघतोय", "pahila",
                       "पाहिला", "match", "मैच", "मॅच", "team", "टीम", "india", "इंडिया", "scored", "runs", "रन"),
    # The mobile off, as well as the phone.
    "mobile_off": ("mobile band", "मोबाईल बंद", "मोबाइल बंद", "mobile off", "mobile switch off"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_TRIP = _g("away_trip", "place_leisure", "sightseeing", "leave_harmless", "arrival_stop")
# What takes leave for good beside a figure of the end: not there, not to be looked for.
_FOR_GOOD = _g("absent_future", "dont_look_for_me", "nobody_to_look", "for_good", "done_with_this")
# What takes leave for now, which a figure of the end makes final: no calls, decided tonight.
_FOR_NOW = _g("cut_off", "plan_made", "tonight", "unreachable", "mobile_off")
# A height or the tracks themselves (the lexicon's "height" also names a train, a car or a floor).
_HIGH = _g("high_place", "danger_place", "rail_line", "roof_top", "by_the_tracks")
_SUBSTANCE = _g("alcohol", "drugs", "cannabis", "opioids", "sedatives", "stimulants", "inhalants", "cocaine")

END_AS_A_SCENE: tuple[Combination, ...] = (
    # The show, the picture, the journey or the innings over, and a leave for good beside it;
    # or a leave for now, unless the game, the exam or the work is what ended.
    Combination(S, (_g("figure_over"), _FOR_GOOD), 16, across=True, unless=_TRIP, unless_reach=8),
    Combination(S, (_g("figure_over"), _FOR_NOW), 16, across=True, unless=_TRIP + _g("play_or_task"),
                unless_reach=8),
    # Not there for the next call or check-in: "पुढच्या फोनला मी नसेन", "won't be around for the
    # next check in"; a trip or a holiday keeping one from it cancels.
    Combination(S, (_g("next_contact"), _g("absent_future", "not_met_then")), 10, unless=_TRIP, unless_reach=8),
    Combination(S, (_g("next_contact"), _g("doubt_future"), _g("remain")), 12, unless=_TRIP, unless_reach=8),
    # No tomorrow for the writer, up on a terrace or a roof.
    Combination(S, (_g("for_me"), _g("tomorrow_word"), _g("negation", "none_at_all"), _HIGH), 16, across=True,
                unless=_TRIP + _g("occasion_kept_for", "play_or_task"), unless_reach=8),
    # Tonight the last night, and nobody to look for one or the phone off in the morning.
    Combination(S, (_g("last_night_mine"), _g("dont_look_for_me", "nobody_to_look", "unreachable", "mobile_off", "cut_off",
                                             "absent_future")), 16,
                across=True),
    # At the tracks, the crossing or on a roof, and "ata bas"; a train awaited cancels.
    Combination(S, (_HIGH, _g("present_there", "posture"), _g("cut_off")), 16, across=True,
                unless=_TRIP + _g("train_awaited", "commute"), unless_reach=8),
    # On the roof looking down, and "bas".
    Combination(S, (_HIGH, _g("present_there", "posture"), _g("looking_down"),
                    _g("cut_off", "only_this", "for_good", "anymore")), 20, across=True,
                unless=_TRIP + _g("occasion_kept_for"), unless_reach=8),
    # "I won't do anything, but every night I think how": the reassurance taken back by a nightly
    # plan; a drink thought of instead is a craving, read elsewhere.
    Combination(S, (_g("wont_do_anything"), _g("but_then"), _g("routine", "by_night"), _g("how_or_scene")), 24,
                across=True, order=True, unless=_SUBSTANCE + _g("everyday_worry"), unless_reach=12),
    # When the writer goes, everyone is free or well.
    Combination(S, (_g("when_i_go"), _g("eol_solved_for_them", "all_well_after")), 10,
                unless=_TRIP, unless_reach=6),
    # This life or this body not wanted.
    # This life or this body not wanted; a life of drinking refused, or a sigh at the heat, is
    # no such wish.
    Combination(S, (_g("this_life"), _g("unwanted")), 3,
                unless=_SUBSTANCE + _g("intoxicated", "quit", "wearing_cause", "laugh"), unless_reach=6),
    # One's life a film or a match at its last moment, today or tonight: "my life is a sad movie
    # and tonight is the last scene". A film or a match watched is what the words are of.
    Combination(S, (_g("life", "this_life"), _g("last_of_the_film"), _g("tonight", "near_day")), 14, across=True,
                unless=_TRIP + _g("screen_watched", "play_or_task"), unless_reach=8),
    # The next life awaited and this one enough.
    Combination(S, (_g("next_life"), _g("done_with_this")), 10, across=True),
    # The world or life a prison, not stayed in (a hostel like a jail is left for home).
    Combination(S, (_g("prison_of_life"), _g("stay_on", "going_softly"), _g("world", "life", "this_life")), 12,
                across=True),
)
