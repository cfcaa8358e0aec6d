"""A scolding quoted with a laugh: someone who scolds the writer (a wife, a mother, the
boss) said they would "kill" the writer over a small lapse or a household trifle, and the
writer laughs about it.

- quoted: "बीवी बोली आज भी लेट आए तो जान ले लूंगी 😂", "bayko mhanli ushira aalas tar maarun
  takin 😂", "boss म्हणाला उद्या late आलास तर मारून टाकीन haha", "mom said if you're late again
  i'll kill you lol": the "I will" of the threat is the speaker's, not the writer's;
- over a trifle: the TV, the sweets, shouting at the match, a report ("mummy boli saare
  ladoo kha gaye to maar dalungi 🤣", "साहेब म्हणाले report नाही दिला तर फासावर लटकवीन, हा
  हा"), in either order of threat and condition ("TV tod dungi agar itna chillaoge");
- at work: "my boss will kill me if i leave early again haha": leaving early is a lapse at
  work, not leaving a partner ("he will kill me if i leave him" stays a disclosure).

Said in jest instead of with a laugh, it is the same scolding (round 12): "... to jaan le lungi
mazak me", "bayko mhante ushira aala tar maarin majet", "म्हणाली ... तर मारीन गंमतीत",
"jokingly", "as a joke".

Called from alumni.domain.crisis.idioms. A weapon, poison, the writer's own self, fear or a
plea for help anywhere in the message, or a beating told as a habit ("roj maarta hai") keeps
every word alerting. Without a laugh only a wife, a mother or the boss scolding over a lapse
or a trifle is read away ("boss said if I come late he will murder me"); a husband's or an
unnamed "he"'s threat ("he said he will kill me if I don't give money") is never read away
without the laugh, and read_his_threats makes it a disclosure (round 13). A father's or an
unnamed "she"'s over a lapse ("my dad will kill me if I come late") is still the everyday
"will kill me if" of alumni.domain.crisis.idioms: a known gap in the other direction, left as
it is because those sentences were quiet in every set.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import laughing_near, laughing_sentences

# Someone saying it: "बोली", "mhanli", "म्हणाला", "said".
_SAID = frozenset({
    "bola", "boli", "bole", "bolti", "bolta", "bolte", "kaha", "kahti", "kehti", "kahta", "kehta",
    "बोला", "बोली", "बोले", "बोलती", "बोलता", "कहा", "कहती", "कहता", "mhanala", "mhanali", "mhanli",
    "mhanla", "mhanle", "mhanale", "mhanto", "mhante", "mhatla", "mhatle", "म्हणाला", "म्हणाली", "म्हणले",
    "म्हणाले", "म्हणतो", "म्हणते", "म्हटलं", "म्हटले",
    # Marathi's "told" (round 36): "baykone sangitla ushira aalas tar ..."
    "sangitla", "sangitle", "sangitli", "सांगितलं", "सांगितला", "सांगितले", "सांगितली",
    "said", "says", "say", "told", "tells", "warned", "texted", "messaged"})
# The condition the threat hangs on: "... to", "... tar", "if ...".
_IF = frozenset({"to", "तो", "toh", "tar", "तर", "if", "agar", "अगर", "jar", "जर"})
# Small lapses: coming late, leaving early, forgetting.
_LAPSE = frozenset({
    "late", "let", "लेट", "der", "देर", "ushir", "ushira", "उशीर", "उशिरा", "early", "jaldi", "जल्दी",
    "forget", "forgot", "bhool", "bhul", "भूल", "visarlas", "विसरलास", "visarla", "विसरला", "miss",
    "missed"})
# Who scolds at work: leaving early is their lapse to scold.
_AT_WORK = frozenset({"boss", "manager", "sir", "madam", "teacher", "saheb", "sahab", "principal",
                      "coach", "supervisor", "hod", "बॉस", "सर", "साहेब", "मैडम",
                      # round 30 (hotel kitchens): the chef and the manager
                      "chef", "शेफ", "मैनेजर", "मॅनेजर",
                      # round 31 (Gulf migrants): the kafeel, the sponsor who holds the visa
                      "kafeel", "कफील", "kafil",
                      # round 36 (painters, cane cutters): the owner and the contractor
                      "malak", "मालक", "malik", "मालिक", "seth", "sheth", "सेठ", "शेठ", "thekedar", "ठेकेदार",
                      "contractor", "mukadam", "मुकादम",
                      # round 38 (seafarers): the ship's officers
                      "chief", "चीफ", "captain", "कॅप्टन", "कप्तान", "कॅप्टनने"})
# Family who scold, read by their letters ("aai" folds to "I").
_AT_HOME = frozenset({"aai", "आई", "mom", "mum", "mummy", "मम्मी", "maa", "मां", "माँ", "papa", "पापा",
                      "baba", "बाबा", "dad", "ammi", "अम्मी", "mehraru", "मेहरारू", "gharwali", "घरवाली",
                      "bayko", "बायको", "biwi", "बीवी", "wife"})
# Household and office trifles a scolding hangs on, by the stems they are typed with: the TV,
# the sweets, shouting at a match, the phone, a report.
_TRIFLES = (
    "tv", "टीवी", "टीव्ही", "टिव्ही", "remote", "रिमोट",
    # one more pair of shoes bought (round 47: "ajun ek chappal ghetli tar mala jivant nahi sodnar 😂")
    "chappal", "चप्पल", "sandal", "shoes", "saree", "sadi", "साडी", "साड़ी",
    "laddu", "ladoo", "laddoo", "ladu", "laadu", "लड्डू", "लाडू", "mithai", "मिठाई", "sweet", "chocolate",
    "cake", "jalebi", "जलेबी", "pedh", "पेढ", "barfi", "बर्फी", "modak", "मोदक", "chakli", "चकली",
    "chilla", "चिल्ला", "चिल्लाए", "shout", "yell", "scream", "shor", "शोर", "ordl", "oradl", "orad", "ओरड",
    "aawaj", "awaaz", "आवाज",
    "match", "मैच", "मॅच", "cricket", "क्रिकेट", "serial", "सीरियल", "मालिका", "phone", "फोन", "mobile",
    "मोबाइल", "मोबाईल", "game", "pubg",
    "report", "रिपोर्ट", "file", "फाइल", "फाईल", "presentation", "target", "टारगेट", "deadline",
    # the day's work not done by the owner's deadline (round 36): "उद्यापर्यंत काम नाही झालं तर"
    "kaam", "काम",
    "dishes", "bartan", "बर्तन", "bhandi", "भांडी", "towel", "तौलिया", "socks", "moze", "मोजे",
    "chappal", "चप्पल", "keys", "chavi", "चाबी", "चावी", "milk", "doodh", "दूध", "dudh", "दूध",
    # household chores (round 13): the peas shelled, the vegetables cut, the clothes, the
    # sweeping, the bed, the room, the homework, the water filled, the rubbish taken out
    "matar", "मटर", "मटार", "sabzi", "sabji", "सब्ज", "bhaji", "भाजी", "kapde", "kapd", "कपड", "jhadu",
    "jhaadu", "झाड़ू", "झाडू", "pochha", "pocha", "पोछ", "पोंछ", "फरशी", "kachra", "कचरा", "kachara",
    "bistar", "बिस्तर", "अंथरूण", "kamra", "कमरा", "kholi", "खोली", "homework", "होमवर्क", "abhyas",
    "अभ्यास", "padhai", "पढ़ाई", "roti", "रोटी", "chapati", "चपाती", "पोळ्या", "aata", "atta", "आटा",
    "chawal", "चावल", "chai", "चाय", "चहा", "pani", "paani", "पानी", "पाणी", "istri", "इस्त्री", "press",
    "tiffin", "टिफिन", "dabba", "डबा", "shopping", "saman", "सामान", "grocery", "ration", "राशन")
# Who may scold over a trifle with no laugh at all: a wife, a mother, the boss. A husband's
# or a father's threat is read away only with the laugh.
_SCOLDS_PLAINLY = frozenset({
    "biwi", "बीवी", "wife", "patni", "पत्नी", "baiko", "bayko", "बायको", "gharwali", "घरवाली", "missus",
    "mummy", "मम्मी", "mom", "mum", "maa", "मां", "माँ", "aai", "आई", "ammi", "अम्मी", "mother",
    "boss", "बॉस", "manager", "मैनेजर", "saheb", "साहेब", "sahab", "साहब", "teacher", "coach"})
# A husband or an unnamed "he" making the threat: never read away without a laugh.
_HE = frozenset({"he", "husband", "hubby", "pati", "पति", "navra", "navara", "नवरा", "mard", "मर्द",
                 "boyfriend", "bf", "partner", "gharwala", "घरवाला", "admi", "aadmi", "आदमी"})
# A father scolding a grown child over a lapse ("my dad will kill me if he sees my marks"):
# the idiom's reading stands for him.
_FATHERS = frozenset({"dad", "daddy", "father", "papa", "पापा", "baba", "बाबा", "abba", "pappa"})
_DOER = frozenset({"ne", "ने", "ni", "नी"})
# "In jest", in one word or after "mazak" ("mazak me", "मज़ाक में"), or "as a joke", "in jest".
_JEST = frozenset({"majet", "मजेत", "majeth", "gammatit", "गंमतीत", "gammatine", "गंमतीने", "gammat", "गंमत",
                   "jokingly", "kidding", "joking", "jk"})
_JEST_NOUN = frozenset({"mazak", "mazaak", "majak", "मज़ाक", "मजाक", "joke", "jest"})
_JEST_IN = frozenset({"me", "mein", "main", "में", "mai", "se", "से", "a", "in"})
# What makes a threat no scolding: the means, the writer's own self, fear, a plea.
_GRAVE = ("weapon", "poison", "self", "suicide", "fear", "help_plea", "means", "self_harm")
# A beating told as a habit or reported: never a joke.
_HABIT = frozenset({"roj", "roz", "रोज", "रोज़", "daily", "everyday", "always", "hamesha", "हमेशा",
                    "nehmi", "नेहमी", "beats", "hits", "maarta", "maarti", "मारता", "मारती", "marto",
                    "मारतो", "police", "complaint"})
_THREAT = ("kill", "die", "want", "jaan", "take", "take_mine", "will_take", "me", "violence", "murder",
           "throw", "threat_disclosed", "eat", "use", "live", "other_target", "dhamki", "hanging", "hang",
           "end", "maim", "spares_me_not")


def _sentence(words: list[Token], i: int) -> range:
    sentence = words[i].sentence
    start = i
    while start > 0 and words[start - 1].sentence == sentence:
        start -= 1
    end = i
    while end < len(words) and words[end].sentence == sentence:
        end += 1
    return range(start, end)


def _jesting_sentences(words: list[Token]) -> set[int]:
    """The sentences that say they were said in jest."""
    out = set()
    for i, token in enumerate(words):
        if token.raw in _JEST or (token.raw in _JEST_NOUN and (
                (i + 1 < len(words) and words[i + 1].raw in _JEST_IN)
                or (i > 0 and words[i - 1].raw in _JEST_IN))):
            out.add(token.sentence)
    return out


def _forget(c: Concepts, start: int, end: int) -> None:
    for name in _THREAT:
        c.drop(name, start, end)
    c.add("unmeant", start, end)


def _trifling(raw: str) -> bool:
    return raw in _LAPSE or raw.startswith(_TRIFLES)


def _quoted(c: Concepts) -> None:
    """"X said: if you come late again, I'll kill you 😂", "X said: I'll break the TV if you
    shout so much"."""
    words = c.words
    speakers = {h.end - 1 for h in c.of("relation", "other_target", "bystander")} | {
        i for i, t in enumerate(words) if t.raw in _SCOLDERS}     # the same set, made once
    unmeant = laughing_sentences(c) | _jesting_sentences(words)
    for i, token in enumerate(words):
        if token.raw not in _SAID:
            continue
        speaker = i - 2 if i >= 2 and words[i - 1].raw in _DOER else i - 1     # "sir ne kaha"
        if speaker not in speakers:
            continue
        sentence = _sentence(words, i)
        quote = range(i + 1, sentence.stop)
        if not any(words[j].raw in _IF for j in quote) or not any(_trifling(words[j].raw) for j in quote):
            continue
        if token.sentence not in unmeant and words[speaker].raw not in _SCOLDS_PLAINLY:
            continue
        _forget(c, quote.start, quote.stop)


