"""Using again told by a health worker or a pharmacist who took from the stock (round 16:
holdouts 44 and 45), the earnest twin of the work talk that clinic_work.py leaves quiet: a drug
of the theatre or the ward used by the writer ("OT मधून ketamine घेऊन use केलं", "used ketamine
from the OT stock"), a vial put into oneself ("cupboard se ek vial nikal ke khud ko laga li",
"स्वतःला टोचून घेतलं"), several taken for tonight (a dose planned, overdose) or one for later (a
craving). Sleeping pills, which staff can get without a slip, are named here; begun again by
the writer they are read in back_on_it_plainly.py. Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).

The same drug given to a patient or a relative ("OT se ketamine leke patient ko lagaya"), used
for an induction or counted in the stock stays quiet: it names the ward's purpose.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, OD, CR = Category.RELAPSE, Category.OVERDOSE, Category.CRAVING

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
    # The theatre's and the ward's drugs of misuse, by name.
    "ward_drug": ("ketamine", "ketamin", "केटामाइन", "केटामिन", "fentanyl", "fentanil", "फेंटानिल", "midazolam",
                  "मिडाझोलम", "मिडाज़ोलम", "propofol", "प्रोपोफोल", "pentazocine", "fortwin", "फोर्टविन",
                  "buprenorphine", "tidigesic", "nalbuphine", "pethidine", "पेथिडीन"),
    # One vial (the area of harm to others reads "vials", several, as a dose).
    "vial_single": ("vial", "वायल", "व्हायल", "vayal", "shot of it"),
    # Taken out of the stock: "OT मधून", "stock se", "from the ward", "कपाटातून".
    "from_the_stock": ("ot madhun", "ot मधून", "ओटी मधून", "ओटीतून", "ot se", "ओटी से", "ot ke cupboard se",
                       "stock se", "स्टॉक से", "stock madhun", "स्टॉकमधून", "स्टॉक मधून", "ward se", "वार्ड से",
                       "ward madhun", "वॉर्डमधून", "cupboard se", "cupboard madhun", "cupboard मधून",
                       "कपाटातून", "kapatatun", "almari se", "अलमारी से", "from the stock", "from the ward",
                       "from the cupboard", "from the ot", "from the theatre", "from the pharmacy", "pharmacy se",
                       "counter se", "काउंटर से", "counter madhun"),
    # Used, said outright: "use केलं", "used it", "वापरलं" (not "liya", which any chore takes).
    "used_outright": ("use kela", "use keli", "use kel", "use केलं", "use केला", "use केली", "use kiya", "use ki",
                      "use किया", "use की", "used it", "used some", "used them", "used one", "vaparla", "वापरलं",
                      "वापरला", "वापरली", "vaparli", "shot up", "injected"),
    # Picked up from the clinic: "ketamine phir uthayi" (round 55), with "again" only.
    "ts_picked_up": ("uthayi", "उठाई", "uthaya", "उठाया", "utha li", "उठा ली", "utha liya", "उठा लिया", "uchalli",
                     "उचलली", "uchalla", "उचलला"),
    # Given to a patient or for one: not the writer's.
    "patient_given": ("patient ko", "पेशंट को", "patient la", "पेशंटला", "मरीज़ को", "मरीज को", "mareez ko",
                      "रुग्णाला", "to the patient", "for the patient", "patient ke liye", "पेशंटसाठी",
                      "patient sathi", "to a patient", "for a patient"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRUG = _g(*ANY, "injectable", "ward_drug", "vial_single")
_NOT_MINE = _g("patient_given", "relation", "carer")

TAKEN_FROM_STOCK: tuple[Combination, ...] = (
    # A theatre drug used by the writer: "used ketamine from the OT stock", "ketamine घेऊन use केलं".
    Combination(RE, (_g("theatre_drug"), _g("use_strong", "needle_verb", "inject", "took", "used_it_myself")), 5,
                unless=_g("ward_purpose", "third_person"), unless_reach=8),
    # "clinic ki ketamine phir uthayi": picked up again.
    Combination(RE, (_g("theatre_drug", "ward_drug"), _g("again", "again_strict"), _g("ts_picked_up")), 4,
                unless=_g("ward_purpose", "third_person"), unless_reach=8),
    # "ek vial nikal ke khud ko laga li": a vial or a ward drug put into oneself.
    Combination(RE, (_DRUG, _g("inject", "needle_verb"), _g("self")), 8, unless=_NOT_MINE),
    # "OT मधून ketamine घेऊन use केलं": taken from the stock and used.
    Combination(RE, (_g("from_the_stock"), _g("ward_drug", "injectable", "vial_single", *ANY), _g("used_outright", "inject",
                                                                                      "needle_verb")), 8,
                unless=_NOT_MINE),
    # "cupboard se 5 ampoule utha liye, aaj raat lagaunga": several taken for tonight is a dose
    # planned; without an amount, the wish at least.
    Combination(OD, (_g("from_the_stock"), _DRUG, _g("few_count", "count", "quantity", "it_all"),
                     _g("want", "use_future", "inject_future", "tonight")), 14, across=True, unless=_NOT_MINE),
    Combination(CR, (_g("from_the_stock"), _DRUG, _g("want", "use_future", "inject_future", "tonight")), 14,
                across=True, unless=_NOT_MINE),
)
