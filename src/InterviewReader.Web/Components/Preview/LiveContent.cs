using InterviewReader.Content.Loading;
using InterviewReader.Web.ContentHosting;
using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Components.Preview;

/// <summary>
/// A page that follows the content: it renders the snapshot being served and, in its circuit,
/// renders again each time the store publishes a new one (an edit, or a failed reload with its
/// problems), so every open preview follows the files without a reload.
/// </summary>
public abstract class LiveContent : ComponentBase, IDisposable
{
    /// <summary>The content store.</summary>
    [Inject]
    protected ContentStore Store { get; set; } = default!;

    /// <summary>The snapshot rendered.</summary>
    protected ContentSnapshot Snapshot { get; private set; } = new([], []);

    /// <summary>The store's version of <see cref="Snapshot"/> (the page shows it as <c>data-version</c>).</summary>
    protected long Version { get; private set; }

    /// <inheritdoc />
    public void Dispose()
    {
        Store.Published -= OnPublished;
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        Store.Published += OnPublished;
        (Snapshot, Version) = (Store.Current, Store.Version);
    }

    // On the store's polling thread: hand the snapshot to the circuit's dispatcher and return.
    private void OnPublished(ContentSnapshot snapshot) => _ = ShowAsync(snapshot, Store.Version);

    private async Task ShowAsync(ContentSnapshot snapshot, long version)
    {
        try
        {
            await InvokeAsync(() =>
            {
                (Snapshot, Version) = (snapshot, version);
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended between the event and the render: nothing to update.
        }
    }
}
