"""Alumni records: enrolment, CSV import, search, export and erasure."""
