"""Outbound messaging: the dispatcher, rendering, and the transports."""
