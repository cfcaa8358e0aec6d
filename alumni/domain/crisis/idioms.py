"""Idioms removed before the rules combine concepts: the harmless phrases that use up a
danger word ("this heat is killing me", "phone mar gaya", "drinking water", "relapse
prevention class"). Only clear idioms: an unclear one is left alone and alerts. The areas'
own readings of everyday uses run from here too, then hyperbole and everyday talk."""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others.harmless_uses import remove_harmless_uses
from alumni.domain.crisis.areas.self_harm.figures_of_speech import remove_figures_of_speech
from alumni.domain.crisis.areas.substance_use.substance_context import read_substance_context
from alumni.domain.crisis.back_to_work import remove_back_to_work
from alumni.domain.crisis.calm_errands import remove_calm_errands
from alumni.domain.crisis.clinic_work import remove_clinic_work
from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.courage_received import remove_courage_received
from alumni.domain.crisis.court_talk import forget_court_talk
from alumni.domain.crisis.dying_of_trifles import remove_dying_of_trifles
from alumni.domain.crisis.everyday_idioms import mark_story_parts, remove_everyday_idioms
from alumni.domain.crisis.everyday_look_alikes import forget_everyday_look_alikes
from alumni.domain.crisis.everyday_talk import remove_everyday_talk
from alumni.domain.crisis.fans_and_lakes import read_fans_and_lakes
from alumni.domain.crisis.hyperbole import remove_fond_dying, remove_hyperbole
from alumni.domain.crisis.kept_from_drink import (
    forget_walked_past,
    mark_walked_past,
)
from alumni.domain.crisis.light_verbs import remove_light_verbs
from alumni.domain.crisis.look_alikes import forget_look_alikes
from alumni.domain.crisis.mahua_flowers import forget_mahua_flowers
from alumni.domain.crisis.medicine_stopped_first import forget_medicine_stopped_first
from alumni.domain.crisis.not_gone_in import forget_not_gone_in
from alumni.domain.crisis.not_gone_towards import forget_not_gone_towards
from alumni.domain.crisis.others_drinking import remove_others_drinking
from alumni.domain.crisis.punjabi_words import read_punjabi
from alumni.domain.crisis.quoted_scolding import read_his_threats, remove_quoted_scolding
from alumni.domain.crisis.scenes_told import forget_scenes_told
from alumni.domain.crisis.sleep_heat_and_games import forget_sleep_heat_and_games
from alumni.domain.crisis.small_figures import remove_small_figures
from alumni.domain.crisis.soft_drinks import read_soft_drinks
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.taken_as_prescribed import forget_taken_as_prescribed
from alumni.domain.crisis.things_got_wasted import forget_things_got_wasted
from alumni.domain.crisis.told_story import remove_told_stories
from alumni.domain.crisis.tools_at_work import remove_tools_at_work
from alumni.domain.crisis.voice_typed import read_voice_typed
from alumni.domain.crisis.vows_sworn import remove_vows_sworn
from alumni.domain.crisis.wearying_causes import remove_wearying_causes
from alumni.domain.crisis.white_cloth import forget_white_cloth
from alumni.domain.crisis.word_context import (
    HARMLESS_CAUSES,
    NOT_INTOXICATED_NEXT,
    SO_OR_LIKE,
    followed_by,
    joined_after,
    laughing_near,
    next_word_in,
    preceded_by,
    word_before_in,
)

_KILL_HARMLESS_NEXT = frozenset({"it", "time", "for", "off", "boredom", "germs", "mosquitoes",
                                 "bugs", "mosquito"})
_KILL_HARMLESS_OBJECT = frozenset({"pain", "mood", "lights", "light", "engine", "vibe", "time",
                                   "music", "conversation", "battery", "bugs", "germs"})
_DIE_HARMLESS_NEXT = frozenset({"to", "for", "tired", "serious", "end", "beat", "set", "sure",
                                "ass", "line", "battery", "phone", "of", "laughing", "inside", "meat", "duck",
                                "heat", "weight", "zone"})
