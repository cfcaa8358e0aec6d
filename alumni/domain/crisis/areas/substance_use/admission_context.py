"""More of the substance-use area's reading of context (called at the end of
substance_context.read_substance_context): words that only look like a soft drink or a
shop, a restart told without its object, a use made small, and a refusal or a denial that
comes a sentence after the offer or the expectation."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

_OF = frozenset({"chi", "cha", "che", "chya", "ची", "चा", "चे", "च्या"})
_VESSELS = frozenset({"glass", "glasses", "cup", "cups", "mug", "bottle", "bottles", "gilas", "glaas"})
_LOCATED = frozenset({"near", "behind", "beside", "opposite"})
_HERE = frozenset({"me", "my", "us", "our", "here", "mere", "hamare", "majhya"})     # "pubs near me"
_SHOPS = frozenset({"shop", "shops", "store", "stores", "dukaan", "dukan", "दुकान", "counter", "outlet"})
# Words said before the restart that leave it subjectless: "sir, parat suru zala".
_FILLERS = frozenset({"sir", "madam", "maam", "ji", "haan", "ha", "ho", "yes", "ya", "yeah", "so", "and",
                      "aur", "ani", "आणि", "और", "हां", "हो", "सर", "to", "toh", "तो", "kal", "काल", "कल",
                      "aaj", "आज", "ata", "aata", "आता", "ab", "अब", "sorry", "सॉरी"})
# "I didn't.", "मी नाही.": a denial that is a whole sentence.
_DENIAL = frozenset({"i", "didnt", "didn't", "did", "not", "never", "nope", "maine", "मैंने", "nahi", "नहीं",
                     "ki", "kiya", "mi", "मी", "नाही", "kela", "केलं", "ghetli", "घेतली", "pi",
                     "पी", "though", "tho", "still", "ever"})
_UNTOUCHED = ("touch", "haath", "hath", "हाथ", "हात", "haat", "chhua", "छुआ")
_EVENT_BEFORE = frozenset({"the", "a", "at", "office", "college", "school", "retirement", "his", "her", "our"})
_EVENT_AFTER = frozenset({"party", "function", "dinner", "lunch", "with", "do", "ceremony", "me", "mein", "la", "madhe"})
_MEDICINE = ("pills", "pill_count", "sedatives")
_HEAP = ("count", "quantity", "too_much", "excess", "at_once", "all_there_is", "few_count")
# The words of a refusal, not of a quitting long done ("ab band kar di hai").
_REFUSING = frozenset({"no", "na", "naa", "ना", "mana", "मना", "nako", "नको", "nahi", "नहीं", "नाही", "refused",
                       "declined", "turned", "passed", "inkaar", "इनकार"})
_VERBS = ("use", "use_strong", "drank", "drink_verb", "down_it", "took", "drank_bare", "intoxicated")


def read_admissions(c: Concepts) -> None:
    words = c.words
    # "office chya lokansobat": the Marathi "of" after a noun, not tea (chai).
    for hit in c.of("beverage"):
        if hit.start and hit.end - hit.start == 1 and words[hit.start].raw in _OF:
            c.drop("beverage", hit.start, hit.end)
    # "chhupa ke": hiding, not a cup.
    for hide in c.of("hide"):
        c.drop("beverage", hide.start, hide.end)
    # "one glass of desi", "2 quarters of desi": a vessel or a measure of a word that is a drink
    # only in company makes it one.
    for vessel in c.of("beverage", "drink_measure", "measure"):
        of_after = vessel.end < len(words) and words[vessel.end].raw == "of"     # "2 quarters of desi"
        if words[vessel.start].raw in _VESSELS or words[vessel.end - 1].raw == "of" or of_after:
            for maybe in c.of("alcohol_maybe"):
                if 0 <= maybe.start - vessel.end <= 1:
                    c.drop("beverage", vessel.start, vessel.end)
                    c.add("alcohol", maybe.start, maybe.end)
    # "passed the wine shop": the shop named after its drink is a place, not the drink.
    for place in c.of("liquor_place"):
        if place.end - place.start > 1 and words[place.end - 1].raw in _SHOPS:
            for name in ANY:
                c.drop(name, place.start, place.end)
    # "toddy shop near the field", "theka near the bus stand": where the shop is, with a landmark
    # after it, not the writer standing near it.
    for place in c.of("liquor_place", "drink_place"):
        for near in c.of("near"):
            landmark = near.end + 1 if near.end < len(words) and words[near.end].raw == "the" else near.end
            if near.start == place.end and words[near.start].raw in _LOCATED and landmark < len(words) \
                    and words[landmark].clause == words[place.start].clause and words[landmark].raw not in _HERE:
                c.drop("near", near.start, near.end)
    # "haven't touched alcohol or pills since", "दारूला हात लावला नाही": what was not touched is
    # neither a use nor a medicine at hand.
    for refusal in c.of("quit", "quit_more"):
        raws = " ".join(words[i].raw for i in range(refusal.start, refusal.end))
        if not any(part in raws for part in _UNTOUCHED):
            continue
        clause = words[refusal.start].clause
        inside = [i for i in range(max(0, refusal.start - 6), min(len(words), refusal.end + 7))
                  if words[i].clause == clause]
        start, end = inside[0], inside[-1] + 1
        # An overdose is never cancelled: with a heap named elsewhere, the pills stay pills.
        taking = {words[h.start].sentence for h in c.of("eat", "swallow", "pill_use", "took", "use")
                  if not start <= h.start < end}
        people = {h.start for h in c.of("others")}      # "सगळे प्यायले": everyone, not every pill
        heap = any(not start <= h.start < end and words[h.start].sentence in taking and h.start not in people
                   for h in c.of(*_HEAP))
        if not heap:
            c.add("untouched", start, end)
        for name in ANY + (() if heap else _MEDICINE):
            for hit in c.of(name):
                if words[hit.start].clause == clause and -6 <= hit.start - refusal.end <= 6:
                    c.drop(name, hit.start, hit.end)
    # "offered me a beer at the farewell", "a farewell with free bar": the send-off party, an
    # occasion for drinking, not a goodbye.
    for party in c.of("trigger"):
        before = words[party.start - 1].raw if party.start else ""
        after = words[party.end].raw if party.end < len(words) else ""
        if before in _EVENT_BEFORE or after in _EVENT_AFTER:
            c.drop("goodbye", party.start, party.end)
    # "chacha ji ne glass pakda diya", "a glass of rum": a glass handed or filled is a vessel.
    for glass in c.of("cutting_tool"):
        if words[glass.start].raw in ("glass", "ग्लास", "gilas") and (
                any(o.start == glass.end for o in c.of("offered"))
                or (glass.end < len(words) and words[glass.end].raw == "of")
                or any(h.end == glass.start for h in c.of("a_one", "small_count", "some_amount"))):
            c.drop("cutting_tool", glass.start, glass.end)
    # "offer kiya": the verb inside an offer is the offering, not a use.
    for offer in c.of("offered"):
        if offer.end - offer.start > 1:
            for name in _VERBS:
                c.drop(name, offer.start + 1, offer.end)
    # "sirf 2 beer": the digit after "only" is a count (its shorthand reading is "to").
    for only in c.of("only_this"):
        if only.end < len(words) and words[only.end].raw.isdigit():
            c.add("small_count", only.end, only.end + 1)
    # "nothing major", "zyada nahi": the size is denied, not the use.
    for small in c.of("minimised"):
        for name in ("negation", "weak_negation"):
            c.drop(name, small.start, small.end)
    # "Last year I was too drunk to remember it": a state a year gone, told as history.
    if not c.of("again", "again_strict", "relapse"):
        for ago in c.of("long_ago"):
            for hit in c.of("intoxicated", "drank"):
                if words[hit.start].sentence == words[ago.start].sentence:
                    c.drop(hit.concept, hit.start, hit.end)
    _restart_unnamed(c)
    _others_used_i_left(c)
    _refusal_next_sentence(c)
    _denial_after(c)


def _restart_unnamed(c: Concepts) -> None:
    """"parat suru zala sir", "व्हाईटनर परत सुरू झालं", "started again. 4 days": a clause that
    opens on a restart, with nothing named before it but the habit itself, is the habit."""
    words = c.words
    starts: dict[int, list[tuple[str, int]]] = {}
    for name in ("again_strict", "again", "started") + ANY + ("alcohol_maybe", "inhalant_maybe",
                                                               "cannabis_maybe"):
        for hit in c.of(name):
            starts.setdefault(hit.start, []).append((name, hit.end))
    for i, token in enumerate(words):
        if i and words[i - 1].clause == token.clause:
            continue
        j = i
        while j < len(words) and words[j].clause == token.clause and words[j].raw in _FILLERS:
            j += 1
        first = j
        kinds: list[str] = []
        while j in starts and len(kinds) < 3:
            name, end = max(starts[j], key=lambda item: item[1])
            names = {n for n, _ in starts[j]}
            kind = "started" if "started" in names else "again" if names & {"again_strict", "again"} else "thing"
            kinds.append(kind)
            j = end
        if "again" in kinds and "started" in kinds and kinds.count("thing") <= 1 \
                and kinds.index("started") <= 2 and j > first:
            c.add("relapse", first, j)


def _refusal_next_sentence(c: Concepts) -> None:
    """"chacha ji ne glass pakda diya. Maine haath jod ke mana kar diya": the offer in one
    sentence, the refusal opening the next; nothing was taken."""
    words = c.words
    verbs = c.of(*_VERBS)
    for offer in c.of("offered"):
        if any(v.start < offer.end and offer.start < v.end for v in verbs):
            continue        # "chitta le leya": the writer's own taking, not an offer
        sentence = words[offer.start].sentence
        if words[offer.start].raw in ("le", "ले", "lo", "लो"):
            continue        # "dost le gaye": took him along, not an offer
        refusal = next((q for q in c.of("quit") if words[q.start].sentence == sentence + 1
                        and q.start - _sentence_start(c, sentence + 1) <= 6
                        and _REFUSING & {words[i].raw for i in range(q.start, q.end)}), None)
        soft = {i for b in c.of("beverage") for i in range(b.start, b.end + 3)}
        if refusal is None or any(words[h.start].sentence == sentence + 1 and h.start > refusal.end
                                  and h.start not in soft for h in c.of(*_VERBS, "contrast_then")):
            continue        # "said no, then had two": the refusal gave way (a soft drink is fine)
        for name in _VERBS + ANY + ("want", "mind"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence:
                    c.drop(name, hit.start, hit.end)


def _denial_after(c: Concepts) -> None:
    """"everybody thought I would start drinking again. I didn't.": a sentence that is only a
    denial undoes the sentence before it."""
    words = c.words
    for sentence, inside in c.sentences.items():
        if not 1 <= len(inside) <= 4 or not {words[i].raw for i in inside} <= _DENIAL:
            continue
        if not any(words[h.start].sentence == sentence for h in c.of("negation")):
            continue
        for name in _VERBS + ANY + ("want", "again", "again_strict", "use_future", "relapse"):
            for hit in c.of(name):
                if words[hit.start].sentence == sentence - 1:
                    c.drop(name, hit.start, hit.end)


def _sentence_start(c: Concepts, sentence: int) -> int:
    return next((i for i, t in enumerate(c.words) if t.sentence == sentence), len(c.words))


_LEFT = frozenset({"left", "walked", "went", "came", "nikal", "nikla", "nikli", "निकला", "निकल", "nighun", "निघून",
                   "nighalo", "निघालो", "chala", "chali", "चला", "चली", "aalo", "आलो"})


def _others_used_i_left(c: Concepts) -> None:
    """"my friends were smoking up, I left early": the others used; the writer walked away ("I went
    too" is the writer going along: round 57's reading)."""
    words = c.words
    if c.of("joined_in"):
        return
    leaving = [f for f in c.of("first_person") if any(
        words[i].raw in _LEFT for i in range(f.end, min(len(words), f.end + 3)))]
    if not leaving:
        return
    for verb in c.of(*_VERBS, "sat_down"):
        sentence = words[verb.start].sentence
        reach = 3 if verb.concept == "sat_down" else 2     # "sagle mitra hatbhatti gheun basle"
        subject = next((o for o in c.of("others", "relation") if 0 < verb.start - o.end <= reach
                        and words[o.start].sentence == sentence), None)
        clause = words[verb.start].clause
        if subject is None or any(words[f.start].clause == clause for f in c.of("first_person", "me")):
            continue        # "and so was I": the writer was in it too
        if any(f.start >= verb.end and words[f.start].clause != clause
               and words[f.start].sentence in (sentence, sentence + 1) for f in leaving):
            for name in _VERBS + ("sat_down",):
                c.drop(name, verb.start, verb.end)
