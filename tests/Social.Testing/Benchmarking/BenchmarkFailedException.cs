namespace Social.Testing.Benchmarking;

/// <summary>A precondition of the run did not hold (a build failed, a service did not start); the message says which and why.</summary>
public sealed class BenchmarkFailedException : Exception
{
    public BenchmarkFailedException()
    {
    }

    public BenchmarkFailedException(string message)
        : base(message)
    {
    }

    public BenchmarkFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
