"""Suicide told as the writer's own absence ahead (round 14: holdouts 38 and 39, replies to
the service's invitations and check-ins): not alive by the day one is asked to come ("saturday
tak main rahunga hi nahi", "tevha paryant mi asnar ch nahi", "won't be around by then"), the
absence with everything over by then ("शनिवारी मी नसणार, तोपर्यंत सगळं संपलेलं असेल"), the
morning one wishes not to wake to ("सकाळी उठूच नये असं वाटतं"), the holding on that is running
out ("dont know how much longer i can hold on"), having had one's fill of life ("जिंदगी से जी
भर गया है"), and the wrong step named in denying it ("कोई गलत कदम नहीं उठाऊँगा").

Each reading needs its second family: a day with "by then" or "till", a wish, a life, a
"how much longer". What keeps it quiet is named beside it: staying home, being away or busy
that day, a cold or lazy morning, holding on to the bus rail, a meal eaten to one's fill.
Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # "By then": the day of the invitation, pointed back to.
    "by_then": (
        "tab tak", "तब तक", "tab talak", "तब तलक", "tevha paryant", "tevhaparyant", "tevha parynt",
        "तेव्हा पर्यंत", "तेव्हापर्यंत", "toparyant", "to paryant", "तोपर्यंत", "तो पर्यंत",
        "tya divshi paryant", "tya divasaparyant", "त्या दिवसापर्यंत", "us din tak", "उस दिन तक",
        "by then", "by that time", "by that day", "till then", "until then", "by the weekend",
    ),
    # To be, to stay, to last, ahead (the forms the lexicon's "remain" lacks): Hindi "होऊंगा",
    # "बचूंगा", "रहेंगे"; Marathi "असणार" (its fused "-च" is read as the word by the skeleton).
    "be_ahead": (
        "hounga", "houngi", "होऊंगा", "होऊंगी", "होऊँगा", "होऊँगी", "bachunga", "bachungi", "बचूंगा",
        "बचूंगी", "बचूँगा", "बचूँगी", "rahenge", "रहेंगे", "rahoongi", "asnar", "असणार", "rahnar", "राहणार",
    ),
    # Hindi's emphasis on the being denied: "रहूंगा ही नहीं", "I won't even be".
    "emphatic": ("hi", "ही", "bhi", "भी", "even"),
    # How one stays, or where: "chup rahunga", "ghari asnar nahi", "wahan nahi rahunga".
    "stay_state": (
        "chup", "चुप", "shant", "शांत", "akela", "akeli", "अकेला", "अकेली", "peeche", "पीछे", "bhookha",
        "भूखा", "gapp", "गप्प", "ghari", "घरी", "wahan", "vahan", "वहाँ", "वहां", "tithe", "तिथे", "tikde",
        "there", "hostel", "online", "awake", "jaga", "जागा", "sober", "hosh", "होश", "dur", "दूर",
    ),
    # Everything over by then: "सगळं संपलेलं असेल", "sab khatam ho chuka hoga".
    "all_over_then": (
        "sagla samplela asel", "sagla sampla asel", "sagla sampalela asel", "सगळं संपलेलं असेल",
        "सगळं संपलं असेल", "सगळं संपलेलं असणार", "sagla sampun gela asel", "सगळं संपून गेलं असेल",
        "sab khatam ho chuka hoga", "sab khatm ho chuka hoga", "सब खत्म हो चुका होगा", "सब ख़त्म हो चुका होगा",
        "sab khatam ho gaya hoga", "सब खत्म हो गया होगा", "it will all be over", "it'll all be over",
        "itll all be over", "everything will be over", "all will be over", "it will be over by then",
    ),
    # The morning one should not wake to, in the Marathi prohibitive: "उठूच नये", "जाग येऊ नये".
    "wake_not_wished": (
        "uthu naye", "uthuch naye", "uthoo naye", "उठू नये", "उठूच नये", "uthuch nay", "jaag yeu naye",
        "jaagach yeu naye", "jag yeu naye", "jagach yeu naye", "जाग येऊ नये", "जागच येऊ नये",
        "jaag yeuch naye", "जाग येऊच नये", "parat uthu naye", "परत उठू नये", "punha uthu naye", "पुन्हा उठू नये",
    ),
    # A cold, lazy or Sunday morning, or this one morning only: why else not to get up (read in
    # the sentence by figures_of_speech.py).
    "lazy_morning": (
        "aalas", "alas", "आळस", "aalshi", "आळशी", "lazy", "thandi", "थंडी", "thand", "ठंड", "cold", "sunday",
        "ravivari", "रविवारी", "ravivar", "रविवार", "godhadi", "गोधडी",
        "pangharun", "पांघरूण", "razai", "रजाई", "blanket", "alarm", "aaj sakali", "आज सकाळी", "this morning",
    ),
    # Holding on, going on, lasting out: "hold on", "तग धरू", "टिकून राहू".
    "hold_on_self": (
        "hold on", "holding on", "keep holding on", "keep going", "carry on", "go on like this",
        "tag dharu", "तग धरू", "tag dharun", "tag dharta", "तग धरता", "tikun rahu", "टिकून राहू",
        "tik paunga", "टिक पाऊंगा", "tik paungi", "टिक पाऊंगी", "jhel paunga", "झेल पाऊंगा",
    ),
    # Longer, any more: "much longer", "any longer".
    "longer": ("much longer", "any longer", "for long", "for much longer", "anymore", "any more"),
    # Holding on to a thing, or waiting: the rail, the line, the bladder, the call.
    "grip_hold": (
        "hold on to", "hold onto", "holding on to", "holding onto", "rail", "handle", "bus", "train", "line",
        "call", "phone", "wait", "waiting", "pee", "loo", "toilet", "washroom", "bathroom", "meeting",
        "queue", "traffic", "breath", "breathe",
    ),
    # Had one's fill, of living: "जी भर गया", "man bhar gaya", "वीट आला".
    "had_my_fill": (
        "jee bhar gaya", "ji bhar gaya", "jee bhar gayi", "ji bhar gayi", "जी भर गया", "जी भर गई",
        "jee bhar chuka", "ji bhar chuka", "जी भर चुका", "mann bhar gaya", "man bhar gaya", "मन भर गया",
        "mann bhar chuka", "मन भर चुका", "dil bhar gaya", "दिल भर गया", "veet aala", "veet ala", "vit aala",
        "वीट आला", "वीट आलाय", "वीट आलेला", "had my fill", "had enough of",
    ),
    # A meal or a show enjoyed to the full: "jee bhar ke khaya".
    "fill_of_joy": (
        "khaya", "खाया", "khana", "खाना", "khalla", "खाल्लं", "dekha", "देखा", "film", "movie", "ghooma",
        "घूमा", "maza", "मज़ा", "मजा", "enjoy", "enjoyed", "nacha", "नाचा",
    ),
    # The wrong step named in denying it: "कोई गलत कदम नहीं उठाऊँगा", "चुकीचं पाऊल उचलणार नाही".
    "wrong_step_denied": (
        "galat kadam nahi uthaunga", "galat kadam nahi uthaungi", "गलत कदम नहीं उठाऊंगा",
        "गलत कदम नहीं उठाऊंगी", "galat kadam nahi uthaoonga", "galat kadam nahi lunga",
        "गलत कदम नहीं लूंगा", "galat kadam nahi utha raha", "गलत कदम नहीं उठा रहा",
        "chukicha paul uchalnar nahi", "chukich paul uchalnar nahi", "चुकीचं पाऊल उचलणार नाही",
        "चुकीचे पाऊल उचलणार नाही", "chukiche paul uchalnar nahi", "wont take any wrong step",
        "won't take any wrong step", "not going to take any wrong step",
    ),
    # Where one will be instead, or why not here: an office, a wedding, a day off, a village.
    "gb_away_tomorrow": ("last day", "office", "ऑफिस", "lagna*", "लग्न*", "gavi", "गावी", "gaavi", "rajaa", "raja",
                         "रजा", "leave", "chutti", "सुट्टी", "sutti", "shaadi*", "शादी*", "ja rahe", "jaa rahe", "जा रहे", "ja raha",
                         "जा रहा", "going to", "jatoy", "जातोय", "jaycha", "जायचं", "jaaycha", "shift", "duty", "ड्यूटी", "class",
                         "college", "school", "trip", "tour", "bahergavi", "बाहेरगावी", "hospital", "दवाखान*",
                         "meeting", "मीटिंग", "kaam", "काम", "tension nako", "don't worry", "dont worry"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_ABSENT = _g("stay_state", "staying_place", "away_trip", "go_there", "leave_harmless", "wedding", "commute")
# With the emphasis and "by", the wedding is the day asked to, not where the writer will be.
_NOT_THERE = _g("stay_state", "staying_place", "away_trip", "go_there", "leave_harmless", "commute")

GONE_BY_THEN: tuple[Combination, ...] = (
    # "By then" and the writer's being denied: "tevha paryant mi asnar ch nahi", "तब तक मैं
    # रहूंगा ही नहीं"; not at home, away or busy by then.
    Combination(S, (_g("by_then"), _g("first_person"), _g("remain", "be_ahead"), _g("negation")), 3,
                order=True, unless=_NOT_ABSENT),
    Combination(S, (_g("by_then"), _g("absent_future")), 3, unless=_NOT_ABSENT),
    # "won't be around by then".
    Combination(S, (_g("negation"), _g("remain"), _g("by_then")), 2, order=True, unless=_NOT_ABSENT),
    # A day named, and the being denied with emphasis: "saturday tak main rahunga hi nahi".
    Combination(S, (_g("deadline"), _g("first_person"), _g("remain", "be_ahead"), _g("emphatic"), _g("negation")),
                2, order=True, unless=_NOT_THERE),
    Combination(S, (_g("first_person"), _g("remain", "be_ahead"), _g("emphatic"), _g("negation"),
                    _g("deadline", "by_then")), 2, order=True, unless=_NOT_THERE),
    # The writer absent, and everything over by then: "मी नसणार, तोपर्यंत सगळं संपलेलं असेल".
    Combination(S, (_g("absent_future"), _g("all_over_then")), 12, across=True,
                unless=_g("away_trip", "wedding", "task", "work_load")),
    Combination(S, (_g("negation"), _g("remain", "be_ahead"), _g("all_over_then")), 12, across=True,
                unless=_g("away_trip", "wedding", "task", "work_load", "stay_state", "staying_place")),
    # "udya me nasnar" (round 24): tomorrow, and the writer not there, with nowhere named to be.
    Combination(S, (_g("tomorrow_word"), _g("absent_future")), 2, order=True,
                unless=_g("gb_away_tomorrow", "perhaps"), unless_reach=8),
    # The morning not to wake to, wished or prayed for: "roj ratri vatta sakali uthuch naye".
    Combination(S, (_g("wake_not_wished"), _g("want", "hope", "god", "ask_for")), 4,
                unless=_g("lazy_morning", "hardship", "laugh", "wedding")),
    # Holding on running out: "dont know how much longer i can hold on", "i cant hold on much longer".
    Combination(S, (_g("how_long", "how_much"), _g("hold_on_self")), 4,
                unless=_g("grip_hold", "second_person", "laugh", "clock_time")),
    Combination(S, (_g("negation"), _g("hold_on_self"), _g("longer")), 3, order=True,
                unless=_g("grip_hold", "laugh", "clock_time")),
    # Had one's fill of life: "जिंदगी से जी भर गया है", "jagnyacha veet aala"; not a meal.
    Combination(S, (_g("life", "live"), _g("had_my_fill")), 4, unless=_g("fill_of_joy", "eat", "laugh")),
    Combination(S, (_g("wrong_step_denied"),)),
)