_DIE_HARMLESS_BEFORE = frozenset({"bored", "scared", "tired", "worried", "laughed", "love",
                                  "freezing", "sick", "starving", "drop", "brain", "garmi", "gармi",
                                  "thand", "thandi", "bhook", "bhukh", "bhuk", "yaad", "pyaas", "heat",
                                  "cold", "गर्मी", "ठंड", "भूख", "याद", "प्यास", "thakan", "kaam", "bore",
                                  "बोर"})
_HANG_HARMLESS_NEXT = frozenset({"out", "on", "in", "up", "around", "with", "there", "tight",
                                 "about", "loose", "clothes", "kapde", "कपड़े"})
_JUMP_HARMLESS_NEXT = frozenset({"on", "at", "around", "rope", "for", "start", "up", "queue",
                                 "line", "ahead"})
_LIVE_HARMLESS_NEXT = frozenset({"in", "at", "with", "here", "there", "near", "nearby", "alone",
                                 "together", "abroad", "close", "far", "match", "show", "stream",
                                 "concert", "music", "band", "cricket", "score", "tv", "telecast",
                                 "on", "next", "upto", "up", "by", "apart", "separately"})
_TOPIC_NOUNS = frozenset({"suicide", "overdose", "relapse", "harm", "selfharm", "self-harm"})
_TOPIC_NEXT = frozenset({"prevention", "class", "classes", "plan", "group", "session", "workshop",
                         "meeting", "training", "signs", "warning", "triggers", "talk", "topic",
                         "module", "worksheet", "book", "awareness", "documentary", "movie", "film",
                         "article", "statistics", "stats", "rates", "seminar", "course", "research",
                         "prevent", "education"})
_JOINT_HARMLESS_NEXT = frozenset({"pain", "pains", "account", "family", "venture", "secretary",
                                  "replacement", "dard", "दर्द"})
# Spirits and beers by name, which a soft drink beside them only mixes.
_SPIRITS = ("whisk", "vodka", "rum", "gin", "brandy", "beer", "bier", "wine", "feni", "tharra", "daru", "daaru",
            "sharab", "दारू", "दारु", "शराब", "व्हिस्की", "वोडका", "बियर", "बीयर", "ब्रँडी", "ब्रांडी")
_INSTEAD = frozenset({"instead", "jagah", "jagha", "जगह", "badle", "बदले", "ऐवजी", "aivaji", "aiwaji", "not", "nahi",
                      "नहीं", "nako", "नको", "naahi", "नाही"})
_LAST_WORDS = frozenset({"last", "final", "akhri", "aakhri", "आखिरी", "shevti", "शेवटची",
                         "shevtachi"})
_COKE_CONTEXT = frozenset({"glass", "can", "cold", "thanda", "ठंडा", "diet", "zero", "pizza",
                           "bottle", "chilled", "pepsi", "sprite", "thums", "drank", "drink",
                           "and", "with", "burger", "sandwich", "samosa", "chips", "ice", "fries",
                           "lunch", "dinner", "food", "khana"})
_HELP_WITH_A_TASK = frozenset({"with", "find", "understand", "fill", "know", "out", "get", "choose",
                               "book", "register", "change", "update", "pay", "reach", "send"})
_ENDURE = frozenset({"through", "thru", "survive", "hold", "stay", "last", "resist", "tonight"})
_DONE_AND_OVER = frozenset({"ho", "hua", "hui", "hue", "zala", "jhala", "zhala", "zale", "झाला", "झाले",
                            "हो", "हुआ", "हुई", "हुए"})


_LINKS = frozenset({"se", "me", "mein", "ne", "ke", "to", "of", "से", "में", "ने", "के"})
# "bore ho ke mar jaunga", "बोर होऊन मेलो": having become bored, I (nearly) die.
_BECOMING = frozenset({"hoke", "hokar", "होके", "होकर", "houn", "होऊन"})
_BECOMING_FIRST = frozenset({"ho", "हो"})


def _idiom_before(words: list[Token], hit: Hit) -> bool:
    """"drop dead", "bored to death", "garmi se mar", "yaad me mar"."""
    i = hit.start
    return (i >= 1 and words[i - 1].raw in _DIE_HARMLESS_BEFORE) or (
        i >= 2 and words[i - 1].raw in _LINKS | _BECOMING and words[i - 2].raw in _DIE_HARMLESS_BEFORE) or (
        i >= 3 and words[i - 1].raw in _LINKS and words[i - 2].raw in _BECOMING_FIRST
        and words[i - 3].raw in _DIE_HARMLESS_BEFORE)


