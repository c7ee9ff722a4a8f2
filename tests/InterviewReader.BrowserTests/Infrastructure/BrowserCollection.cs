namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>The browser tests share one app process and one browser, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name, for [Collection].</summary>
    public const string Name = "Browser";
}
