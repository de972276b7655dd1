using System.Text.RegularExpressions;
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
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Language;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Story;

namespace SpineBot.Content.Loading;

/// <summary>
/// The content validator: reads every content file of a language into its record, checks each entry and the
/// references between the files, collecting every problem (file, entry, what is wrong) before it reports them all at
/// once, and builds the content.
/// </summary>
internal static class ContentAssembler
{
    /// <summary>The files every language folder holds, in reading order.</summary>
    public static readonly IReadOnlyList<string> FileNames =
    [
        ClinicFile.Name, CausesFile.Name, ScoringFile.Name, QuestionsFile.Name, NegationFile.Name, RedFlagsFile.Name,
        ExtractionFile.Name, HandoffFile.Name, CallbackFile.Name, MessagesFile.Name, CommandsFile.Name, AnswersFile.Name,
    ];

    public static ClinicContent Assemble(IReadOnlyDictionary<string, string?> texts, string language)
    {
        var context = new ContentReadContext(language);
        var files = new ContentDocuments(texts, context);
        var json = ContentJsonContext.Default;
        var clinic = files.Read(ClinicFile.Name, json.ClinicJson) is { } clinicJson ? ClinicFile.Read(clinicJson, files.Root(ClinicFile.Name)) : null;
        var causes = files.Read(CausesFile.Name, json.CausesJson) is { } causesJson ? CausesFile.Read(causesJson, files.Root(CausesFile.Name)) : default;
        var scoring = files.Read(ScoringFile.Name, json.ScoringJson) is { } scoringJson ? ScoringFile.Read(scoringJson, files.Root(ScoringFile.Name), causes.Causes) : null;
        var questions = files.Read(QuestionsFile.Name, json.QuestionsJson) is { } questionsJson
            ? QuestionsFile.Read(questionsJson, files.Root(QuestionsFile.Name), causes.Causes)
            : default;
        var negation = files.Read(NegationFile.Name, json.NegationJson) is { } negationJson ? NegationFile.Read(negationJson, files.Root(NegationFile.Name)) : null;
        var redFlags = files.Read(RedFlagsFile.Name, json.RedFlagsJson) is { } redFlagsJson
            ? RedFlagsFile.Read(redFlagsJson, files.Root(RedFlagsFile.Name), questions.ChoiceSets)
            : null;
        var vocabulary = files.Read(ExtractionFile.Name, json.ExtractionJson) is { } extractionJson
            ? ExtractionFile.Read(extractionJson, files.Root(ExtractionFile.Name))
            : null;
        var handoff = files.Read(HandoffFile.Name, json.HandoffJson) is { } handoffJson ? HandoffFile.Read(handoffJson, files.Root(HandoffFile.Name)) : null;
        var callback = files.Read(CallbackFile.Name, json.CallbackJson) is { } callbackJson
            ? CallbackFile.Read(callbackJson, files.Root(CallbackFile.Name), questions.ChoiceSets)
            : null;
        var messages = files.Read(MessagesFile.Name, json.MessagesJson) is { } messagesJson ? MessagesFile.Read(messagesJson, files.Root(MessagesFile.Name)) : null;
        var commands = files.Read(CommandsFile.Name, json.CommandsJson) is { } commandsJson ? CommandsFile.Read(commandsJson, files.Root(CommandsFile.Name)) : null;
        var answers = files.Read(AnswersFile.Name, json.AnswersJson) is { } answersJson ? AnswersFile.Read(answersJson, files.Root(AnswersFile.Name), clinic) : null;
        if (context.Issues.Any || clinic is null || causes.Causes is null || scoring is null || questions.Questions is null
            || negation is null || redFlags is null || vocabulary is null || handoff is null || callback is null
            || messages is null || commands is null || answers is null)
        {
            throw new ContentValidationException(context.Issues.Errors);
        }

        var triage = BuildTriage(context, redFlags, negation, vocabulary, scoring, handoff);
        return new ClinicContent(new ClinicContentParts(
            language,
            clinic,
            messages,
            questions.Questions,
            questions.ChoiceSets,
            questions.MostCauseQuestions,
            causes.Causes,
            causes.GeneralSelfCare,
            new RedFlagContent(redFlags, messages.Lists),
            new HandoffContent(handoff.Wording, messages.Lists),
            callback,
            commands,
            triage,
            answers));
    }

    private static TriageRules BuildTriage(
        ContentReadContext context,
        RedFlagsFileContent redFlags,
        NegationRules negation,
        StoryVocabulary vocabulary,
        IReadOnlyList<CauseScoringRule> scoring,
        HandoffFileContent handoff)
    {
        try
        {
            return new TriageRules(
                new RedFlagScreen(redFlags.Rules, negation),
                new RunnerStoryReader(vocabulary, negation),
                new CauseMatcher(scoring),
                new ClinicHandoffRule(handoff.Thresholds, handoff.SoonWhen));
        }
        catch (ArgumentException ex)
        {
            // The patterns were checked one by one; this catches what only shows once they are combined.
            throw new ContentValidationException(
                [new ContentError(context.DisplayPath(ExtractionFile.Name), "rules", $"the rules could not be built: {ex.Message}")]);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ContentValidationException(
                [new ContentError(context.DisplayPath(ExtractionFile.Name), "rules", $"the rules could not be built: {ex.Message}")]);
        }
    }
}
