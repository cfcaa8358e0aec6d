"""Suicide and self-harm said by sportsmen when the body or the career gives out: such a life good
for nothing ("ऐसी ज़िंदगी किस काम की", "what's left to live for"); the sport that was one's
life gone, and the writer not either ("ती सुटली, आता मी पण नको या जगात", "wo nahi to main bhi
nahi"); tomorrow's day not wanted ("उद्याचा दिवस नको मला"); the writer a burden who has to go
now ("ojha zalo, jaycha aahe ata"); everyone better for the writer's going ("mere jaane se sabka
bhala hoga"); the wish, beside a denial, that a truck come or the bike be let go at speed;
no message from tomorrow beside the mother told or forgiveness asked; the roof looked down from,
and no stopping next time; not worthy of the coach's effort; and the body branded with an
incense stick or a cigarette for a bad weigh-in.

What keeps each quiet is named beside it: a life without tea or fun, said laughing; tomorrow's
holiday or match not wanted; a going to practice, work or home; a bike left at the garage; a
new number; a cow or an ox branded."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, H = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Such a life, good for nothing: "aisi zindagi kis kaam ki", "जगून काय उपयोग".
    "sport_life_for_nothing": (
        "aisi zindagi kis kaam ki", "ऐसी ज़िंदगी किस काम की", "ऐसी जिंदगी किस काम की", "aisi jindagi kis kaam ki",
        "aisi zindagi ka kya fayda", "ऐसी ज़िंदगी का क्या फायदा", "ऐसी जिंदगी का क्या फायदा",
        "aisi zindagi ka kya matlab", "ऐसी जिंदगी का क्या मतलब", "asa jivan kay kamacha", "असं जीवन काय कामाचं",
        "asa jagna kay kamacha", "असं जगणं काय कामाचं", "अशा जगण्याला काय अर्थ", "asha jagnyala kay artha",
        "jagun kay upyog", "जगून काय उपयोग", "jagun kay fayda", "जगून काय फायदा", "jee ke kya karunga",
        "जी के क्या करूंगा", "jeeke kya karunga", "kiske liye jiyu", "किसके लिए जियूं", "किसके लिए जीऊं",
        "kashasathi jagu", "कशासाठी जगू", "kunasathi jagu", "कुणासाठी जगू", "whats left to live for",
        "what's left to live for", "what is left to live for", "whats left to stay alive for",
        "what's left to stay alive for", "what is left to stay alive for", "why stay alive",
        "why should i stay alive", "why keep living", "what's the point of living", "whats the point of living",
    ),
    # A life without tea or fun, said laughing: the light twin of the words above.
    "sport_small_lack": (
        "chai", "चाय", "चहा", "chaha", "coffee", "biryani", "maza", "मज़ा", "मजा", "fun", "party", "pizza",
        "cricket", "netflix", "music", "gaane", "गाने", "😂", "🤣", "lol", "haha",
    ),
    # The sport or the body that was one's life: "ring hi meri life thi", "हेच माझं आयुष्य होतं".
    "sport_was_my_life": (
        "meri life thi", "मेरी life थी", "meri zindagi thi", "मेरी ज़िंदगी थी", "मेरी जिंदगी थी", "meri jaan thi",
        "मेरी जान थी", "majha ayushya hota", "maza ayushya hota", "माझं आयुष्य होतं", "माझे आयुष्य होते",
        "majha jeev hota", "माझा जीव होता", "was my life", "was my whole life", "was my everything",
        "meri duniya thi", "मेरी दुनिया थी", "majhi duniya hoti", "माझी दुनिया होती",
    ),
    # And the writer not either: "to main bhi nahi", "आता मी पण नको या जगात".
    "sport_me_neither": (
        "to main bhi nahi", "तो मैं भी नहीं", "to mai bhi nahi", "तो मै भी नहीं", "tar mi pan nahi",
        "तर मी पण नाही", "tar mi suddha nahi", "mi pan nako", "मी पण नको", "मी पण नकोय", "मी सुद्धा नको",
        "then neither will i", "then i won't be either", "then i wont be either", "then no me either",
    ),
    # Not in this world: "नको या जगात", "is duniya mein nahi rehna".
    "sport_not_in_this_world": (
        "नको या जगात", "nako ya jagat", "या जगात नको", "ya jagat nako", "is duniya me nahi", "इस दुनिया में नहीं",
        "is duniya mein nahi", "not in this world", "not on this earth",
    ),
    # Not wanted: "नको मला", "nahi chahiye".
    "sport_not_wanted": ("नको", "nako", "नको मला", "nako mala", "nahi chahiye", "नहीं चाहिए", "don't want", "dont want"),
    # What else of tomorrow one may not want: a holiday, a match, a weigh-in, an exam.
    "sport_tomorrow_event": (
        "sutti", "सुट्टी", "chutti", "छुट्टी", "holiday", "rest day", "match", "मॅच", "मैच", "practice",
        "सराव", "saraav", "weigh in", "वजन", "vajan", "exam", "परीक्षा", "pariksha", "trial", "ट्रायल",
        "kaam", "काम", "office", "shift",
    ),
    # Has to go now: "jaycha aahe ata", "अब जाना है".
    "sport_must_go": (
        "jaycha aahe", "jaycha ahe", "जायचं आहे", "जायचंय", "jaychay", "jaycha aahe ata", "ab jana hai",
        "अब जाना है", "jana hai ab", "जाना है अब", "have to go now", "i have to go now", "time to go",
    ),
    # The writer's going: "mere jaane se", "माझ्या जाण्याने".
    "sport_my_going": (
        "mere jaane se", "मेरे जाने से", "mere jane se", "maza jaanyane", "majha janyane", "majhya janyane",
        "mazya janyane", "माझ्या जाण्याने", "माझ्या जाण्यानं", "maza janyane", "my going will",
        "with me gone", "once i am gone",
    ),
    # Let go into the road or a truck: "chhod du", "ghusa du", "truck yava ani sampava".
    "sport_let_go_into": (
        "chhod du", "छोड़ दूं", "छोड़ दूँ", "chhod dun", "ghusa du", "घुसा दूं", "ghusa dun", "thok du", "ठोक दूं",
        "sampava", "संपावं", "संपावा", "sampun jave", "संपून जावं", "ghalavi", "घालावी", "ghalun dyavi",
        "घालून द्यावी", "crash into", "drive into", "ram into", "let it go into",
    ),
    # The heavy thing on the road: a truck, a tanker, a speeding bike.
    "sport_road_thing": (
        "truck", "ट्रक", "tanker", "टँकर", "टैंकर", "dumper", "डंपर", "highway", "हायवे", "full speed",
        "फुल स्पीड", "speed में", "divider", "डिव्हायडर",
    ),
    # The urge, felt: "lagta hai", "वाटतं", "feel like".
    "sport_feels_like": (
        "lagta hai", "लगता है", "lagta h", "vatata", "vatate", "वाटतं", "वाटते", "वाटता", "feel like",
        "man karta", "मन करता", "vatat", "वाटत", "i wish",
    ),
    # A bike left somewhere ordinary: a garage, a friend's, home.
    "sport_bike_left_at": (
        "garage", "गॅरेज", "service", "सर्विस", "servicing", "ghar pe", "घर पे", "gharik", "parking", "पार्किंग",
        "station", "स्टेशन", "dost ke", "दोस्त के", "showroom", "bech du", "बेच दूं", "vikun",
    ),
    # No message from tomorrow: "aaj ke baad msg nahi aayega", "यापुढे मेसेज येणार नाही".
    "sport_no_more_messages": (
        "aaj ke baad msg nahi aayega", "aaj ke baad message nahi aayega", "आज के बाद msg नहीं आएगा",
        "आज के बाद मैसेज नहीं आएगा", "ab msg nahi aayega", "ab mera msg nahi aayega", "अब मेरा msg नहीं आएगा",
        "yapudhe msg yenar nahi", "यापुढे मेसेज येणार नाही", "yapudhe message yenar nahi", "आता msg येणार नाही",
        "won't hear from me again", "wont hear from me again", "you will not hear from me again",
        "no more messages from me",
    ),
    # A new number or a phone away: the ordinary reason the messages stop.
    "sport_new_number": (
        "number change", "नंबर change", "naya number", "नया नंबर", "new number", "navin number", "नवीन नंबर",
        "phone band", "फोन बंद", "detox", "exam", "परीक्षा", "camp", "कॅम्प", "कैंप", "network",
    ),
    # No stopping next time: "पुढच्या वेळी थांबणार नाही", "agli baar nahi rukunga".
    "sport_next_time_no_stop": (
        "पुढच्या वेळी थांबणार नाही", "pudhchya veli thambnar nahi", "pudhchya weli thambnar nahi",
        "पुढच्या वेळेस थांबणार नाही", "agli baar nahi rukunga", "अगली बार नहीं रुकूंगा", "agli baar nahi rukungi",
        "agli baar peeche nahi hatunga", "अगली बार पीछे नहीं हटूंगा", "next time i won't stop",
        "next time i wont stop", "next time i won't step back", "next time i wont step back",
        # some day, not next time: "one day i won't stop", "ek din nahi rukunga"
        "one day i won't stop", "one day i wont stop", "someday i won't stop", "someday i wont stop",
        "ek din nahi rukunga", "एक दिन नहीं रुकूंगा", "ek din nahi rukungi", "एक दिन नहीं रुकूंगी",
        "ek divas thambnar nahi", "एक दिवस थांबणार नाही", "ekhada divas thambnar nahi",
    ),
    # Branded, burnt into the skin: "दागी", "डागलं", "daag diya".
    "sport_branded": (
        "दागी", "दागा", "दाग दी", "दाग दिया", "daag di", "daag diya", "daagi", "दागलं", "डागलं", "डागला",
        "डागले", "daagla", "dagla", "daglam", "daglo", "branded", "branded myself",
    ),
    # A beast branded, the old village remedy: the ordinary twin.
    "sport_beast": (
        "bail", "बैल", "बैलाला", "gaay", "गाय", "गायीला", "bhains", "भैंस", "mhais", "म्हैस", "ox", "cow", "buffalo",
        "janavar", "जनावर", "जानवर",
    ),
}

NEW |= {
    # Not worthy of the coach's effort: "आपकी मेहनत के लायक नहीं था".
    "sport_not_worth_effort": (
        "aapki mehnat ke layak nahi", "आपकी मेहनत के लायक नहीं", "आपकी मेहनत के लायक नहीं था",
        "tumchya kashtachya layakicha navhto", "तुमच्या कष्टाच्या लायकीचा नव्हतो", "not worth your effort",
        "not worth all your effort",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_GOINGS = _g("away_trip", "exr_home_for_a_while", "exr_study_place", "commute", "summons_errand",
             "sport_tomorrow_event")

AFTER_THE_LAST_BOUT: tuple[Combination, ...] = (
    # Such a life good for nothing; a life without tea, said laughing, is the light one.
    Combination(S, (_g("sport_life_for_nothing"),), 0, unless=_g("sport_small_lack"), unless_reach=4),
    # The sport that was one's life, and the writer not either, or not in this world.
    Combination(S, (_g("sport_was_my_life"), _g("sport_me_neither", "sport_not_in_this_world")), 14, across=True,
                unless=_GOINGS, unless_reach=4),
    # The writer not wanted in this world, said outright.
    Combination(S, (_g("sport_me_neither"), _g("sport_not_in_this_world")), 4),
    # Tomorrow's day not wanted; a holiday or a match tomorrow is another thing not wanted.
    Combination(S, (_g("exr_tomorrow_day"), _g("sport_not_wanted")), 3, unless=_g("sport_tomorrow_event"),
                unless_reach=3),
    # A burden to the parents, and having to go now; a trip or work is an ordinary going.
    Combination(S, (_g("burden", "exr_insult_said"), _g("sport_must_go")), 14, across=True, unless=_GOINGS,
                unless_reach=6),
    # Everyone better for the writer's going.
    Combination(S, (_g("sport_my_going"), _g("exr_better_for_them")), 6, unless=_GOINGS, unless_reach=6),
    # The wish that a truck come or the bike be let go at speed; a bike left at a garage is not.
    Combination(S, (_g("sport_feels_like"), _g("sport_road_thing", "vehicle"), _g("sport_let_go_into")), 12,
                unless=_g("sport_bike_left_at"), unless_reach=4),
    # No message from tomorrow, beside the mother told or forgiveness asked; a new number is not.
    Combination(S, (_g("sport_no_more_messages"), _g("relay", "forgiveness", "exr_left_to", "goodbye", "exr_bye")),
                20, across=True, unless=_g("sport_new_number"), unless_reach=8),
    # The roof looked down from, and no stopping next time.
    Combination(S, (_g("looked_down", "looking_down", "exr_roof", "height"), _g("sport_next_time_no_stop")), 20,
                across=True),
    # Not worthy of the coach's effort, and a goodbye or forgiveness asked.
    Combination(S, (_g("sport_not_worth_effort"), _g("goodbye", "exr_bye", "forgiveness", "salutation")), 14,
                across=True),
    # The body branded with an incense stick or a cigarette; an ox branded is the old remedy.
    Combination(H, (_g("sport_branded"), _g("self", "my_own", "cut_site"), _g("burning_tool", "lamp_fire", "cigarette")),
                8, unless=_g("sport_beast"), unless_reach=6),
)
