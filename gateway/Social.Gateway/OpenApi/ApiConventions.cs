using Social.Gateway.RateLimiting;
using Social.Gateway.Routing;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.OpenApi;

/// <summary>The conventions of the public API (shared/api.md), as the description of the merged OpenAPI document.</summary>
internal static class ApiConventions
{
    public const string Title = "Social API";

    // The documented figures are the defaults; a deployment may configure others, and the headers carry the real ones.
    private static readonly GatewayRateLimitOptions DefaultLimits = new();

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
            `payload_too_large` (413), `unsupported_media_type` (415), `rate_limited` (429: see Rate limits),
            `resource_exhausted` (429), `internal` (500) and `service_unavailable` (502 or 503: retry later). Bad input
            never answers 500.

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
            (1 MiB, else 413). Media is never uploaded here: media fields are `https` URLs.

            ## Rate limits
            Every `/api/v1` call, every gRPC call and the OAuth endpoints (`/connect/*`) are limited, in fixed windows
            aligned to the clock; a request must be within every limit that applies to it:

            - per client address: {{Describe(DefaultLimits.PerIp)}} (IPv6 clients per /64 prefix);
            - per user, for calls with a bearer token: {{Describe(DefaultLimits.PerUser)}};
            - password sign-ins (`POST /connect/token` with `grant_type=password`):
              {{Describe(DefaultLimits.SignIn.PerHandleAndIp)}} per handle (case-insensitive) from one client address, and
              {{Describe(DefaultLimits.SignIn.PerIp)}} per client address. A handle's budget is its own at each address, so
              failing on purpose elsewhere never locks its owner out. Refreshing a token is not a sign-in;
            - account creation (`POST /api/v1/accounts`): {{Describe(DefaultLimits.SignUp.PerIp)}} per client address.

            These are the default figures; the headers always carry the ones in force. A request over a limit answers
            **429** with `{ "code": "rate_limited", "message": "..." }` and the headers `Retry-After` (seconds),
            `X-RateLimit-Limit` (the refusing limit's requests per window), `X-RateLimit-Remaining` (`0`) and
            `X-RateLimit-Reset` (seconds until its window resets); a gRPC call gets `RESOURCE_EXHAUSTED` instead. The
            answer to a sign-in over its limit is the same whichever handle it named, so it never tells whether an account
            exists. Every other answer to a limited request carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and
            `X-RateLimit-Reset` of the applicable limit with the fewest requests left, as counted when the request was
            admitted. `/health`, `/alive`, `/openapi/v1.json` and `/docs` are not limited.

            ## Who may see what
            Every read and write of content is checked against the follow graph. Blocked either way, the other user's
            content, likes and lists answer 404 `not_found`, exactly as if they did not exist. A private account's
            content is for its approved followers: anyone else gets 403 `private_account`. An item whose `audience`
            leaves the caller out (`followers`: they do not follow the owner; `mutuals`: not both ways; `onlyMe`)
            answers 404, and a user's content list simply leaves it out.

            ## Users in lists
            Items of the followers, following, follow-request, block, mute and close-friend lists are
            `{ "userId", "handle", "displayName", "avatarUrl", "since" }` (mutes add `expiresAt` when they end), newest
            first. The body of `PUT /api/v1/me/mutes/{userId}` is optional: without one, the mute lasts until unmuted
            (any body this API takes may be left out and means `{}`). Putting a user you block on your close friends
            answers 400 `blocking`. `GET /api/v1/me/relationships` never says whether someone blocks you: they are
            simply not found.

            ## Content and likes
            `POST /api/v1/content` answers **201 Created** with the content view; with an `Idempotency-Key`, a retry
            answers **200** with the same item, and the same key with a different body answers 400
            `idempotency_key_reused`. The content view also carries `commentsEnabled` (default `true`). Only the owner
            deletes an item: someone who may see it gets 403 `permission_denied`, anyone else 404; deleting what is
            already gone succeeds. `PUT` / `DELETE .../like` answer `{ "liked", "likesCount" }` and may be repeated.
            Items of the likers list are `{ "userId", "handle", "displayName", "avatarUrl", "likedAt" }`, newest first,
            leaving out users blocked either way with the caller. A profile's `likesCount` is the number of likes on the user's content; it
            follows each like within moments.

            ## Comments
            `POST /api/v1/content/{contentId}/comments` answers **201** with the comment (`Idempotency-Key` as for
            content). Text is 1 to 2,200 characters, not all blank. Who may comment: whoever may see the item, if its
            `commentsEnabled` is on (else 403 `comments_disabled`) and the owner's `whoCanComment` admits them (else 403
            `comments_restricted`); the owner always may. A reply's `replyTo` is its thread's first comment: replying to
            a reply joins the same thread. `@handle` mentions are resolved when written (and again on an edit): a user
            whose `whoCanMention` admits the author, with no block either way, is linked in `mentions` (`start` and
            `length` in UTF-16 code units, as JavaScript indexes strings) and notified; anyone else stays plain text, and
            nobody is told. Comments by users blocked either way with the caller are left out of every page, so a page
            may hold fewer items than the limit while `nextCursor` goes on. Only the author edits (`PATCH`), and the old
            text goes to `GET .../edits` as `{ "text", "replacedAt" }`, newest first; the author or the content's owner
            deletes, and anyone else who may see it gets 403 `permission_denied`. A deleted comment that still has
            replies stays in its thread as `{ "commentId", "contentId", "replyCount", "createdAt", "deleted": true }`,
            without author or text, and goes once its last reply does. The owner pins one top-level comment, listed
            first on the first page with `pinned: true`; pinning another replaces it. The content view's `commentsCount`
            counts the comments there, replies included.

