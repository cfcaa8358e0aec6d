"""Suicide said through a film, a song, a poem or a status, and then meant of oneself: a status
or a line quoted and then "sach me", "for real", "khara sangto", "that's what I meant" with a
going, a dying or a not staying ("अब सच में उड़ जाना है", "सच में sign off कर रहा हूं"); a
status or a song named the last one ("last time", "alvida", "shevatche gaane") with the person
not come home, the phone off or nobody knowing where they are; "me too, the same way" after a
film's end ("mujhe bhi waise hi chale jaana hai", "माझाही शेवट असाच हवा"); death's day quoted
and "mine is today"; the lamp of a poem put out on oneself ("मीच मालवणार स्वतःला"); the
belongings given back and only the going left.

A quote alone, a song liked, a status about a trip stays quiet: each rule needs the writer's
own word beside the quote (the earnest marker, the going, the missing person), and a trip, a
journey home or a holiday cancels the going.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # What is quoted or posted: a status, a song, a line of poetry, a film's dialogue or scene.
    "art_quoted": ("status", "statusla", "स्टेटस", "स्टेटसला", "स्टेटसवर", "statusvar", "status pe", "dp", "डीपी",
                   "bio", "बायो", "insta story", "story pe", "story var", "caption", "song", "songs", "gaana",
                   "gana", "गाना", "gaane", "गाने", "gaan", "गाणं", "gana", "गाणे", "lyrics", "lyric", "sher",
                   "शेर", "shayari", "शायरी", "kavita", "कविता", "poem", "ola", "ओळ", "oli", "ओळी", "quote", "dialogue", "dialog", "डायलॉग", "scene", "सीन", "last scene", "climax",
                   "क्लाइमैक्स", "film", "movie", "picture*", "पिक्चर*", "cinema*", "सिनेमा*", "चित्रपट*",
                   "chitrapat*", "serial", "सिरीयल", "सीरियल", "story", "स्टोरी", "स्टोरीवर", "storyvar",
                   "स्टोरीला", "storyla", "reel", "रील"),
    # The quote meant of oneself, earnestly: "sach me", "for real", "literally me", "खरंच".
    "said_literally": ("sach me", "sach mein", "sach mai", "sach mei", "सच में", "सच मे", "sachi me",
                       "sachme", "for real", "fr fr", "literally me", "is literally me", "i mean it",
                       "i meant it", "thats what i meant", "that's what i meant", "thats what i mean",
                       "that's what i mean", "not just a status", "sirf status nahi", "सिर्फ स्टेटस नहीं",
                       "kharach", "खरंच", "kharokhar", "खरोखर", "khara sangto", "khara sangte", "खरं सांगतो",
                       "खरं सांगते", "wahi lagta", "vahi lagta", "वही लगता", "वही लगता है", "same feel",
                       "asli me", "असल में", "really me"),
    # The going said softly: fly away, sign off, not stay on, only the going left.
    "going_softly": ("ud jaana", "ud jana", "udd jaana", "udd jana", "उड़ जाना", "उड जाना", "ud jaunga",
                     "उड़ जाऊंगा", "udun jayche", "udun jaycha", "उडून जायचं", "उडून जायचंय", "sign off",
                     "signing off", "sign out", "log off", "logging off", "i want to go", "want to go now",
                     "nahi rahaycha", "नाही राहायचं", "rahaycha nahi", "राहायचं नाही", "nahi rehna",
                     "नहीं रहना", "rehna nahi", "रहना नहीं", "dont want to stay", "don't want to stay",
                     "jaana baaki", "jana baki", "जाना बाकी", "जाना बाक़ी", "jayche baki", "जायचं बाकी",
                     "bas jaana hai", "बस जाना है", "chale jaana hai", "chale jana hai", "चले जाना है",
                     "chala jaana hai", "चला जाना है", "nighun jayche", "निघून जायचं"),
    # A status, a song or a message marked as the last: "last seen", "alvida", "shevatche gaane"
    # ("last time" is read on its own, and only beside the person missing).
    "last_posted": ("last seen", "rip me", "rest in peace me", "black screen", "काली स्क्रीन", "kali screen", "alvida",
                    "अलविदा", "goodbye", "good bye", "गुडबाय", "signing off", "the end", "rip", "sorry aai",
                    "sorry maa", "sorry mummy", "sorry papa", "sorry mom", "sorry aai baba", "last song",
                    "last gaana", "aakhri gaana", "आखिरी गाना", "shevatche gaane", "shevatcha gaana",
                    "शेवटचं गाणं", "शेवटचे गाणे", "maze shevatche", "माझे शेवटचे", "mera aakhri", "मेरा आखिरी"),
    # "Last time" written under a post: "neeche likha last time", "आखिरी बार", "शेवटचं".
    "last_time_written": ("last time", "aakhri baar", "akhri bar", "आखिरी बार", "shevatcha", "शेवटचं", "शेवटचा",
                          "one last time", "for the last time"),
    # A song posted as the last one, which is itself the farewell: "शेवटचं गाणं", "last song".
    "last_song": ("last song", "aakhri gaana", "आखिरी गाना", "shevatche gaane", "shevatcha gaana",
                  "shevatch gana", "शेवटचं गाणं", "शेवटचे गाणे", "my last song", "mera aakhri gaana",
                  "मेरा आखिरी गाना", "maze shevatche gaane", "माझे शेवटचे गाणे"),
    # Nobody knows where the person is: "kuthe ahe mahit nahi", "pata nahi kahan hai".
    "whereabouts_unknown": ("kuthe ahe mahit nahi", "kuthe aahe mahit nahi", "कुठे आहे माहीत नाही",
                            "कुठे आहे माहित नाही", "kuthe gela mahit nahi", "कुठे गेला माहीत नाही",
                            "kahan hai pata nahi", "कहाँ है पता नहीं", "कहां है पता नहीं", "pata nahi kahan",
                            "पता नहीं कहाँ", "पता नहीं कहां", "dont know where he is", "don't know where he is",
                            "dont know where she is", "don't know where she is", "no idea where he is",
                            "no idea where she is", "kahan gaya pata nahi", "कहाँ गया पता नहीं"),
    # "Me too, the same way": after a film's end or a death told.
    "same_way_me": ("mujhe bhi waise hi", "mujhe bhi vaise hi", "मुझे भी वैसे ही", "main bhi waise hi",
                    "मैं भी वैसे ही", "mala pan tasach", "मला पण तसंच", "malahi tasach", "मलाही तसंच",
                    "mi pan tasach", "मी पण तसंच", "me too the same way", "same way as him",
                    "mera bhi waisa hi", "मेरा भी वैसा ही", "meri bhi waisi hi", "मेरी भी वैसी ही",
                    "ki tarah main bhi", "की तरह मैं भी", "ki tarah mai bhi", "ki tarah mujhe bhi",
                    "की तरह मुझे भी", "jaisa main bhi", "जैसा मैं भी", "sarkha mi pan", "सारखं मी पण",
                    "सारखा मी पण", "sarkha mi pan", "सारखंच मी", "like him i will", "like her i will",
                    "like the hero i", "waise hi main bhi", "वैसे ही मैं भी", "waise main bhi",
                    "vaise main bhi", "वैसे मैं भी", "waise mai bhi", "tasach mi pan", "तसाच मी पण",
                    "tasach mi", "तसाच मी", "just like him i", "just like her i", "the same way i"),
    # The writer's own end wished like one told: "माझाही शेवट असाच", "mera bhi ant aisa hi".
    "my_end_too": ("माझाही शेवट", "mazahi shevat", "majhahi shevat", "maza pan shevat", "माझा पण शेवट",
                   "majha pan shevat", "mera bhi ant", "मेरा भी अंत", "mera bhi end", "मेरा भी एंड",
                   "mera bhi anjaam", "मेरा भी अंजाम", "my end too", "my ending too", "mera ant bhi",
                   "मेरा अंत भी", "maza shevat pan", "माझा शेवट पण"),
    # Death's day quoted, and "mine is today": "मेरा आज है", "aaj meri baari".
    "my_day_today": ("मेरा आज है", "mera aaj hai", "mera aaj", "मेरा आज", "mine is today", "my day is today",
                     "mera din aaj", "मेरा दिन आज", "aaj meri baari", "आज मेरी बारी", "my turn today",
                     "aaj majhi paali", "आज माझी पाळी", "aaj maza divas", "आज माझा दिवस", "माझा आज"),
    # The lamp put out, said of oneself: "मालवणार स्वतःला", "khud ko bujha dunga".
    "put_out": ("malvun", "मालवून", "malavnar", "मालवणार", "malvnar", "malvin", "मालवीन", "vizavnar",
                "विझवणार", "vizvun", "विझवून", "vizvin", "विझवीन", "bujha dunga", "बुझा दूंगा", "bujha doonga",
                "bujha du", "बुझा दूं", "bujha dungi", "बुझा दूंगी", "extinguish", "snuff out", "blow out"),
    # Belongings given back: "sabka saamaan lauta diya", "sagla parat dila".
    "given_back": ("lauta diya", "लौटा दिया", "lauta di", "लौटा दी", "wapas kar diya", "वापस कर दिया",
                   "wapas de diya", "वापस दे दिया", "parat dila", "परत दिलं", "परत दिला", "parat dile",
                   "परत दिले", "returned", "gave back", "given back", "wapas kar di", "वापस कर दी",
                   "wapas de di", "वापस दे दी", "lauta diye", "लौटा दिए", "parat keli", "परत केली",
                   "parat kele", "परत केले"),
    # "घरी नाही आलाय": not come home, in the Marathi perfect.
    "not_come_home": ("ghari nahi aala", "ghari nahi ala", "घरी नाही आला", "घरी नाही आलाय", "ghari nahi alay",
                     "ghari nahi aalay", "घरी नाही आली", "ghari nahi aali", "घरी नाही आलीये"),
    # Where a going goes on an ordinary day: somewhere named, home, the hills, off an app.
    "going_somewhere": ("go to", "go home", "go out", "go for", "go back", "ghar", "घर", "ghari", "घरी", "ghumne",
                        "घूमने", "pahad", "pahadon", "पहाड़", "पहाड़ों", "mountains", "hills", "social media",
                        "facebook", "fb", "twitter", "for exams", "exam", "exams",
                        "pariksha", "परीक्षा", "abhyas", "अभ्यास", "padhai", "पढ़ाई"),
    # Bedtime, which turns a phone off after the night's last song.
    "bedtime": ("going to sleep", "so raha", "so rahi", "सो रहा", "सो रही", "sone ja", "सोने जा", "zopayla",
                "झोपायला", "zopto", "झोपतो", "zopte", "झोपते", "good night", "goodnight", "gn", "shubh ratri",
                "शुभ रात्री", "शुभ रात्रि"),
    # Where someone not yet home may simply be: a party, a wedding, work, friends.
    "out_for_a_reason": ("party", "birthday", "shaadi", "शादी", "wedding", "lagn", "लग्न", "office", "ऑफिस",
                         "duty", "shift", "dosto ke saath", "दोस्तों के साथ", "mitransobat", "मित्रांसोबत",
                         "with friends", "match", "picture", "movie", "trip", "late hoga", "late hoil"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# A trip, a journey home, a holiday: the going of an ordinary day.
_TRIP = _g("away_trip", "place_leisure", "sightseeing", "leave_harmless", "going_somewhere")

SAID_THROUGH_FILMS: tuple[Combination, ...] = (
    # A status or a line quoted, meant earnestly, with the writer going, dying or not staying.
    Combination(S, (_g("art_quoted"), _g("said_literally"),
                    _g("going_softly", "die", "death_noun", "end_oneself", "absent_future", "last_posted")), 24,
                across=True, unless=_TRIP, unless_reach=8),
    # A status or a song marked the last, a goodbye or sorry to a mother, with the person not
    # come home, the phone off or nobody knowing where they are: a family's report.
    Combination(S, (_g("art_quoted", "last_posted"), _g("last_posted", "last_time", "last_time_written"),
                    _g("gone_missing", "not_come_home", "unreachable", "whereabouts_unknown")), 24, across=True,
                unless=_g("away_trip", "place_leisure", "sightseeing", "out_for_a_reason"), unless_reach=8),
    # A song posted as the last one, and the person missing; the talent show's last song is
    # sung, not posted, and a party or work keeps one out late.
    Combination(S, (_g("last_song"), _g("gone_missing", "not_come_home", "unreachable", "whereabouts_unknown")), 20,
                across=True, unless=_g("away_trip", "place_leisure", "sightseeing", "out_for_a_reason", "bedtime"),
                unless_reach=8),
    # A status marked the last ("last seen", "black screen") and the going said.
    Combination(S, (_g("art_quoted"), _g("last_posted"), _g("going_softly")), 20, across=True,
                unless=_TRIP, unless_reach=8),
    # "Me too, the same way", after a film, a scene or a death told.
    Combination(S, (_g("art_quoted", "story", "die", "death_noun"), _g("same_way_me"),
                    _g("going_softly", "take_me", "die", "go_there", "going_there", "leave", "end")), 20,
                across=True,
                unless=_TRIP, unless_reach=8),
    # "My end too, like that, today": the writer's own end wished like one told.
    Combination(S, (_g("my_end_too"), _g("like_this", "want", "want_one", "near_day", "tonight")), 6),
    # Death's day quoted and "mine is today".
    Combination(S, (_g("die", "death_noun"), _g("my_day_today")), 14, across=True),
    # The lamp put out on oneself: "मीच मालवणार स्वतःला", "khud ko bujha dunga".
    Combination(S, (_g("put_out"), _g("self")), 3),
    # The belongings given back and only the going left.
    Combination(S, (_g("given_back"), _g("going_softly")), 16, across=True, unless=_TRIP, unless_reach=6),
)
