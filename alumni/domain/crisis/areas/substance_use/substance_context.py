"""The substance-use area's reading of context before the rules combine concepts: a food that
is laced or not, a refusal, others drinking while the writer said no, a habit told in the
past tense (called from alumni.domain.crisis.idioms)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.admission_context import read_admissions
from alumni.domain.crisis.areas.substance_use.drank_in_marathi import read_drank_in_marathi
from alumni.domain.crisis.areas.substance_use.drink_money_saved import read_drink_money_saved
from alumni.domain.crisis.areas.substance_use.laced_drinks import read_laced_drinks, read_poison_names
from alumni.domain.crisis.areas.substance_use.places_left import read_places_left
from alumni.domain.crisis.areas.substance_use.substance_word_forms import read_substance_word_forms
from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token, skeletons

_VERBS_OF_USE = ("use", "use_strong", "drank", "drink_verb", "down_it", "eat", "took")
_SUBSTANCE_CONCEPTS = ANY
_FOOD_WORDS_TOO = frozenset({"junk", "mushroom", "mushrooms", "brownie", "brownies", "cookies"})
_FOOD = frozenset({"food", "dinner", "lunch", "breakfast", "sabzi", "sabji", "curry", "pizza", "soup",
                   "khana", "khaana", "maggi", "masala", "fry", "burger", "pasta", "noodles", "bhaji",
                   "jevan", "nashta", "snacks", "eat", "ate", "eating", "खाना", "जेवण"})


_LACED = frozenset({"wali", "wala", "wale", "vali", "vala", "वाली", "वाला", "वाले", "laced", "spiked",
                    "mixed", "mila", "mili", "मिली", "मिला", "ghatleli", "घातलेली"})
_PAST_HABIT = frozenset({"drank", "peete", "pite", "पीते", "pyayche", "pyaycha", "प्यायचे", "प्यायचा",
                         "used", "drunk", "pita", "पीता", "piyo", "pyaycho"})
_NEEDLES = skeletons("injection", "injections", "इंजेक्शन", "sui", "needle",
                     "syringe", "emoji_needle")
_WONT = frozenset({"wont", "won't", "wouldnt", "wouldn't", "cant", "can't", "not", "never", "didnt", "didn't"})
_OF = frozenset({"chi", "cha", "che", "chya", "ची", "चा", "चे", "च्या"})
_OTHERS_SUBJECT = ("relation", "third_person", "bystander", "others")


def _forget_refusals_given_in(c: Concepts) -> None:
    """"they offered and I couldn't say no", "नको म्हणत तीन पेग झाले" (rs_gave_in): the "no" inside a
    refusal that gave way is no refusal, and no negation of the use."""
    for hit in c.of("rs_gave_in"):
        for name in ("quit", "negation", "weak_negation"):
            c.drop(name, hit.start, hit.end)


def _read_refusals(c: Concepts) -> None:
    words = c.words
    refusals = c.of("quit")
    for offer in c.of("offered"):
        sentence = words[offer.start].sentence
        later = [q for q in refusals if words[q.start].sentence == sentence and q.start >= offer.start]
        if not later:
            continue
        if any(words[h.start].sentence == sentence and h.start > later[0].end for h in c.of("contrast_then")):
            continue
        for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS + ("drank_bare", "want", "mind"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence:
                    c.drop(name, hit.start, hit.end)
    # "me nako mhanlo pan shevti 4 peg ghetle": a refusal that gave way is no refusal.
    for quit in refusals:
        sentence = words[quit.start].sentence
        turns = [h for h in c.of("contrast_then") if words[h.start].sentence == sentence
                 and 0 <= h.start - quit.end <= 3]
        if turns and any(words[v.start].sentence == sentence and v.start >= turns[0].end
                         for v in c.of(*_VERBS_OF_USE, "measure")):
            c.drop("quit", quit.start, quit.end)
            for negation in c.of("negation"):
                if quit.start <= negation.start < quit.end:
                    c.drop("negation", negation.start, negation.end)


# What a thought denied with "even" holds that would read as a pull towards it.
_PULL = ("mind", "my_mind", "want", "craving", "bare_desire", "that_thought", "remembering", "drawn",
         "trigger_feeling", "longing")


def _read_thought_gone(c: Concepts) -> None:
    """"pinyacha vichar pan yet nahi", "ख्याल भी नहीं आता" (thought_gone.py): the thought denied
    with "even" is sobriety; no pull inside it, and a quitting word over it."""
    for hit in c.of("thought_gone"):
        for name in _PULL:
            c.drop(name, hit.start, hit.end)
        c.add("quit", hit.start, hit.end)


def _drop_others_drinking(c: Concepts) -> None:
    words = c.words
    firsts = {h.start for h in c.of("first_person", "me")}
    for hit in c.of("drank", "intoxicated", "drink_verb"):
        sentence = words[hit.start].sentence
        subject = None
        for i in range(hit.start - 1, max(-1, hit.start - 5), -1):
            if words[i].sentence != sentence or i in firsts:
                break
            subject = next((h for h in c.of(*_OTHERS_SUBJECT) if h.start == i), None)
            if subject:
                break
        if subject is None:
            continue
        past_habit = words[hit.start].raw in _PAST_HABIT and any(
            words[h.start].sentence == sentence and abs(h.start - hit.end) <= 3 for h in c.of("habit"))
        bystander = subject.concept == "bystander" or any(
            b.start <= subject.start < b.end + 1 for b in c.of("bystander"))
        if past_habit or bystander or _writer_declined(c, hit.end):
            for name in ("drank", "intoxicated", "drink_verb"):
                c.drop(name, hit.start, hit.end)


def _writer_declined(c: Concepts, after: int) -> bool:
    """"sab pi rahe the ... pan mi nahi ghetli": the others drank and the writer, later in the
    message, said no (a first person with a negation two words on)."""
    negations = [n.start for n in c.of("negation") if n.start >= after]
    return any(0 < n - f.start <= 2 for f in c.of("first_person", "me") if f.start >= after
               for n in negations)


def read_substance_context(c: Concepts) -> None:
    """Forget the substance words that a clear context makes harmless, and read a refusal
    where Hindi and Marathi put it, after the verb. Runs before the other idioms."""
    words = c.words
    _forget_refusals_given_in(c)
    # "गांज्यावर होतो", "bhang khai", "बिना पर्चे": words the lexicon cannot list.
    read_substance_word_forms(c)
    read_drank_in_marathi(c)    # "लग्नात पिलो", "mi pilo": Marathi's "I drank", not Hindi's "pi lo"
    read_places_left(c)         # "ghar sodla tevha pilo", "dukan band karke": a place left or shut
    read_drink_money_saved(c)   # "daru ka paisa bacha": the drink's money kept, not spent on it
    periods = {h.start for h in c.of("period")} | {h.end for h in c.of("period")}
    # "I used to smoke weed", "used to hate weekends because of the drinking": a habit in the
    # past, to the end of its clause, not a use now.
    for i, token in enumerate(words[:-1]):
        if token.raw in ("used", "use") and words[i + 1].raw == "to":
            end = i + 5
            while end < len(words) and words[end].clause == token.clause:
                end += 1
            for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS:
                c.drop(name, i, end)
    # "after 2 years sober i drank": a count of days clean, then a use, is not a refusal of it.
    verbs = c.of(*_VERBS_OF_USE)
    for hit in c.of("quit"):
        if hit.start in periods and any(
                v.start >= hit.end and words[v.start].sentence == words[hit.start].sentence for v in verbs):
            c.drop("quit", hit.start, hit.end)
    # "ek peg pan ghetla nahi", "भांग बिल्कुल नहीं ली": the verb, then its negation.
    negations = {h.start: h for h in c.of("negation", "weak_negation")}
    for verb in c.of(*_VERBS_OF_USE):
        negation = negations.get(verb.end)
        if negation is not None and words[negation.start].clause == words[verb.start].clause:
            c.add("quit", verb.start, negation.end)
    # "हातभट्टीची", "hatbhatti chi ghetli": the Marathi "of" whose skeleton is chai (tea).
    for hit in c.of("beverage"):
        if words[hit.start].raw in _OF and any(h.end == hit.start for h in c.of(*_SUBSTANCE_CONCEPTS)):
            c.drop("beverage", hit.start, hit.end)
    # "dosto ne ganja offer kiya, mana kar diya": offered and refused, nothing taken; unless
    # the refusal gave way ("said no but finally had 4 pegs").
    _read_refusals(c)
    # "शराब को हाथ नहीं लगाया": the verb inside a refusal was not done.
    for quit in c.of("quit"):
        if any(quit.start <= n.start < quit.end for n in c.of("negation")):
            for name in _VERBS_OF_USE + ("needle_verb", "line_verb", "drank_bare"):
                c.drop(name, quit.start, quit.end)
    # "peena chhod diya", "पीना बंद है": the verb is what was given up.
    quit_starts = {h.start for h in c.of("quit")}
    for verb in c.of(*_VERBS_OF_USE):
        if verb.end in quit_starts:
            for name in _VERBS_OF_USE + ("want", "craving"):
                c.drop(name, verb.start, verb.end)
    # "passed the wine shop without stopping": going past is the victory, not the pull.
    for going in c.of("kept_going"):
        sentence = words[going.start].sentence
        for hit in c.of("near"):
            if words[hit.start].sentence == sentence:
                c.drop("near", hit.start, hit.end)
    # "one drink won't kill me": a rationalisation, not a wish to die.
    for kill in c.of("kill"):
        if kill.start and words[kill.start - 1].raw in _WONT and any(
                kill.start - 6 <= h.start < kill.start for h in c.of(*_SUBSTANCE_CONCEPTS, "a_one", "sip_word", "measure")):
            c.drop("kill", kill.start, kill.end)
            c.drop("me", kill.end, kill.end + 1)
            c.add("rationalise", kill.start - 1, kill.end)
    # "mana kar diya" is a refusal, not the mind ("man") that wants.
    for hit in c.of("want", "mind", "my_mind"):
        if words[hit.start].raw in ("mana", "मना") and hit.end < len(words) and \
                words[hit.end].raw in ("kar", "kiya", "kia", "karna", "kela", "keli", "कर", "किया", "केला"):
            c.drop(hit.concept, hit.start, hit.end)
    # "mana nahi kar paye", "nahi mhanu shaklo": the "no" of a refusal that failed refuses nothing.
    for hit in c.of("gave_in"):
        for name in ("negation", "weak_negation", "quit"):
            c.drop(name, hit.start, hit.end)
    # "boss ne khoon pee liya", "gussa pee gaya": drinking blood or anger is an idiom.
    for hit in c.of("harmless_drunk"):
        for name in ("drank", "drink_verb", "drank_bare", "use", "down_it"):
            c.drop(name, hit.end, hit.end + 2)
    _read_thought_gone(c)
    _drop_past_habits(c)
    _drop_others_while_i_refused(c)
    read_admissions(c)
    # "my father drank daily", "my neighbour was drunk and shouting": someone else's drinking,
    # a bystander's or a habit long past, is not a relapse the writer or family reports.
    _drop_others_drinking(c)
    # "bhaang wali thandai", "laced drink": the soft drink carries the substance.
    for hit in c.of(*_SUBSTANCE_CONCEPTS):
        if hit.end < len(words) and words[hit.end].raw in _LACED:
            c.drop("beverage", hit.end, hit.end + 3)
    read_laced_drinks(c)        # "doda chi chaha", "afeem ki chai"
    read_poison_names(c)        # "खेत वाली दवाई पी ली"
    # "a drunk man", "the drunk driver": someone described, not the writer drinking.
    for hit in c.of("drank", "intoxicated"):
        if hit.start and words[hit.start].raw == "drunk" and words[hit.start - 1].raw in ("a", "the"):
            c.drop("drank", hit.start, hit.end)
            c.drop("intoxicated", hit.start, hit.end)
    # "thak ke pee li": tired, not ताक (buttermilk), whose skeleton it shares; nor is Hindi's
    # "tak" (until: "dopahar tak bottle khatam thi", "raat tak pita raha"), unless a drinking verb
    # follows it with no time before it ("tak pyalo").
    drinking = {h.start for h in c.of("drank", "drink_verb", "drank_bare")}
    for drink in c.of("beverage"):
        raw = words[drink.start].raw
        if raw.startswith(("thak", "थक")) or raw == "तक" or (raw == "tak" and (
                drink.end not in drinking or (drink.start and words[drink.start - 1].raw in _UNTIL))):
            c.drop("beverage", drink.start, drink.end)
    _drinking_look_alikes(c)
    # "junk food", "mushroom curry": food.
    for name in _SUBSTANCE_CONCEPTS:
        for hit in c.of(name):
            if words[hit.start].raw in _FOOD_WORDS_TOO and any(
                    w.raw in _FOOD for w in words[max(0, hit.start - 3):hit.end + 3]):
                c.drop(name, hit.start, hit.end)
    # "chai pi lunga": a soft drink is what will be drunk.
    for drink in c.of("beverage"):
        c.drop("use_future", drink.end, drink.end + 2)
    # "a glass of wine", "a cup of toddy": the vessel does not make it a soft drink.
    for vessel in c.of("beverage"):
        if words[vessel.start].raw in ("glass", "cup", "mug") and any(
                0 <= h.start - vessel.end <= 1 for h in c.of("alcohol")):
            c.drop("beverage", vessel.start, vessel.end)
    # "hospital me injection lagaya nurse ne": a needle in a clinic is treatment.
    for sentence in {words[h.start].sentence for h in c.of("medical")}:
        if any(words[h.start].sentence == sentence for h in c.of("excess", "relapse", "again_strict")):
            continue
        for name in ("opioids", "needle"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence and words[hit.start].skeleton in _NEEDLES:
                    c.drop(name, hit.start, hit.end)
    # "tramadol as prescribed", "doctor ne di hui neend ki goli": medicine, unless too much.
    # "not as prescribed", "bina prescription ke": the doctor is named to say it was not his.
    refused = {h.start for h in c.of("negation", "without")} | {h.end for h in c.of("negation", "without")}
    for sentence in {words[h.start].sentence for h in c.of("prescribed")
                     if not (h.start - 1 in refused or h.start in refused or h.end in refused)}:
        if any(words[h.start].sentence == sentence for h in c.of("excess", "count", "quantity")):
            continue
        for name in ("opioids", "sedatives", "drugs"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence:
                    c.drop(name, hit.start, hit.end)


_BEFORE_NOW = frozenset({"aadhi", "adhi", "आधी", "pehle", "pahle", "pehele", "पहले", "pahile", "पहिले", "purvi", "पूर्वी", "earlier",
                         "before", "previously", "tab", "तब", "tevha", "तेव्हा"})
_HABIT_PAST = frozenset({"tha", "था", "thi", "थी", "the", "थे", "hoto", "होतो", "hota", "होता", "hoti",
                         "होती", "hote", "होते", "used", "would"})
_NOW = frozenset({"ab", "अब", "ata", "aata", "आता", "now", "aajkal", "आजकल", "ajkal",
                  # round 56: money saved now ("paisa bacha ke nayi baalti li, pehle sab daru me jata tha")
                  "bacha", "बचा", "bachake", "बचाके", "saved", "vachavle", "वाचवले", "vachvun", "वाचवून"})
# What "tak" (until) follows: a time, a place, "now", "when".
_UNTIL = frozenset({"raat", "subah", "dopahar", "shaam", "sham", "ab", "abhi", "kab", "jab", "tab", "yahan",
                    "wahan", "kal", "aaj", "der", "savere", "sawere", "baje", "din", "mahine", "saal", "hafte",
                    "ghante", "ghanton", "waqt", "time", "late", "jahan", "wahi", "yahi"})
_WENT = frozenset({"gelo", "gela", "geli", "gele", "गेलो", "गेला", "गेली", "गेले", "aalo", "alo", "aala", "आलो",
                   "आला", "gaya", "gayi", "gaye", "गया", "गई", "गए", "aaya", "aayi", "आया", "आई"})
_THE_SAME = frozenset({"wahi", "wohi", "vahi", "वही", "tech", "तेच", "tich", "तीच", "that", "it", "same",
                       "ohi", "yahi", "यही"})
_A_DOER = frozenset({"ne", "ने"})
_TIMES_OF = frozenset({"is", "us", "ek", "agli", "agle", "pichli", "pichhli", "har", "kitni", "kitne", "pehli",
                       "dusri", "doosri", "teesri", "kai", "kayi", "do", "teen", "इस", "उस", "एक", "हर",
                       "कितनी", "पहली", "दूसरी", "कई", "दो", "तीन", "aakhri", "akhri", "आखिरी"})
_SOFT = frozenset({"coke", "pepsi", "cola", "sprite", "thums", "fanta", "limca", "soda", "mocktail"})
_INSTEAD = frozenset({"instead", "ऐवजी", "aivaji", "badle", "बदले"})
# Who did it: "dost ne", "सबने", "friends were drinking", "they brought a bottle".
_DOER_NEXT = frozenset({"were", "was", "are", "came", "brought", "had", "got", "ordered", "opened",
                        "all", "kept", "laaye", "laye", "लाए", "aale", "आले", "aaye", "आए"}) | _A_DOER


def _a_doer(words: list[Token], end: int) -> bool:
    """The word before `end` is the subject of what follows: a doer particle after it, a doer
    ending on it ("सबने", "sabne"), or an English verb after it."""
    last = words[end - 1].raw
    return (end < len(words) and words[end].raw in _DOER_NEXT) or (
        len(last) > 3 and last.endswith(("ने", "ne")) and last not in ("mine", "done", "gone", "none"))


def _habit_past(words: list[Token], i: int) -> bool:
    """"tha", "hote", "used"; Marathi habitual "jaaycho", "प्यायचो". Not the pluperfect of going
    ("gavala gelo hoto tevha ... pyalo": had gone, and then drank), which tells one evening."""
    raw = words[i].raw
    if raw in _HABIT_PAST:
        return not (i and words[i - 1].raw in _WENT)
    return raw.endswith(("ycho", "ychi", "yche", "यचो", "यची", "यचे"))


def _drop_past_habits(c: Concepts) -> None:
    """"ab subah doodh lene jata hoon, pehle theke jata tha": the habit is the past one, set
    against now; nothing was taken."""
    words = c.words
    if c.typed_words.isdisjoint(_NOW) and not c.of("period"):
        return
    for clause in {w.clause for w in words if w.raw in _BEFORE_NOW}:
        inside = [i for i, w in enumerate(words) if w.clause == clause]
        if not any(_habit_past(words, i) for i in inside):
            continue
        if any(words[h.start].clause != clause for h in c.of("again_strict", "relapse", "gave_in", "again")):
            continue        # "pehle roz peeta tha, ab phir se shuru": the habit came back
        start, end = inside[0], inside[-1] + 1
        for name in _VERBS_OF_USE + _SUBSTANCE_CONCEPTS + ("liquor_place", "go_there", "drank_bare"):
            for hit in c.of(name):
                if start <= hit.start < end:
                    c.drop(name, hit.start, hit.end)


def _negation_near_the_writer(c: Concepts) -> bool:
    """A negation within three words of a first person ("maine nahi"): looked up by position,
    as a long text holds dozens of each."""
    firsts = {f.start for f in c.of("first_person")}
    return any(n.start + offset in firsts for n in c.of("negation") for offset in range(-3, 4))


def _drop_others_while_i_refused(c: Concepts) -> None:
    """"dost ne bottle khol li thi, maine coke pi": the others drank; the writer said what
    they had instead or that they had none. And "fresh lime soda ... wahi piya": the drink
    the writer had is the soft one."""
    words = c.words
    doers = [p for p in c.of("relation", "others", "third_person") if _a_doer(words, p.end)]
    mine_was_soft = bool(doers) and (bool(c.of("beverage")) or any(w.raw in _SOFT for w in words)
                                     or _negation_near_the_writer(c)
                                     or any(w.raw in _INSTEAD for w in words))
    drinking_named = bool(c.of("alcohol", "drank", "drink_verb", "drinking_around"))
    # "the boys had MD and I joined them. I dont know why": the writer joined, refused nothing.
    # A poison drunk by the other ("mummy ne khet wali dawai pi li") is no soft drink refused.
    if mine_was_soft and not c.of("joined_in", "poison", "farm_poison", "farm_medicine"):
        for person in doers:
            clause = words[person.start].clause
            # up to the writer's own turn: "they had whiskey and I had half a bottle".
            until = min((f.start for f in c.of("first_person") if f.start > person.end), default=len(words))
            for name in _VERBS_OF_USE + ("drank_bare",) + _SUBSTANCE_CONCEPTS:
                for hit in c.of(name):
                    if person.end <= hit.start < until and words[hit.start].clause == clause:
                        c.drop(name, hit.start, hit.end)
    # "coke pi", "drank a coke": nobody drinks cocaine; it is the cola. So is the coke the
    # writer had while the others drank ("friends were drinking, i had coke").
    for hit in c.of("cocaine"):
        if words[hit.start].raw == "coke":
            drinks = [d for d in c.of("drank", "drink_verb", "drank_bare")
                      if 0 <= d.start - hit.end <= 1 or 0 <= hit.start - d.end <= 2]
            if (mine_was_soft and drinking_named) or c.of("drinking_around"):
                # "office party में सब पी रहे थे, मैंने coke लिया" (round 42): the cola beside the others' drinking
                c.drop("cocaine", hit.start, hit.end)
            if drinks:
                c.drop("cocaine", hit.start, hit.end)
                for d in drinks:
                    for name in ("drank", "drink_verb", "drank_bare", "use"):
                        c.drop(name, d.start, d.end)
    # "abhi tak", "ab tak": until now, not buttermilk (taak) nor someone called Abhi.
    for hit in c.of("so_far"):
        for name in ("beverage", "relation", "third_person", "other_target"):
            c.drop(name, hit.start, hit.end)
    # "is baar", "ek baar", "kitni baar": a time, not a bar.
    for hit in c.of("liquor_place"):
        if words[hit.start].raw in ("baar", "bar", "बार") and hit.start and words[hit.start - 1].raw in _TIMES_OF:
            c.drop("liquor_place", hit.start, hit.end)
    # "roj meeting la jato, bara vatatay": "bara" is good, not a bar.
    for hit in c.of("liquor_place"):
        if words[hit.start].raw in ("bara", "बरं", "bare") and hit.end < len(words) \
                and words[hit.end].raw.startswith(("vat", "वाट", "zal", "झाल", "hot", "होत")):
            c.drop("liquor_place", hit.start, hit.end)
    for drink in c.of("beverage"):
        for name in ("drank", "drink_verb", "drank_bare", "use"):
            for hit in c.of(name):
                if hit.start > drink.end and words[hit.start].sentence == words[drink.start].sentence \
                        and hit.start - drink.end <= 8 and words[hit.start - 1].raw in _THE_SAME:
                    c.drop(name, hit.start, hit.end)


# Round 41's look-alikes of drinking: the English "pit" (its skeleton is "पीत", drinking: "went
# swimming in the old pit on sunday"), the chicks ("पिल्लांना vaccine दिलं" folds onto "pilan", they
# drank), and money "chadh gaya" into the passbook (credited, not gone to the head).
_PIT_BEFORE = frozenset({"the", "old", "a", "an", "in", "into", "flooded", "coal", "mine", "sand", "near", "that"})
_PIT_AFTER = frozenset({"me", "mein", "madhe", "मध्ये", "में", "ka", "ki", "ke", "chya", "near", "is", "was", "water"})
_CHICKS = ("पिल्ल", "pilla", "pillu", "pille")
_CREDITED_TO = frozenset({"passbook", "पासबुक", "account", "khate", "khata", "खाते", "खाता", "paisa", "paise", "पैसा",
                          "पैसे", "salary", "pagar", "पगार", "pension", "पेंशन", "entry"})


def _drinking_look_alikes(c: Concepts) -> None:
    words = c.words
    for hit in c.of("drank", "drink_verb", "drank_bare", "eat"):
        raw = words[hit.start].raw
        pit = raw == "pit" and ((hit.start and words[hit.start - 1].raw in _PIT_BEFORE)
                                or (hit.end < len(words) and words[hit.end].raw in _PIT_AFTER))
        if pit or raw.startswith(_CHICKS):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("intoxicated"):
        if any(t.raw in _CREDITED_TO for t in words[max(0, hit.start - 3):hit.start]):
            c.drop("intoxicated", hit.start, hit.end)
