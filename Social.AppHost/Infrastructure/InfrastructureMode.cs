namespace Social.AppHost.Infrastructure;

/// <summary>How infrastructure (RabbitMQ) runs: as containers, or as local processes from the OS packages.</summary>
internal enum InfrastructureMode
{
    Container,
    Local,
}
