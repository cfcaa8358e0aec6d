"""A match's nerves and a team's failings, removed before the rules combine concepts: a team, its
batting or its bowling that "killed" us ("India ki batting ne aaj phir maar diya", "the bowling
killed us", "RCB ne maar dala"); the breath stuck in the last over ("आखिरी ओवर में सांस ही अटक
गई") and the "I'd have died" of a close finish ("मर जाता मैं", "mar hi jaata").

What makes them harmless is named: the team or its play as the one doing the killing, in the
past of a match; the breath and the dying said in a message about overs, runs, wickets or a
match. The writer's own wish or act keeps every word ("match haar gaye, ab marna chahta hu",
"khud ko maar dunga"): only the team's killing, the stuck breath and the would-have-died go.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import skeletons

# A team or its play as the one doing the killing.
_TEAM = skeletons("batting", "बैटिंग", "bowling", "बॉलिंग", "fielding", "फील्डिंग", "batsmen", "batsman", "bowlers",
               "bowler", "openers", "team", "टीम", "india", "इंडिया", "rcb", "csk", "kkr", "srh",
               "pakistan", "australia", "innings", "पारी", "middle", "tail", "captaincy", "kohli", "rohit", "dhoni")
# The killing done, in the past or the present: "maar diya", "maar dala", "killed us", "is killing".
_DONE = skeletons("diya", "दिया", "dala", "daala", "डाला", "diye", "दिये", "dale", "takla", "टाकलं", "टाकला",
               "us", "me", "everyone")
_DONE_FORMS = ("killed", "killing", "kills")
# A match told: overs, runs, wickets, a chase.
_MATCH = skeletons("over", "overs", "ओवर", "ओव्हर", "run", "runs", "रन", "wicket", "wickets", "विकेट", "match",
                "मैच", "मॅच", "chase", "innings", "batting", "bowling", "six", "sixer", "छक्का", "chhakka",
                "four", "चौका", "chauka", "boundary", "super", "final", "semifinal", "toss", "cricket",
                "क्रिकेट", "ipl", "goal", "penalty", "kabaddi", "football", "फुटबॉल")
# The breath that stuck or stopped: "सांस अटक गई", "breath stopped".
_STUCK = skeletons("atak", "अटक", "atki", "अटकी", "ruk", "रुक", "ruki", "रुकी", "tham", "थम", "thami", "थमी",
                "stuck", "stopped", "held", "caught", "adakla", "अडकला", "adakli", "अडकली", "thambla", "थांबला")
# "I'd have died": the dying of a close finish ("मर जाता मैं", "mar hi jaata", "gela asto").
_WOULD = skeletons("jata", "jaata", "जाता", "jati", "jaati", "जाती", "asto", "असतो", "asti", "असती")
# A match named outright, or its last ball or over ("last ball", "आखिरी ओवर").
_MATCH_NAMED = skeletons("match", "मैच", "मॅच", "wicket", "wickets", "विकेट", "innings", "cricket", "क्रिकेट", "ipl")
_LAST = skeletons("last", "aakhri", "आखिरी", "akhri", "shevatcha", "शेवटचा", "शेवटच्या", "super")
_BALL_OR_OVER = skeletons("ball", "बॉल", "gend", "गेंद", "over", "ओवर", "ओव्हर", "chendu", "चेंडू")
_SELF = skeletons("khud", "खुद", "swatah", "स्वतः", "myself", "self", "apne")


def _team_killed_us(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die", "kill"):
        start, end = hit.start, hit.end
        sentence = words[start].sentence
        before = [w for w in words[max(0, start - 5):start] if w.sentence == sentence]
        if not any(w.skeleton in _TEAM for w in before) or any(w.skeleton in _SELF for w in before):
            continue
        done = (end < len(words) and words[end].skeleton in _DONE) or words[start].raw.startswith(_DONE_FORMS)
        if done:
            for name in ("die", "kill", "strike", "use", "line_verb"):
                c.drop(name, start, end)


def _nerves_of_a_match(c: Concepts) -> None:
    words = c.words
    named = any(w.skeleton in _MATCH_NAMED for w in words) or any(
        w.skeleton in _BALL_OR_OVER and i and words[i - 1].skeleton in _LAST for i, w in enumerate(words))
    if not named and len({w.skeleton for w in words if w.skeleton in _MATCH}) < 2:
        return
    for hit in c.of("breathing"):
        nxt = words[hit.end:hit.end + 3]
        if any(w.skeleton in _STUCK for w in nxt):
            stuck_end = hit.end + 3
            for name in ("breathing", "fed_up", "wake_weary", "breath_stop"):
                c.drop(name, hit.start, stuck_end)
    for hit in c.of("die"):
        nxt = words[hit.end:hit.end + 2]
        if any(w.skeleton in _WOULD for w in nxt):
            for name in ("die", "strike", "use", "line_verb"):
                c.drop(name, hit.start, hit.end)


def forget_match_nerves(c: Concepts) -> None:
    if not c.words:
        return
    _team_killed_us(c)
    _nerves_of_a_match(c)
