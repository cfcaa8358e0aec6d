"""Recovery follow-up in depth (issue 17): what the service does beside the monthly
check-in for someone's recovery, e.g. referrals back to treatment and their linkage
figures. Sits above peer support and below records (docs/architecture.md)."""
