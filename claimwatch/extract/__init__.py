"""Reading one document: statements, quantities, times and entities."""
from .pipeline import extract, extract_documents

__all__ = ["extract", "extract_documents"]
