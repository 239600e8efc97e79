"""claimwatch: a sourced, time-aware ledger of who claimed what, when, and with which numbers."""
from .consolidate import Picture, build_picture
from .errors import ClaimwatchError, InputError
from .extract import extract, extract_documents
from .pipeline import IngestReport, ingest
from .models import Document, Entity, Extraction, Quantity, Statement, TimeExpr
from .store import AddResult, Store

__version__ = "0.1.0"

__all__ = [
    "AddResult", "ClaimwatchError", "Document", "Entity", "Extraction", "IngestReport", "InputError",
    "Picture", "Quantity", "Statement", "Store", "TimeExpr", "__version__", "build_picture", "extract", "extract_documents",
    "ingest",
]