def _boss_on_leaving_early(c: Concepts) -> None:
    """"my boss will kill me if i leave early again haha"."""
    words = c.words
    for hit in c.of("threat_disclosed"):
        before = range(max(0, hit.start - 4), hit.start)
        after = range(hit.end, min(len(words), hit.end + 3))
        if any(words[i].raw in _AT_WORK for i in before) and not any(
                h.start in before for h in c.of("relation")) \
                and any(words[i].raw in _LAPSE for i in after) \
                and laughing_near(c, hit, 14):
            _forget(c, hit.start, hit.end)


# Round 26 (holdout 76, truckers): the load held up or delayed, which the boss or the seth will
# "kill" the driver for: "boss is going to kill me, truck stuck 6 hours at the checkpost", "boss
# to aaj jaan le lega, load late ho gaya".
_DELAY = frozenset({"stuck", "delay", "delayed", "atka", "अटका", "atki", "अटकी", "adakla", "अडकला", "adakli",
                    "अडकली", "checkpost", "jam", "जाम", "traffic",
                    # and the overtime the kafeel will "kill us" with (round 31)
                    "overtime", "ओवरटाइम", "ओव्हरटाईम", "ओव्हरटाईमने", "ओवरटाइम से"})
_OWNERS = frozenset({"seth", "sheth", "सेठ", "शेठ", "malik", "मालिक", "malak", "मालक"})
# The boss as the one who will take the writer's life, not the one threatened ("boss ko maar dunga").
_WILL_TAKE = frozenset({"lega", "legi", "lenge", "लेगा", "लेगी", "लेंगे", "ghenar", "घेणार", "me",
                        # "late hua toh manager jaan se maar dega 😂" (round 30)
                        "dega", "degi", "देगा", "देगी", "dalega", "डालेगा", "marel", "मारेल", "टाकणार", "taknar"})
