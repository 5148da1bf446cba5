namespace SocialListening.Api.Hosting;

/// <summary>A request parameter the API cannot use; becomes a 400 ValidationProblem naming the parameter.</summary>
public sealed class ApiValidationException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
