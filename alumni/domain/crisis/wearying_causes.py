"""Dying and killing said of what wears one out, beyond the work and the weather that
alumni.domain.crisis.hyperbole reads: being pestered ("itna dimaag khaya ki mar hi jaunga
haha", "हा मुलगा मला वेड लावून मारणार", "pagal karke maarega"), a show one has to sit
through ("ye serial dekh ke mar jaungi 😂"), a workout ("the trainer is trying to murder me"),
an activity done over and over ("naach naach ke mar gaye", "वाट पाहून पाहून मेलो"), being stuck
in the traffic or the heat ("traffic mein phas ke mar jaunga", "उन्हात उभं राहून मेलो"), the
traffic or the heat as the one that "will kill us all" or is killing me (round 14: "office ka
kaam mujhe maar raha hai", "ये ट्रैफिक मुझे मार डालेगा"), a service that fails every day
(round 12: "हा लाईट वाला मारून टाकणार आहे, रोज लाईट जाते"), and being soaked through by the rain
(round 13: "भिजून मेलो सगळे", "bheeg ke mar gaye"), and a cause that "makes me want to" jump
out of the window, with a laugh (round 15: "monday meetings make me want to jump out the window 😂").
Called from alumni.domain.crisis.idioms, after the hyperbole.

Being pestered "to death" is read away when the pestering is how the killing is done
("वेड लावून मारणार": by driving me mad), or when it is the cause and the writer laughs or
says "so much" ("itna dimaag khaya ki ..."). A wish in so many words ("want to die"), the
self as the object, a weapon, poison or a method keep it alerting.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import HARMLESS_CAUSES, followed_by, laughing_sentences

_GRAVE = ("weapon", "poison", "means", "suicide", "self_harm", "hanging", "height", "vehicle", "rail_line")
_WISHED = frozenset({"want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा",
                     "ichha", "vatta", "वाटतं"})
_DYING = ("die", "kill", "want", "copula", "me", "die_first_person", "murder", "jaan", "take_mine")

# Pestering, as typed: the first word, then what may follow it.
_PESTERED: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"dimaag", "dimag", "दिमाग", "दिमाग़", "bheja", "भेजा", "bheje", "doka", "dok", "डोकं",
                "डोके", "dimaak"}),
     ("kha", "खा", "khal", "खाल", "fry", "फ्राय")),
    (frozenset({"ved", "वेड", "pagal", "पागल", "vaitag", "वैताग"}),
     ("lav", "लाव", "kar", "कर", "ban", "बना", "aan", "आण")),
    (frozenset({"sata", "सता", "tang", "तंग", "pareshan", "परेशान", "tras", "त्रास"}),
     ("sata", "सता", "kar", "कर", "deu", "देऊ", "ke", "के")),
    (frozenset({"driving", "drives", "drive"}), ("me",)),
)


def _pestering_ends(words: list[Token]) -> list[int]:
    """Where each pestering phrase ends (one past its last word)."""
    ends = []
    for i, token in enumerate(words[:-1]):
        for firsts, nexts in _PESTERED:
            if token.raw in firsts and words[i + 1].raw.startswith(nexts):
                ends.append(i + 2)
    return ends


_SO_MUCH = frozenset({"itna", "itni", "itne", "इतना", "इतनी", "इतने", "itka", "itki", "इतका", "इतकी", "evdha",
                      "एवढा", "so", "khup", "खूप"})


def _wished(words: list[Token], hit: Hit) -> bool:
    return any(t.raw in _WISHED for t in words[max(0, hit.start - 3):hit.end + 3])


def _forget(c: Concepts, hit: Hit) -> None:
    for name in _DYING:
        c.drop(name, hit.start, hit.end + 2)
    c.add("unmeant", hit.start, hit.end + 2)      # nor a threat's signal words


def _pestered_to_death(c: Concepts) -> None:
    words = c.words
    if all(c.typed_words.isdisjoint(firsts) for firsts, _ in _PESTERED):
        return      # most texts: no first word of a pestering phrase
    ends = _pestering_ends(words)
    if not ends:
        return
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        manner = any(0 <= hit.start - e <= 1 for e in ends)      # "वेड लावून मारणार"
        cause = any(e <= hit.start and words[e - 1].sentence == sentence for e in ends) and (
            sentence in laughing_sentences(c) or any(t.raw in _SO_MUCH and t.sentence == sentence for t in words))
        if manner or cause:
            _forget(c, hit)


# "ye serial dekh ke mar jaungi 😂": a show sat through.
_SHOWS = frozenset({"serial", "serials", "सीरियल", "series", "सीरीज़", "movie", "film", "फिल्म", "lecture",
                    "lectures", "लेक्चर", "class", "क्लास", "meeting", "meetings", "मीटिंग", "news", "speech",
                    "मालिका", "malika", "bhashan", "भाषण", "drama", "ड्रामा"})
_WATCHING = frozenset({"dekh", "देख", "dekhkar", "देखकर", "sun", "सुन", "sunkar", "सुनकर", "baghun", "बघून",
                       "aikun", "ऐकून", "watching", "listening"})


def _a_show_to_die_of(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill"):
        sentence = words[hit.start].sentence
        before = [t for t in words[max(0, hit.start - 8):hit.start] if t.sentence == sentence]
        watched = any(t.raw in _WATCHING for t in before[-4:])
        if watched and any(t.raw in _SHOWS for t in before) and sentence in laughing_sentences(c):
            _forget(c, hit)


# "the trainer is trying to murder me", "gym wale bhaiya maar dalenge": a workout.
_WORKOUT = frozenset({"gym", "trainer", "workout", "exercise", "squats", "cardio", "yoga", "zumba", "crossfit",
                      "pushups", "burpees", "plank", "planks", "jim", "जिम", "व्यायाम", "vyayam", "kasrat",
                      "कसरत"})


def _worked_out(c: Concepts) -> None:
    words = c.words
    for hit in c.of("murder", "kill"):
        sentence = words[hit.start].sentence
        if followed_by(c, hit, "me") and any(t.raw in _WORKOUT and t.sentence == sentence for t in words):
            _forget(c, hit)


# "हा लाईट वाला मारून टाकणार", "ye network wala maar dalega": the man of a service that fails,
# named as the one who will kill (the nominative "wala", not "wale ko": that is a threat at him).
_SERVICES = frozenset({"light", "lite", "lait", "लाईट", "लाइट", "bijli", "बिजली", "वीज", "veej", "current", "करंट",
                       "network", "नेटवर्क", "wifi", "internet", "tanker", "टँकर", "टैंकर", "mseb", "cable",
                       "केबल", "range",
                       # "ये कोर्ट वाले मार के ही मानेंगे 😅" (round 36), dates upon dates
                       "court", "कोर्ट"})
_THE_MAN = frozenset({"wala", "vala", "waala", "वाला", "wale", "vale", "वाले", "wali", "वाली"})
_AT_HIM = frozenset({"ko", "को", "la", "ला", "nu", "le", "ले"})
_EVERY_DAY = frozenset({"roj", "roz", "रोज", "रोज़", "daily", "everyday", "nehmi", "नेहमी", "sarkhi", "सारखी",
                        "sarkha", "सारखा", "baar", "बार", "din"})


# "मार के ही छोड़ेंगे", "maar ke hi manenge": will not rest till they have killed one, said of the
# service's men (round 40: "ये बिजली वाले तो मार के ही छोड़ेंगे, रात को 2 घंटे लाइट आती है"), which
# tells the failing as "every day" does.
_WONT_REST = frozenset({"मानेंगे", "manenge", "maanenge", "छोड़ेंगे", "छोडेंगे", "chhodenge", "chodenge"})


def _a_failing_service(c: Concepts) -> None:
    words = c.words
    every_day = any(t.raw in _EVERY_DAY for t in words)
    men = [i for i in range(1, len(words)) if words[i].raw in _THE_MAN and words[i - 1].raw in _SERVICES
           and not (i + 1 < len(words) and words[i + 1].raw in _AT_HIM)]
    for hit in c.of("die", "kill", "murder"):
        if not (every_day or any(t.raw in _WONT_REST for t in words[hit.end:hit.end + 3])):
            continue
        if any(0 < hit.start - i <= 3 and words[i].sentence == words[hit.start].sentence for i in men):
            _forget(c, hit)


# What one does until one "dies" of it: dancing, waiting, walking, standing, climbing, running,
# working, talking, shopping. Stems as typed, in both scripts and in the Hindi "-te" and the
# Marathi "-un" forms. Crying and thinking are not here: "ro ro ke mar jaunga" is grief.
_WEARYING_ACTS = ("naach", "nach", "नाच", "नाच", "dancing", "pah", "पाह", "bagh", "बघ", "dekh", "देख",
                  "intezar", "intazar", "intjar", "इंतज़ार", "इंतजार", "waiting", "chal", "चल", "चाल", "ghoom",
                  "ghum", "घूम", "घुम", "phir", "fir", "फिर", "walking", "khad", "खड़", "खड", "ubh", "उभ",
                  "standing", "chadh", "chadt", "चढ", "climbing", "daud", "दौड़", "दौड", "dhav", "धाव",
                  "running", "kar", "कर", "working", "bol", "बोल", "talking", "shopping", "saaf", "साफ",
                  "ghas", "घास", "rag", "रग", "ruk", "रुक", "thamb", "थांब")
# Round 30: fees taken and taken ("vakil fee gheun gheun marun takto ahe"), a taking said twice only
# beside the money ("goli gheun gheun marun jain" is pills taken).
_TAKING_TWICE = ("gheun", "घेऊन", "le", "ले")
_MONEY = ("fee", "फी", "फीस", "paise", "पैसे", "paisa", "पैसा", "kharch", "खर्च", "hajar", "हजार", "rupay", "रुपये")
# Stuck or kept standing in what wears one out: "traffic mein phas ke", "उन्हात उभं राहून".
_STUCK = ("phas", "fas", "फंस", "फँस", "phans", "atak", "अटक", "adak", "adk", "अडक", "ruk", "रुक", "khad",
          "खड़", "खड", "ubh", "उभ", "baith", "बैठ", "tap", "तप", "sad", "सड")
# Having done it: the Hindi conjunctive after the verb, or the Marathi "-un" of the verb itself.
_HAVING = frozenset({"ke", "kar", "karke", "के", "कर", "करके", "rahun", "राहून", "rah", "reh"})
_THEN = frozenset({"ke", "के", "karke", "करके", "kar", "कर"})
# Where one is stuck: the traffic, the sun, a queue, beyond the work and the weather.
_STUCK_IN = HARMLESS_CAUSES | frozenset({"ट्रैफिक", "ट्रॅफिक", "jam", "जाम", "line", "लाइन", "लाईन", "queue", "rang",
                                         "रांग", "ranget", "रांगेत", "unhat", "उन्हात", "ऊन", "dhoop",
                                         "धूप", "unhaat", "signal", "सिग्नल"})
_BETWEEN = frozenset({"to", "तो", "toh", "hi", "ही", "main", "मैं", "mi", "मी", "ch", "च", "aaj", "आज"})


def _done_over_and_over(words: list[Token], hit: Hit) -> bool:
    """"naach naach ke mar gaye", "नाचून नाचून मेलो", "chalte chalte mar gaya": an act said twice
    just before the dying."""
    i = hit.start - 1
    while i >= 0 and words[i].raw in _BETWEEN:
        i -= 1
    if i >= 0 and words[i].raw in _THEN:
        i -= 1
    if i < 1 or words[i].sentence != words[hit.start].sentence or words[i].skeleton != words[i - 1].skeleton:
        return False
    if words[i].raw.startswith(_TAKING_TWICE):
        return any(t.raw.startswith(_MONEY) for t in words if t.sentence == words[hit.start].sentence)
    return words[i].raw.startswith(_WEARYING_ACTS)


# Round 32 (holdout 101, linemen): the work given over and over, after the killing: "JE ne aaj
# maar dala kaam de de ke", "काम करवा करवा के मार डाला".
_WORK = ("kaam", "काम", "kam", "duty", "ड्यूटी", "drill", "ड्रिल")


def _killed_with_work_given(words: list[Token], hit: Hit) -> bool:
    sentence = words[hit.start].sentence
    after = [t for t in words[hit.end:hit.end + 6] if t.sentence == sentence]
    for k in range(1, len(after) - 1):
        twice = after[k].skeleton == after[k + 1].skeleton
        if twice and any(t.raw.startswith(_WORK) for t in after[:k]) \
                and (k + 2 >= len(after) or after[k + 2].raw in _THEN):
            return True
    return False


# "sheth is killing us with overtime", "the boss is killing me with targets": someone wears us
# out with the work (round 61's reading); the work named right after "with".
_WITH_THE_WORK = frozenset({"overtime", "work", "targets", "target", "shifts", "shift", "deadlines", "deadline",
                            "meetings", "orders", "kaam", "duty", "duties", "calls", "homework"})


def _killing_us_with_work(words: list[Token], hit: Hit) -> bool:
    if not words[hit.start].raw.startswith("killing"):
        return False
    after = [t.raw for t in words[hit.end:hit.end + 5] if t.sentence == words[hit.start].sentence]
    return len(after) >= 3 and after[0] in ("me", "us") and after[1] == "with" \
        and any(raw in _WITH_THE_WORK for raw in after[2:])


def _stuck_in_a_cause(words: list[Token], hit: Hit) -> bool:
    """"ye traffic mein phas ke to main mar hi jaunga", "garmi mein khade khade mar gaye",
    "उन्हात उभं राहून मेलो": stuck in the traffic or the heat, just before the dying."""
    sentence = words[hit.start].sentence
    near = [t for t in words[max(0, hit.start - 5):hit.start] if t.sentence == sentence]
    stuck = next((k for k, t in enumerate(near) if t.raw.startswith(_STUCK)), None)
    if stuck is None or not any(t.raw in _HAVING or t.raw.endswith(("un", "ून")) for t in near[stuck:]):
        return False
    return any(t.raw in _STUCK_IN for t in words[max(0, hit.start - 10):hit.start] if t.sentence == sentence)


# Soaked through (round 13): "भिजून मेलो सगळे", "bheeg ke mar gaye", "भीग भीग के मर गए". The
# rain is the one that wears one out; drowning ("doob ke") is not here.
_SOAKED = ("bheeg", "bhig", "bhij", "भीग", "भिग", "भिज", "soaked", "drenched")


def _soaked_through(words: list[Token], hit: Hit) -> bool:
    """Soaked, in the conjunctive ("-un", "ke", "kar") or said twice, just before the dying."""
    sentence = words[hit.start].sentence
    near = [t for t in words[max(0, hit.start - 3):hit.start] if t.sentence == sentence]
    soaked = next((k for k, t in enumerate(near) if t.raw.startswith(_SOAKED)), None)
    if soaked is None:
        return False
    after = near[soaked:]
    return any(t.raw in _HAVING or t.raw in _THEN or t.raw.endswith(("un", "ून", "ke", "के")) for t in after)


# "वारीत चालता चालता मरण यावं": death asked to come, a wish, not an act that wore one out (round 30).
_MAY_IT_COME = frozenset({"यावं", "यावे", "यावा", "yava", "yaava", "yave", "आए", "aaye", "aye", "aa", "आ"})


# Tired out, and "dead" of it (round 30, hotel kitchens): "swayampak karun thakun chur, melo ahe
# ekdam", "thak ke mar gaya aaj": the dying word in the past, beside the tiredness, with no wish
# and no life named in the sentence.
_TIRED = ("thak", "थक", "tired", "exhausted", "damlo", "दमलो", "damle", "दमले", "zopene", "झोपेने", "sleepy")
_DEAD_OF_IT = frozenset({"melo", "मेलो", "meli", "मेली", "melot", "मेलोत", "mar", "मर", "dead"})
_GONE = frozenset({"gaya", "gayi", "gaye", "गया", "गई", "गए", "ahe", "आहे", "ekdam", "एकदम"})
_LIFE = ("zindagi", "ज़िंदगी", "जिंदगी", "life", "jeevan", "जीवन", "aayushya", "आयुष्य", "jagna", "जगणं")


def _tired_to_death(words: list[Token], hit: Hit) -> bool:
    token = words[hit.start]
    if token.raw not in _DEAD_OF_IT or (token.raw in ("mar", "मर") and (
            hit.end >= len(words) or words[hit.end].raw not in _GONE)):
        return False
    sentence = [t for t in words if t.sentence == token.sentence]
    before = [t for t in words[max(0, hit.start - 6):hit.start] if t.sentence == token.sentence]
    return any(t.raw.startswith(_TIRED) for t in before) and not any(t.raw.startswith(_LIFE) for t in sentence)


def _worn_out_by_doing(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill"):
        if hit.end < len(words) and words[hit.end].raw in _MAY_IT_COME:
            continue
        if _done_over_and_over(words, hit) or _stuck_in_a_cause(words, hit) or _soaked_through(words, hit) \
                or _killed_with_work_given(words, hit) or _killing_us_with_work(words, hit) \
                or (_tired_to_death(words, hit) and not _wished(words, hit)):
            _forget(c, hit)


# "the traffic will kill us all one day", "this heat is going to kill us": the cause, not a
# person, will do the killing.
_WILL = frozenset({"will", "ll", "gonna", "going", "to", "is", "might", "would", "'ll"})
_US = frozenset({"us", "me", "everyone", "everybody", "all", "them", "you", "people"})


def _a_cause_will_kill(c: Concepts) -> None:
    words = c.words
    # by the word, not the concept: a reading before may have cleared "kill" and left the
    # evidence's "kill us all" and "going to"
    for k, token in enumerate(words):
        if token.raw not in ("kill", "kills"):
            continue
        hit = Hit("kill", k, k + 1)
        sentence = words[hit.start].sentence
        before = [t for t in words[max(0, hit.start - 6):hit.start] if t.sentence == sentence]
        if before and before[-1].raw in _WILL and any(t.raw in _STUCK_IN for t in before) \
                and hit.end < len(words) and words[hit.end].raw in _US \
                and not any(t.raw in _PEOPLE for t in before):
            will = next(k for k in range(hit.start - 1, -1, -1) if words[k - 1].raw not in _WILL)
            for name in _DYING:
                c.drop(name, will, hit.end + 2)
            c.add("unmeant", will, hit.end + 2)


_PEOPLE = frozenset({"he", "she", "they", "him", "husband", "pati", "boss", "father", "papa", "brother"})


# Round 14: the work, the traffic or the heat as the one killing me, in the progressive or the
# future ("office ka kaam mujhe maar raha hai", "ये ट्रैफिक मुझे मार डालेगा एक दिन", "ये गर्मी तो
# killing me", "हे ऊन मला मारून टाकेल"). Pain is not such a cause here ("ye dard mujhe maar dalega"
# may be grief), nor is anyone's doing.
_KILLS_ME_CAUSES = (HARMLESS_CAUSES | _STUCK_IN | frozenset({
    "ऑफिस", "naukri", "नौकरी", "padhai", "पढ़ाई", "पढाई", "ऊन", "unh", "उकाडा", "machhar", "मच्छर",
    "assignment", "assignments", "project", "shift", "shifts", "commute", "overtime"})) - frozenset({
    "pain", "dard", "दर्द"})
_ME_OBJECT = frozenset({"mujhe", "muje", "mujhko", "मुझे", "मुझको", "mala", "मला", "hume", "humein", "हमें",
                        "amhala", "आम्हाला"})
_ME_AFTER = frozenset({"me", "us"})     # "killing me"
_EMPHATIC = frozenset({"to", "तो", "toh", "hi", "ही", "tar", "तर"})
_KILLING_NOW = ("martoy", "martay", "मारतोय", "मारतंय", "marnar", "मारणार")     # the tense in the word
_KILLING = ("maar", "मार", "killing", "marun", "मारून") + _KILLING_NOW
# The progressive or the future of killing, the auxiliary after the verb.
_DOING_IT = frozenset({"raha", "rahi", "rahe", "रहा", "रही", "रहे", "dalega", "dalegi", "daalega", "daalegi",
                       "डालेगा", "डालेगी", "dalenge", "डालेंगे", "dega", "degi", "देगा", "देगी", "takel", "टाकेल",
                       "takeel", "takanar", "टाकणार", "rahlay", "rahla"})


def _killing_me_now(words: list[Token], hit: Hit) -> int | None:
    """Where the "me" of "mujhe maar raha hai", "killing me" sits, when the killing is in the
    progressive or the future."""
    raw = words[hit.start].raw
    if not raw.startswith(_KILLING):
        return None
    if raw.startswith("killing"):
        return hit.end if hit.end < len(words) and words[hit.end].raw in _ME_AFTER | _ME_OBJECT else None
    after = [t.raw for t in words[hit.start + 1:hit.start + 3]]
    if not (raw.startswith(_KILLING_NOW) or set(after) & _DOING_IT):
        return None
    i = hit.start - 1
    while i >= 0 and words[i].raw in _EMPHATIC:
        i -= 1
    return i if i >= 0 and words[i].raw in _ME_OBJECT else None


def _a_cause_kills_me(c: Concepts) -> None:
    words = c.words
    people = {h.start for h in c.of("relation", "third_person", "other_target", "bystander")}
    for hit in c.of("die", "kill"):
        me = _killing_me_now(words, hit)
        if me is None:
            continue
        first = min(me, hit.start)
        before = [k for k in range(max(0, first - 6), first) if words[k].clause == words[hit.start].clause]
        if any(words[k].raw in _KILLS_ME_CAUSES for k in before) and not any(
                k in people or words[k].raw in _PEOPLE for k in before):
            end = max(me + 1, hit.end + 2)
            for name in _DYING:
                c.drop(name, first, end)
            c.add("unmeant", first, end)


# Round 15: "monday meetings make me want to jump out the window 🙄😂", "this traffic makes me
# wanna scream": a cause that wears one out, as the subject of "makes me want to", with a laugh.
# The wish is the cause's doing, not the writer's own; "I want to jump out the window", "my
# life makes me want to die" (no such cause) and a height or a method keep it alerting.
_MAKES = frozenset({"make", "makes", "made", "making"})
_WEEKDAYS = frozenset({"monday", "mondays", "weekday", "weekdays", "calls", "zoom", "standup", "standups",
                       "emails", "mails", "timesheets", "office", "commute", "boss", "manager", "lectures",
                       "lecture", "classes", "class", "meetings", "meeting", "traffic", "exams", "deadlines"})


def _a_cause_makes_me_want(c: Concepts) -> None:
    words = c.words
    laughing = laughing_sentences(c)
    for hit in c.of("want"):
        k = hit.start - 1
        if k < 1 or words[k].raw not in ("me", "us") or words[k - 1].raw not in _MAKES \
                or words[hit.start].sentence not in laughing:
            continue
        before = [t for t in words[max(0, k - 5):k - 1] if t.sentence == words[hit.start].sentence]
        if any(t.raw in _KILLS_ME_CAUSES or t.raw in _WEEKDAYS or t.raw in _SHOWS for t in before):
            for name in ("want", "want_one", "will_to", "me_too_going", "jump", "die", "kill"):
                c.drop(name, k, hit.end + 3)
            c.add("unmeant", k, hit.end + 3)


def remove_wearying_causes(c: Concepts) -> None:
    if c.of(*_GRAVE) or any(followed_by(c, h, "self", gap=1) for h in c.of("die", "kill")):
        return
    _a_cause_makes_me_want(c)
    words = c.words
    if any(_wished(words, h) for h in c.of("die", "kill")):
        return
    _pestered_to_death(c)
    _a_show_to_die_of(c)
    _worked_out(c)
    _a_failing_service(c)
    _worn_out_by_doing(c)
    _a_cause_will_kill(c)
    _a_cause_kills_me(c)
