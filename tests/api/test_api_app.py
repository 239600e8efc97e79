"""The application as a whole: OpenAPI, offline docs, error shape, security headers."""
from __future__ import annotations


def test_openapi_lists_every_resource(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{document_id}", "/api/statements", "/api/quantities",
                 "/api/actors", "/api/actors/{actor_id}", "/api/claims", "/api/claims/{claim_id}", "/api/search"):
        assert path in paths
    assert "post" in paths["/api/documents"]


def test_docs_are_served_from_local_files(client):
    page = client.get("/docs").text
    assert "/docs-static/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200


def test_unknown_api_path_and_method_are_json_errors(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json()["error"]["message"] == "no such page: /api/nothing"
    response = client.delete("/api/documents")
    assert response.status_code == 405 and "DELETE" in response.json()["error"]["message"]


def test_responses_carry_security_headers(client):
    headers = client.get("/").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in headers["content-security-policy"]
    assert client.get("/api/claims").headers["x-frame-options"] == "DENY"
