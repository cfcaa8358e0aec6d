"""Using again told as an improvement (round 15): the use cut down to some days ("only beer on
saturdays now", "roz nahi pita, bas ravivar ko", "daru nahi ab, sirf bhang kadhi kadhi"), one
substance swapped for another or kept while another is left ("switched from whisky to beer",
"smack chhod di, ab sirf charas"), drinking called social, the slip made small ("had a tiny
slip last weekend, sorry"), the count begun again ("count reset ho gaya, phir se day 1") and a
substance started again ("corex phir shuru kar diya"). For this service less is not none: a
use reduced or substituted is a use.

What stays quiet is the same shape with nothing used: a drink named as tea or milk ("switched
from daru to chai", "sirf chai kabhi kabhi"), a cola after "only", a substance on one side of a
swap only ("daru chhod ke gym pe"), the old habit told as the past ("used to"), a count that
goes on ("count is at 90 days"), a slip on the stairs or in a diet, a medicine restarted by the
doctor. Words and the rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Some days, not every day: the weekend, a weekday named, now and then, twice a week.
    "some_days": ("weekend", "weekends", "on weekends", "vikend", "वीकेंड", "shanivar*", "शनिवार*",
                  "ravivar*", "रविवार*", "itvar*", "इतवार*", "saturday*", "sunday*", "saturdays", "sundays",
                  "kabhi kabhi", "कभी कभी", "कभी-कभी", "kabhi kabhar", "कभी कभार", "kadhi kadhi", "कधी कधी",
                  "kadhitari", "कधीतरी", "sometimes", "occasionally", "now and then", "once in a while",
                  "twice a week", "once a week", "twice this week", "twice", "hafte me ek*", "हफ्ते में एक*",
                  "aathvadyatun ek*", "आठवड्यातून एक*", "parties", "party me", "party mein", "पार्टी में",
                  "partyt", "पार्टीत", "functions", "function me"),
    # The old habit told as the past: "used to", "was my old life", "un dino".
    "habit_of_old": ("used to", "was my old", "old life", "old days", "purani zindagi", "पुरानी ज़िंदगी", "those days",
                     "un dino", "उन दिनों", "back then", "tya divsat", "त्या दिवसांत", "karaycho", "करायचो",
                     "pyaycho", "प्यायचो", "gone are"),
    # Drinking kept "social": "only socially now".
    "socially": ("socially", "only socially", "just socially", "social drinking", "social drinker"),
    # One thing taken for another: "switched from", "X ki jagah Y", "X ऐवजी Y".
    "swapped_for": ("switched", "switch kiya", "switch kela", "switched to", "switched from", "shifted to",
                    "shift ho gaya", "shift zalo", "moved on to", "moved to", "replaced", "instead of",
                    "ki jagah", "की जगह", "ke badle", "के बदले", "aivaji", "ऐवजी", "aivji", "badli",
                    "chhod ke", "छोड़ के", "chhodke", "sodun ata", "सोडून आता"),
    # A slip called small: "a small slip", "chhota sa slip", "minor lapse".
    "small_word": ("small", "minor", "tiny", "chhota", "chhoti", "छोटा", "छोटी", "chhota sa", "chhoti si",
                   "छोटा सा", "छोटी सी", "lahan", "लहान", "lahansa", "लहानसा", "barika", "बारीक"),
    "one_night": ("one night", "ek raat", "एक रात", "ek ratra", "एक रात्र", "one evening", "one day", "ek din",
                  "एक दिन", "ek divas", "एक दिवस", "just once", "only once", "ekdach", "एकदाच"),
    # Slips of other kinds: in a diet, the marks, the accounts, the tongue.
    "slip_elsewhere": ("diet", "dieting", "grades", "marks", "sales", "accounts", "hisab", "हिसाब", "tongue",
                       "zuban", "जुबान", "typing", "spelling", "pen", "sweet", "sweets", "mithai", "मिठाई"),
    "slip_noun": ("slip", "slips", "slipup", "slip up", "slip-up", "स्लिप", "lapse", "relapse"),
    # The count of days clean, and beginning it again.
    "day_count": ("count", "counter", "the count", "my count", "day count", "days count", "ginti", "गिनती",
                  "mojni", "मोजणी", "streak", "tally"),
    "restart_word": ("restart*", "reset*", "re-start*", "start over", "starting over", "from zero",
                     "back to zero", "zero se", "ज़ीरो से", "zero pasun", "शून्यापासून", "shunyapasun",
                     "back to day 1", "back to day one"),
    "back_to_day_one": ("back to day 1", "back to day one", "day 1 again", "day one again", "phir se day 1",
                        "fir se day 1", "parat day 1", "पुन्हा पहिला दिवस", "phir se pehla din", "फिर से पहला दिन"),
    "begin_word": ("shuru", "शुरू", "शुरु", "suru", "सुरू", "सुरु", "start", "chalu", "चालू"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# A tea, a stopping, a doctor's word or someone else's use: not the writer using.
_NOT_A_USE = ("beverage", "quit", "medical", "prescribed", "others", "third_person", "habit_of_old")

USE_MADE_SMALLER: tuple[Combination, ...] = (
    # "only beer on saturdays", "bas charas kabhi kabhi".
    Combination(RE, (_g("only_this"), ANY, _g("some_days")), 3, order=True, unless=_g(*_NOT_A_USE)),
    # "weed only on weekends", "daru fakt ravivari".
    Combination(RE, (ANY, _g("only_this"), _g("some_days")), 3, order=True, unless=_g(*_NOT_A_USE)),
    # "smack chhod di, ab sirf charas": one given up, the other kept.
    Combination(RE, (_g("cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "alcohol"),
                     _g("quit"), _g("only_this"),
                     # what is kept, "coke" left out: after "only" it is the cola far more often.
                     _g("cannabis", "opioids", "sedatives", "stimulants", "inhalants", "alcohol", "drugs")), 4, order=True,
                unless=_g("beverage", "medical", "prescribed", "others", "third_person")),
    # "just hash on weekends, no brown sugar anymore": the other substance given up, this one kept.
    Combination(RE, (_g("only_this"), ANY, _g("some_days"), _g("negation")), 6, order=True,
                unless=_g(*_NOT_A_USE)),
    # "daru nahi ab, sirf bhang kadhi kadhi": the same, in the Hindi and Marathi order.
    Combination(RE, (_g("negation"), _g("only_this"), ANY, _g("some_days")), 6, order=True,
                unless=_g(*_NOT_A_USE)),
    # "ab roz nahi pita, bas ravivar ko", "roj nahi pit ata, fakt ravivari": not daily any more,
    # only on some days, the drinking verb standing for the drink.
    Combination(RE, (_g("routine_use", "habit"), _g("negation"), ANY + ("drink_verb", "drank", "use"),
                     _g("only_this"), _g("some_days")), 6, order=True, unless=_g(*_NOT_A_USE)),
    # "drinking only at parties, twice a month maybe".
    Combination(RE, (_g("use_strong", "drank"), _g("only_this"), _g("some_days")), 8, order=True,
                unless=_g(*_NOT_A_USE)),
    # "i only drink socially now": the drinking kept, called social.
    Combination(RE, (ANY + ("drink_verb", "drank"), _g("socially")), 2, order=True, unless=_g(*_NOT_A_USE)),
    # "switched from whisky to beer", "daru ke badle ab ganja": two substances and a swap.
    # "daru chhod ke toddy pe": the leaving is the swap's, not a quitting.
    Combination(RE, (_g("swapped_for"), ANY, ANY), 5,
                unless=_g("beverage", "medical", "prescribed", "others", "third_person")),
    # "had a tiny slip last weekend", "minor slip on saturday, sorry": the slip given a
    # time or an apology; a slip on the floor is a fall.
    Combination(RE, (_g("small_word"), _g("slip_noun"), _g("time", "period", "one_night", "apology", "regret",
                                                          "only_this", "again")), 6, across=True,
                unless=_g("fall_place", "slip_elsewhere", "food")),
    # "90 days clean, then the office party: restarting my count", "count reset ho gaya, sorry": the count
    # is of days clean when a stretch, a substance or an apology is told with it; a phone's or a
    # class's count restarted is not. The substance is looked for first: a clean stretch read
    # first would make the message progress.
    Combination(RE, (ANY + ("apology", "regret", "period", "quit"), _g("day_count"), _g("restart_word")), 14,
                across=True),
    # "back to day one" said outright.
    Combination(RE, (_g("back_to_day_one"),), 0),
    # "kal pi li, phir se count shuru karna padega".
    Combination(RE, (ANY + ("apology", "regret", "period", "quit"), _g("again_strict"), _g("day_count"),
                     _g("begin_word")), 14, across=True),
    # "corex phir shuru kar diya", "daru parat suru zali": a substance begun again ("thi", a
    # past tense, reads as a third person: the relation is left to the finding's reader).
    Combination(RE, (ANY + ("syrup_name",), _g("again"), _g("started", "begin_word")), 3, order=True,
                unless=_g("beverage", "quit", "medical", "prescribed", "others")),
    # "neend nahi aati thi isliye corex phir shuru": begun again to cope, the "not" belonging
    # to the sleeplessness that is the reason.
    Combination(RE, (_g("cant_function"), ANY + ("syrup_name",), _g("again"), _g("started", "begin_word")), 8,
                order=True, across=True, unless=_g("beverage", "quit", "medical", "prescribed", "others")),
    # "drinking only when i cant sleep, maybe twice a week".
    Combination(RE, (_g("use_strong", "drank"), _g("only_this"), _g("cant_function"), _g("some_days")), 8,
                order=True, unless=_g(*_NOT_A_USE)),
    # "parat suru kela, roj sandhyakali": begun again at the drinking hour, nothing
    # else named as what was begun.
    Combination(RE, (_g("again_strict"), _g("started"), _g("hour_onset")), 6, across=True,
                unless=_g(*_NOT_A_USE, "taken_object", "task", "food", "pills")),
)
