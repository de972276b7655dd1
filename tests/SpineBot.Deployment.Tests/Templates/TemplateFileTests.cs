using System.Text.Json;

namespace SpineBot.Deployment.Tests.Templates;

/// <summary>Every template and JSON file under deploymentTemplates/ is well formed, self-consistent and keeps secrets out.</summary>
public sealed class TemplateFileTests
{
    public static TheoryData<string> JsonFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFolders.DeploymentTemplates, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryFolders.Root, path));
        }

        return data;
    }

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFolders.DeploymentTemplates, "*.json", SearchOption.AllDirectories).Where(ArmTemplate.IsTemplate).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryFolders.Root, path));
        }

        return data;
    }

    [Fact]
    public void The_main_template_exists_and_is_a_deployment_template()
    {
        Assert.True(File.Exists(RepositoryFolders.MainTemplate), $"missing {RepositoryFolders.MainTemplate}");
        Assert.True(ArmTemplate.IsTemplate(RepositoryFolders.MainTemplate));
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Every_deployment_file_is_valid_json(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolders.Root, relativePath));

        var exception = Record.Exception(() => JsonDocument.Parse(text).Dispose());

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_declared_parameter_is_used_by_the_template(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));
        var used = UsedParameters(template);

        var unused = template.Parameters.Select(p => p.Key).Where(name => !used.Contains(name)).ToList();

        Assert.True(unused.Count == 0, $"declared but never used: {string.Join(", ", unused)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_parameter_the_template_uses_is_declared(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));
        var used = UsedParameters(template);

        var undeclared = used.Where(name => !template.Parameters.ContainsKey(name)).ToList();

        Assert.True(undeclared.Count == 0, $"used but not declared: {string.Join(", ", undeclared)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_variable_is_declared_and_used(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));
        var used = ArmExpressions.VariableNamesUsedIn(template.Root);
        var declared = template.Variables.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(declared));
        Assert.Empty(declared.Except(used));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_resource_uses_a_generally_available_api_version_no_older_than_the_floor(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));

        foreach (var resource in template.Resources)
        {
            var type = (string)resource["type"]!;
            var apiVersion = (string)resource["apiVersion"]!;
            Assert.True(ApiVersionFloors.ByResourceType.TryGetValue(type, out var floor),
                $"{type} has no API version floor; add one to {nameof(ApiVersionFloors)} with its justification");
            var date = ApiVersionFloors.GenerallyAvailableDate(apiVersion);
            Assert.True(date is not null, $"{type}@{apiVersion} is not a generally available API version");
            Assert.True(date >= floor, $"{type}@{apiVersion} is older than the floor {floor:yyyy-MM-dd}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Api_versions_inside_expressions_are_ones_the_template_deploys_with(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));
        var deployed = template.Resources.Select(r => (string)r["apiVersion"]!).ToHashSet(StringComparer.Ordinal);

        var quoted = ArmExpressions.ApiVersionsQuotedIn(template.Root);

        Assert.Empty(quoted.Except(deployed));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_secret_parameter_has_a_default_or_a_plain_type(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));

        foreach (var (name, _) in template.Parameters.Where(p => SecretNames.LooksSecret(p.Key)))
        {
            Assert.True(template.IsSecureParameter(name), $"secret parameter '{name}' must be securestring, not a plain type");
            Assert.False(template.HasDefault(name), $"secret parameter '{name}' must not have a defaultValue");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_output_reveals_a_secure_parameter(string relativePath)
    {
        var template = ArmTemplate.Load(Path.Combine(RepositoryFolders.Root, relativePath));
        var secure = template.Parameters.Select(p => p.Key).Where(template.IsSecureParameter).ToHashSet(StringComparer.Ordinal);

        var revealed = ArmExpressions.ParameterNamesUsedIn(template.Outputs).Intersect(secure).ToList();

        Assert.Empty(revealed);
        Assert.DoesNotContain(ArmExpressions.StringsIn(template.Outputs), text => text.Contains("listKeys", StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> UsedParameters(ArmTemplate template)
    {
        var used = ArmExpressions.ParameterNamesUsedIn(template.Root["resources"]).ToHashSet(StringComparer.Ordinal);
        used.UnionWith(ArmExpressions.ParameterNamesUsedIn(template.Variables));
        used.UnionWith(ArmExpressions.ParameterNamesUsedIn(template.Outputs));
        foreach (var (_, parameter) in template.Parameters)
        {
            used.UnionWith(ArmExpressions.ParameterNamesUsedIn(parameter?["defaultValue"]));
        }

        return used;
    }
}
