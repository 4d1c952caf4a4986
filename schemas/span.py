from pydantic import BaseModel, ConfigDict, Field, model_validator


class Span(BaseModel):
    """Words of the submitted text: `text == submitted_text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self
