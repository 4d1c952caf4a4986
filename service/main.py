"""ASGI entry point for a deployed API (`uvicorn service.main:app`), configured from the environment."""

from service.app import create_app

app = create_app()
