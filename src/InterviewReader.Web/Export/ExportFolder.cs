using System.Runtime.InteropServices;

namespace InterviewReader.Web.Export;

/// <summary>
/// A folder that appears whole or not at all. Files are written to a hidden staging folder beside
/// the target (same file system, so the last step is a rename); <see cref="Commit"/> renames it
/// into place. A target that already exists is swapped with the staging folder in one step on
/// Linux (<c>renameat2(RENAME_EXCHANGE)</c>), so readers see the old site or the new one, never
/// neither; elsewhere, or on a file system without that call, the old folder is renamed aside
/// first, leaving a moment without the folder. Disposing without committing deletes the staging folder.
/// </summary>
public sealed class ExportFolder : IDisposable
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private bool _committed;

    /// <summary>Creates the staging folder beside <paramref name="target"/>.</summary>
    public ExportFolder(string target)
    {
        Target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException($"{target} has no parent folder to stage the export in.", nameof(target));
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(Target)}.export-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The folder the export ends up in.</summary>
    public string Target { get; }

    /// <summary>The staging folder files are written to until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>Writes a file at a relative path ('/' separators) in the staging folder.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.GetFullPath(Path.Combine(Staging, relativePath));
        if (!path.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The export would write outside its folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(bytes);
    }

    /// <summary>Puts the staging folder in place of the target, replacing what was there.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target) && !File.Exists(Target))
        {
            Directory.Move(Staging, Target);
            _committed = true;
            return;
        }

        if (!Directory.Exists(Target))
        {
            throw new IOException($"{Target} is a file, not a folder: the export replaces a folder only.");
        }

        if (OperatingSystem.IsLinux() && Exchange(Staging, Target))
        {
            // The old site is now in the staging folder's place.
            _committed = true;
            Directory.Delete(Staging, recursive: true);
            return;
        }

        var aside = Staging + ".old";
        Directory.Move(Target, aside);
        Directory.Move(Staging, Target);
        _committed = true;
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private static bool Exchange(string a, string b)
    {
        try
        {
            return Renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
