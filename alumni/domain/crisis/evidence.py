"""Evidence read across the whole message: weak signals that add up.

The window rules (rules.py) need a few concepts within a few words. People in danger often
say it indirectly and spread it over a message: a date picked in one sentence, "don't tell
my mom" in the next; a medicine named, then "all of it", then "lips going blue". Each
signal here is a class of words that means little alone; signals of different classes in
one message make a finding, and the finding lists the words of every class that matched.

Runs on the Concepts after rules.findings (idioms already removed), so "this heat is
killing me" stays harmless here too. Reuses the lexicon's concepts and adds the words of
each signal class, in English, Hindi and Marathi, both scripts (compared by skeleton).
"""
from __future__ import annotations

from alumni.domain.crisis.calm_errands import pests_overrun_in_a_store
from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.days_gone_by import in_days_gone_by
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.evidence_farewells import read_farewells
from alumni.domain.crisis.evidence_signals import Signals
from alumni.domain.crisis.evidence_use import use_findings
from alumni.domain.crisis.spelling import skeletons

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

# --- the combinations that make a finding -----------------------------------------------

_SUICIDE_STRONG = ("last_contact", "farewell", "plan", "means", "courage", "secrecy", "worthless", "gone", "ending",
                   "aftermath", "timing", "no_way")
_SUICIDE_WEAK = ("place", "serious", "tonight", "apology", "bye", "worn_out", "stance", "talk", "thanks",
                 "thoughts", "placed", "reassure", "debt", "last_word", "entrust", "missing",
                 "fear_for", "absolve", "handed", "alone_there", "note_left")
# Said twice in different words, these count twice ("affairs in order ... thank you for trying").
_SUICIDE_TWICE = ("farewell", "gone", "last_contact")
_OD_CLASSES = ("amount", "medicine", "taking", "body", "intent")