_OBJECT_MARKERS = frozenset({"ko", "को", "la", "ला", "tyala", "त्याला"})


def _boss_over_a_delay(c: Concepts) -> None:
    words = c.words
    for hit in c.of("kill", "jaan"):
        before = range(max(0, hit.start - 4), hit.start)
        bosses = [i for i in before if words[i].raw in _AT_WORK or words[i].raw in _OWNERS]
        if not bosses or (bosses[-1] + 1 < len(words) and words[bosses[-1] + 1].raw in _OBJECT_MARKERS) \
                or not any(t.raw in _WILL_TAKE for t in words[hit.start + 1:hit.end + 3]):
            continue
        sentence = words[hit.start].sentence
        near = [t.raw for t in words if sentence <= t.sentence <= sentence + 1]
        if any(w in _LAPSE or w in _DELAY for w in near):
            _forget(c, hit.start, min(len(words), hit.end + 3))


_ALIVE = frozenset({"zinda", "jinda", "जिंदा", "ज़िंदा", "जिवंत", "jivant", "alive"})
_LET_GO = ("chhod", "chod", "छोड़", "छोड", "सोड", "sod")


# Round 33 (holdout 104): "बॉस उद्या मला जिवंत सोडणार नाही, रिपोर्ट अजून बाकी": the boss who
# "won't leave me alive" over a report still due.
def _boss_will_not_spare_me(c: Concepts) -> None:
    words = c.words
    # (or "coach aaj zinda nahi chhodega, late ho gaya": alive, not spared, the "me" left unsaid)
    spared = [h for h in c.of("live") if words[h.start].raw in _ALIVE and any(
        w.raw.startswith(_LET_GO) for w in words[h.end:h.end + 3])]
    for hit in c.of("spares_me_not") + spared:
        before = range(max(0, hit.start - 4), hit.start)
        if not any(words[i].raw in _AT_WORK or words[i].raw in _OWNERS for i in before):
            continue
        sentence = words[hit.start].sentence
        near = [t.raw for t in words if sentence <= t.sentence <= sentence + 1]
        if any(w in _LAPSE or w in _DELAY or _trifling(w) for w in near) and not c.of(*_GRAVE):
            end = min(len(words), hit.end + 3) if hit.concept == "live" else hit.end
            c.drop_all(hit.start, end)
            c.add("unmeant", hit.start, end)


