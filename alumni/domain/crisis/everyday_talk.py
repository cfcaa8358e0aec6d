"""Everyday talk that borrows a danger word, removed before the rules combine concepts:
others drinking, what was given up, an argument overheard, photographs, laundry, a film's
plot, an errand for a relative. The one who drank, a rope, a threat without a laugh still
alert."""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts, Hit
from alumni.domain.crisis.told_story import writer_follows_suit
from alumni.domain.crisis.word_context import (
    NOT_INTOXICATED_NEXT,
    SOMEONES,
    TRIVIAL_AFTER,
    followed_by,
    joined_after,
    laughing_near,
    next_word_in,
    preceded_by,
    sentence_words_before,
    we_all_did,
)

_PHOTO = frozenset({"pic", "pics", "photo", "photos", "picture", "pictures", "camera", "killer", "selfie",
                    "selfies", "video", "videos", "photoshoot", "shoot", "clicked", "candid", "frame", "lens"})
_LAUNDRY = frozenset({"washing", "laundry", "clothes", "kapde", "kapda", "कपड़े", "कपडे", "sheets", "sheet",
                      "towel", "towels", "curtain", "curtains", "painting", "poster", "posters", "lights",
                      "frame", "bedsheets", "jeans", "shirt", "shirts", "socks", "decorations"})
_ARTICLE = frozenset({"her", "his", "the", "my", "our", "their", "some", "a", "up", "out"})
_FROM_ONE = frozenset({"se", "से", "mein", "me", "में", "ne", "ने", "madhe", "मध्ये", "ni", "नी", "la"})
_MEASURE_ENDS = frozenset({"peg", "pegs", "पेग", "पैग", "drink", "drinks", "glass", "beer"})
# "beer ने सुरुवात झाली मग full quarter": started with one, not argued from one (round 26).
_STARTED = ("सुरुवात", "suruvat", "suruwat", "shuruaat", "shuruat", "shuru", "शुरू", "शुरुआत", "start", "सुरू",
            "suru")
_MINE = frozenset({"meri", "mera", "mere", "मेरी", "मेरा", "मेरे", "majha", "majhi", "mazha", "mazhi", "माझा",
                   "माझी", "my"})
_KEEPING = ("keep", "kept", "store", "stored", "storing", "rakh", "ठेव", "thev", "lock")
_DRINKING = ("drink_verb", "drank", "drank_bare", "eat", "consume", "use", "use_strong", "smoke_verb")


