namespace InterviewReader.Web.ContentHosting;

/// <summary>The <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Content";

    /// <summary>The folder that holds one folder per interview. A relative path is looked up from the app's content root upwards.</summary>
    public string Root { get; set; } = "content";

    /// <summary>How often the content folder is checked for changes, in milliseconds; 0 turns live reload off.</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>
    /// How long a change must stay the same before it is loaded, in milliseconds: a file being
    /// written, or a folder being replaced, is never loaded half-way. Checked on two polls at least.
    /// </summary>
    public int SettleMilliseconds { get; set; } = 200;

    /// <summary>
    /// How long the folder must stay quiet before a version that suddenly lost much of the one
    /// being served (a language file gone, a transcript a tenth shorter or without its end: what
    /// a file still being written looks like) is published, in milliseconds. An editor may
    /// really delete text: it is published once nothing has changed for this long.
    /// </summary>
    public int ShrinkSettleMilliseconds { get; set; } = 2000;

    /// <summary>
    /// A folder where each interview's parsed and aligned form is kept between starts, so a restart
    /// with the same files and the same build reads it back instead of working it out again (see
    /// <see cref="LoadCache"/>). A relative path is taken from the app's content root. Empty (the
    /// default): no cache. One site per folder: a start deletes the files it did not use.
    /// </summary>
    public string CacheFolder { get; set; } = "";
}
