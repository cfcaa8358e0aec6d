"""The work talk of health workers and the pharmacy counter, which borrows danger words and
endangers nobody (round 16: holdouts 44 and 45). Removed before the rules combine concepts,
and forgotten by the evidence (concept `unmeant`):

- a case at work: the danger word names a patient or a case ("overdose case", "suicide attempt
  wala case", "विष प्यायलेला पेशंट", "ज़हर खाने वाला केस", "नींद की गोली वाले मरीज़"), or is what
  the ambulance "brought in", in a message that names the worker's place (casualty, the
  ambulance, the ICU, the ward) or the case's outcome (saved, stable, handed over);
- a post-mortem, whose "post" is not poppy husk;
- stock counted or sold at the counter ("morphine count kiya", "alprax vikto", "कोडीन सिरप
  बेचता हूं") while the writer took none ("khud ek ghoont nahi liya", "स्वतः एक घोट नाही
  घेतला"): the sale is no use, and the message is sobriety told (PROGRESS_TOLD, so the
  classifier's relapse opinion defers);
- a drug named with the time since it was last taken ("no tramadol since march");
- a relative's one tablet for a named condition swallowed with a mishap and all well after
  ("swallowed her sugar tablet without water ... all fine now");
- and small readings the counter's cravings need: a cupboard or a shop closed ("cupboard बंद
  करताना") is no quitting, "without drinking" ("bina piye", "प्यायल्याशिवाय") is no drinking,
  "khujli hone lagi" begins an itch and takes nothing, a pill to be remembered ("goli ki yaad
  dilani hai") is not missed, and sleep that comes now without the pill is sobriety told.

The earnest twins keep alerting: the writer as the case ("I was the overdose case"), a relative
named ("my brother's overdose"), the writer's wish, or "me too" beside the case; a taking from
the stock that is not refused; a count, "all" or several tablets.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.sober_progress import PROGRESS_TOLD
from alumni.domain.crisis.spelling import Token

# The patient or the case, as a worker names them (with Marathi and Hindi case endings).
_CASE_NOUNS = ("case", "patient", "pt", "केस", "पेशंट", "पेशन्ट", "पेशेंट", "मरीज़", "मरीज", "mareez", "mariz",
               "marij", "marii", "रुग्ण", "rugn", "pesant", "peshant", "pashant", "पेशंटला", "पेशंटचा")
# What may sit between the danger word and the case noun: "attempt wala", "खाने वाला", "केलेला".
_PHRASE_LINKS = frozenset({
    "attempt", "attempted", "wala", "wali", "wale", "vala", "vali", "vale", "वाला", "वाली", "वाले", "ka", "ki",
    "ke", "का", "की", "के", "cha", "chi", "che", "चा", "ची", "चे", "प्रयत्न", "prayatna", "prayatn", "केलेला",
    "केलेली", "kelela", "keleli", "khane", "खाने", "pine", "पीने", "प्यायलेला", "प्यायलेली", "pyayalela",
    "pyaylela", "खाल्लेला", "khallela", "goli", "गोली", "गोळी", "tablet", "tablets", "pills", "of", "an",
    "a", "ek", "एक", "poisoning", "bite", "dog", "snake", "sap", "साप", "sanp", "साँप"})
# The worker's place and the case's fate.
_WORK_PLACE = ("casualty", "causality", "कॅज्युअल्टी", "कैजुअल्टी", "कैज़ुअल्टी", "कॅजुअल्टी", "ambulance",
               "ambulence", "एम्बुलेंस", "एंबुलेंस", "अँब्युलन्स", "ॲम्ब्युलन्स", "अॅम्ब्युलन्स", "icu", "आयसीयू",
               "emergency", "इमरजेंसी", "ward", "वार्ड", "वॉर्ड", "opd", "trauma", "ट्रॉमा", "ot", "duty", "ड्यूटी",
               "ड्युटी", "shift", "शिफ्ट", "inquest", "panchnama", "पंचनामा", "mortuary", "morgue", "शवगृह",
               "postmortem", "पोस्टमॉर्टम", "पोस्टमार्टम")
_OUTCOME = ("bach", "बच", "बचा", "vachla", "vachli", "वाचला", "वाचली", "वाचव", "vachav", "stable", "स्टेबल",
            "pulled", "survived", "saved", "recovered", "discharged", "discharge", "handed", "shifted", "admitted",
            "admit", "ॲडमिट", "एडमिट", "referred", "refer", "रेफर", "theek", "ठीक", "bara", "बरा", "बरी")
# Brought in or taken there: the case as the object of the work.
_BROUGHT = ("brought", "aaya", "aayi", "aaye", "आया", "आई", "आए", "aala", "aali", "आला", "आली", "आणला",
            "आणली", "aanla", "aanli", "le", "ले", "leke", "लेके", "लेकर")
_TOO = frozenset({"bhi", "भी", "pan", "पण", "too", "also", "same", "wahi", "वही", "yahi", "यही", "tech", "तेच",
                  "ach", "असंच", "asach"})
_WRITER = frozenset({"i", "im", "i'm", "me", "my", "myself", "mujhe", "maine", "mera", "meri", "mere", "mai",
                     "main", "मैं", "मुझे", "मैंने", "मेरा", "मेरी", "मेरे", "mala", "मला", "mi", "मी", "maza", "majha",
                     "mazi", "majhi", "माझा", "माझी", "माझं", "swatah", "स्वतः", "khud", "खुद", "apne", "अपने"})
# The writer's wish or will beside the case ("a patient brought in dead" is no wish, so dying is
# not here).
# One's own or one's family's: "mera beta tha woh", "humare ghar ka case", "amcha pesant".
_OURS = frozenset({"my", "mera", "meri", "mere", "maza", "majha", "mazi", "majhi", "maze", "माझा", "माझी", "माझे",
                   "माझं", "मेरा", "मेरी", "मेरे", "our", "humara", "hamara", "humare", "hamare", "hamari", "humari",
                   "हमारा", "हमारे", "हमारी", "amcha", "aamcha", "amchi", "amchya", "aamchya", "आमचा", "आमची",
                   "आमच्या", "apna", "apni", "अपना", "अपनी"})
# A plea beside it: the case is still in danger ("please pray", "dua karo").
_PLEA = ("pray", "prayer", "dua", "दुआ", "prarthana", "प्रार्थना", "please", "plz", "pls")
_GRAVE = ("want", "will_take", "self", "kill", "murder")


def _starts(token: Token, prefixes: tuple[str, ...]) -> bool:
    return token.raw.startswith(prefixes)


def _case_noun_after(words: list[Token], end: int) -> int | None:
    """Where a case noun closes the danger word's phrase: the next words are links only."""
    for i in range(end, min(len(words), end + 4)):
        if words[i].clause != words[end - 1].clause:
            return None
        if _starts(words[i], _CASE_NOUNS):
            return i
        if words[i].raw not in _PHRASE_LINKS:
            return None
    return None


