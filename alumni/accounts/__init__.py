"""Staff accounts, API tokens, the sign-in throttle and staff sessions."""
