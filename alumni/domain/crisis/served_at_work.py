"""Drink handled as a bar's or a hotel's work (round 19), read by alumni.domain.crisis.idioms
before the rules:

- drinks served, poured or opened for others ("served 40 pegs to one table", "50 peg serve
  kiye", "roz bar me bottle kholta hu", "रोज़ बोतलें खोलता हूँ", "batlya ughadto", "popped 30
  bottles of champagne at the reception"): the pegs and bottles are the customers'. Quiet only
  when the writer's own glass is refused ("khud nahi pita", "स्वतः पीत नाही", "zero for me",
  "went home sober") or the drinks went to customers, a table or a reception, and only when
  the message tells of no drinking or taking of the writer's: "served 40 pegs and drank the
  leftovers", "opened a bottle at the table and had two glasses" and "bottle kholi aur khud bhi
  pi li" keep their reading (a table alone, which may be one's own dinner table, is no
  customer);
- a drunk customer thrown out ("threw out a drunk customer", "sharabi customer ko bahar
  nikala", "bevda customer bahar kadhla"), or a drunkard friend brought along ("जुन्या bevda
  मित्राला पण meeting ला घेऊन आलो", round 45): the drunk word names him, not the writer;
  "i was a drunk customer myself" keeps its reading.

The bottles opened by relatives or friends ("सब रिश्तेदार बोतल खोल के बैठे हैं") are no service:
they keep their reading (a craving beside them).
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# Serving, pouring, opening: "served", "poured", "popped", "kholta", "ughadto", "ओतले".
_SERVING_WORDS = frozenset({"serve", "served", "serving", "pour", "poured", "pouring", "pop", "popped",
                            "opened", "opening", "open", "kholta", "kholti", "kholte", "kholi", "khola",
                            "kholna", "खोलता", "खोलती", "खोलते", "खोली", "खोला", "खोलना", "ughadto",
                            "ughadte", "ughadli", "ughadla", "ughadlya", "उघडतो", "उघडते", "उघडली",
                            "उघडला", "उघडल्या", "otla", "otle", "otli", "ओतला", "ओतले", "ओतली", "ओततो",
                            "सर्व", "सर्व्ह", "serv"})
# The customers the drinks went to.
_FOR_OTHERS = frozenset({"customer", "customers", "guest", "guests", "reception", "tip", "tipped", "tips",
                         "grahak", "ग्राहक", "giraik", "गिऱ्हाईक", "कस्टमर", "mehman", "मेहमान", "pahune",
                         "पाहुणे", "permit", "परमिट", "bartender", "waiter", "वेटर", "counter", "shift"})
_SERVED_TO = frozenset({"ko", "को", "la", "ला", "na", "ना", "sathi", "साठी", "for"})
# The writer's own taking told in the message: "had two glasses", "finished it", "ghetla".
_OWN_TAKING = frozenset({"had", "finished", "took", "downed", "gulped", "khatam", "खत्म", "ख़त्म", "sampavli",
                         "संपवली", "ghetla", "ghetli", "ghetle", "घेतला", "घेतली", "घेतले", "maar", "मार",
                         "chadha", "चढ़ा", "lagaye", "लगाए"})
# The writer's own glass refused, beside the work told.
_OWN_REFUSED = ("abstained", "recovery_told", "sober_vow")
_ZERO = frozenset({"zero", "0", "none", "nil"})
_ME = frozenset({"me", "myself", "mere", "मेरे", "maza", "majha", "माझा"})
_DRINK = ("alcohol", "alcohol_maybe", "drink_unit", "measure", "drink_measure", "bottle_word",
          "bottles_plural", "bottles_many", "drunk_by_the_vessel", "drinking_around", "use",
          "pill_use", "use_strong", "eat", "drink_of")
# The drunk word that names a customer.
_DRUNK_WORDS = ("intoxicated", "drank", "alcohol", "eat")
_CUSTOMER = ("customer", "कस्टमर", "grahak", "ग्राहक", "giraik", "गिऱ्हाईक", "guest",
             # or a friend or a neighbour so called (round 45: "जुन्या bevda मित्राला पण meeting ला घेऊन आलो")
             "mitr", "मित्र", "dost", "दोस्त", "friend", "shejar", "शेजार", "padosi", "पड़ोसी", "neighbo")
# "i was a drunk customer myself", "main hi sharabi customer tha": the writer is the customer.
_WRITER = frozenset({"i", "i'm", "im", "main", "mai", "मैं", "mi", "मी", "myself", "khud", "खुद", "swata",
                     "स्वतः"})


def _writer_refused(c: Concepts) -> bool:
    if any(c.of(name) for name in _OWN_REFUSED):
        return True
    words = c.words
    return any(t.raw in _ZERO and any(w.raw in _ME for w in words[i + 1:i + 4])
               for i, t in enumerate(words) if t.raw in _ZERO)


def _writer_drank(c: Concepts) -> bool:
    """The writer's drinking told: a drinking verb not inside a refusal."""
    refused = [(h.start, h.end) for h in c.of("abstained", "quit")]
    return any(not any(s <= h.start < e for s, e in refused) for h in c.of("drank"))


def _forget_served(c: Concepts) -> None:
    words = c.words
    served = [i for i, t in enumerate(words) if t.raw in _SERVING_WORDS]
    if not served or _writer_drank(c) or not c.typed_words.isdisjoint(_OWN_TAKING):
        return
    if not (_writer_refused(c) or not c.typed_words.isdisjoint(_FOR_OTHERS)):
        return
    # Others as the ones served ("guests ko 50 drink serve kiye", round 30) are no subject.
    others = [h.start for h in c.of("others", "drinkers", "relation", "third_person")
              if h.end >= len(words) or words[h.end].raw not in _SERVED_TO]
    for i in served:
        clause = words[i].clause
        if any(k < i and words[k].clause == clause for k in others):
            continue        # "sab rishtedar bottle khol ke baithe hain": theirs, not a service
        start, end = max(0, i - 4), min(len(words), i + 7)
        while words[start].clause != clause:
            start += 1
        while words[end - 1].clause != clause:
            end -= 1
        for name in _DRINK:
            c.drop(name, start, end)


def _forget_drunk_customer(c: Concepts) -> None:
    words = c.words
    for hit in c.of("intoxicated", "alcohol"):
        nxt = words[hit.end].raw if hit.end < len(words) else ""
        near = words[max(0, hit.start - 3):hit.end + 3]
        if nxt.startswith(_CUSTOMER) and not any(w.raw in _WRITER for w in near):
            for name in _DRUNK_WORDS:
                c.drop(name, hit.start, hit.end)


def forget_served_at_work(c: Concepts) -> None:
    if not c.typed_words.isdisjoint(_SERVING_WORDS):
        _forget_served(c)
    if c.of("intoxicated", "alcohol") and c.may_hold(_CUSTOMER):
        _forget_drunk_customer(c)
