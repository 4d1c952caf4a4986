"""Benchmarks: what each article costs and what the service holds (python bench/run.py --json)."""
