"""/api/documents: list and filter stored articles, read one with its spans, add new ones."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Header, HTTPException, Path

from ..schemas import DocumentIn, DocumentOut, DocumentSummaryOut, ErrorOut, IngestBatchOut, IngestOut, PageOut
from ..service import new_source_id
from .common import ERRORS, NOT_FOUND, DatesDep, PagingDep, PolicyDep, ServiceDep, Text

router = APIRouter(tags=["documents"])
MAX_BATCH = 200
MAX_ID = 2**63 - 1  # larger ids cannot be stored, so they are refused as bad input


@router.get("/documents", response_model=PageOut[DocumentSummaryOut], responses=ERRORS)
def list_documents(service: ServiceDep, paging: PagingDep, dates: DatesDep, outlet: Text = None):
    """Stored documents, newest first; `outlet` matches any part of the name."""
    found = service.documents(outlet=outlet, since=dates.since, until=dates.until,
                              page=paging.page, size=paging.size)
    return PageOut[DocumentSummaryOut](items=[DocumentSummaryOut.from_record(d) for d in found.items],
                                       page=found.page, size=found.size, has_next=found.has_next)


@router.get("/documents/{document_id}", response_model=DocumentOut, responses={**ERRORS, **NOT_FOUND})
def get_document(document_id: Annotated[int, Path(ge=1, le=MAX_ID)], service: ServiceDep):
    """One document: its text, and the statements, quantities and times read from it, with spans."""
    return DocumentOut.from_record(service.document(document_id))


@router.post("/documents", response_model=IngestBatchOut, status_code=201, responses={
    **ERRORS, 401: {"model": ErrorOut, "description": "A token is needed"},
    403: {"model": ErrorOut, "description": "Wrong token, or writing is disabled"},
    413: {"model": ErrorOut, "description": "Body over the size limit"}})
def add_documents(
    service: ServiceDep, policy: PolicyDep,
    body: Annotated[DocumentIn | list[DocumentIn], Body(description="One document, or a list of them.")],
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
    host: Annotated[str | None, Header(include_in_schema=False)] = None,
):
    """Read and store one document or a batch (FORMAT.md input: id, text, published, url, outlet, title).

    Needs `Authorization: Bearer TOKEN` when the server has a token. A text already
    stored is not stored again: its item says `duplicate` and names the stored id.
    """
    policy.check_bearer(authorization, host=host or "")
    items = body if isinstance(body, list) else [body]
    if not items:
        raise HTTPException(400, "the list of documents is empty")
    if len(items) > MAX_BATCH:
        raise HTTPException(400, f"at most {MAX_BATCH} documents per request; got {len(items)}")
    documents = [item.to_document(new_source_id(item.text)) for item in items]
    done = [IngestOut.from_record(i) for i in service.ingest(documents)]
    return IngestBatchOut(stored=sum(i.status != "duplicate" for i in done),
                          duplicates=sum(i.status == "duplicate" for i in done), items=done)
