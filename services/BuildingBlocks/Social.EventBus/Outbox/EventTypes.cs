using System.Text.Json;
using Social.Contracts.Events;

namespace Social.EventBus.Outbox;

/// <summary>Maps stored event type names back to the contract types. Only types from the contracts are publishable.</summary>
public static class EventTypes
{
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(AccountCreated).Assembly;

    public static string NameOf(Type type) =>
        type.Assembly == ContractsAssembly && type.FullName is { } name
            ? name
            : throw new ArgumentException($"{type} is not an integration event of the contracts.", nameof(type));

    public static Type Resolve(string name) =>
        ContractsAssembly.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"Unknown integration event type '{name}'.");

    public static object Deserialize(OutboxMessage message) =>
        JsonSerializer.Deserialize(message.Body, Resolve(message.MessageType), JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty body.");
}
