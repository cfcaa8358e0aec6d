"""Recovery follow-up in depth: what the service does beside the monthly check-in for
someone's recovery: referrals back to treatment and their linkage figures, sobriety
milestones, the recovery monitor's rounds and each alumnus's trajectory. Sits above peer
support and below records (docs/architecture.md)."""