def _brought_in(words: list[Token], hit: Hit) -> int | None:
    """"ambulance brought in a suicide attempt": an article just before, a verb of bringing
    before it in the clause; the phrase ends with "attempt" or the danger word."""
    i = hit.start
    if i < 2 or words[i - 1].raw not in ("a", "an", "ek", "एक") or words[i - 1].clause != words[i].clause:
        return None
    if not any(_starts(t, _BROUGHT) for t in words[max(0, i - 4):i - 1] if t.clause == words[i].clause):
        return None
    end = hit.end
    if end < len(words) and words[end].raw in ("attempt", "attempts", "case", "cases"):
        end += 1
    return end - 1


def _writer(words: list[Token], i: int) -> bool:
    """Word i names the writer; Hindi "me" after a place is "in" ("casualty me")."""
    if words[i].raw != "me":
        return words[i].raw in _WRITER
    return i == 0 or not (_starts(words[i - 1], _WORK_PLACE) or words[i - 1].raw in ("hospital", "ghar"))


def _writer_too(words: list[Token]) -> bool:
    """The writer beside "too", "the same" ("main bhi yahi karunga", "mala pan tech"): the case
    is a mirror, not work."""
    for i in range(len(words)):
        if _writer(words, i) and any(t.raw in _TOO for t in words[i + 1:i + 4]):
            return True
    return False