def remove_everyday_talk(c: Concepts) -> None:
    """"sab pi rahe the, maine nahi pi", "शराब पूरी तरह छूट गई", "ek peg se kuch nahi hota",
    "killer shots", "hung the washing on the balcony", "boss jaan le lega meri", "i'll kill my
    brother if he eats my mango haha": others drinking, what was left behind, an argument
    overheard, photographs, laundry, a boss who works one to death, a joke about a mango.
    The one who drank, a rope, a threat without a laugh still alert."""
    words = c.words
    # What was given up: "शराब पूरी तरह छूट गई" ("छूट" is not "cut").
    without = {h.start for h in c.of("without")}     # "clonazepam without prescription"
    for quit in c.of("quit_more"):
        c.drop("cut", quit.start, quit.end)
        if quit.start in without:
            continue
        for h in c.of(*SUBSTANCE_CONCEPTS):
            if 0 <= quit.start - h.end <= 2 and words[h.start].clause == words[quit.start].clause:
                c.drop(h.concept, h.start, h.end)
    # Others drinking: "sab pi rahe the", "they were drinking" (not "maine sab pi li", nor
    # when the writer joined them: "सब पी रहे थे, मैं भी बैठ गया").
    mine = {h.start for h in c.of("first_person")}
    for other in c.of("others"):
        if any(other.start - 2 <= i < other.start for i in mine) or joined_after(c, other.start):
            continue
        for h in c.of(*_DRINKING):
            if 0 <= h.start - other.end <= 1 and words[h.start].clause == words[other.start].clause \
                    and not we_all_did(words[h.end - 1].raw):
                c.drop(h.concept, h.start, h.end)
    # "ek peg se kuch nahi hota": from one peg, an argument, not a drink taken.
    for h in c.of("drank", "some_amount", "alcohol", "measure"):
        if words[h.end - 1].raw in _MEASURE_ENDS and next_word_in(words, h, _FROM_ONE) and not (
                h.end + 1 < len(words) and words[h.end + 1].raw.startswith(_STARTED)):
            c.drop(h.concept, h.start, h.end)
    # "killer shots", "shot the wedding pics".
    for h in c.of("alcohol"):
        if words[h.start].raw.startswith("shot") and any(
                w.raw in _PHOTO for w in words[max(0, h.start - 4):h.end + 4]):
            c.drop("alcohol", h.start, h.end)
    # "hung her washing on my balcony" (a rope, a fan or "myself" keep it a danger).
    for h in c.of("hang"):
        thing = [w.raw for w in words[h.end:h.end + 2]]
        # any form of the verb: "hung", "hangs", "hanged the clothes" (said of washing too)
        if words[h.start].raw.startswith(("hung", "hang")) and thing and (
                thing[0] in _LAUNDRY or (thing[0] in _ARTICLE and thing[1:] and thing[1] in _LAUNDRY)) \
                and not c.of("self", "me") and len(c.of("hang")) == 1:
            for name in list(c.hits):
                c.drop(name, h.start, h.end)
    # "ye boss jaan le lega meri": the boss is the one doing it, to me, in a manner of speaking.
    for jaan in c.of("jaan"):
        if any(w.raw in _MINE for w in words[max(0, jaan.start - 1):jaan.end + 3]):
            for h in c.of("other_target"):
                if 0 <= jaan.start - h.end <= 2 and not c.of("weapon", "poison", "vehicle", "height"):
                    c.drop("other_target", h.start, h.end)
    # "is it ok to keep the strip in the house": where medicine is kept, not all there is of it.
    for h in c.of("all_there_is"):
        kept = [w.raw for w in sentence_words_before(words, h, 4)]
        if words[h.start].raw == "in" and any(r.startswith(_KEEPING) for r in kept) \
                and not any(r in ("all", "every", "saari", "sab", "sagli", "saglya") for r in kept):
            c.drop("all_there_is", h.start, h.end)
    # "dada la": the Marathi "to" folds to the skeleton of "all".
    for name in ("quantity", "it_all", "excess", "too_much"):
        for h in c.of(name):
            if words[h.start].raw in ("la", "ला", "laa"):
                c.drop(name, h.start, h.end)
    # "i'll kill my brother if he eats my mango again haha".
    for h in c.of("kill"):
        if (any(w.raw in TRIVIAL_AFTER for w in words[h.end:h.end + 5]) and laughing_near(c, h, 14)
                and not c.of("weapon", "poison", "means")):
            c.drop("kill", h.start, h.end)
    _drop_story_and_errand(c)


# "sutta" folds to the skeleton of "shoot"; "this" to that of "tees" (thirty).
_CIGARETTE = ("sutt", "सुट्ट", "सुट्टा")
_NOT_A_COUNT = frozenset({"this", "these", "that", "those", "then"})
_PATA = frozenset({"pata", "pta", "पता", "pataa"})
_KNOWING_NEXT = ("chal", "chl", "lag", "hai", "h", "nahi", "nhi", "nai", "naa", "na", "tha", "thi", "hota",
                 "hoga", "kya", "kar", "karo", "kiya", "ho", "चल", "लग", "है", "नहीं", "था", "थी", "होता",
                 "होगा", "क्या", "कर", "किया", "हो", "ना", "न")
_OBJECT_ME = frozenset({"me", "mujhe", "मुझे", "mala", "मला", "mla", "mujhko"})
_ABOUT = frozenset({"about", "abt", "on", "of", "where", "in", "par", "पर", "mein", "में", "me", "var", "वर",
                    "madhe", "मध्ये", "ki", "की", "ka", "का", "chi", "ची", "cha", "चा"})
# What a film or a news story tells, and what an errand fetches, is not the writer's act.
_TOLD_IN_A_STORY = ("kill", "die", "self", "overdose", "suicide", "hang", "poison", "jump")
_FETCHED = ("pills", "pill_count", "sedatives", "sleep", "want")
_FETCH = frozenset({"lene", "लेने", "laane", "lane", "लाने", "kharidne", "खरीदने", "aanayla", "anayla",
                    "आणायला", "ghyayla", "घ्यायला", "get", "buy", "fetch"})
_TAKING_MANY = ("eat", "swallow", "all_there_is", "count", "excess", "too_much", "it_all")


