"""What alumni write back: inbound handling, the spool and its replay, unknown senders, relapse, email answers."""
