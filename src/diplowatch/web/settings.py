"""What the running app knows: the dossier, the write token, the knowledge base, the templates."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from diplowatch.kb.base import KB
from diplowatch.web.dossier import Dossier

TEMPLATES = str(files("diplowatch.web") / "templates")
STATIC = str(files("diplowatch.web") / "static")


@dataclass(frozen=True, slots=True)
class Settings:
    dossier: Dossier
    token: str | None  # None: nothing may be written
    kb: KB | None
    templates: Jinja2Templates


def templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (article text is untrusted input)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)
