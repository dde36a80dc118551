"""The knowledge base of actors, places and dated roles (data files, not code).

Package data lives in kb/data/*.yaml; a user's directory (--kb DIR or
$DIPLOWATCH_KB) is merged on top by id (see kb.load).
"""

from diplowatch.kb.base import KB
from diplowatch.kb.load import check_dirs, content_fingerprint, default_kb, kb_from_dicts, load_kb, user_dirs
from diplowatch.kb.schema import Entry, Problem, RoleDef, RoleSpell

__all__ = [
    "KB",
    "Entry",
    "Problem",
    "RoleDef",
    "RoleSpell",
    "check_dirs",
    "content_fingerprint",
    "default_kb",
    "kb_from_dicts",
    "load_kb",
    "user_dirs",
]
