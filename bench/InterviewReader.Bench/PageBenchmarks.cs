using System.Text.Encodings.Web;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using InterviewReader.Web.Components.Pages;
using InterviewReader.Web.ContentHosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewReader.Bench;

/// <summary>
/// The Reader page (side by side and one language) rendered to an HTML string with Blazor's
/// HtmlRenderer: the work behind an output-cache miss, without layout, HTTP or compression.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private ServiceProvider _services = null!;
    private HtmlRenderer _renderer = null!;

    /// <summary>Loads the content into a ContentStore and builds a renderer with the services the page injects.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(NullLoggerFactory.Instance);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(new ContentStore(
            Options.Create(new ContentOptions { Root = RepoContent.Root, PollMilliseconds = 0 }),
            new BenchEnvironment(RepoContent.Root),
            NullLogger<ContentStore>.Instance));
        services.AddSingleton<NavigationManager>(new BenchNavigationManager());
        // As the app does: Devanagari and Bengali as UTF-8, not entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        if (RenderAsync(null).GetAwaiter().GetResult().Length < 10_000)
        {
            throw new InvalidOperationException("the Reader page rendered almost nothing: is the content loaded?");
        }
    }

    /// <summary>Disposes the renderer and services.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _renderer.Dispose();
        _services.Dispose();
    }

    /// <summary>/interviews/emad-mostaque: Hindi and Bengali side by side.</summary>
    [Benchmark]
    public Task<string> RenderReaderSideBySide() => RenderAsync(null);

    /// <summary>/interviews/emad-mostaque/hi: one column.</summary>
    [Benchmark]
    public Task<string> RenderReaderHindi() => RenderAsync("hi");

    private Task<string> RenderAsync(string? lang) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(Reader.Slug)] = RepoContent.Slug,
                [nameof(Reader.Lang)] = lang,
            });
            var output = await _renderer.RenderComponentAsync<Reader>(parameters);
            return output.ToHtmlString();
        });

    private sealed class BenchNavigationManager : NavigationManager
    {
        public BenchNavigationManager() => Initialize("http://127.0.0.1/", $"http://127.0.0.1/interviews/{RepoContent.Slug}");
    }

    private sealed class BenchEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "InterviewReader.Bench";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
