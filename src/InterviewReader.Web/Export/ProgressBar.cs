namespace InterviewReader.Web.Export;

/// <summary>
/// A one-line progress bar redrawn in place (carriage return), for a terminal only: when output
/// goes to a file or a pipe it draws nothing, so logs hold no control characters.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool enabled, int total)
{
    private const int Width = 30;
    private int _drawnPercent = -1;

    /// <summary>Draws the bar for <paramref name="done"/> of the total, when the whole percent changed.</summary>
    public void Report(int done)
    {
        if (!enabled || total <= 0)
        {
            return;
        }

        var percent = (int)(100L * Math.Clamp(done, 0, total) / total);
        if (percent == _drawnPercent)
        {
            return;
        }

        _drawnPercent = percent;
        var filled = Width * percent / 100;
        output.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {percent,3}% {done}/{total} files");
        output.Flush();
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (enabled && _drawnPercent >= 0)
        {
            output.WriteLine();
        }
    }
}
