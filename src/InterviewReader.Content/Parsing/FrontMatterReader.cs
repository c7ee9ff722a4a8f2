using System.Globalization;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace InterviewReader.Content.Parsing;

/// <summary>Reads and checks the YAML front matter at the top of a transcript file.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Required = ["title", "interviewer", "date", "language"];
    private static readonly string[] Optional = ["subtitle", "byline"];

    /// <summary>
    /// How deep lists and mappings may nest. Fields are single lines of text, so depth 2 is already
    /// wrong (and reported as such); the limit keeps YamlDotNet's recursive node builder off the
    /// stack's end.
    /// </summary>
    private const int MaxDepth = 8;

    private const string YamlAdvice = "write each field as 'key: value' on one line, in quotes if the value has ': ' or starts with a symbol";

    /// <summary>The front matter, or null when it is missing or wrong (the problems are recorded).</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="problems">Receives what is wrong.</param>
    /// <param name="declaredLanguage">
    /// The value of the <c>language</c> field, known to the table or not; null when the front matter
    /// could not be read that far or has no such field.
    /// </param>
    public static FrontMatter? Read(string text, ProblemList problems, out string? declaredLanguage)
    {
        declaredLanguage = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            problems.Error(1, "the file has no front matter: start it with a '---' line, then title, interviewer, date and language, then '---'");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (end < 0)
        {
            problems.Error(1, "the front matter is not closed: add a '---' line after its last field");
            return null;
        }

        var fields = ParseMapping(string.Join('\n', lines[1..end]), problems);
        if (fields is null)
        {
            return null;
        }

        declaredLanguage = fields.TryGetValue("language", out var language) ? language.Value : null;
        return Check(fields, problems);
    }

    private static Dictionary<string, (string Value, int Line)>? ParseMapping(string yaml, ProblemList problems)
    {
        var stream = new YamlStream();
        try
        {
            if (ShapeProblem(yaml) is { } shape)
            {
                problems.Error(shape.Line, shape.Message);
                return null;
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Error((int)ex.Start.Line + 1, $"the front matter is not valid YAML ({FirstLine(ex.Message)}): {YamlAdvice}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's node builder throws these, without a position and with a message meant for
            // programmers, for some unclosed flow collections ('title: [...' then more lines) and some
            // keyless entries (' : 1.'): find the line by hand.
            var unclosed = FileLineWhere(yaml, line => line.Count(c => c == '[') > line.Count(c => c == ']') || line.Count(c => c == '{') > line.Count(c => c == '}'));
            problems.Error(
                unclosed ?? 2,
                unclosed is null
                    ? $"the front matter is not valid YAML: {YamlAdvice}"
                    : $"the front matter is not valid YAML: a '[' or '{{' on this line is never closed: {YamlAdvice}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Error(2, "the front matter must be 'key: value' lines (title, interviewer, date, language)");
            return null;
        }

        var fields = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var line = (int)keyNode.Start.Line + 1;
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Required.Contains(key) && !Optional.Contains(key))
            {
                problems.Warning(line, $"unknown front matter field '{key}': the known fields are {string.Join(", ", Required.Concat(Optional))}");
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                problems.Error(line, $"front matter field '{key}' must be a single line of text");
                continue;
            }

            fields[key] = (value, line);
        }

        return fields;
    }

    /// <summary>
    /// Checks the shape of the YAML as a stream of events, without recursion, before YamlDotNet
    /// builds nodes from it: its node builder recurses once per level of nesting, and comparing
    /// an alias that refers to a node holding it never ends. Both overflow the stack, which kills
    /// the process. Front matter fields are single lines of text, so neither is ever needed.
    /// </summary>
    /// <returns>The line and the problem, or null when the shape is fine.</returns>
    private static (int Line, string Message)? ShapeProblem(string yaml)
    {
        // YamlDotNet reports a tab at the start of the mapping, not on its line.
        if (FileLineWhere(yaml, line => line.StartsWith('\t')) is { } tab)
        {
            return (tab, "this line starts with a tab: front matter fields start at the beginning of the line (YAML never indents with tabs)");
        }

        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line + 1;
            if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
            {
                return (line, "the front matter uses a YAML anchor or alias ('&name' or '*name'): write each field's value out in full");
            }

            if (current is MappingStart or SequenceStart)
            {
                if (++depth > MaxDepth)
                {
                    return (line, "the front matter nests lists or mappings too deeply: each field is 'key: value' on one line");
                }
            }
            else if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }

    private static FrontMatter? Check(Dictionary<string, (string Value, int Line)> fields, ProblemList problems)
    {
        var ok = true;
        foreach (var key in Required.Where(k => !fields.ContainsKey(k)))
        {
            problems.Error(1, $"the front matter has no '{key}' field: add '{key}: …' between the '---' lines");
            ok = false;
        }

        LanguageInfo? language = null;
        if (fields.TryGetValue("language", out var lang))
        {
            language = Languages.Find(lang.Value);
            if (language is null)
            {
                problems.Error(lang.Line, $"unknown language '{lang.Value}': use one of {string.Join(", ", Languages.All.Select(l => l.Code))}, or add the language to the table");
                ok = false;
            }
        }

        DateOnly date = default;
        if (fields.TryGetValue("date", out var d)
            && !DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Error(d.Line, $"'{d.Value}' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-29");
            ok = false;
        }

        if (!ok || language is null)
        {
            return null;
        }

        string? Get(string key) => fields.TryGetValue(key, out var f) ? f.Value : null;
        var metadata = new InterviewMetadata(
            Get("title")!, Get("subtitle"), Get("byline"), Get("interviewer")!, date)
        { TitleLine = fields["title"].Line };
        return new FrontMatter(language, metadata);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    // The file line of the first front matter line that passes the test (the front matter starts on line 2).
    private static int? FileLineWhere(string yaml, Predicate<string> test)
    {
        var index = Array.FindIndex(yaml.Split('\n'), test);
        return index < 0 ? null : index + 2;
    }
}
