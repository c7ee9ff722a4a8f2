using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// The colours of a screenshot, pixel by pixel, for tests of what is painted (a highlight, a bullet)
/// that the DOM cannot tell. Reads the 8-bit RGB or RGBA, non-interlaced PNG that Chromium writes.
/// </summary>
internal sealed class Pixels
{
    private readonly byte[] _rgb;

    private Pixels(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The viewport as painted now (device scale 1: one pixel per CSS px), also saved to <paramref name="file"/> when given.</summary>
    public static async Task<Pixels> OfViewportAsync(IPage page, string? file = null) =>
        Decode(await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Path = file }));

    /// <summary>The colour at (x, y), in CSS px from the viewport's top left.</summary>
    public (int R, int G, int B) At(double x, double y)
    {
        var (px, py) = ((int)Math.Clamp(x, 0, Width - 1), (int)Math.Clamp(y, 0, Height - 1));
        var i = ((py * Width) + px) * 3;
        return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
    }

    /// <summary>How far apart two colours are: the largest difference of a channel.</summary>
    public static int Distance((int R, int G, int B) a, (int R, int G, int B) b) =>
        Math.Max(Math.Abs(a.R - b.R), Math.Max(Math.Abs(a.G - b.G), Math.Abs(a.B - b.B)));

    /// <summary>A CSS colour as "#rrggbb".</summary>
    public static (int R, int G, int B) Hex(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    /// <summary>The share of the pixels in a rectangle (CSS px) within <paramref name="tolerance"/> of a colour.</summary>
    public double ShareNear((int R, int G, int B) colour, double left, double top, double width, double height, int tolerance = 8)
    {
        int near = 0, all = 0;
        for (var y = (int)Math.Ceiling(top); y < top + height; y++)
        {
            for (var x = (int)Math.Ceiling(left); x < left + width; x++)
            {
                all++;
                if (Distance(At(x, y), colour) <= tolerance)
                {
                    near++;
                }
            }
        }

        return all == 0 ? 0 : (double)near / all;
    }

    private static Pixels Decode(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || (data[9] != 2 && data[9] != 6))
                {
                    throw new NotSupportedException($"PNG with bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}");
                }

                channels = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var line = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, line, 0, stride);
            Unfilter(filter, line, previous, channels);
            for (var x = 0; x < width; x++)
            {
                Array.Copy(line, x * channels, rgb, ((y * width) + x) * 3, 3);
            }

            (previous, line) = (line, previous);
        }

        return new Pixels(width, height, rgb);
    }

    private static void Unfilter(byte filter, byte[] line, byte[] above, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? line[i - bpp] : 0, b = above[i], c = i >= bpp ? above[i - bpp] : 0;
            line[i] = (byte)(line[i] + filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => Paeth(a, b, c),
                _ => throw new NotSupportedException($"PNG filter {filter}"),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