def _forget(c: Concepts, start: int, end: int) -> None:
    for name, hits in list(c.hits.items()):
        for hit in hits:
            if start <= hit.start and hit.end <= end:
                c.drop(name, hit.start, hit.end)
    c.add("unmeant", start, end)


def _case_at_work(c: Concepts) -> None:
    words = c.words
    # The place and the outcome first: most texts name neither, found without a loop.
    placed = c.may_hold(_WORK_PLACE) and any(_starts(t, _WORK_PLACE) for t in words)
    fated = c.may_hold(_OUTCOME) and any(_starts(t, _OUTCOME) for t in words)
    if not (placed or fated):
        return
    if _writer_too(words) or any(t.raw in _OURS or _starts(t, _PLEA) for t in words) or c.of("help_plea"):
        return
    danger = c.of("overdose", "suicide", "poison", "pills", "sleep", "self_harm", "sedatives", "opioids", "hanging",
                  "hang")
    spans: list[tuple[int, int]] = []
    for hit in danger:
        last = _case_noun_after(words, hit.end)
        if last is None and placed:
            last = _brought_in(words, hit)
        if last is None:
            continue
        sentence = words[hit.start].sentence
        start = hit.start
        # The danger word's own modifiers ("नींद की गोली", "विष प्यायलेला") and an article.
        while start > 0 and words[start - 1].sentence == sentence and start > hit.start - 3 and (
                any(h.start == start - 1 for h in danger) or words[start - 1].raw in _PHRASE_LINKS):
            start -= 1
        if any(_writer(words, i) for i in range(len(words)) if words[i].sentence == sentence) or any(
                words[h.start].sentence == sentence and h.end <= start for h in c.of("relation")):
            continue    # "my brother's overdose case", "I was the overdose case"
        if any(words[h.start].sentence == sentence and not start <= h.start <= last for h in c.of(*_GRAVE)):
            continue
        spans.append((start, last + 1))
    for start, end in spans:
        _forget(c, start, end)


# "post mortem", "पोस्ट मॉर्टम": the examination, not poppy husk.
_MORTEM = ("mortem", "mortum", "martam", "mortam", "मॉर्टम", "मार्टम", "मोर्टम", "मॉर्टेम")


def _post_mortem(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words[:-1]):
        if token.raw in ("post", "पोस्ट") and _starts(words[i + 1], _MORTEM):
            _forget(c, i, i + 2)


# Stock handled at work: sold or dispensed, which is work wherever it is said ...
_SOLD = ("vikto", "vikat", "विकतो", "विकते", "विकत", "bech", "बेच", "sell", "sold", "dispens", "issue",
         "nikalta", "nikalti", "निकालता", "निकालती")
# ... and counted or arranged, which is work only at the stock (pills counted at home are a plan).
_COUNTED = ("count", "काउंट", "मोज", "moj", "audit", "ऑडिट", "pack", "label", "arrang", "lagata", "lagate",
            "लगाता", "लगाते", "lavto", "lavta", "लावतो", "लावता", "रचत", "rachat")
_AT_THE_STOCK = ("stock", "स्टॉक", "audit", "ऑडिट", "counter", "काउंटर", "shelf", "शेल्फ", "inventory", "store",
                 "स्टोअर", "स्टोर", "medical", "मेडिकल", "pharmacy", "फार्मेसी", "dukan", "दुकान", "ward", "वार्ड",
                 "वॉर्ड", "godown", "गोदाम")
