namespace Social.Storage.FanOuts;

/// <summary>
/// Unbounded work carried out in bounded batches, each its own transaction, with its progress stored beside the change
/// that caused it: a crash or a second instance resumes from what is left.
/// </summary>
public interface IFanOutWork
{
    /// <summary>Runs one batch of pending work; false when nothing was pending.</summary>
    Task<bool> RunBatchAsync(CancellationToken cancellationToken);
}
