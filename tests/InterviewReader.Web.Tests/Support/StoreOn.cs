using InterviewReader.Web.ContentHosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.Support;

/// <summary>A content store on a folder, without a host: what components need to render pages in bUnit.</summary>
internal static class StoreOn
{
    public static ContentStore Folder(string root) =>
        new(Options.Create(new ContentOptions { Root = root }), new Environment(root), NullLogger<ContentStore>.Instance);

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "InterviewReader.Web";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
