"""What every part writes about an alumnus: the audit trail, consent, follow-up cases, the
timeline; and which database errors mean "unavailable, try again"."""
