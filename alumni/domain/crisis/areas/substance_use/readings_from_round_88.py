"""The drink, drugs and cravings area's rules from the reading of rounds 88-89 onwards, in the order they
are tried after the earlier rounds' (rules.py): one line per reading, the newest last."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.adhiya_again_and_the_hatbhatti import ADHIYA_AGAIN_AND_THE_HATBHATTI
from alumni.domain.crisis.areas.substance_use.couldnt_say_no_and_the_royal_stag import COULDNT_SAY_NO_AND_THE_ROYAL_STAG
from alumni.domain.crisis.areas.substance_use.days_running_and_the_open_number import DAYS_RUNNING_AND_THE_OPEN_NUMBER
from alumni.domain.crisis.areas.substance_use.desi_again_and_the_mind_on_it import DESI_AGAIN_AND_THE_MIND_ON_IT
from alumni.domain.crisis.areas.substance_use.drunk_past_remembering import DRUNK_PAST_REMEMBERING
from alumni.domain.crisis.areas.substance_use.fortwin_and_the_bhang import FORTWIN_AND_THE_BHANG
from alumni.domain.crisis.areas.substance_use.free_daru_at_the_baraat import FREE_DARU_AT_THE_BARAAT
from alumni.domain.crisis.areas.substance_use.gift_bottle_and_the_pay_day_adda import GIFT_BOTTLE_AND_THE_PAY_DAY_ADDA
from alumni.domain.crisis.areas.substance_use.large_pegs_and_the_nitra import LARGE_PEGS_AND_THE_NITRA
from alumni.domain.crisis.areas.substance_use.lottery_bonus_and_the_clinic_nitrous import (
    LOTTERY_BONUS_AND_THE_CLINIC_NITROUS,
)
from alumni.domain.crisis.areas.substance_use.money_in_and_the_permit_room import MONEY_IN_AND_THE_PERMIT_ROOM
from alumni.domain.crisis.areas.substance_use.mug_after_mug_and_the_nitrous import MUG_AFTER_MUG_AND_THE_NITROUS
from alumni.domain.crisis.areas.substance_use.not_gone_in_yet_and_the_navtak import NOT_GONE_IN_YET_AND_THE_NAVTAK
from alumni.domain.crisis.areas.substance_use.pouch_and_the_pola import POUCH_AND_THE_POLA
from alumni.domain.crisis.areas.substance_use.pub_cocktails_and_the_pain_pills import PUB_COCKTAILS_AND_THE_PAIN_PILLS
from alumni.domain.crisis.areas.substance_use.pull_at_the_door_and_the_old_number import (
    PULL_AT_THE_DOOR_AND_THE_OLD_NUMBER,
)
from alumni.domain.crisis.areas.substance_use.quarter_after_quarter_and_the_sample_glass import (
    QUARTER_AFTER_QUARTER_AND_THE_SAMPLE_GLASS,
)
from alumni.domain.crisis.areas.substance_use.quarters_after_the_match_and_the_neon_board import (
    QUARTERS_AFTER_THE_MATCH_AND_THE_NEON_BOARD,
)
from alumni.domain.crisis.areas.substance_use.syrup_again_and_the_betting_app import (
    SYRUP_AGAIN_AND_THE_BETTING_APP,
)
from alumni.domain.crisis.areas.substance_use.tight_after_the_show_and_the_quarter import (
    TIGHT_AFTER_THE_SHOW_AND_THE_QUARTER,
)
from alumni.domain.crisis.combination import Combination

READINGS_FROM_ROUND_88: tuple[Combination, ...] = (
    # Rounds 88-89's reading: everyone tight after the show and the writer too, the quarter downed, the
    # drink that could not be refused, the counter reset.
    TIGHT_AFTER_THE_SHOW_AND_THE_QUARTER
    # Rounds 92-93's reading: one said and four had, "me too", the theatre's nitrous again.
    + MUG_AFTER_MUG_AND_THE_NITROUS
    # Rounds 94-95's reading: days running at the bhatti, the pay gone to the bar, the open number played again.
    + DAYS_RUNNING_AND_THE_OPEN_NUMBER
    # The thirty-fourth session's cravings: the door not gone in, the pull, the old number not blocked.
    + PULL_AT_THE_DOOR_AND_THE_OLD_NUMBER
    # Rounds 98-99's reading: the gift bottle finished alone, the pay taken straight to the adda, the new bar
    # opposite the gate.
    + GIFT_BOTTLE_AND_THE_PAY_DAY_ADDA
    # Rounds 100-101's reading: free daru at the baraat, kachchi at the bhatti, "just one" that became four; the
    # old dealer met again.
    + FREE_DARU_AT_THE_BARAAT
    # Rounds 102-103's reading: cocktails at the pub, 'I too had 2 large'; the clinic's pain pills that tempt.
    + PUB_COCKTAILS_AND_THE_PAIN_PILLS
    # Rounds 104-105's reading: the lottery again, the bonus into the permit room, the clinic's nitrous.
    + LOTTERY_BONUS_AND_THE_CLINIC_NITROUS
    # Rounds 106-107's reading: quarters after the match, "not clean any more", the pay gone in the bar, rummy
    # again; cravings at the bar's door and its neon board, "how long can I say no".
    + QUARTERS_AFTER_THE_MATCH_AND_THE_NEON_BOARD
    # Rounds 108-109's reading: the cough syrup again, the lottery and the rummy app, the half bottle; the
    # betting app and the old group's message for MD.
    + SYRUP_AGAIN_AND_THE_BETTING_APP
    # Rounds 110-111's reading: quarter after quarter, "one won't matter" that became five, the sample glass; the
    # calls for someone to ring, the feet pulled towards the bar.
    + QUARTER_AFTER_QUARTER_AND_THE_SAMPLE_GLASS
    # Rounds 112-113's reading: the den every evening, the half bottle finished or started again, straight to the
    # hatbhatti; everyone drinking "and my mind too", the urge spelt "tallaf", the mind that won't stop.
    + ADHIYA_AGAIN_AND_THE_HATBHATTI
    # Rounds 116-117's reading: "took some too, I won't lie", desi every evening, "didn't stop at one"; the mind
    # still on the bottle, "this close", "someone talk me home".
    + DESI_AGAIN_AND_THE_MIND_ON_IT
    # Rounds 118-119: before the bar "and not gone in yet", barely holding back, scared of myself, the mind over
    # there, the navtak in the head; beer, vodka, "everything happened", sorry.
    + NOT_GONE_IN_YET_AND_THE_NAVTAK
    # Rounds 120-121: "they offered and I couldn't say no", daru again after months, the Royal Stag, the
    # owner's whisky on the sly, the Nitra tablets started again for the high.
    + COULDNT_SAY_NO_AND_THE_ROYAL_STAG
    # Rounds 122-123: the money in "and all of it went to the bar", the permit room that night, two days nonstop.
    + MONEY_IN_AND_THE_PERMIT_ROOM
    # Rounds 124-125: the Fortwin ampoule on oneself, "a 90 with the driver", bhang tablets, N10 without a
    # prescription, "really I was in the bar", "took a glass too, then I don't remember".
    + FORTWIN_AND_THE_BHANG
    # An older set's relapse missed by both readers: drunk till nothing is remembered.
    + DRUNK_PAST_REMEMBERING
    # Rounds 126-127: the liquor pouch "one every day again", "a mistake happened, I drank at Pola", "couldn't say
    # no, two glasses", two quarters on pay day, Alprax "for fun", toddy "yesterday and today also".
    + POUCH_AND_THE_POLA
    # Rounds 128-129: brown sugar "taken again", nitrazepam without a prescription, opium "on for two days", "two
    # large taken, control went", cough syrups drunk, "अमल ले लिया फिर से".
    + LARGE_PEGS_AND_THE_NITRA
)
