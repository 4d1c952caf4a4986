# Liqaa: API or worker (the same image; the command picks). The model pack is part of the image.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# the CPU build of torch, pinned, before anything that depends on it
RUN pip install --index-url https://download.pytorch.org/whl/cpu "torch==2.13.0"
COPY pyproject.toml README.md ./
COPY liqaa liqaa
COPY schemas schemas
COPY service service
COPY workers workers
COPY training training
COPY models models
COPY samples samples
RUN pip install . && useradd --create-home --uid 10001 liqaa
USER liqaa

ENV LIQAA_MODELS_DIR=/app/models
EXPOSE 8000
# API by default; the compose file runs `python -m workers.worker` from the same image
CMD ["uvicorn", "service.main:app", "--host", "0.0.0.0", "--port", "8000"]