            ## Tags and caption mentions
            `POST /api/v1/content` takes `tags` (user ids, at most 20; more is 400 on `tags`), and the owner tags later
            with `PUT /api/v1/content/{contentId}/tags/{userId}` (an item carries at most 20 tags; another is 400
            `too_many_tags`). A tag is kept when the tagged user's `whoCanTag` (`everyone` by default, `followers`:
            their followers, `mutuals`, `nobody`) admits the owner and there is no block either way; otherwise nothing is
            written, nobody is told, and the answer is still 200 `{ "tagged": false }` (a refused tag is not an error).
            Someone who may see the item but does not own it gets 403 `permission_denied`. The owner or the tagged user
            removes a tag (`DELETE`, idempotent). The content view lists `tags` as `{ "userId", "handle" }`, oldest
            first, leaving out users blocked either way with the caller, and `mentions` (the caption's, resolved as a
            comment's are). `GET /api/v1/users/{userId}/tagged` lists the items the user is tagged in that the caller
            may see, newest tag first (a page may hold fewer items than the limit while `nextCursor` goes on); being
            tagged grants no access to an item. A block removes the pair's tags both ways; unblocking restores none.

            ## Browser apps
            The gateway answers CORS for the web origins its deployment lists (the AppHost setting
            `Social:AllowedOrigins`, comma-separated; none by default): preflights are answered by the gateway, and every
            answer to a listed origin, errors included, carries `Access-Control-Allow-Origin`. Scripts may read
            `Retry-After`, `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`, `Location` and
            `Idempotency-Key`. Send the token in the `Authorization` header; `/connect/token` and `/connect/revoke` work
            from a listed origin as well.

            ## Conversations and messages
            `POST /api/v1/conversations` with one member answers the pair's one direct conversation: **201** when new,
            **200** when it exists (asking again from either side finds it, and moves it to the caller's inbox if it was
            among their requests). More members make a group of at most 64, the creator included, whose creator is its
            admin; an `Idempotency-Key` makes a retried group creation answer the first group. Listing oneself among
            `memberIds` changes nothing (only oneself: 400). Only groups have a
            `title` (1 to 100 characters). A conversation view carries `kind` (`direct` / `group`), `members`
            (`{ "userId", "handle" }`), `admins`, `createdAt`, `lastActivityAt`, `lastMessage` (absent before the first
            message, or when its sender is blocked either way with the caller), `unreadCount`, `muted`, `folder`
            (`inbox`, `requests` or `declined`), `readUpToSeq` (the caller's read position) and `lastSeq`. The list is
            most recent activity first; a conversation whose activity moves while paging shows on the next first page,
            never twice. A conversation started by someone the recipient's `whoCanMessage` does not admit (as Graph
            answers it) lands in the recipient's requests (`?folder=requests`); `:accept` moves it to the inbox,
            `:decline` takes it out of every list and the sender sees nothing change; only a request can be declined
            (400 `not_a_request`). Blocked either way, the pair's direct conversation answers 404 to both, and neither
            can start one or send; in a group, a blocked member's messages are left out for the blocker (a page may hold
            fewer than the limit). Anyone outside a conversation gets 404. Admins add and remove members and admins
            (`PUT` / `DELETE .../members/{userId}`, `.../admins/{userId}`, idempotent; others get 403
            `permission_denied`); a group keeps an admin (400 `last_admin`), and the last admin to `:leave` hands the
            role to the longest-standing member. A direct conversation cannot be left or managed (400 `not_a_group`).
            Messages: `clientMessageId` (1 to 255 printable ASCII characters) is the sender's own id; sending it again
            answers **200** with the first message, whatever the body. A message has `text` (1 to 2,000 characters), a
            `storyId` or a `contentId` (its view's `text` is then empty); `replyTo` is a message of the same
            conversation (else 400 on `replyTo`).
            `GET .../messages` answers the newest page by default, `?before=seq` pages back, `?after=seq` forward;
            items are in `seq` order and `nextCursor` continues in the same direction. Only the sender edits (`PATCH`,
            the old text to `GET .../edits` as `{ "text", "replacedAt" }`, newest first) and unsends (`DELETE`,
            idempotent); anyone else in the conversation gets 403 `permission_denied`. An unsent message keeps its
            place as `{ "messageId", "conversationId", "seq", "senderId", "createdAt", "deleted": true }`, its
            history and reactions gone. `PUT` / `DELETE .../reactions/{emoji}` (one emoji, URL-encoded) answer the
            message with its `reactions`. `POST ...:read` with `{ "upToSeq" }` (a seq of the conversation) answers
            `{ "conversationId", "readUpToSeq", "unreadCount" }`; the position only moves forward, and the others
            get a receipt unless the reader's `readReceipts` is off. `PUT` / `DELETE .../mute` answer `{ "muted" }`.

            ## Live stream
            `GET /api/v1/stream` (`Accept: text/event-stream`) is the signed-in user's live stream as Server-Sent Events.
            Every stored event carries `id:` (the user's stream position: 1, 2, 3, … with no gaps), `event:` (its type)
            and `data:` (JSON):

            - `message`, `message_edited`: the message view as `GET .../messages` shows it now (an unsent one as
              `deleted: true`, without text);
            - `message_deleted`: `{ "conversationId", "messageId", "seq" }`;
            - `reaction`: `{ "conversationId", "messageId", "userId", "emoji", "added" }` (`added: false` when taken back);
            - `read`: `{ "conversationId", "userId", "upToSeq" }`: a receipt (never from a reader whose `readReceipts` is
              off; their own devices still get it);
            - `conversation`: `{ "conversationId", "change", "userId" }`, `change` being `created`, `member_added`,
              `member_removed`, `admin_added`, `admin_removed`, or, to my own devices only, `accepted` / `declined`;
            - `typing`: `{ "conversationId", "userId", "expiresAt" }`, **without** `id:`: live only, never replayed; show it
              until `expiresAt` (5 seconds after the typist's last `POST .../{conversationId}:typing`, which answers
              `{ "conversationId", "expiresAt" }`);
            - `reset`: `{ "reason", "position" }` (`reason`: `expired` or `unknown_position`): the position asked for is
              older than what is kept ({{RetentionDays}} days) or was never given. Refetch conversations and messages,
              then go on: the stream continues after `position`, which this event carries as its `id:`.

            Reconnect with the header `Last-Event-ID` (what an EventSource sends by itself) or `?after=` set to the last
            `id:` received: everything after it is delivered exactly once, in order, then live events follow with no gap
            and no repeat. Without either, the stream starts from the oldest event kept. A member receives what happens
            in conversations they see: not after they leave or are removed (their last event says `member_removed`),
            not in a request they declined, and in a group not the messages, reactions, receipts or typing of someone
            blocked either way. An idle stream sends a comment line (`: heartbeat`) every 15 seconds; the gateway keeps
            it open for as long as the client stays (it ends one silent for 2 minutes). Each user may hold
            {{DefaultLimits.OpenStreamsPerUser}} streams open at once (streams opened with a ticket:
            {{DefaultLimits.OpenStreamsPerIp}} per client address); one more answers 429 `rate_limited` with `Retry-After`.
            Opening a stream counts once against the request limits, however long it stays open. A bad position answers
            400 `invalid_argument`.

            A browser's `EventSource` cannot send an `Authorization` header, and tokens never go in URLs: `POST
            /api/v1/stream/tickets` answers `{ "ticket", "expiresIn" }`, a single-use ticket valid for 60 seconds, and
            `GET /api/v1/stream?ticket=…` opens the ticket owner's stream without a token. A ticket that is unknown, used,
            expired, or sent with another user's token answers 401 `unauthenticated`. Internal callers get the same events
            and positions as the gRPC server stream `MessagingService/Stream` (internal scope).

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

    /// <summary>The default retention of stream events (Messaging:Stream:Retention).</summary>
    private const int RetentionDays = 7;

    private static string Describe(WindowLimit limit) =>
        limit.Window == TimeSpan.FromMinutes(1) ? $"{limit.PermitLimit} requests a minute"
        : limit.Window == TimeSpan.FromHours(1) ? $"{limit.PermitLimit} requests an hour"
        : $"{limit.PermitLimit} requests per {limit.Window}";
}