# A plan beside the stock keeps it alerting: kept ready, hidden, for tonight, at once.
_PLANNED = ("kept_ready", "stockpile", "hidden", "will_take", "use_future", "at_once", "nobody_home", "die",
            "suicide", "self_harm", "overdose", "poison", "last_time")
_SUBSTANCES = ("alcohol", "cannabis", "opioids", "cocaine", "sedatives", "stimulants", "inhalants", "drugs",
               "substance_more", "injectable", "pills", "pill_count")
_TEMPTED = ("craving", "want", "mind_wavered", "felt_like_taking", "take_wish")
_TAKINGS = ("took", "use", "use_strong", "eat", "drank", "drink_verb")


def _negated(c: Concepts, i: int) -> bool:
    words = c.words
    return any(words[n.start].clause == words[i].clause and abs(n.start - i) <= 4 for n in c.of("negation"))


# The work verb's auxiliaries ("count kar li", "बेचता हूं", "विकत असतो"), which belong to the work.
_AUX = frozenset({"kar", "karke", "kiya", "ki", "kiye", "li", "liya", "liye", "kela", "keli", "kele", "केला",
                  "केली", "केले", "किया", "की", "किए", "कर", "ली", "लिया", "hu", "hoon", "हूं", "हूँ", "hai", "है",
                  "raha", "rahi", "रहा", "रही", "hota", "hoti", "होता", "होती", "asto", "असतो", "did", "done",
                  "karto", "करतो", "karta", "करता", "the", "it", "all"})
_STOCK_AMOUNTS = ("quantity", "count", "at_once", "all_there_is", "it_all", "more_than_one", "pill_count", "pills")
_AMOUNTS = ("quantity", "count", "at_once", "all_there_is", "it_all", "too_much", "use", "use_strong", "took",
            "eat", "more_than_one")


def _stock_spans(c: Concepts, handled: list[int]) -> list[tuple[int, int]]:
    words = c.words
    spans = []
    for hit in c.of(*_SUBSTANCES):
        near = [i for i in handled if words[i].clause == words[hit.start].clause and abs(i - hit.start) <= 5]
        if near:
            # The stock's own amounts around its name ("sab strips", "alprax ki strips").
            amounts = [h for h in c.of(*_STOCK_AMOUNTS) if words[h.start].clause == words[
                hit.start].clause and -3 <= h.start - hit.start <= 3]
            near += [h.start for h in amounts]
            end = max(hit.end, max(near) + 1)
            while end < len(words) and words[end].raw in _AUX and words[end].clause == words[hit.start].clause:
                end += 1
            spans.append((min(hit.start, *near), end))
    return spans


def _stock_handled(c: Concepts) -> None:
    """Stock counted, sold or arranged: its amounts are the stock's, not a dose; with the
    writer's refusal ("khud ek ghoont nahi liya") the substance is the job's too."""
    words = c.words
    if c.of("relapse", "again", *_PLANNED):     # asked first: cheaper than reading every word
        return
    at_stock = c.may_hold(_AT_THE_STOCK) and any(_starts(t, _AT_THE_STOCK) for t in words)
    if not c.may_hold(_SOLD) and not (at_stock and c.may_hold(_COUNTED)):
        return
    handled = [i for i, t in enumerate(words) if _starts(t, _SOLD) or (
        at_stock and _starts(t, _COUNTED) and not t.raw.startswith("counter"))]
    if not handled:
        return
    spans = _stock_spans(c, handled)
    if not spans:
        return

    def inside(i: int) -> bool:
        return any(s <= i < e for s, e in spans)

    takings = [h for h in c.of(*_TAKINGS) if not inside(h.start) and not _before_temptation(c, h)]
    refused = [h for h in takings if _negated(c, h.start)]
    if len(refused) < len(takings):
        return      # the writer took from the stock
    for start, end in spans:
        for name in _AMOUNTS:
            c.drop(name, start, end)
    for hit in c.of(*_TAKINGS):
        if _before_temptation(c, hit):      # "got tempted" is no getting
            c.drop(hit.concept, hit.start, hit.end)
    if not refused or c.of(*_TEMPTED):
        return      # a wavering mind at the stock is a craving, read by the rules
    for start, end in spans:
        _forget(c, start, end)
    c.add(PROGRESS_TOLD, spans[0][0], spans[0][1])


