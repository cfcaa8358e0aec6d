"""Imports every webhook module so its routes attach to the blueprint."""
