"""The ground's, the akhada's and the gym's talk that uses danger words (round 24, holdout 69):

- an opponent beaten: "final me unko maar maar ke haraya 😎 40-18", "धोबीपछाड मारून त्याचा
  कार्यक्रमच केला": a blow followed by defeating or winning, or a wrestling hold as what was
  "struck", is the match;
- a workout that "killed" one: "leg day ने आज मार डाला bhai", "finisher set ne maar dala";
- the "suicide squad" of a workout or a film: a name, not a plan;
- a contest won: "tournament जीता without daaru" ("जीता" also spells "living");
- a skipping rope counted: "500 skips with the rope today";
- a match won by a score: "मॅचमध्ये आमच्या टीमने त्यांना मारून टाकलं, चार गोल" (rounds 84-85).

A threat to come ("uska murder karunga"), a wish or the self as the object keep their readings.
Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# Beaten or won, in Hindi and Marathi by stem; short or English words only whole ("wont eat" is no
# "won"; "चिता", a pyre, is no "चित", pinned; "beat" and "thrashed" are also violence).
_DEFEATED = ("haraya", "हराया", "harvaya", "हरवाया", "haravla", "harvala", "हरवलं", "हरवला", "jinkla", "जिंकला",
             "jinklo", "जिंकलो")
_DEFEATED_WORDS = frozenset({"won", "defeated", "jeeta", "jita", "जीता", "jeete", "जीते", "chitt", "chit", "चित",
                             "चित्त"})
_HOLDS = ("dhobipachad", "dhobi", "धोबी", "धोबीपछाड", "धोबीपछाड़", "daav", "डाव", "ghisa", "घिसा", "kaichi", "कैची",
          "salto", "सालतो")
_WORKOUTS = ("workout", "वर्कआउट", "cardio", "finisher", "squat", "burpee", "lunges", "crossfit", "hiit",
             "deadlift", "bench", "practice", "प्रॅक्टिस", "प्रैक्टिस", "training", "ट्रेनिंग", "drills", "gym", "जिम",
             "जीम", "warmup", "reps", "plank")
_CONTESTS = ("tournament", "टूर्नामेंट", "match", "मैच", "मॅच", "final", "फाइनल", "फायनल", "medal", "मेडल", "cup",
             "कप", "trophy", "ट्रॉफी", "kusti", "कुश्ती", "कुस्ती", "dangal", "दंगल", "race", "रेस", "game", "गेम",
             "league", "लीग", "prize", "इनाम", "inaam", "title", "chess", "kabaddi", "कबड्डी", "bout", "fight")
# A subject or a test as the doer (round 32): "physics ने आज मार डाला bro".
_STUDIES = frozenset({"physics", "फिजिक्स", "chemistry", "केमिस्ट्री", "maths", "math", "बायो", "biology", "mock",
                      "syllabus", "paper", "पेपर", "test", "टेस्ट", "exam", "परीक्षा"})
_KNOCKED_OVER = ("गिराया", "गिरा", "giraya", "gira", "padla", "पाडल")
_PLAYERS = frozenset({"गेंदबाज", "gendbaaz", "gendbaz", "bowler", "बल्लेबाज", "batsman", "batter", "गोलंदाज",
                      "golandaj", "team", "टीम"})
# A score just after (rounds 84-85: "मॅचमध्ये आमच्या टीमने त्यांना मारून टाकलं, चार गोल").
_SCORES = frozenset({"गोल", "goal", "goals", "runs", "रन", "रन्स", "विकेट", "wicket", "wickets", "points", "पॉइंट",
                     "पॉईंट"})
_SQUAD = frozenset({"squad", "squads", "स्क्वाड", "स्क्वॉड"})
_SKIPS = ("skip", "skips", "skipping", "स्किप")
_ROPES = ("hang", "rope_named", "ligature", "noose_cord", "exf_rope", "exf_cord", "tod_rope", "ran_rope")
_KILLING = ("kill", "die", "violence", "murder", "me", "other_target", "want", "copula")


def forget_games_won_and_workouts(c: Concepts) -> None:
    words = c.words
    for hit in c.of("kill", "die", "murder"):
        sentence = words[hit.start].sentence
        before = [t.raw for t in words[max(0, hit.start - 6):hit.start] if t.sentence == sentence]
        after = [t.raw for t in words[hit.end:hit.end + 4] if t.sentence == sentence]
        beaten = any(r.startswith(_DEFEATED) or r in _DEFEATED_WORDS for r in after) \
            or any(r.startswith(_HOLDS) for r in before[-3:])
        # "leg day ने मार डाला": the workout as the doer ("ne"), not a threat to come
        worked_out = any(r.startswith(_WORKOUTS) or r == "leg" or r in _STUDIES for r in before) \
            and any(r in ("ne", "ने") for r in before) and not c.of("self", "want")
        # "कल के मैच में हमारे गेंदबाज ने सबको मार गिराया" (round 30): knocked over in a match
        knocked_over = bool(after) and after[0].startswith(_KNOCKED_OVER) \
            and any(r.startswith(_CONTESTS) or r in _PLAYERS for r in before)
        # "मॅचमध्ये ... मारून टाकलं, चार गोल": a match before, the score after
        scored = any(r.startswith(_CONTESTS) for r in before) and any(r in _SCORES for r in after)
        if beaten or worked_out or knocked_over or scored:
            for name in _KILLING:
                for h in c.of(name):
                    if hit.start <= h.start <= hit.end + 2 and words[h.start].sentence == sentence:
                        c.drop(name, h.start, h.end)
    for hit in c.of("suicide"):
        if hit.end < len(words) and words[hit.end].raw in _SQUAD:
            c.drop("suicide", hit.start, hit.end)
    for hit in c.of("live"):
        if words[hit.start].raw.startswith(("jeet", "jit", "जीत")) and any(
                t.raw.startswith(_CONTESTS) for t in words[max(0, hit.start - 3):hit.start]):
            c.drop("live", hit.start, hit.end)
    for hit in c.of(*_ROPES):
        if any(t.raw.startswith(_SKIPS) for t in words[max(0, hit.start - 5):hit.end + 3]):
            c.drop(hit.concept, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)     # nor the evidence's means
