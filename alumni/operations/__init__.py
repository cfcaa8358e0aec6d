"""Running the whole: health checks, start-up checks, the demo seed."""
