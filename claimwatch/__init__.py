"""claimwatch: a sourced, time-aware ledger of who claimed what, when, and with which numbers."""
from .errors import ClaimwatchError, InputError
from .extract import extract, extract_documents
from .models import Document, Entity, Extraction, Quantity, Statement, TimeExpr

__version__ = "0.1.0"

__all__ = [
    "ClaimwatchError", "Document", "Entity", "Extraction", "InputError", "Quantity",
    "Statement", "TimeExpr", "__version__", "extract", "extract_documents",
]
