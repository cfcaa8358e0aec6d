"""Outbound messaging: the dispatcher, the sender, reconciling, delivery status, the rate
limit, the circuit breaker and the transports."""
