using System.Text.Json;
using System.Text.Json.Nodes;
using SpineBot.Deployment.Tests.Templates;

namespace SpineBot.Deployment.Tests.Parameters;

/// <summary>Each environment's parameter file fits the template and never carries a secret.</summary>
public sealed class ParameterFileTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryFolders.MainTemplate);

    public static TheoryData<string> ParameterFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryFolders.ParameterFiles, "*.parameters.json").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void There_is_a_parameter_file_for_dev_and_for_prod()
    {
        var names = Directory.EnumerateFiles(RepositoryFolders.ParameterFiles, "*.parameters.json").Select(System.IO.Path.GetFileName).ToList();

        Assert.Contains("dev.parameters.json", names);
        Assert.Contains("prod.parameters.json", names);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Parameter_file_sets_only_parameters_the_template_declares(string fileName)
    {
        var file = Load(fileName);

        var unknown = file.Values.Select(v => v.Key).Where(name => !_template.Parameters.ContainsKey(name)).ToList();

        Assert.True(unknown.Count == 0, $"{fileName} sets undeclared parameters: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Parameter_file_sets_every_required_parameter_except_secrets_passed_at_deploy_time(string fileName)
    {
        var file = Load(fileName);

        var missing = _template.Parameters.Select(p => p.Key)
            .Where(name => !_template.HasDefault(name) && !_template.IsSecureParameter(name) && !file.Values.ContainsKey(name))
            .ToList();

        Assert.True(missing.Count == 0, $"{fileName} does not set required parameters: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Parameter_file_never_holds_a_secret_only_a_key_vault_reference_to_one(string fileName)
    {
        var file = Load(fileName);

        foreach (var (name, _) in file.Values.Where(v => _template.IsSecureParameter(v.Key) || SecretNames.LooksSecret(v.Key)))
        {
            Assert.True(file.IsKeyVaultReference(name), $"{fileName} sets secret '{name}' to a value; pass it at deploy time or use a Key Vault reference");
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Parameter_file_values_are_ones_the_template_accepts(string fileName)
    {
        var file = Load(fileName);

        foreach (var (name, entry) in file.Values.Where(v => v.Value?["value"] is not null))
        {
            var declared = _template.Parameters[name]!;
            var value = entry!["value"]!;
            var type = ((string)declared["type"]!).ToLowerInvariant();
            var expectedKind = type switch
            {
                "int" => JsonValueKind.Number,
                "bool" => JsonValueKind.True,
                "object" => JsonValueKind.Object,
                "array" => JsonValueKind.Array,
                _ => JsonValueKind.String,
            };
            var kind = value.GetValueKind() == JsonValueKind.False ? JsonValueKind.True : value.GetValueKind();
            Assert.True(kind == expectedKind, $"{fileName}: '{name}' should be {type}");
            if (declared["allowedValues"] is JsonArray allowed)
            {
                Assert.True(allowed.Any(a => JsonNode.DeepEquals(a, value)), $"{fileName}: '{name}' = {value.ToJsonString()} is not an allowed value");
            }

            if (type == "int")
            {
                var number = (int)value;
                Assert.InRange(number, (int?)declared["minValue"] ?? int.MinValue, (int?)declared["maxValue"] ?? int.MaxValue);
            }
        }
    }

    private static ArmParameterFile Load(string fileName) =>
        ArmParameterFile.Load(System.IO.Path.Combine(RepositoryFolders.ParameterFiles, fileName));
}
