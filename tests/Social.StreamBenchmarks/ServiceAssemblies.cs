namespace Social.StreamBenchmarks;

/// <summary>The built entry assemblies of the services the run starts.</summary>
internal sealed record ServiceAssemblies(string Profile, string Graph, string Messaging, string Gateway);
