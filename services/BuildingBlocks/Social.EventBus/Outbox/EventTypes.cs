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
        ?? throw new UnpublishableMessageException($"Unknown integration event type '{name}'.");

    /// <summary>The event an outbox message carries; <see cref="UnpublishableMessageException"/> when it cannot be read.</summary>
    public static object Deserialize(OutboxMessage message)
    {
        var type = Resolve(message.MessageType);
        try
        {
            return JsonSerializer.Deserialize(message.Body, type, JsonSerializerOptions.Web)
                ?? throw new UnpublishableMessageException($"Outbox message {message.MessageId} has an empty body.");
        }
        catch (JsonException exception)
        {
            // The exception names the JSON path, not the values: no content leaks into logs or the dead letters.
            throw new UnpublishableMessageException($"Outbox message {message.MessageId} is not a valid {type.Name}.", exception);
        }
    }
}