def _drop_story_and_errand(c: Concepts) -> None:
    words = c.words
    for h in c.of("kill", "smoke_verb"):
        if words[h.start].raw.startswith(_CIGARETTE):
            c.drop("kill", h.start, h.end)
    for h in c.of("count"):
        if words[h.start].raw in _NOT_A_COUNT:
            c.drop("count", h.start, h.end)
    # "pata chala", "pata nahi": knowing, not a strip ("patta") of tablets.
    for i, w in enumerate(words[:-1]):
        if w.raw in _PATA and words[i + 1].raw.startswith(_KNOWING_NEXT):
            for name in ("pills", "pill_count", "quantity", "bang"):
                c.drop(name, i, i + 1)
    # "need a fix for my bike": a repair, for a thing.
    for h in c.of("craving"):
        after = [w.raw for w in words[h.end:h.end + 2]]
        if words[h.end - 1].raw == "fix" and after[:1] in (["for"], ["on"], ["to"]) \
                and (c.of("device") and any(h.end <= d.start <= h.end + 3 for d in c.of("device"))):
            c.drop("craving", h.start, h.end)
    # "daru chi athvan pan yet nahi", "yaad bhi nahi aati": it is no longer missed.
    for h in c.of("not_missed"):
        for name in ("mind", "longing", "thought_of", "craving"):
            c.drop(name, h.start, h.end)
    # "tried weed once in college, 15 years ago": long before the programme, told as history.
    if c.of("long_ago") and not c.of("again", "again_strict", "relapse"):
        for ago in c.of("long_ago"):
            sentence = words[ago.start].sentence
            for name in (*SUBSTANCE_CONCEPTS, "use", "took", "drank", "smoke_verb", "use_strong"):
                for h in c.of(name):
                    if words[h.start].sentence == sentence:
                        c.drop(name, h.start, h.end)
    # "get high marks": a score, not a state.
    for h in c.of("get_intox", "high_word", "intoxicated"):
        if h.end < len(words) and words[h.end].raw in NOT_INTOXICATED_NEXT:
            c.drop(h.concept, h.start, h.end)
    # "bibi ko pata chala to mujhe maar dalegi", "aai la kalala tar mala marun takel": the one
    # who finds out is the one who will "kill" me, over a secret.
    for found in c.of("found_out"):
        for h in c.of("kill"):
            if (words[h.start].sentence == words[found.start].sentence and 0 <= h.start - found.end <= 10
                    and (preceded_by(c, h, "me", gap=1) or followed_by(c, h, "me"))
                    and not c.of("weapon", "poison", "means", "self")):
                for name in ("kill", "die", "me"):
                    c.drop(name, h.start - 2, h.end + 1)
    # "lol ... my mother in law kept saying shes going to kill him ... all good": someone
    # else's threat, reported with a laugh and an all-clear, is the story of a day.
    if c.of("laugh") and c.of("all_good") and not c.of("weapon", "poison", "means"):
        for h in c.of("kill"):
            if preceded_by(c, h, "third_person", "relation", gap=4) and any(
                    0 <= h.start - t.end <= 5 for t in c.of("talk_of")):
                c.drop("kill", h.start, h.end)
    # "the film was about a guy who killed himself", "news about that overdose case".
    for story in c.of("story") if not writer_follows_suit(c) else ():
        about = next((i for i in range(story.end, min(len(words), story.end + 4))
                      if words[i].raw in _ABOUT), None)
        if about is None:
            continue
        clause = words[about].clause
        end = about + 1
        while end < len(words) and end - about < 12 and words[end].clause == clause:
            end += 1
        if any(about < h.start < end and words[h.start].raw not in _OBJECT_ME for h in c.of("first_person")) \
                or any(about < h.start < end and words[h.start].raw.startswith(("my", "khud", "swat", "खुद", "स्वत"))
                       for h in c.of("self")):
            continue
        for name in _TOLD_IN_A_STORY:
            c.drop(name, about, end)
    # "dadaji ki neend wali goli lene medical gaya tha": fetched for someone, not taken.
    errands = c.of("errand") + [
        Hit("errand", i, i + 1) for i, w in enumerate(words) if w.raw in _FETCH
        and any(i < h.start <= i + 3 for h in c.of("chemist", "go_there"))]
    if errands and c.of("relation", "bystander") and not c.of(*_TAKING_MANY):
        for errand in errands:
            sentence = words[errand.start].sentence
            start, end = max(0, errand.start - 8), errand.end + 8
            if any(words[r.start].sentence == sentence and start <= r.start < end
                   for r in c.of("relation", "bystander")) or any(
                    w.raw in SOMEONES and w.sentence == sentence for w in words[start:end]):
                for name in _FETCHED:
                    c.drop(name, start, end)
