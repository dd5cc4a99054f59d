using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>Reading a benchmark's command-line values; each throws <see cref="FormatException"/> with a readable message.</summary>
public static class OptionValues
{
    /// <summary>The value after the option at <paramref name="index"/>, which moves past it.</summary>
    public static string After(IReadOnlyList<string> args, ref int index) =>
        ++index < args.Count ? args[index] : throw new FormatException($"'{args[index - 1]}' needs a value.");

    public static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException($"{name} must be a positive whole number, not '{value}'.");

    public static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} must be a whole number of seconds, not '{value}'.");
}
