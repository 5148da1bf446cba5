using SocialListening.Core.Index;
using SocialListening.Search.Contract;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>The shared index contract, on Lucene.NET in a temporary folder.</summary>
public sealed class LuceneMentionIndexContractTests : MentionIndexContract
{
    protected override IMentionIndex Open(string folder) => new LuceneMentionIndex(folder);
}