def _before_temptation(c: Concepts, hit: Hit) -> bool:
    return any(t.start == hit.end for t in c.of("craving", "mind_wavered"))


# "no tramadol since march", "no alprax for 3 months": a drug named with the time since.
_SINCE = frozenset({"since", "for", "se", "से", "पासून", "pasun", "paasun"})


def _none_since(c: Concepts) -> None:
    words = c.words
    if c.of("relapse", "again"):
        return
    for hit in c.of(*_SUBSTANCES):
        if hit.start < 1 or words[hit.start - 1].raw not in ("no", "zero"):
            continue
        after = words[hit.end:hit.end + 2]
        if any(t.raw in _SINCE and t.clause == words[hit.start].clause for t in after) and any(
                words[p.start].clause == words[hit.start].clause for p in c.of("past_anchor", "period", "count")):
            _forget(c, hit.start - 1, hit.end + 2)
            c.add(PROGRESS_TOLD, hit.start - 1, hit.end)


# One tablet for a named condition: "her sugar tablet", "papa ki BP ki goli".
_CONDITIONS = frozenset({"sugar", "bp", "thyroid", "diabetes", "gas", "acidity", "vitamin", "calcium", "iron",
                         "cholesterol", "शुगर", "बीपी", "थायरॉइड", "थायराइड", "गैस", "एसिडिटी"})
_ALL_CLEAR = ("fine", "ok", "okay", "theek", "ठीक", "bari", "बरी", "bara", "बरा", "lol", "haha")
_WORSE = ("count", "quantity", "at_once", "all_there_is", "too_much", "it_all", "collapse", "emergency",
          "die", "suicide", "want", "self", "poison")


def _one_tablet_mishap(c: Concepts) -> None:
    words = c.words
    if c.of(*_WORSE) or not any(_starts(t, _ALL_CLEAR) for t in words):
        return
    for hit in c.of("pills"):
        token = words[hit.start]
        if token.raw not in ("tablet", "goli", "गोली", "गोळी", "pill", "टॅबलेट", "टैबलेट"):
            continue    # one tablet, not "tablets" or "goliyan"
        named = [i for i in range(max(0, hit.start - 3), hit.start) if words[i].raw in _CONDITIONS]
        if named:
            _forget(c, named[0], hit.end)


# "cupboard बंद करताना", "dukaan band karke": closing a cupboard, a shop or a counter, which
# is no quitting (so a craving felt at it is not cancelled as "stopped").
_CLOSED_UP = ("cupboard", "almari", "अलमारी", "कपाट", "kapat", "drawer", "dukaan", "dukan", "दुकान", "counter",
              "काउंटर", "shop", "store", "स्टोअर", "स्टोर", "locker", "लॉकर", "shutter", "शटर", "pharmacy",
              "medical", "मेडिकल")


def _closing_up(c: Concepts) -> None:
    words = c.words
    for hit in c.of("quit", "quit_more"):
        if words[hit.start].raw in ("band", "bandh", "बंद") and hit.start > 0 and _starts(
                words[hit.start - 1], _CLOSED_UP):
            c.drop(hit.concept, hit.start, hit.end)


_INCHOATIVE = frozenset({"hone", "होने", "karne", "करने", "aane", "आने"})


