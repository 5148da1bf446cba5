namespace SocialListening.Api.Security;

/// <summary>What a key may do; each role can do everything the roles before it can.</summary>
public enum ApiRole
{
    Viewer = 0,
    Analyst = 1,
    CommunityManager = 2,
    Admin = 3,
}

public static class ApiRoles
{
    public static string Name(this ApiRole role) => role switch
    {
        ApiRole.Viewer => "viewer",
        ApiRole.Analyst => "analyst",
        ApiRole.CommunityManager => "community_manager",
        _ => "admin",
    };

    public static bool TryParse(string? text, out ApiRole role)
    {
        foreach (var candidate in Enum.GetValues<ApiRole>())
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<ApiRole>().Select(r => r.Name()));
}
