using System.Diagnostics.CodeAnalysis;

namespace Social.Gateway;

/// <summary>
/// Names the gateway's assembly for hosts that start it in-process (<c>WebApplicationFactory&lt;GatewayEntryPoint&gt;</c>),
/// where <c>Program</c> would be ambiguous among several applications.
/// </summary>
[SuppressMessage("Performance", "CA1515:Consider making public types internal", Justification = "Referenced from other assemblies by design.")]
public sealed class GatewayEntryPoint;
