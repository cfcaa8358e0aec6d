"""Transports send one message on one channel. See base.py for the interface."""
