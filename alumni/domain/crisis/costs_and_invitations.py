"""Two jokes of a wedding season (round 24, holdout 70: love, marriage and breakups):

- a cost as the killer: "marriage budget मला मारून टाकतंय", "ha kharcha mala marun takel, 800 lok",
  "marriage is killing my budget". The cost just before "killing me" in the same sentence, or the
  budget as what is killed, is spending, not a threat; a debt named anywhere keeps it alerting;
- a dare to a guest: "meri shaadi me nahi aaye to mar jaunga 😂", "माझ्या लग्नाला नाही आलात तर खरंच
  मरेन हं सर 😄", "ill die if you dont come to my wedding sir, card is in the post". The reader's
  coming to the writer's wedding, party or function as the condition, with a laugh, the card or
  "sir" beside it, is an invitation.

A wish in so many words, the self as the object or a means named (a rope, pills, a height) keeps
every word alerting, and a dare without the occasion ("tu nahi aayi to mar jaunga") is not read
here. Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_COSTS = ("budget", "बजेट", "बजट", "kharch", "खर्च", "expense", "expenses", "bill", "bills", "emi", "catering",
          "decoration", "hall", "mandap", "मंडप", "hunda", "हुंडा")
# A debt beside the cost is no joke: "is kharche ki wajah se mar jaunga, karz bahut hai".
_DEBT = ("karz", "karj", "कर्ज", "क़र्ज़", "कर्ज़", "loan", "debt", "udhaar", "udhar", "उधार", "sawkar", "सावकार")
_DYING = ("die", "kill", "jaan")
_GONE_WITH_IT = ("die", "kill", "jaan", "me", "want", "copula", "die_first_person")
_OCCASIONS = ("wedding", "shaadi", "shadi", "शादी", "lagn", "लग्न", "lagna", "party", "पार्टी", "birthday",
              "function", "फंक्शन", "sakharpuda", "साखरपुडा", "engagement", "haldi", "हळद", "हल्दी", "reception",
              "baraat", "barat", "बारात", "varat", "वरात", "mehendi", "mehndi", "मेहंदी", "sangeet")
_NOT_COMING = ("nahi", "नहीं", "nahin", "nhi", "nahi", "नाही", "nai", "dont", "don't", "didnt", "miss", "mat", "मत")
# The reader's coming: "nahi aaye to", "नाही आलात तर", "if you dont come", "miss ki".
_COMING = frozenset({"aaye", "aaya", "aayi", "aaoge", "aaogi", "aana", "aao", "aalat", "aala", "aali", "aalis", "aalas",
                     "yenar", "yeshil", "yaal", "yal", "come", "coming", "attend", "miss", "आए", "आये", "आया", "आई",
                     "आओगे", "आना", "आलात", "आला", "आली", "आलीस", "येणार", "येशील", "याल", "मिस", "aye", "ayi",
                     "ki", "की"})
_INVITED = ("card", "कार्ड", "patrika", "पत्रिका", "invite", "invitation", "nimantran", "निमंत्रण", "sir", "सर",
            "madam", "मॅडम", "मैडम")
_MEANS = ("vehicle", "height", "poison", "pills", "hanging", "rail_line", "weapon", "means", "self")


def forget_costs_and_invitations(c: Concepts) -> None:
    hits = c.of(*_DYING)
    if not hits or c.of(*_MEANS):
        return
    words = c.words
    laughing = {words[h.start].sentence for h in c.of("laugh")}
    debt = any(t.raw.startswith(_DEBT) for t in words)
    for hit in hits:
        sentence = words[hit.start].sentence
        same = [t for t in words if t.sentence == sentence]
        before = [t.raw for t in words[max(0, hit.start - 4):hit.start] if t.sentence == sentence]
        after = [t.raw for t in words[hit.end:hit.end + 2]]
        killed_me = hit.concept == "kill" and any(hit.start - 2 <= h.start < hit.start for h in c.of("me"))
        cost = not debt and hit.concept == "kill" and (
            (killed_me and any(r.startswith(_COSTS) for r in before))
            or (after[:1] == ["my"] and any(r.startswith(_COSTS) for r in after[1:])))
        dare = (any(t.raw.startswith(_OCCASIONS) for t in same) and any(t.raw in _NOT_COMING for t in same)
                and any(t.raw in _COMING for t in same)
                and (sentence in laughing or any(t.raw.startswith(_INVITED) for t in words)))
        if cost or dare:
            for name in _GONE_WITH_IT:
                for h in c.of(name):
                    if hit.start - 1 <= h.start <= hit.end + 1:
                        c.drop(name, h.start, h.end)
