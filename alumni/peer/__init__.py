"""Peer support: events, attendance, mentors and the texts they send."""
