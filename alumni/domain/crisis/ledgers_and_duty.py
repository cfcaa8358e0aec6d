"""Danger words in the day's work of a bank, a loan app and a watchman's duty (round 37, holdouts
118, 120 and 121), forgotten before the rules combine concepts:

- a customer's death claim settled or paid ("settled the death claim of an old customer", "death
  claim cha check dila"): the insurer's word, not the writer's death;
- the last loan closed ("aaj shevatcha loan band zala", "शेवटचं लोन पण बंद झालं"): a debt ended, no
  last message;
- the network "dead" in the village ("नेटवर्क ही मरा पड़ा है");
- a deposit "in the post office" ("आरडी सुरू केली पोस्टात"), whose letters are poppy husk's (पोस्त);
- "a bit proud of myself", "bit tired": a little, not a bite;
- the gun cleaned and returned to the armoury at the end of a guard's shift.

Each only in the words that say it; the same word beside a wish, a plan or the writer's own death
still alerts. Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_CLAIM = frozenset({"claim", "claims", "क्लेम", "क्लेमचा", "claimcha"})
# Whose claim: a customer's, an account holder's, a late man's (the writer's own stays alerting).
_SOMEONE_ELSES = ("customer", "client", "khatedar", "खातेदार", "grahak", "ग्राहक", "widow", "late", "uski", "unki",
                  "unka", "uska", "his", "her", "tyanch", "त्यांच", "उनक", "उसक", "policyholder", "member")
_PAID_OUT = ("settle", "सेटल", "check", "cheque", "चेक", "paid", "pass", "मंजूर", "manjur", "dila", "दिला",
             "diya", "दिया", "karwaya", "करवाया")
_LAST = frozenset({"shevatcha", "shevatch", "shevatche", "शेवटचं", "शेवटचा", "शेवटचे", "last", "aakhri", "akhri",
                   "आखिरी", "आख़िरी"})
_DEBTS = frozenset({"loan", "लोन", "emi", "इएमआय", "ईएमआई", "hafta", "हप्ता", "installment", "kist", "किस्त",
                    "karj", "कर्ज"})
_CLOSED = ("band", "बंद", "closed", "paid", "bharla", "भरला", "bharli", "भरली", "khatam", "खत्म", "fedla", "फेडलं",
           "clear")
_SIGNAL = frozenset({"network", "नेटवर्क", "signal", "सिग्नल", "range", "रेंज", "net", "नेट", "wifi"})
_POST_OFFICE = frozenset({"पोस्टात", "postat", "पोस्टातून", "postatun", "पोस्टाची", "postachi", "पोस्टाच्या",
                          "postachya", "डाकघर", "dakghar"})
_A_LITTLE_AFTER = frozenset({"proud", "tired", "better", "worse", "sad", "low", "down", "scared", "nervous",
                             "worried", "happy", "emotional", "much", "late", "early", "more", "less", "of",
                             "hard", "tough", "busy", "sleepy", "lonely", "anxious", "relieved"})
_ARMOURY = frozenset({"armoury", "armory", "कोत"})


def forget_ledgers_and_duty(c: Concepts) -> None:
    words = c.words
    raws = [t.raw for t in words]
    for hit in c.of("die"):
        i = hit.start
        sentence = words[i].sentence
        if raws[i] in ("death", "डेथ") and i + 1 < len(raws) and raws[i + 1] in _CLAIM and any(
                t.sentence == sentence and t.raw.startswith(_PAID_OUT) for t in words) and any(
                t.sentence == sentence and t.raw.startswith(_SOMEONE_ELSES) for t in words):
            c.drop_all(i, i + 2)
            c.add("unmeant", i, i + 2)
        elif i and raws[i - 1] in _SIGNAL or i > 1 and raws[i - 2] in _SIGNAL:
            c.drop("die", i, hit.end)
    for i, raw in enumerate(raws):
        if raw in _LAST and i + 1 < len(raws) and raws[i + 1] in _DEBTS and any(
                w.startswith(_CLOSED) for w in raws[i + 2:i + 6]):
            c.drop_all(i, i + 2)
            c.add("unmeant", i, i + 2)
        elif raw in _POST_OFFICE:
            c.drop_all(i, i + 1)
        elif raw == "bit" and (i + 1 < len(raws) and raws[i + 1] in _A_LITTLE_AFTER or i and raws[i - 1] == "a"):
            c.drop("hurt", i, i + 1)
            c.drop("bite", i, i + 1)
    guns = c.of("gun", "long_gun")
    if guns and any(t.raw in _ARMOURY for t in words):
        for hit in guns:
            sentence = words[hit.start].sentence
            if any(t.sentence == sentence and t.raw in _ARMOURY for t in words):
                c.drop_all(hit.start, hit.end)
                c.drop("readied", max(0, hit.start - 3), hit.start)
                for given in c.of("given_back"):     # "returned it to the armoury"
                    if words[given.start].sentence == sentence:
                        c.drop("given_back", given.start, given.end)
                c.add("unmeant", hit.start, hit.end)
