using System.Text.Json;
using System.Text.Json.Serialization;
using SpineBot.Content.Answers;
using SpineBot.Content.Callback;
using SpineBot.Content.Causes;
using SpineBot.Content.Clinic;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Content.RedFlags;
using SpineBot.Content.Rules;

namespace SpineBot.Content.Loading;

/// <summary>
/// How the content files are read (source-generated, for a fast start): camelCase members, comments and trailing
/// commas allowed, and a member the record does not have is an error, so a misspelt name is never silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(AnswersJson))]
[JsonSerializable(typeof(CallbackJson))]
[JsonSerializable(typeof(CausesJson))]
[JsonSerializable(typeof(ClinicJson))]
[JsonSerializable(typeof(CommandsJson))]
[JsonSerializable(typeof(ExtractionJson))]
[JsonSerializable(typeof(HandoffJson))]
[JsonSerializable(typeof(MessagesJson))]
[JsonSerializable(typeof(NegationJson))]
[JsonSerializable(typeof(QuestionsJson))]
[JsonSerializable(typeof(RedFlagsJson))]
[JsonSerializable(typeof(ScoringJson))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
