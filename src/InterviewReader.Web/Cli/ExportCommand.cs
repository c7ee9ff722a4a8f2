using System.CommandLine;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Export;
using InterviewReader.Web.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Cli;

/// <summary>
/// <c>export DIR [--base-url URL] [--search-url URL] [--content FOLDER] [--keep-going]</c>: writes
/// the site as static files (see <see cref="SiteExport"/>).
/// </summary>
public static class ExportCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "export";

    /// <summary>The command, running the export and writing to the invocation's output.</summary>
    public static Command Create(InvocationConfiguration invocation)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write the site to. It appears whole or not at all; an existing folder is replaced." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The public address the folder is served at, for canonical and hreflang links, e.g. https://reader.example.org/. Default: the configured Site:BaseUrl.", HelpName = "URL" };
        baseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && BaseUrlProblem(url) is { } problem)
            {
                result.AddError(problem);
            }
        });
        var searchUrl = new Option<string?>("--search-url") { Description = "Where the header's search box sends its query, e.g. https://reader.example.org/search (a live app). Default: no search box.", HelpName = "URL" };
        var content = new Option<string?>("--content") { Description = "The content root to export. Default: the configured Content:Root.", HelpName = "FOLDER" };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Export even when the content has errors, showing what the site would show." };
        var command = new Command(Name, "Write the site as static files: index.html, interviews/{slug}/…/index.html, 404.html, assets and fonts, with .br and .gz beside each text file; refuses content with errors unless --keep-going.")
        {
            folder, baseUrl, searchUrl, content, keepGoing,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var builder = WebApplication.CreateBuilder();
            var invokedFrom = ValidateCommand.InvokedFrom(Environment.CurrentDirectory, builder.Environment.ContentRootPath, Environment.GetEnvironmentVariable("PWD"));
            var configured = (builder.Configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions()).Root;
            var contentRoot = result.GetValue(content) is { } given
                ? Path.GetFullPath(given, invokedFrom)
                : ContentRootResolver.Resolve(configured, builder.Environment.ContentRootPath);
            var settings = new ExportSettings(
                Path.GetFullPath(result.GetValue(folder)!, invokedFrom),
                contentRoot,
                result.GetValue(baseUrl) ?? builder.Configuration[$"{SiteOptions.Section}:BaseUrl"] ?? SiteOptions.LocalBaseUrl,
                result.GetValue(searchUrl) ?? "",
                result.GetValue(keepGoing));
            // A bar only on a terminal: redirected output (a log, a pipe, CI) gets the summary lines alone.
            var onTerminal = ReferenceEquals(invocation.Output, Console.Out) && !Console.IsOutputRedirected;
            return await new SiteExport(settings, invocation.Output, onTerminal) { InvokedFrom = invokedFrom }.RunAsync(cancellationToken);
        });
        return command;
    }

    // The base URL's problem as the app would report it at start-up, or null when it is usable.
    private static string? BaseUrlProblem(string url)
    {
        try
        {
            _ = new PublicUrls(Options.Create(new SiteOptions { BaseUrl = url }));
            return null;
        }
        catch (OptionsValidationException e)
        {
            return $"--base-url: {e.Message}";
        }
    }
}
