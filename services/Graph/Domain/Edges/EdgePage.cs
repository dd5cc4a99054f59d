namespace Social.Graph.Domain.Edges;

/// <summary>A page of a list; <see cref="Next"/> is the edge id after which the next page starts, null on the last.</summary>
public sealed record EdgePage(IReadOnlyList<Edge> Items, Guid? Next);