def _suicide(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("watching") and s.has("place") and not c.of("commute"):
        return s.classes("watching", "place")     # a train timed, not to catch it
    strong = s.distinct(s.classes(*_SUICIDE_STRONG))
    if not strong and s.has("apology", "bye") and s.has("worn_out") and s.spread("worn_out"):
        return s.classes("apology", "bye", "worn_out")     # sorry, and a sign-off said twice
    if "means" in strong and s.has("as_told") and _only_medicine(s, "means"):
        strong.remove("means")     # sleeping pills as prescribed are a dose, not a method
    if "means" in strong and s.has("tether") and _only_rope(c, s):
        strong.remove("means")     # a rope tied to a cow or a swing is a chore
    if not strong:
        return None
    found = s.distinct(strong + s.classes(*_SUICIDE_WEAK))
    twice = any(name in _SUICIDE_TWICE and (name == "last_contact" or s.spread(name)) for name in found)
    if len(found) < 2 and not twice:
        return None
    if s.has("topic") and not s.has("secrecy", "farewell", "gone"):
        return None
    return found


def _only_rope(c: Concepts, s: Signals) -> bool:
    ropes = {h.start for h in c.of("rope_tied", "ligature")}
    return all(start in ropes for start, _ in s.words["means"])


def _only_medicine(s: Signals, name: str) -> bool:
    """Every word of the class is a medicine's: "नींद की गोली" as the means overlaps "नींद की" and "गोली"
    as medicines (round 84), though no span is the same."""
    medicine = s.words.get("medicine", ())
    return all(any(a < end and start < b for start, end in medicine) for a, b in s.words[name])


# Brought home, and no more: "le aaya", "खरीद लाया" (poised only for lack of a purpose).
_FETCHED = frozenset({"le aaya", "le aayi", "le aya", "le aai", "le aaye", "ले आया", "ले आई", "ले आयी", "ले आए",
                      "kharid laya", "kharid laaya", "खरीद लाया", "kharid li", "खरीद ली"})
_FOR = frozenset({"liye", "lie", "लिए", "लिये", "sathi", "साठी"})


def _fetched_for_a_place(c: Concepts, s: Signals) -> bool:
    """"rat poison le aaya godown ke liye", "कीटनाशक ले आया खेत के लिए": a poison brought for the
    godown or the field is an errand, unless it is said to be the writer's own ("apne liye",
    set aside, before the writer)."""
    words = c.words
    fetched = all(" ".join(t.raw for t in words[a:b]) in _FETCHED for a, b in s.words["poised"])
    # the place as the purpose ("godown ke liye", "for the field"), not where the writer sits
    for_it = any({t.raw for t in words[h.end:h.end + 2]} & _FOR
                 or "for" in {t.raw for t in words[max(0, h.start - 2):h.start]} for h in c.of("pest_place"))
    return fetched and for_it and not c.of("for_myself", "set_aside", "self")


def _overdose(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("taking") and _negated(c, s, "taking", before=2):
        del s.words["taking"]     # "chitta nahi liya": not taken is no dose
    if s.has("poised") and (_fetched_for_a_place(c, s) or pests_overrun_in_a_store(c)):
        del s.words["poised"]
    if s.has("poison") and s.has("poised") and not s.has("cleaning"):
        return ["poison", "poised"] + s.classes("taking", "intent")
    if s.has("medicine", "poison") and s.has("taking") and s.has("rushed") and s.has("person") \
            and not s.has("as_told", "topic"):
        return s.classes("medicine", "poison", "taking", "rushed")
    if s.has("poison") and s.has("self_dose") and not s.has("topic"):
        return ["poison", "self_dose"] + s.classes("plan", "tonight")    # a farm's poison, drunk
    if s.has("poison") and s.has("taking") and not s.has("as_told", "topic"):
        return ["poison", "taking"]
    if s.has("medicine") and s.has("poised") and s.has("amount") and not s.has("as_told"):
        return ["medicine", "amount", "poised"]
    if s.has("medicine") and s.has("body") and s.has("after_dose") and not s.has("as_told", "topic"):
        return ["medicine", "after_dose", "body"]
    if s.has("poison") and s.has("intent", "courage", "farewell", "plan", "secrecy", "gone") \
            and not s.has("as_told"):
        return ["poison"] + s.classes("taking", "intent", "courage", "farewell", "plan", "secrecy", "gone")
    found = s.distinct(s.classes(*_OD_CLASSES))
    if "body" not in found and s.has("body_mild") and s.has("amount", "intent"):
        found.append("body_mild")
    if "intent" not in found:
        found += s.classes("courage", "secrecy", "farewell", "plan", "gone")[:1]
    if "amount" in found and s.has("as_told"):
        found.remove("amount")
    if s.has("poison") and "medicine" not in found:
        found.append("poison")
    unnamed = s.has("amount") and s.has("body") and s.has("dosed")   # "shot way too much, going out"
    if not s.has("medicine", "poison") and not (s.has("intent") and s.has("amount")) and not unnamed:
        return None
    return found if len(found) >= 3 else None


def _negated(c: Concepts, s: Signals, name: str, before: int = 4) -> bool:
    """Every word of the class has a negation just before it ("would never hurt anyone")."""
    negations = {h.start for h in c.of("negation")}
    return all(any(i in negations for i in range(max(0, start - before), start))
               for start, _ in s.words[name])


def _meant_harm(c: Concepts, s: Signals) -> bool:
    """Harm to a body, not to feelings or a score, and not denied."""
    soft = {start for start, _ in s.words.get("harm_soft", ())}
    bodily = [(a, b) for a, b in s.words["harm_act"] if not soft & {b, b + 1}]
    return bool(bodily) and not _negated(c, s, "harm_act")


def _harm_named(s: Signals, c: Concepts) -> list[str] | None:
    """Harm said by its act: hurting someone, a blow to the head, fuel poured and lit."""
    if s.has("topic"):
        return None
    if s.has("harm_act") and s.has("harm_intent", "serious", "vow") and _meant_harm(c, s):
        return ["harm_act"] + s.classes("harm_intent", "serious", "vow", "person")
    if s.has("blow") and s.has("bludgeon", "blade") and s.has("harm_intent") \
            and not _negated(c, s, "blow"):
        return s.classes("bludgeon", "blade", "blow", "harm_intent")
    if s.has("douse") and s.has("ignite") and s.has("person", "premises"):
        return s.classes("douse", "ignite", "person", "premises")
    if s.has("douse") and s.has("person") and s.has("harm_intent", "vow", "revenge"):
        return s.classes("douse", "person", "harm_intent", "vow", "revenge")   # fuel poured on a man
    if s.has("outcome") and s.has("revenge") and s.has("person"):
        return s.classes("harm_intent", "revenge", "outcome", "person")   # a lesson not walked away from
    return None


def _harm_to_others(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("hunt") and s.has("person", "harm_intent") and not s.has("topic"):
        return ["hunt"] + s.classes("person", "harm_intent")
    if s.has("maim") and s.has("person", "harm_intent", "blade") and not s.has("topic"):
        return ["maim"] + s.classes("person", "harm_intent", "blade")
    if s.has("slay") and s.has("person"):
        return ["slay", "person"]
    named = _harm_named(s, c)
    if named:
        return named
    if s.has("blade") and s.has("revenge") and s.has("harm_intent") and not s.has("chore", "topic"):
        return s.classes("blade", "revenge", "harm_intent")
    target = s.classes("person", "premises")
    if not target:
        return None
    if s.has("fire") and not s.has("topic"):
        return ["fire"] + target + s.classes("fuel", "revenge")
    armed = s.classes("blade") + (s.classes("fuel") if s.has("revenge") else [])
    if armed and s.has("chore", "topic"):
        return None
    if armed and "person" in target and s.has("revenge", "harm_intent"):
        return armed + target + s.classes("revenge", "harm_intent")
    if s.has("revenge") and "person" in target and s.has("harm_intent") and s.has("blade", "fuel"):
        return s.classes("revenge", "blade", "fuel") + target
    return None


def _gone_missing(s: Signals) -> list[str] | None:
    """Someone close who did not come home and left a note or took the poison with them, or
    who shut themselves in and does not answer: a family's report of a person in danger."""
    if not s.has("person") or s.has("topic"):
        return None
    if s.has("not_home") and s.has("note_left", "poison"):
        return s.classes("person", "not_home", "note_left", "poison")
    # a pesticide shut away in the shed as advised is a farm's, not a man's shut in with it
    left = ("note_left", "poison") if not s.has("as_told") else ("note_left",)
    if s.has("shut_in") and s.has("no_answer", *left):
        return s.classes("person", "shut_in", "no_answer", "poison", "note_left")
    return None


def _self_harm(s: Signals, c: Concepts) -> list[str] | None:
    if s.has("starve_self", "starve") and s.has("punish"):
        return s.classes("starve_self", "starve", "punish")      # hunger as a punishment
    if s.has("starve_self") and c.of("collapse"):
        return ["starve_self"]
    if s.has("topic"):
        return None
    if s.has("conceal") and s.has("skin", "injure"):
        return s.classes("conceal", "skin", "injure")
    if s.has("heat_tool") and s.has("press") and not s.has("accident"):
        return s.classes("heat_tool", "press", "skin")           # metal heated, held to the skin
    if s.has("heat_tool") and s.has("skin") and s.has("put_on", "press") and s.has("anger") \
            and not s.has("accident"):
        return s.classes("heat_tool", "skin", "anger")           # the hand held to it in anger
    _drop_done_by_another(c, s)
    if not (s.has("skin") or c.of("self")) or not s.has("injure") or s.has("accident"):
        return None
    repeated = _reduplicated(c, s)
    # Anger alone is not a purpose ("punched the wall in anger"); what the blow left is.
    if not s.has("on_purpose", "relief", "punish", "secrecy", "wound_result") and not repeated:
        return None
    return s.classes("skin", "injure", "on_purpose", "anger", "wound_result")


# The Hindi agent marker: "Department ne ... khatam kar diya", "usne kaat diya".
_AGENT = frozenset({"ne", "ने"})


def _drop_done_by_another(c: Concepts, s: Signals) -> None:
    """"Department ne mera suspension khatam kar diya": an injuring word whose clause names
    another doer before it ("X ne", not "maine") is that doer's act, not one's own harm.
    Marathi "ne" is also "with" ("swatahacha haat cigarette ne jaalla"): one's own self
    named in the clause keeps the act one's own."""
    if not s.has("injure"):
        return
    words = c.words
    writer = {h.start for h in c.of("first_person")}
    own = {words[h.start].clause for h in c.of("self")}

    def by_another(span: tuple[int, int]) -> bool:
        clause = words[span[0]].clause
        return clause not in own and any(words[i].raw in _AGENT and words[i].clause == clause and i - 1 not in writer
                   for i in range(max(0, span[0] - 8), span[0]))

    s.words["injure"] = [span for span in s.words["injure"]
                         if not by_another(span) and not in_days_gone_by(c, span[0])]
    if not s.words["injure"]:
        del s.words["injure"]


def _reduplicated(c: Concepts, s: Signals) -> bool:
    """"khurach khurach ke": an act done over and over."""
    return any(end < len(c.words) and c.words[start].skeleton == c.words[end].skeleton
               for start, end in s.words.get("injure", ()))


def _third_party(c: Concepts, s: Signals, names: list[str]) -> bool:
    first = s.first(names)
    writer = {h.start for h in c.of("first_person", "self", "me")}
    others = {h.start for h in c.of("relation", "third_person")}
    for i in range(first - 1, -1, -1):
        if i in writer:
            return False
        if i in others:
            return True
    return False


_DATIVE = skeletons("ko", "को", "la", "ला", "kade", "कडे")


_EVERYONE_TOLD = frozenset({"sabko", "सबको", "sabna", "sagalyanna", "saglyanna", "सगळ्यांना", "everyone",
                            "everybody"})


def _relayed_apology(c: Concepts, s: Signals) -> None:
    """"Tell mom I'm sorry", "papa ko bol dena sorry", "tell dr mehta it wasn't his fault": an
    apology or a blame lifted, passed on to the family or a helper rather than said to them, a
    farewell (strong, but only beside another sign: "tell mom sorry I'll be late" is not
    one). "mummy ko bolna ... haar gaya": a defeat passed on the same way is a farewell whose
    defeat still counts as its own sign (the farewell is the relay alone); a match or an
    exam lost is not one."""
    relations = [h.start for h in c.of("relation")]
    # "मम्मी को ... बोल देना": someone named to, by the dative, before the relay
    relations += [i - 1 for i, t in enumerate(c.words) if i and t.skeleton in _DATIVE]
    # ("sabko sorry bol dena": everyone, a farewell's addressee)
    relations += [h.start for h in c.of("everyone_all") if c.words[h.start].raw in _EVERYONE_TOLD]
    for relay in c.of("relay"):
        to_family = any(abs(r - relay.start) <= 3 for r in relations)
        for said in c.of("apology", "absolve"):
            if abs(said.start - relay.start) <= 6 and (to_family or said.concept == "absolve"):
                start, end = min(relay.start, said.start), max(relay.end, said.end)
                s.words.setdefault("farewell", []).append((start, end))
                return
        if to_family and not c.of("contest") and any(0 < h.start - relay.start <= 10 for h in c.of("fed_up")):
            s.words.setdefault("farewell", []).append((relay.start, relay.end))
            return


def _relayed_goodbye(c: Concepts, s: Signals) -> None:
    """"Tell the counsellors I said bye", "aai la sang mi bye mhanto": a goodbye passed on
    through someone rather than said, a farewell (strong, but only beside another sign)."""
    said = {h.start for h in c.of("said_word")}
    for relay in c.of("relay"):
        for start, end in s.words.get("bye", ()):
            if 0 < start - relay.start <= 5 and said & set(range(relay.end, start)) \
                    and not any(a <= relay.start < b for a, b in s.words.get("farewell", ())):
                s.words.setdefault("farewell", []).append((relay.start, end))
                return


def _burden_refused(c: Concepts, s: Signals) -> None:
    """"घरच्यांना त्रास नको", "कोणावर ओझं नको व्हायला", "don't want to be a burden": being a
    trouble or a weight to the family refused, read as feeling worthless."""
    refusals = [h.start for h in c.of("unwanted")]     # not wanted, not "won't trouble you"
    # A trouble spared is everyday ("so they aren't bothered I leave early") unless a debt or
    # a going is in the message too; a weight ("ओझं", "bojh") is not.
    spared = c.of("burden") + (c.of("trouble") if s.has("debt", "gone", "farewell", "aftermath") else [])
    for weight in spared:
        if any(0 < r - weight.start <= 2 or 0 < weight.start - r <= 3 for r in refusals):
            s.words.setdefault("worthless", []).append((weight.start, weight.end))
            return


def _quitting_for_good(c: Concepts, s: Signals) -> None:
    """"दारू कायमची थांबवायची आहे, आता बस झालं", "sharab hamesha ke liye chhodni hai, ab bas": the
    drink given up for good, a resolve, not a farewell (the "for good" follows the substance
    just before it). Beside oneself or dying it stands ("daru aani jivan donhi kaymche
    sampvayche")."""
    if not s.words.get("farewell") or c.of("self", "die", "suicide", "jaan", "life"):
        return
    substances = {h.end for h in c.of(*SUBSTANCE_CONCEPTS)}
    kept = [(a, b) for a, b in s.words["farewell"] if not any(0 <= a - end <= 1 for end in substances)]
    if kept:
        s.words["farewell"] = kept
    else:
        del s.words["farewell"]


def evidence_findings(c: Concepts, already: set[Category]) -> list[Finding]:
    """Findings the window rules missed, for the categories not `already` found."""
    s = Signals(c)
    _relayed_apology(c, s)
    _relayed_goodbye(c, s)
    _burden_refused(c, s)
    _quitting_for_good(c, s)
    read_farewells(c, s)
    out: list[Finding] = []
    for category, names in (
            (S, (_suicide(s, c) or _gone_missing(s)) if S not in already else None),
            (OD, _overdose(s, c) if OD not in already else None),
            (HO, _harm_to_others(s, c) if HO not in already else None),
            (SH, _self_harm(s, c) if SH not in already else None)):
        if names:
            # A threat is about whoever makes it: read from its act, not from the victim named first.
            actor = names[:1] if category is HO else names
            reported = category is S and bool({"not_home", "shut_in"} & set(names))
            out.append(s.finding(category, names, reported or _third_party(c, s, actor)))
    seen = already | {f.category for f in out}
    for finding in use_findings(c):
        if finding.category not in seen:
            out.append(finding)
            seen.add(finding.category)
    return out
