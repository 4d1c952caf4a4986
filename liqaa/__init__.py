"""Liqaa's shared core: configuration, the Redis store and the command line."""

PIPELINE_VERSION = "0.1.0"
