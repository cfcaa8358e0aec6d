"""A funeral or an end planned for oneself (round 15: holdout 41, students and first jobs):
"exam ke baad mera funeral hai lol", "माझं funeral आहे", "my funeral after the results", said
with a laugh and then made earnest: "nahi sach mein", "मस्करी नाही करत", or a plan that is
ready; the writer's own end said the same way ("exam ke baad main khatam, plan ready hai",
"its over for me after results. not joking"). The laugh is how a young writer says it, so it
does not cancel the reading; "no cap" and "fr fr" only intensify a hyperbole and do not make
it earnest.

The writer's own funeral alone is the everyday hyperbole of a scolding to come ("mummy ne
result dekha to mera funeral pakka 😂") and stays quiet; a grandfather's funeral, a party
after the exam and a plan for the trip are other words and do not meet the rule.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # One's own funeral and its rites, the possessive first: "mera funeral", "माझं funeral",
    # "my funeral", "meri arthi", "माझी तिरडी", "mera antim sanskar", "माझा अंत्यसंस्कार".
    "own_funeral": ("my funeral", "my own funeral", "mera funeral", "meri funeral", "मेरा funeral", "मेरी funeral",
                    "मेरा फ्यूनरल", "majha funeral", "maza funeral", "majh funeral", "माझं funeral", "माझा funeral",
                    "माझे funeral", "mera antim sanskar", "मेरा अंतिम संस्कार", "majha antyasanskar",
                    "माझा अंत्यसंस्कार", "माझे अंत्यसंस्कार", "majhe antyasanskar", "meri arthi", "मेरी अर्थी",
                    "majhi tirdi", "माझी तिरडी", "meri shok sabha", "मेरी शोक सभा", "my shraddhanjali",
                    "meri shraddhanjali", "मेरी श्रद्धांजलि", "majhi shraddhanjali", "माझी श्रद्धांजली"),
    # The writer's own end, named as a thing to come: "main khatam", "मी संपणार", "its over for me",
    # "mera the end", "माझा शेवट". ("my end", "from my end" are a side of a deal and not here.)
    "my_end": ("main khatam", "मैं खत्म", "mai khatam", "mi sampnar", "मी संपणार", "mi sampalo", "मी संपलो",
               "its over for me", "it's over for me", "it is over for me", "the end for me", "mera the end",
               "मेरा the end", "majha the end", "majha shevat", "माझा शेवट", "mera ant", "मेरा अंत",
               "meri kahani khatam", "मेरी कहानी खत्म", "majhi gosht sampli", "माझी गोष्ट संपली"),
    # The joke taken back: "मज़ाक नहीं", "मस्करी नाही करत", "not joking", "खरं सांगतो". ("no cap",
    # "fr fr", "seriously" only intensify the hyperbole, "this exam is my funeral no cap", and
    # are not here.)
    "in_earnest": ("mazak nahi", "मज़ाक नहीं", "मजाक नहीं", "mazaak nahi", "majak nahi", "maskari nahi",
                   "मस्करी नाही", "maskari nay", "gammat nahi", "गंमत नाही", "thatta nahi", "थट्टा नाही",
                   "khara sangto", "खरं सांगतो", "khara sangte", "खरं सांगते", "kharach sangto", "खरंच सांगतो",
                   "kharach sangte", "खरंच सांगते", "not joking", "no joke", "not a joke", "im not joking",
                   "not kidding", "nahi sach mein", "नहीं सच में", "nahi sach me"),
    # A plan said to be ready or made, without its object: "plan ready hai", "plan हो गया",
    # "plan tayar ahe", "plan set hai".
    "plan_ready": ("plan ready", "plan taiyar", "plan tayar", "प्लान तैयार", "plan ho gaya", "plan हो गया",
                   "प्लान हो गया", "plan set", "plan zala", "plan झाला", "प्लॅन झाला", "plan ready ahe",
                   "plan is ready", "plan is set", "plan bana liya", "plan बना लिया", "plan kela", "प्लॅन केला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

OWN_FUNERAL: tuple[Combination, ...] = (
    # "exam ke baad main khatam, plan ready hai": the writer's own end, with the plan ready or the
    # joke taken back (a plan for the trip names the trip).
    Combination(S, (_g("my_end"), _g("in_earnest", "plan_ready", "plan_strong", "plan_made")), 14, across=True,
                unless=_g("told_story", "away_trip", "story")),
    # "mera funeral" / "my funeral" / "माझं funeral", with the joke taken back or the plan ready.
    Combination(S, (_g("own_funeral"),
                    _g("in_earnest", "plan_ready", "plan_strong", "plan_made", "asking_serious")), 14, across=True,
                unless=_g("told_story")),
)
