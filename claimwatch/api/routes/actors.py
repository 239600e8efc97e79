"""/api/actors: the sources behind the statements, each with everything it said."""
from __future__ import annotations

from fastapi import APIRouter, Path

from ..schemas import ActorDetailOut, ActorOut, PageOut
from .common import ERRORS, NOT_FOUND, PagingDep, ServiceDep, Text

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=PageOut[ActorOut], responses=ERRORS)
def list_actors(service: ServiceDep, paging: PagingDep, name: Text = None):
    """Actors, most statements first; `name` matches any part of any of their names."""
    actors = service.actors(name=name)
    start = (paging.page - 1) * paging.size
    return PageOut[ActorOut](items=[ActorOut.from_record(a) for a in actors[start:start + paging.size]],
                             page=paging.page, size=paging.size, has_next=len(actors) > start + paging.size)


@router.get("/actors/{actor_id}", response_model=ActorDetailOut, responses={**ERRORS, **NOT_FOUND})
def get_actor(service: ServiceDep, actor_id: str = Path(max_length=300)):
    """One actor and each of its statements, by date, with the claim it belongs to."""
    actor, said = service.actor(actor_id)
    return ActorDetailOut.from_pairs(actor, said)
