"""The staff's follow-up work: cases, the queue and its counts, sweeps, alerts, on-call, figures."""
