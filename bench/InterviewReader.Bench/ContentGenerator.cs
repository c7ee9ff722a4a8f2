namespace InterviewReader.Bench;

/// <summary>Makes a large library by copying one interview folder under the slugs interview-0001, interview-0002, ….</summary>
internal static class ContentGenerator
{
    /// <summary>The slug of the i-th copy (1-based).</summary>
    public static string Slug(int i) => $"interview-{i:D4}";

    /// <summary>Ensures copies 1..count exist under the root (existing ones are kept, so a library can grow step by step).</summary>
    public static int Run(string sourceFolder, string contentRoot, int count)
    {
        if (count is < 1 or > 9999)
        {
            Console.Error.WriteLine("generate: COUNT must be 1..9999");
            return 2;
        }

        var files = Directory.GetFiles(sourceFolder, "*.md");
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"generate: no *.md in {sourceFolder}");
            return 1;
        }

        Directory.CreateDirectory(contentRoot);
        var created = 0;
        for (var i = 1; i <= count; i++)
        {
            var folder = Path.Combine(contentRoot, Slug(i));
            if (Directory.Exists(folder))
            {
                continue;
            }

            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            created++;
        }

        Console.WriteLine($"generate: {count} interviews in {contentRoot} ({created} new)");
        return 0;
    }
}
