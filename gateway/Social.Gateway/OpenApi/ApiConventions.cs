using Social.Gateway.Routing;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.OpenApi;

/// <summary>The conventions of the public API (shared/api.md), as the description of the merged OpenAPI document.</summary>
internal static class ApiConventions
{
    public const string Title = "Social API";

    public static string Description(IEnumerable<string> unavailableServices)
    {
        var missing = unavailableServices.ToList();
        var grpcServices = string.Join(", ", RouteTable.Services.SelectMany(s => s.GrpcServices).Select(name => $"`{name}`"));
        var description = $$"""
            Social's public HTTP API. Everything is served by this gateway; JSON bodies use lowerCamelCase and ids are strings.

            ## Authentication
            Send `Authorization: Bearer <access token>` on every `/api/v1` call except account creation
            (`POST /api/v1/accounts`). Tokens come from the OAuth 2.0 token endpoint `POST /connect/token`
            (form-encoded `grant_type=password` or `grant_type=refresh_token`, `client_id=social-app`; ask for
            `scope=offline_access` to receive a refresh token); `POST /connect/revoke` signs out. A missing, expired or
            invalid token answers 401. Acting on what you do not own answers 403, or 404 where existence is private.

            ## Errors
            Every error is a JSON body (`application/json`):

            ```json
            { "code": "invalid_argument", "message": "The request has invalid fields.",
              "errors": [ { "field": "handle", "message": "Handles are 3 to 30 characters." } ] }
            ```

            `code` is stable and machine-readable, `message` is for people, and `errors` (per-field violations)
            appears only for invalid input. Codes include `invalid_argument` (400), `failed_precondition` (400),
            `unauthenticated` (401), `permission_denied` (403), `not_found` (404), `route_not_found` (404: no such
            API path), `method_not_allowed` (405), `already_exists` and `handle_taken` (409),
            `payload_too_large` (413), `unsupported_media_type` (415), `resource_exhausted` (429), `internal` (500)
            and `service_unavailable` (502 or 503: retry later). Bad input never answers 500.

            ## Lists
            Lists take `?limit=` (default 20, at most 100) and `?cursor=`, and answer
            `{ "items": [...], "nextCursor": "..." }`; `nextCursor` is absent on the last page. Pages stay stable while
            new items arrive.

            ## Creating and idempotency
            `POST /api/v1/accounts` answers **201 Created** with `{ "userId", "handle" }` (409 `handle_taken` if the
            handle is in use). Creating requests accept an `Idempotency-Key` header: a retry with the same key returns
            the first result. Follow, like, block, mute and reactions are idempotent by nature (`PUT` / `DELETE`).

            ## Limits
            Request bodies are JSON (`Content-Type: application/json`, else 415) of at most {{GrpcApiExtensions.MaxRequestBytes}} bytes
            (1 MiB, else 413). Media is never uploaded here: media fields are `https` URLs. Rate limits answer 429 with
            `Retry-After` and `X-RateLimit-Limit` / `X-RateLimit-Remaining` / `X-RateLimit-Reset`.

            ## Custom verbs
            Actions that are not plain CRUD use the `resource:verb` form, e.g.
            `POST /api/v1/me/follow-requests/{userId}:accept`.

            ## gRPC
            The same contracts are served over gRPC (HTTP/2 without TLS, by prior knowledge) on the gateway's `grpc`
            endpoint (port 5081 by default): {{grpcServices}}.
            """;

        return missing.Count == 0
            ? description
            : $"{description}\n\n> **Incomplete:** these services did not answer and their paths are missing for now: {string.Join(", ", missing)}.";
    }
}
