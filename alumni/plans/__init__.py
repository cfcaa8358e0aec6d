"""Follow-up plans, their check-ins, message templates and how a template renders for an alumnus."""
