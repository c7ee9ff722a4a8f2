using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Files that are not regular files, and a check for whether permissions can stop this process.</summary>
internal static class SpecialFiles
{
    /// <summary>
    /// True when this process can read a file it has no permission to read (root, or
    /// CAP_DAC_OVERRIDE), or when files have no Unix modes (Windows).
    /// </summary>
    public static bool PermissionsAreIgnored { get; } = ReadsModeZeroFiles();

    /// <summary>Makes a named pipe (FIFO): opening it to read blocks until something opens it to write.</summary>
    public static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.True(MkFifo(path, Convert.ToUInt32("644", 8)) == 0, $"mkfifo failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Makes a Unix domain socket file, there until the returned socket is disposed.</summary>
    public static Socket MakeSocket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    private static bool ReadsModeZeroFiles()
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var probe = Path.GetTempFileName();
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            using var stream = File.OpenRead(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.Delete(probe);
        }
    }
}

/// <summary>A fact that is skipped, with the reason shown, when permissions cannot stop this process from reading.</summary>
internal sealed class PermissionsEnforcedFactAttribute : FactAttribute
{
    public PermissionsEnforcedFactAttribute()
    {
        if (SpecialFiles.PermissionsAreIgnored)
        {
            Skip = "this process reads mode-000 files (it runs as root): the unreadable-file path is covered by the vanished-file and link-loop tests instead";
        }
    }
}