# "dying to see you" in Hindi: a verbal noun in "-ne" and "ke liye" or "ko" just before an
# intransitive "mar" ("mar raha", "मरा जा रहा"); "maar" (strike, kill) is not the idiom.
_LONGING_LINKS = frozenset({"liye", "liya", "लिए", "लिये", "ko", "को"})
_DYING = frozenset({"mar", "mara", "mari", "मर", "मरा", "मरी", "मरे", "mare"})


def _dying_to(words: list[Token], hit: Hit) -> bool:
    return words[hit.start].raw in _DYING and _longing_before(words, hit.start)


def _longing_before(words: list[Token], i: int) -> bool:
    """A verbal noun in "-ne" and "ke liye" or "ko" just before word i ("dekhne ke liye"), not
    of dying, killing or drinking."""
    if i < 2 or words[i - 1].raw not in _LONGING_LINKS:
        return False
    noun = words[i - 3].raw if words[i - 2].raw in ("ke", "के") and i >= 3 else words[i - 2].raw
    return noun.endswith(("ne", "ने")) and not noun.startswith(_NOT_LONGED_FOR)


# "khaane ke liye jaan de du", "सुनने के लिए जान दे दूं": one's life given, in the subjunctive,
# for a dish, a song, a sight, is relish (round 13). Not for drinking ("peene ke liye").
_NOT_LONGED_FOR = ("mar", "मर", "maar", "मार", "pine", "peene", "pene", "पीने", "पिने", "jeene", "jine", "जीने")
_GIVE_IF = frozenset({"du", "dun", "doon", "dum", "दूं", "दूँ", "दू", "dede", "dedu", "dedun"})


def _life_given_for_a_relish(words: list[Token], hit: Hit) -> bool:
    after = [t.raw for t in words[hit.end:hit.end + 2]]
    return _longing_before(words, hit.start) and (bool(set(after) & _GIVE_IF))


def _wished(c: Concepts, hit: Hit) -> bool:
    return any(hit.start - 3 <= h.start < hit.end + 3 for h in c.of("want"))


def _meant(c: Concepts, hit: Hit) -> bool:
    return _wished(c, hit) or followed_by(c, hit, "copula", gap=1)


_OTHERS_DOING = frozenset({"everyone", "everybody", "they", "people", "friends", "sab", "sagle",
                           "log", "others", "guys", "colleagues", "sabne", "सबने", "sabhi", "सभी",
                           "सगळे", "सगळ्यांनी", "saglyanni", "logon", "लोगों", "लोग"})
# "hum log", "we guys": the writer among the drinkers named.
_WE = frozenset({"hum", "ham", "हम", "we", "us", "amhi", "aamhi", "आम्ही", "apan", "आपण"})
_HELP_NOT_A_PLEA_BEFORE = frozenset({"your", "the", "for", "thanks", "thank", "of", "with", "a",
                                     "some", "any", "no", "to", "his", "her", "their", "our"})
_HELP_NOT_A_PLEA_NEXT = frozenset({"with", "of", "desk", "group", "from", "us", "them", "him",
                                   "her", "out", "line", "in", "on", "the"})
_FALLS = frozenset({"stairs", "floor", "bathroom", "road", "ice", "wet", "mud", "rain", "bike",
                    "step", "steps", "tiles", "banana"})


_USING = ("used", "using", "use")


def _add_context_concepts(c: Concepts) -> None:
    """"score 2, i used", "I'm using": using with no object at the end of a clause."""
    words = c.words
    if c.typed_words.isdisjoint(_USING):
        return
    firsts = {h.start for h in c.of("first_person")}
    for i, token in enumerate(words):
        if token.raw in _USING and (i - 1 in firsts or (
                i >= 2 and i - 2 in firsts and words[i - 1].raw in ("have", "ve", "been", "am", "was", "did"))):
            if i + 1 == len(words) or words[i + 1].clause != token.clause \
                    or words[i + 1].raw in ("again", "today", "yesterday", "tonight"):
                c.add("bare_use", i, i + 1)


