"""The HTTP side: FastAPI app, routes, and the queue/cache access they need. Never imports Stanza."""
