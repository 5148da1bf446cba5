using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialListening.Api.Hosting;

/// <summary>The document's title and the API key scheme every operation (but the document itself) requires.</summary>
public static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "SocialListening API";
        document.Info.Description = "Search, share of voice, territory, triage and export over the mention index. Send an API key (sl keys add --role ROLE) as the X-Api-Key header.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Security.ApiKeyAuthentication.HeaderName,
            Description = "Roles: viewer < analyst < community_manager < admin.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] }];
        return Task.CompletedTask;
    });
}
