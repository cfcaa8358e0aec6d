"""Using again in a health worker's own words (round 16: holdouts 44 and 45): a drug of the
theatre or the ward used by the writer ("OT मधून ketamine घेऊन use केलं", "used ketamine from
the OT stock"), and sleeping pills begun again and taken by the day ("नींद की गोलियां फिर
शुरू कर दीं, रोज दो ले रहा हूं"), which staff can get without a slip.

Ketamine given to a patient or used for an induction, fentanyl counted in the stock, and
sleeping pills begun again by the doctor stay quiet: the first two name the ward's purpose,
the last the prescriber.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # What a ward's drug is handled for: the patient, the case, the procedure, the count.
    "ward_purpose": ("patient", "patients", "patient ko", "patient la", "pt", "मरीज", "मरीज़", "मरीज को",
                        "पेशंट", "पेशंटला", "peshant", "rugna", "रुग्ण", "रुग्णाला", "surgery", "सर्जरी",
                        "induction", "anaesthesia", "anesthesia", "procedure", "case", "kes", "केस", "gave",
                        "diya", "दिया", "dila", "दिलं", "दिला", "count", "counted", "audit", "stock count", "tallied", "tally",
                     "register", "inventory", "मोजणी", "मोजले", "गिनती", "गिना", "ginti", "mojni", "मोजल्या"),
    # Used by the writer, in the words a ward uses: "इस्तेमाल किया", "वापरलं", "use केलं".
    "used_it_myself": ("इस्तेमाल किया", "istemal kiya", "istemaal kiya", "इस्तेमाल कर लिया", "istemal kar liya",
                       "वापरलं", "vaparla", "vaparli", "वापरली", "use kiya", "use kela", "use केलं", "use किया",
                       "use kar li", "use kar liya", "shot", "tried"),
    # Sleeping pills by name: "नींद की गोलियां", "झोपेच्या गोळ्या", "sleeping pills".
    "sleeping_pill_named": ("neend ki goli*", "नींद की गोली*", "नींद की गोलियां", "neend ki tablet*",
                            "नींद की टैबलेट*", "sleeping pill*", "sleeping tablet*", "sleep pill*", "zopechi goli",
                            "zopechya golya", "झोपेची गोळी", "झोपेच्या गोळ्या", "zopechi golya"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TAKEN_FROM_STOCK: tuple[Combination, ...] = (
    # A theatre drug used by the writer: "used ketamine from the OT stock", "ketamine घेऊन use केलं".
    Combination(RE, (_g("theatre_drug"), _g("use_strong", "needle_verb", "inject", "took", "used_it_myself")), 5,
                unless=_g("ward_purpose", "third_person"), unless_reach=8),
    # Sleeping pills begun again and taken by the day: "phir shuru kar di, roz do le raha hu".
    Combination(RE, (_g("sleeping_pill_named"), _g("begun_again", "took_up", "again", "again_strict"),
                     _g("routine_use", "per_span")), 10,
                unless=_g("prescribed", "medical", "wrote_it", "chronic_illness")),
)
