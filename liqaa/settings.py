"""Configuration from environment variables (see README, "Configuration")."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LIQAA_", populate_by_name=True, extra="ignore")

    redis_url: str | None = Field(None, validation_alias="REDIS_URL",
                                  description="unset: `liqaa up` starts an embedded Redis")
    api_keys: str = Field("", description="comma-separated bearer keys; empty leaves /v1 open")
    max_text_chars: int = Field(100_000, gt=0)
    result_ttl_s: int = Field(7 * 24 * 3600, gt=0)
    job_timeout_s: int = Field(300, gt=0)
    job_retries: int = Field(2, ge=0)
    queue_name: str = "liqaa"
    models_dir: Path = REPO_ROOT / "models"
    stanza_dir: Path | None = Field(None, description="a directory of official Stanza Arabic models to use instead")
    maintenance_interval_s: int = Field(60, gt=0, description="how often workers requeue jobs of dead workers")
    worker_ttl_s: int = Field(60, ge=20, description="a worker silent this long counts as dead")
    torch_threads: int = Field(1, gt=0, description="torch threads per worker process")
    lemma_vote: bool = Field(True, description="the pack's lemmatizers vote on the lemmas (PUD lemma F1 86.23 against "
                             "85.64 alone, and about +130 ms per article); false: the main lemmatizer alone")
    batch_size: int = Field(8, ge=1, le=64, description="queued articles a worker analyses together; 1: one at a time")

    @property
    def keys(self) -> list[str]:
        return [k.strip() for k in self.api_keys.split(",") if k.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
