using System.Globalization;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// Documents the statuses of <see cref="JsonStatusAttribute"/> in place of the generated 200, with the same body. gRPC
/// endpoints carry their method's attributes in the endpoint metadata.
/// </summary>
internal sealed class JsonStatusOperationFilter : IOperationFilter
{
    private const string Ok = "200";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var statuses = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<JsonStatusAttribute>().ToList();
        if (statuses.Count == 0 || !operation.Responses.TryGetValue(Ok, out var generated))
        {
            return;
        }

        operation.Responses.Remove(Ok);
        foreach (var status in statuses)
        {
            operation.Responses[status.StatusCode.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = status.Description,
                Content = generated.Content,
            };
        }
    }
}
