using System.Diagnostics;
using System.Globalization;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// The CPU time the calling thread has used. A "runs in linear time" bound checked on it holds on a
/// busy machine, where wall-clock time grows with everything else running (other test classes, other
/// test hosts, builds); a quadratic algorithm still exceeds it by far.
/// </summary>
internal static class ThreadCpuTime
{
    private const string Stat = "/proc/thread-self/stat";

    // USER_HZ: the unit of utime and stime in /proc on Linux, 100 on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private static readonly Stopwatch WallClock = Stopwatch.StartNew();

    /// <summary>The calling thread's user + system CPU time so far (wall-clock time where /proc is missing).</summary>
    public static TimeSpan Now()
    {
        if (!File.Exists(Stat))
        {
            return WallClock.Elapsed;
        }

        // "tid (comm) state ppid ...": comm may hold spaces, so count fields after its ')'; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText(Stat);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Runs <paramref name="work"/> on the calling thread and returns its result and the CPU time it took.</summary>
    public static (T Result, TimeSpan Cpu) Measure<T>(Func<T> work)
    {
        var before = Now();
        var result = work();
        return (result, Now() - before);
    }
}