def _begun_to_happen(c: Concepts) -> None:
    """"khujli hone lagi", "dard hone laga": "lagna" after a verbal noun begins it; nothing is
    taken."""
    words = c.words
    for hit in c.of("use", "use_strong", "took", "needle_verb", "inject"):
        if words[hit.start].raw.startswith(("lag", "लग")) and hit.start > 0 and words[hit.start - 1].raw in _INCHOATIVE:
            c.drop(hit.concept, hit.start, hit.end)


def _without_it(c: Concepts) -> None:
    """"pyalyashivay", "bina piye": without drinking, which is no drinking."""
    for hit in c.of("without_it"):
        for name in ("drank", "drink_verb", "eat", "use", "took"):
            c.drop(name, hit.start, hit.end)


# Sleep that comes now without the pill or the drink: "goli ke bina so pa raha hu", "बिना गोली
# नींद आ जाती है", "golishivay zop lagte".
_SLEEP_COMES = (("so", "pa"), ("सो", "पा"), ("so", "jata"), ("सो", "जाता"), ("so", "jati"), ("सो", "जाती"),
                ("aa", "jati"), ("आ", "जाती"), ("zop", "lagte"), ("झोप", "लागते"), ("zop", "yete"), ("झोप", "येते"),
                ("sleeping", "fine"), ("sleeping", "well"), ("able", "to"), ("can", "sleep"))


def _sleeping_without_it(c: Concepts) -> None:
    """Sobriety told: the classifier's relapse opinion defers to it (PROGRESS_TOLD)."""
    words = c.words
    if not c.of("without_it") or c.of("cant_function", "relapse", "again", "craving"):
        return
    pairs = {(a.raw, b.raw) for a, b in zip(words, words[1:], strict=False)}
    if pairs & set(_SLEEP_COMES):
        hit = c.of("without_it")[0]
        c.add(PROGRESS_TOLD, hit.start, hit.end)


def _reminded(c: Concepts) -> None:
    """"goli ki yaad dilani hai": the pill is to be remembered by someone, not missed."""
    for hit in c.of("pill_missed"):
        if any(hit.start <= r.start <= hit.end for r in c.of("remind_of")):
            c.drop("pill_missed", hit.start, hit.end)


# Round 31 (holdout 94): injections given in the OPD or a ward by the count ("gave 40 injections in
# OPD today", "ओपीडी में आज साठ इंजेक्शन लगाए"): the patients', not the writer's; "khud ko" or
# "myself" beside them keeps the reading.
_INJECTION = ("inject", "इंजेक्शन", "injekshan", "injection")
_CLINIC = ("opd", "ओपीडी", "ward", "वॉर्ड", "वार्ड", "patient", "मरीज", "पेशंट", "casualty")
_SELF = frozenset({"myself", "khud", "खुद", "swatah", "स्वतः", "स्वतःला", "swatala", "mujhe", "मुझे", "mala", "मला",
                   "apne", "अपने"})
_GIVEN_COUNT = frozenset({"साठ", "sath", "पचास", "pachas", "चाळीस", "chalis", "forty", "fifty", "sixty"})
_INJECTED = ("injectable", "needle", "opioids", "sao_drug", "use", "down_it", "ward_injected", "drugs")


def _injections_given(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if not token.raw.startswith(_INJECTION):
            continue
        span = c.sentences[token.sentence]
        sentence = words[span.start:span.stop]
        counted = any(t.raw.isdigit() or t.raw in _GIVEN_COUNT for t in words[max(0, i - 3):i])
        if not counted or not any(t.raw.startswith(_CLINIC) for t in sentence) \
                or any(t.raw in _SELF for t in sentence):
            continue
        for name in _INJECTED:
            c.drop(name, span.start, span.stop)


def remove_clinic_work(c: Concepts) -> None:
    if c.may_hold(_INJECTION):
        _injections_given(c)
    _reminded(c)
    _closing_up(c)
    _without_it(c)
    _begun_to_happen(c)
    _sleeping_without_it(c)
    _case_at_work(c)
    _post_mortem(c)
    _stock_handled(c)
    _none_since(c)
    _one_tablet_mishap(c)