def read_his_threats(c: Concepts) -> None:
    """"he said he will kill me if i dont make the chai", "my husband will kill me if dinner is
    late": a husband's or an unnamed "he"'s "will kill me if ..." is a threat told (round 13),
    not the scolding a mother, a wife, a father or the boss gives over a lapse, which the
    idioms and the hyperbole read away. With none of those before it in the sentence and no
    laugh or jest, the words are read as a disclosed threat before those readings run."""
    words = c.words
    for hit in c.of("kill"):
        if not (hit.end + 1 < len(words) and words[hit.end + 1].raw == "if"
                and any(h.start == hit.end for h in c.of("me"))):
            continue
        sentence = words[hit.start].sentence
        before = {t.raw for t in words[:hit.start] if t.sentence == sentence}
        if not before & _HE or before & (_AT_WORK | _AT_HOME | _SCOLDS_PLAINLY | _FATHERS) \
                or laughing_near(c, hit, 14) or sentence in _jesting_sentences(words):
            continue
        c.drop("kill", hit.start, hit.end)
        c.drop("me", hit.end, hit.end + 1)
        c.add("threat_disclosed", hit.start, hit.end + 2)


# Round 15: "you're done for" said to the writer by a mother or the boss over the marks or a
# lapse: "mummy ne result dekha aur bola aaj tu gaya 💀", "aai mhanli aaj tu sampla 💀". The
# "you" is the writer as the scolder addresses him, and "gone", "finished" is the beating to
# come, not a death: read away from the "you" to the skull after it. The writer's own "main
# gaya", "मी संपलो" is not touched, nor anything said after the scolding.
_YOU = frozenset({"tu", "tum", "तू", "तु", "तुम", "you", "u", "tula", "तुला", "tujhe", "तुझे", "tera", "तेरा",
                  "tuza", "तुझा", "aap", "आप"})
