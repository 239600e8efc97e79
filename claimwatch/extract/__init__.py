"""Reading one document: statements, quantities, times and entities."""
from .pipeline import extract, extract_documents

# Bump when extraction output changes, so `claimwatch reextract` re-reads stored documents.
EXTRACTION_VERSION = 1

__all__ = ["EXTRACTION_VERSION", "extract", "extract_documents"]
