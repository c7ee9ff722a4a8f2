using InterviewReader.Content.Loading;

namespace InterviewReader.Web.ContentHosting;

/// <summary>A change to an interview folder seen on disk and not yet published.</summary>
/// <param name="Fingerprint">The folder's fingerprint.</param>
/// <param name="Since">When the folder first showed it (a clock timestamp): how long it has been quiet.</param>
/// <param name="Held">The version read, when it is held back until the folder has been quiet for the shrink settle time.</param>
internal sealed record PendingChange(string Fingerprint, long Since, InterviewLoadResult? Held);
