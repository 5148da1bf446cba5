using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Privacy;

/// <summary>The mentions of an author: any of the pseudonyms, optionally in one source.</summary>
public static class AuthorFilter
{
    public static MentionFilter Of(IReadOnlyList<string> pseudonyms, string? source)
    {
        var filter = MentionFilter.All.WithTerm(MentionFields.Author, [.. pseudonyms]);
        return source is null ? filter : filter.WithTerm(MentionFields.Source, source);
    }
}
