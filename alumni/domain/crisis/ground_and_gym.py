"""The ground's and the gym's everyday words, removed before the rules combine concepts (round 20):

- a team "murdered" in a final, told with the score ("final में उनका murder कर दिया, 35-12",
  "we murdered them 42-18"): a killing done, in the past, beside two numbers side by side. A
  killing still to come ("uska murder karunga") keeps its reading;
- "suicides" as the drill a coach sets ("coach ne 10 suicides karwaye"): the word counted or
  named as sprints, beside a coach or a drill. "coach ke saamne bola suicide kar lunga" keeps it;
- "the coach will kill me if I'm late" in Hindi and Marathi ("coach मुझे जान से मार देगा अगर आज
  भी late हुआ"): the killing of the writer by someone, bound to a trifle by "if". A threat bound
  to anything else ("agar maine police ko bataya") keeps its reading;
- a tetanus shot after a nail in the foot: the injection is the clinic's, the nail is a nail;
- the farm's pests at home: weevils in the grain store, ticks in the cattle shed, the medicine
  "sprayed" on them ("औषध मारलं") and the weedkiller gone to be sprayed on the cane ("usala
  tanashak marayla gelo"). The same poison drunk or taken by the writer keeps its reading;
- a drug offered at the gym, refused in the words of recovery, and left ("sangitla 'mi recovery
  madhe aahe' ani nighalo"); a bottle party left with nothing drunk ("nikal aaya. kuch nahi
  piya"). Any drinking, wanting or urge of the writer's keeps the reading.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import skeletons

# A match told: a final, a game, a sport's name.
_MATCH = skeletons("final", "फाइनल", "फायनल", "semi", "semifinal", "match", "मैच", "मॅच", "game", "kabaddi",
                   "कबड्डी", "kho", "football", "hockey", "league", "tournament", "won", "jeete", "जीते", "jinkla",
                   "जिंकलो", "score")
# The killing done: "kar diya", "kela", "murdered", "killed".
_DONE = skeletons("diya", "दिया", "kiya", "किया", "kela", "केला", "केलं", "dala", "डाला", "takla", "टाकला")
# The drill: sprints, a coach, runs, laps, the legs given out.
_DRILL = skeletons("coach", "कोच", "sprint", "sprints", "drill", "drills", "laps", "runs", "court", "ground",
                   "karwaye", "karvaye", "करवाए", "करवाये", "लावले", "lavle", "practice", "training", "पैर", "legs")
_NUMERAL = tuple("0123456789")
# "If": what binds a threat to a trifle.
_IF = skeletons("agar", "अगर", "jar", "जर", "if")
# The trifles a threat is bound to: being late, forgetting, a missed session, a diet broken.
_TRIFLE = skeletons("late", "लेट", "ushira", "उशीरा", "उशिरा", "der", "देर", "bhool", "भूल", "bhula", "forgot",
                    "visarlo", "विसरलो", "miss", "absent", "chutti", "छुट्टी", "diet", "cheat", "homework", "weight",
                    "vajan", "वजन", "वज़न")
_ME = skeletons("mujhe", "मुझे", "mala", "मला", "me", "mereko", "mujhko")
# The clinic's reason for a shot: tetanus.
_TETANUS = skeletons("tetanus", "टिटनेस", "टिटेनस", "टेटनस", "धनुर्वात", "dhanurvat")
# The shot itself, as typed: "injection", "इंजेक्शन", "shot", "sui".
_SHOT = ("inj", "इंजे", "इंजक", "shot", "sui", "सुई", "needle", "टीका", "tika", "teeka")
_NAIL = skeletons("कील", "keel", "kil", "खिळा", "खिळ्याने", "khila")
# Recovery named as the reason to refuse: "mi recovery madhe aahe", "main recovery me hu".
_RECOVERY = skeletons("recovery", "रिकव्हरी", "रिकवरी", "sober", "clean")
# The writer's own drink or urge: what keeps a party's reading.
_URGE = ("want", "craving", "urge", "mind_on_it", "talap_felt", "took", "me_too")
# Weevils and ticks: what the grain's and the cattle's medicine is for.
_PESTS = ("घुन", "ghun", "गोचिड", "गोचीड", "gochid", "ticks", "weevil")
# Went to spray: "marayla gelo", "maarne gaya".
_WENT = skeletons("gelo", "गेलो", "gela", "गेला", "gaya", "गया", "jato", "जातो", "chalo", "चाललो")
# Taking or opening anything once gone: "le liya", "khol di".
_TAKEN_LATER = ("take", "took", "bottle_word", "again", "eat", "swallow")
_NOT = frozenset({"nahi", "नहीं", "nhi", "nahin", "नाही"})
_SUBSTANCE = ("alcohol", "alcohol_maybe", "bottle_word", "drunk_by_the_vessel", "injectable", "needle", "opioids",
              "drugs", "use", "drank", "drank_bare")


def _team_murdered(c: Concepts) -> None:
    words = c.words
    if not any(w.skeleton in _MATCH for w in words):
        return
    score = any(a.raw.startswith(_NUMERAL) and b.raw.startswith(_NUMERAL)
                for a, b in zip(words, words[1:], strict=False))
    if not score:
        return
    for hit in c.of("murder", "kill"):
        raw = words[hit.start].raw
        after = words[hit.end:hit.end + 2]
        if raw.endswith("ed") or any(w.skeleton in _DONE for w in after):
            for name in ("murder", "kill", "violence"):
                c.drop(name, hit.start, hit.end)


def _drill_of_suicides(c: Concepts) -> None:
    words = c.words
    for hit in c.of("suicide"):
        before = words[max(0, hit.start - 2):hit.start]
        after = words[hit.end:hit.end + 2]
        counted = any(w.raw.startswith(_NUMERAL) for w in before) or any(w.skeleton in _DRILL for w in after)
        if counted and any(w.skeleton in _DRILL for w in words):
            c.drop("suicide", hit.start, hit.end)


def _killed_if_late(c: Concepts) -> None:
    words = c.words
    for hit in c.of("kill", "threat_disclosed"):
        before = words[max(0, hit.start - 3):hit.start]
        after = words[hit.end:hit.end + 4]
        if not any(w.skeleton in _ME for w in before) or not any(w.skeleton in _IF for w in after):
            continue
        if any(w.skeleton in _TRIFLE for w in words[hit.end:hit.end + 9]):
            end = hit.end + 1
            for name in ("kill", "die", "threat_disclosed", "jaan", "strike", "abuse_again", "line_verb", "use"):
                c.drop(name, max(0, hit.start - 3), end)


def _tetanus_shot(c: Concepts) -> None:
    words = c.words
    clinic = {w.sentence for w in words if w.skeleton in _TETANUS}
    if not clinic:
        return
    # Only the shot of the sentence that names tetanus: "phir shaam ko brown sugar ka injection
    # bhi le liya" is another sentence's, and a drug named beside it keeps its own reading.
    for name in ("injectable", "needle", "opioids"):
        for hit in c.of(name):
            if words[hit.start].sentence in clinic and all(
                    words[k].raw.startswith(_SHOT) for k in range(hit.start, hit.end)):
                c.drop(name, hit.start, hit.end)
    for hit in c.of("kill"):
        if words[hit.start].skeleton in _NAIL:
            c.drop("kill", hit.start, hit.end)


def _refused_and_left(c: Concepts) -> None:
    words = c.words
    leaving = c.of("left_there", "leaving_now", "heading_now")
    if c.of(*_URGE) or not leaving:
        return
    # What happened after leaving is the writer's own evening: "ghar aake khud ki bottle khol
    # di", "raat ko wapas jaake injection le liya" keep every reading.
    left_at = max(words[h.start].sentence for h in leaving)
    if any(words[h.start].sentence > left_at and not (h.start and words[h.start - 1].raw in _NOT)
           for name in _SUBSTANCE + _TAKEN_LATER for h in c.of(name)):
        return
    refused = any(w.skeleton in _RECOVERY for w in words) and c.of("offered")
    drunk = c.of("drank", "drank_bare")
    nothing_drunk = bool(drunk) and all(h.start >= 1 and words[h.start - 1].raw in _NOT for h in drunk)
    if refused or nothing_drunk:
        for name in _SUBSTANCE:
            for hit in c.of(name):
                c.drop(name, hit.start, hit.end)
        # "nighalo" (I left) is spelled like "nigla" (swallowed): here it is the leaving.
        for hit in c.of("left_there"):
            c.drop("swallow", hit.start, hit.end)


def _pests_at_home(c: Concepts) -> None:
    words = c.words
    sentences = {w.sentence for w in words if w.raw.startswith(_PESTS)}
    if sentences:
        # A medicine drunk or swallowed right after it is named is the writer's dose.
        taken = {h.start for h in c.of("eat", "swallow", "drank", "drank_bare", "consume", "drink_verb")}
        for name in ("gun", "weapon", "want", "will_to", "pills", "sedatives", "strike", "abuse_again", "line_verb"):
            for hit in c.of(name):
                if words[hit.start].sentence in sentences and not taken.intersection(range(hit.end, hit.end + 3)):
                    c.drop(name, hit.start, hit.end)
    for hit in c.of("farm_poison"):
        after = words[hit.end:hit.end + 3]
        spray = next((i for i, w in enumerate(after) if w.raw.startswith(("marayla", "मारायला", "maarne", "मारने"))),
                     None)
        if spray is not None and any(w.skeleton in _WENT for w in words[hit.end + spray + 1:hit.end + spray + 3]):
            at = hit.end + spray
            for name in ("die", "self_act_to", "kill", "want"):
                c.drop(name, at, at + 1)


def forget_ground_and_gym(c: Concepts) -> None:
    if not c.words:
        return
    present = set(c.present())
    if present.intersection(("murder", "kill")):
        _team_murdered(c)
    if "suicide" in present:
        _drill_of_suicides(c)
    if present.intersection(("kill", "threat_disclosed")):
        _killed_if_late(c)
    if present.intersection(("injectable", "needle", "opioids", "kill")):
        _tetanus_shot(c)
    if c.may_hold(_PESTS) or "farm_poison" in present:
        _pests_at_home(c)
    if present.intersection(("offered", "drank", "drank_bare")):
        _refused_and_left(c)
