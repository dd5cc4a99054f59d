using Microsoft.EntityFrameworkCore;

namespace Social.Profile.Identity;

/// <summary>OpenIddict's applications, authorizations and tokens, in a SQLite file of their own beside profile.db.</summary>
public sealed class OAuthDbContext(DbContextOptions<OAuthDbContext> options) : DbContext(options);