_WALA = frozenset({"wala", "wali", "wale", "vala", "vali", "vale", "waala", "waali", "waale",
                   "वाला", "वाली", "वाले"})


def _drop_noun_wala(c: Concepts) -> None:
    """"marne wali" (about to die) is a will; "codeine wali syrup", "mummy wali chai" name a
    thing by what it holds or whose it is: "wala" after anything but a verb's "-ne" form."""
    words = c.words
    for hit in c.of("want"):
        if words[hit.start].raw in _WALA and hit.start > 0 and not _infinitive(words[hit.start - 1].raw):
            c.drop("want", hit.start, hit.end)


def _infinitive(raw: str) -> bool:
    """"marne", "peene", "मरने": a verb's "-ne" form ("codeine", "wine" are not)."""
    return raw.endswith("ने") or (raw.endswith("ne") and not raw.endswith(("ine", "one", "une")))


def remove_idioms(c: Concepts) -> None:
    """Forget the concepts that a harmless idiom uses up. Only clear idioms: an unclear
    one is left alone and alerts."""
    words = c.words
    forget_look_alikes(c)
    read_punjabi(c)
    read_voice_typed(c)
    read_soft_drinks(c)
    forget_white_cloth(c)
    mark_story_parts(c)
    _add_context_concepts(c)
    read_substance_context(c)
    _drop_noun_wala(c)
    read_his_threats(c)
    mark_walked_past(c)
    forget_walked_past(c)
    forget_not_gone_in(c)
    forget_not_gone_towards(c)
    forget_everyday_look_alikes(c)
    forget_things_got_wasted(c)
    forget_court_talk(c)
    forget_mahua_flowers(c)
    forget_medicine_stopped_first(c)
    forget_taken_as_prescribed(c)
    forget_sleep_heat_and_games(c)
    forget_scenes_told(c)
    # "boss ne ... maar dala", "bhai ne zehar kha liya": a person followed by "ne" is the
    # one acting, not the one acted on.
    for hit in c.of("other_target", "relation"):
        if hit.end < len(words) and words[hit.end].raw in ("ne", "ने", "nी", "ni", "नी"):
            c.drop("other_target", hit.start, hit.end)
    for hit in c.of("kill"):
        following = words[hit.end + 1].raw if hit.end + 1 < len(words) else ""
        me_next = followed_by(c, hit, "me")
        if (words[hit.start].raw == "killing" and preceded_by(c, hit, "copula_before") and me_next) \
                or next_word_in(words, hit, _KILL_HARMLESS_NEXT) \
                or (next_word_in(words, hit, frozenset({"the", "my"})) and following in _KILL_HARMLESS_OBJECT) \
                or (laughing_near(c, hit) and not followed_by(c, hit, "self", gap=1)) \
                or (me_next and words[hit.start].raw in ("killed", "kills")) \
                or (me_next and following == "if") \
                or (preceded_by(c, hit, "me", gap=1) and any(
                    w.raw in HARMLESS_CAUSES for w in words[max(0, hit.start - 4):hit.start])):
            if not followed_by(c, hit, "self", "other_target", gap=1):
                c.drop("kill", hit.start, hit.end)
                c.drop("me", hit.end, hit.end + 1)
                if not _meant(c, hit):      # "मरना है lol": the same word is also dying
                    c.drop("die", hit.start, hit.end)
    for hit in c.of("murder"):
        if word_before_in(words, hit, frozenset({"was", "is", "its", "it's", "s"})) \
                or next_word_in(words, hit, frozenset({"a", "an", "some", "mystery", "mysteries", "series"})) \
                or laughing_near(c, hit):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("overdose"):
        if next_word_in(words, hit, frozenset({"on"})) and laughing_near(c, hit):
            c.drop("overdose", hit.start, hit.end)
    for hit in c.of("intoxicated"):
        if next_word_in(words, hit, NOT_INTOXICATED_NEXT):
            c.drop("intoxicated", hit.start, hit.end)
    # "everyone was drinking", "friends had beers": others using, not the writer, unless the
    # writer joined them ("so did i", "मैं भी बैठ गया").
    # Round 15: so are the drinkers named just before it ("the other drivers drink every night,
    # I sit with my tea"), and the verb is then no "drink" noun either.
    drinkers_end = {h.end for h in c.of("drinkers") if h.start == 0 or words[h.start - 1].raw not in _WE}
    for hit in c.of("drank", "drink_verb", "use", "use_strong"):
        if (word_before_in(words, hit, _OTHERS_DOING, 1) or hit.start in drinkers_end) \
                and not joined_after(c, hit.start):
            c.drop(hit.concept, hit.start, hit.end)
            if hit.start in drinkers_end:
                c.drop("alcohol", hit.start, hit.end)
    for hit in c.of("help_plea"):
        # "help me get through this", "help me hold on": enduring is not an errand.
        enduring = any(w.raw in _ENDURE for w in words[hit.end:hit.end + 3])
        if next_word_in(words, hit, _HELP_WITH_A_TASK) and not enduring:
            c.drop("help_plea", hit.start, hit.end)
            continue
        if words[hit.start].raw in ("help", "hlp", "halp", "helpp") and hit.end - hit.start == 1 and (
                word_before_in(words, hit, _HELP_NOT_A_PLEA_BEFORE) or next_word_in(words, hit, _HELP_NOT_A_PLEA_NEXT)):
            c.drop("help_plea", hit.start, hit.end)
    for hit in c.of("relapse"):
        if words[hit.start].raw.startswith("slip") and any(
                w.raw in _FALLS for w in words[hit.end:hit.end + 4]):
            c.drop("relapse", hit.start, hit.end)
    for hit in c.of("hang"):
        if word_before_in(words, hit, frozenset({"skipping", "skip", "jump", "jumping", "tug"})):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("die", "kill"):
        # Dying to see someone: "tujhe dekhne ke liye mar raha hu", "मिलने को मरा जा रहा हूं".
        if _dying_to(words, hit):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("jaan"):
        if _life_given_for_a_relish(words, hit):
            c.drop("jaan", hit.start, hit.end)
    for hit in c.of("die"):
        # A wish beside the word outweighs the context that would make it harmless:
        # "phone mar gaya" is an idiom, "मुझे मरना है lol" is not.
        wished = _wished(c, hit)
        meant = _meant(c, hit)
        fused = any(h.start == hit.start for h in c.of("want"))    # "marayche", "marunga"
        # "dying to see you", but "mar jau to" is Hindi "if I die, then".
        harmless = ((next_word_in(words, hit, _DIE_HARMLESS_NEXT)
                     and (words[hit.end].raw != "to" or words[hit.start].raw.startswith(("dy", "die"))))
                    or (not fused and _idiom_before(words, hit))
                    or followed_by(c, hit, "past_aux", gap=1)
                    or preceded_by(c, hit, "device") or followed_by(c, hit, "device")
                    or (not wished and preceded_by(c, hit, "device", gap=1) and preceded_by(c, hit, "copula_before"))
                    or (not meant and laughing_near(c, hit, 5)))
        if harmless and not word_before_in(words, hit, frozenset({"want", "wanna", "wish"}), 2):
            c.drop("die", hit.start, hit.end)
    # "exam khatam ho gaye", "sab khatam ho gaya": something is over, nobody ends anything.
    for hit in c.of("end"):
        if next_word_in(words, hit, _DONE_AND_OVER):
            c.drop("end", hit.start, hit.end)
    for hit in c.of("go_on"):
        if next_word_in(words, hit, frozenset({"the", "a", "with", "leave", "holiday", "trip", "tour",
                                            "date", "vacation", "working", "like"})):
            c.drop("go_on", hit.start, hit.end)
    for hit in c.of("hang"):
        if next_word_in(words, hit, _HANG_HARMLESS_NEXT):
            c.drop("hang", hit.start, hit.end)
    for hit in c.of("jump"):
        if next_word_in(words, hit, _JUMP_HARMLESS_NEXT):
            c.drop("jump", hit.start, hit.end)
    for hit in c.of("live"):
        if words[hit.start].raw in ("live", "living", "lives") and next_word_in(words, hit, _LIVE_HARMLESS_NEXT):
            c.drop("live", hit.start, hit.end)
    # "relapse prevention class", "suicide prevention book", "overdose signs": a topic.
    for hit in c.of("relapse", "suicide", "overdose", "self_harm"):
        if words[hit.end - 1].raw in _TOPIC_NOUNS and next_word_in(words, hit, _TOPIC_NEXT):
            c.drop(hit.concept, hit.start, hit.end)
        elif words[hit.start].raw.startswith("binge") and next_word_in(
                words, hit, frozenset({"watched", "watch", "watching", "eating", "ate", "eat", "reading", "played"})):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("use", "use_strong"):
        if words[hit.start].raw in ("used", "use") and next_word_in(words, hit, frozenset({"to"})):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
        if words[hit.start].raw == "shot" and preceded_by(c, hit, "price", gap=3):
            c.drop("use", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    # "nas" (vein) and "nasha" (drugs) share a skeleton: beside a cut it is the vein.
    for hit in c.of("vein"):
        if followed_by(c, hit, "cut", gap=1) or preceded_by(c, hit, "cut", gap=1):
            c.drop("drugs", hit.start, hit.end)
            c.drop("use_strong", hit.start, hit.end)
    for hit in c.of("cannabis"):
        if words[hit.start].raw.startswith("joint") and next_word_in(words, hit, _JOINT_HARMLESS_NEXT):
            c.drop("cannabis", hit.start, hit.end)
    for hit in c.of("cocaine"):
        if words[hit.start].raw == "coke" and (word_before_in(words, hit, _COKE_CONTEXT, 2)
                                              or any(w.raw in _COKE_CONTEXT for w in words[hit.end:hit.end + 3])):
            c.drop("cocaine", hit.start, hit.end)
            for drink in c.of("drank", "drink_verb", "alcohol"):
                if 0 <= hit.start - drink.end <= 2:
                    c.drop(drink.concept, drink.start, drink.end)
    for hit in c.of("alcohol"):
        if word_before_in(words, hit, _LAST_WORDS, 1):
            c.drop("alcohol", hit.start, hit.end)
    # "drinking water", "chai pi li", "पाणी प्यायलो": a drink that is not alcohol.
    for hit in c.of("drank", "drink_verb", "alcohol"):
        likened = any(w.raw in SO_OR_LIKE for w in words[hit.end:hit.end + 3])   # "breezers, basically juice"
        if words[hit.start].raw.startswith(_SPIRITS) and not any(
                w.raw in _INSTEAD for w in words[max(0, hit.start - 2):hit.end + 2]):
            continue    # "whisky soda", "rum with coke": the soft drink is the mixer ("whisky ki jagah soda" is not)
        if (followed_by(c, hit, "beverage", gap=2) and not likened) or preceded_by(c, hit, "beverage", gap=1):
            for name in ("drank", "drink_verb", "alcohol"):
                c.drop(name, hit.start, hit.end)
    # "cold drink li", "had a mocktail": the drink is inside a soft-drink name, or is what was had.
    for hit in c.of("beverage"):
        for name in ("drank", "drink_verb", "alcohol"):
            c.drop(name, hit.start, hit.end)
        for use in c.of("use"):
            if 0 <= hit.start - use.end <= 1:
                c.drop("use", use.start, use.end)
    # "can't stop drinking", "couldn't quit": the quitting word is negated, so neither
    # counts as sobriety.
    for hit in c.of("quit"):
        for neg in c.of("negation"):
            if hit.start == neg.end:
                c.drop("quit", hit.start, hit.end)
                c.drop("negation", neg.start, neg.end)
    # Overdose, threat and sobriety words in everyday use ("the joke killed everyone").
    remove_harmless_uses(c)
    remove_figures_of_speech(c)
    remove_hyperbole(c)
    remove_fond_dying(c)
    remove_wearying_causes(c)
    remove_everyday_talk(c)
    remove_told_stories(c)
    remove_back_to_work(c)
    remove_calm_errands(c)
    remove_small_figures(c)
    remove_quoted_scolding(c)
    remove_light_verbs(c)
    remove_everyday_idioms(c)
    remove_others_drinking(c)
    remove_tools_at_work(c)
    remove_vows_sworn(c)
    remove_courage_received(c)
    remove_dying_of_trifles(c)
    read_fans_and_lakes(c)
    remove_clinic_work(c)
