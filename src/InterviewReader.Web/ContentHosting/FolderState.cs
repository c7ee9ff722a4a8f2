using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;

namespace InterviewReader.Web.ContentHosting;

/// <summary>What the store knows of one interview folder.</summary>
/// <param name="Fingerprint">The folder's fingerprint when it was last loaded.</param>
/// <param name="Latest">The result of the last load, with its problems.</param>
/// <param name="LastGood">The last version that loaded without errors, still served when a later one fails.</param>
internal sealed record FolderState(string Fingerprint, InterviewLoadResult Latest, AlignedInterview? LastGood);