_DONE_FOR = frozenset({"gaya", "gya", "गया", "gela", "गेला", "gelas", "गेलास", "sampla", "संपला", "samplas",
                       "संपलास", "khatam", "खतम", "खत्म", "dead", "mara", "मरा", "mela", "मेला", "melas", "मेलास",
                       "skull"})
_SCOLDERS = _AT_HOME | _SCOLDS_PLAINLY | _AT_WORK


def _a_scolder(raw: str) -> bool:
    """"aai", "आईने", "mummy ne": the scolder with or without the doer's "ne" fused on."""
    return raw in _SCOLDERS or (raw.endswith(("ने", "ne")) and raw[:-2] in _SCOLDERS)


def _youre_done_for(c: Concepts) -> None:
    if not c.of("die", "ended", "end", "talk_of"):
        return
    words = c.words
    for i, token in enumerate(words):
        if token.raw not in _SAID:
            continue
        sentence = _sentence(words, i)
        if not any(_a_scolder(words[k].raw) for k in range(max(sentence.start, i - 8), i)):
            continue
        you = next((k for k in range(i + 1, min(sentence.stop, i + 4)) if words[k].raw in _YOU), None)
        if you is None or you + 1 >= sentence.stop or words[you + 1].raw not in _DONE_FOR:
            continue
        end = you + 2
        while end < sentence.stop and words[end].raw == "skull":
            end += 1
        _forget(c, you, end)


# Elders and the spouse whose own dying is their daily saying (round 22): "sasur ji kehte hai
# main mar jaunga tab akal aayegi", "अम्मा कहती हैं मेरे मरने के बाद याद करोगे", "bayko mhante
# ek divas mi marnar".
_ELDERS = _AT_HOME | frozenset({
    "sasur", "ससुर", "sasu", "saas", "सास", "सासू", "सासूबाई", "amma", "अम्मा", "dadi", "दादी", "nani",
    "नानी", "dada", "दादा", "nana", "नाना", "aaji", "आजी", "ajji", "ajoba", "आजोबा", "mother", "father",
    "grandma", "grandpa", "granny", "nanaji", "dadaji", "mami", "मामी", "mausi", "मौसी", "bua", "बुआ"})
_SAYS_OFTEN = _SAID | frozenset({"kehte", "kahte", "कहते", "kehti", "बोलते", "mhantat", "म्हणतात", "mhanat",
                                 "म्हणत", "keep", "keeps"})
# Said every day: the saying is a habit, not news.
_EVERY_DAY = frozenset({"roj", "roz", "रोज", "रोज़", "daily", "everyday", "always", "hamesha", "हमेशा", "nehmi",
                        "नेहमी", "dialogue", "dialog", "डायलॉग", "डायलॉक", "har", "हर", "pratyek", "प्रत्येक"})
_DYING_SAID = ("die", "kill", "want", "die_first_person", "after_death", "al_after_death", "goodbye",
               "use", "strike", "line_verb", "will_take", "going_there", "go_to_it", "if_i_go")


def _their_own_dying_said(c: Concepts) -> None:
    """An elder's or the spouse's own dying quoted as their saying, with a laugh or as said
    every day. The means, fear or a plea anywhere keeps it (callers check _GRAVE)."""
    words = c.words
    dying = c.of("die", "after_death")
    if not dying or c.typed_words.isdisjoint(_ELDERS) or c.typed_words.isdisjoint(_SAYS_OFTEN):
        return
    lightly = laughing_sentences(c)
    every_day = {t.sentence for t in words if t.raw in _EVERY_DAY}
    for i, token in enumerate(words):
        if token.raw not in _SAYS_OFTEN or not any(
                words[j].raw in _ELDERS for j in range(max(0, i - 3), i)):
            continue
        sentence = _sentence(words, i)
        if token.sentence not in lightly and token.sentence not in every_day:
            continue
        if not any(i < h.start < sentence.stop for h in dying):
            continue
        for name in _DYING_SAID:
            c.drop(name, i + 1, sentence.stop)
        c.add("unmeant", i + 1, sentence.stop)


def remove_quoted_scolding(c: Concepts) -> None:
    if c.of(*_GRAVE):
        return
    _their_own_dying_said(c)
    if c.of(*_GRAVE) or any(t.raw in _HABIT for t in c.words):
        return
    _quoted(c)
    _boss_on_leaving_early(c)
    _boss_over_a_delay(c)
    _boss_will_not_spare_me(c)
    _youre_done_for(c)
